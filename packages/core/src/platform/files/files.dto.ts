import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class UploadFileQueryDto {
  @ApiPropertyOptional({ description: 'The organisation the file belongs to (its readers in scope may download it)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'The region the file belongs to, when not an organisation', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

export class StoredFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026年工作总结.pdf' }) originalName!: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ description: 'Hex SHA-256 of the content' }) sha256!: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({ nullable: true, type: String }) scopePath!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ example: '/api/files/0190…/content' }) contentUrl!: string;
}
