import { ApiProperty } from '@nestjs/swagger';
import { LOCALES } from '@schoolbridge/shared';

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['sqlite', 'postgres'] }) database!: 'sqlite' | 'postgres';
  @ApiProperty({ format: 'date-time', description: "The server clock's now" }) time!: string;
}

export class MetaDto {
  @ApiProperty({ example: 'SchoolBridge' }) name!: string;
  @ApiProperty({ example: '0.1.0', description: 'The core version' }) version!: string;
  @ApiProperty({ type: [String], description: 'Ids of the enabled plugins', example: ['food-safety'] }) plugins!: string[];
  @ApiProperty({ enum: LOCALES }) defaultLocale!: string;
  @ApiProperty({ enum: LOCALES, isArray: true }) locales!: string[];
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone!: string;
  @ApiProperty({ format: 'date-time', description: 'The server’s clock now: the admin takes "today" from it, not from the device' }) now!: string;
}
