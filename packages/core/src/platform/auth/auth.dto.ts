import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LOCALES } from '@schoolbridge/shared';
import { ROLE_CODES, SCOPE_KINDS } from '../access/roles.js';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'correct horse battery 9' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 8 characters, with letters and digits' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: (typeof LOCALES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;
}

export class CreateApiTokenDto {
  @ApiProperty({ example: '导入脚本' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ description: 'Days until the token expires; omit for no expiry', minimum: 1, maximum: 3650 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}

export class MeUserDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: string;
  @ApiProperty() mustChangePassword!: boolean;
}

export class MeAssignmentDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ROLE_CODES }) role!: string;
  @ApiProperty({ enum: SCOPE_KINDS }) scopeKind!: string;
  @ApiProperty({ nullable: true, type: String }) regionId!: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) path!: string | null;
}

export class MeDto {
  @ApiProperty({ type: MeUserDto }) user!: MeUserDto;
  @ApiProperty({ type: [MeAssignmentDto] }) assignments!: MeAssignmentDto[];
  @ApiProperty({ type: [String] }) permissions!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Send as X-CSRF-Token on writes made with the session cookie' }) csrfToken!: string | null;
}

export class ApiTokenDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() prefix!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) expiresAt!: string | null;
}

export class CreatedApiTokenDto extends ApiTokenDto {
  @ApiProperty({ description: 'Shown once; only its hash is kept' }) token!: string;
}

export class ResetPasswordResultDto {
  @ApiProperty({ description: 'The temporary password, shown once; it must be changed at the next sign-in' }) temporaryPassword!: string;
}
