import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LOCALES } from '@schoolbridge/shared';
import { ROLE_CODES, SCOPE_KINDS } from '../access/roles.js';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/export.js';
import { PageQueryDto } from '../http/paging.js';
import { USER_STATUSES } from './user.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Sort keys of the users list: `username`, `displayName`, `createdAt`, `lastLoginAt`, each optionally with `-`. */
export const USER_SORT_FIELDS = ['username', 'displayName', 'createdAt', 'lastLoginAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the username or the display name, or the start of the display name’s pinyin or initials (zs → 张三)', example: 'zs' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ enum: ROLE_CODES, description: 'Users holding this role' })
  @IsOptional()
  @IsIn([...ROLE_CODES])
  role?: (typeof ROLE_CODES)[number];

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn([...USER_STATUSES])
  status?: (typeof USER_STATUSES)[number];

  @ApiPropertyOptional({ description: `Comma list of ${USER_SORT_FIELDS.join(', ')} (displayName in pinyin order); \`-\` sorts descending`, example: '-createdAt', default: 'username' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sort?: string;
}

export class ExportUsersQueryDto extends ListUsersQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn([...EXPORT_FORMATS])
  format?: ExportFormat;
}

export class AssignmentInputDto {
  @ApiProperty({ enum: ROLE_CODES })
  @IsIn([...ROLE_CODES], { context: { code: 'access.role.unknown' } })
  role!: (typeof ROLE_CODES)[number];

  @ApiPropertyOptional({ enum: SCOPE_KINDS, description: 'Default: the role’s first scope kind (GET /api/roles)' })
  @IsOptional()
  @IsIn([...SCOPE_KINDS])
  scopeKind?: (typeof SCOPE_KINDS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for a region scope' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for an organisation scope' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'li.ming', description: '3–32 lower-case letters, digits, `.`, `_` or `-`, starting with a letter or digit' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,31}$/, { context: { code: 'platform.user.usernameFormat' } })
  username!: string;

  @ApiProperty({ example: '李明' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'zh-CN' })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: (typeof LOCALES)[number];

  @ApiPropertyOptional({ description: 'Omitted: one is generated. Either way it must be changed at the first sign-in' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  initialPassword?: string;

  @ApiPropertyOptional({ type: [AssignmentInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AssignmentInputDto)
  assignments?: AssignmentInputDto[];
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES, description: 'Disabling signs the user out everywhere' })
  @IsOptional()
  @IsIn([...USER_STATUSES])
  status?: (typeof USER_STATUSES)[number];

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: (typeof LOCALES)[number];

  @ApiProperty({ description: 'The version the editor saw; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class UserAssignmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ROLE_CODES }) role!: string;
  @ApiProperty({ enum: SCOPE_KINDS }) scopeKind!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) regionId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organisationId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The region’s or organisation’s name; null for global / own / assignments scopes', example: '示范县' })
  scopeName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '/43/4399/439901/' }) scopePath!: string | null;
  @ApiProperty() createdAt!: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'li.ming' }) username!: string;
  @ApiProperty({ example: '李明' }) displayName!: string;
  @ApiProperty({ enum: USER_STATUSES }) status!: string;
  @ApiProperty({ enum: LOCALES }) locale!: string;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ nullable: true, type: String }) lastLoginAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [UserAssignmentDto], description: 'For a manager scoped to a region or organisation: the assignments within it' })
  assignments!: UserAssignmentDto[];
}

export class CreatedUserDto extends UserDto {
  @ApiProperty({ description: 'Shown once; it must be changed at the first sign-in' }) temporaryPassword!: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class LocalizedTextDto {
  @ApiProperty({ name: 'zh-CN', example: '教育局工作人员' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'Bureau officer' }) en!: string;
}

export class PermissionDto {
  @ApiProperty({ example: 'platform.users.read' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) description!: LocalizedTextDto;
}

export class RoleDto {
  @ApiProperty({ enum: ROLE_CODES }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedTextDto;
  @ApiProperty({ enum: SCOPE_KINDS, isArray: true, description: 'Scope kinds an assignment of the role may take; the first is the default' }) scopeKinds!: string[];
  @ApiProperty({ type: [String], description: 'Permission codes the role holds' }) permissions!: string[];
}

export class RolesDto {
  @ApiProperty({ type: [RoleDto] }) items!: RoleDto[];
  @ApiProperty({ type: [PermissionDto], description: 'Every permission the running system knows, with its description' }) permissions!: PermissionDto[];
}
