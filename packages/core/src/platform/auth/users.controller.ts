import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Locale } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';
import { CurrentActor, RequirePermission } from '../access/decorators.js';
import { PermissionRegistry } from '../access/permission-registry.js';
import type { RoleAssignment } from '../access/role-assignment.entity.js';
import { ROLE_CODES, ROLES, isRoleCode } from '../access/roles.js';
import { streamExport, type ExportColumn } from '../exports/export.js';
import { pageRequest } from '../http/paging.js';
import { ResetPasswordResultDto } from './auth.dto.js';
import './messages.js';
import { AssignmentInputDto, CreatedUserDto, CreateUserDto, ExportUsersQueryDto, ListUsersQueryDto, RolesDto, UpdateUserDto, UserAssignmentDto, UserDto, UserPageDto } from './users.dto.js';
import { assignmentPath, USERS_MANAGE, USERS_READ, UsersService, type UserView } from './users.service.js';

function assignmentDto(a: RoleAssignment): UserAssignmentDto {
  return {
    id: a.id,
    role: a.role,
    scopeKind: a.scopeKind,
    regionId: a.regionId,
    organisationId: a.organisationId,
    scopeName: a.region?.name ?? a.organisation?.name ?? null,
    scopePath: assignmentPath(a),
    createdAt: a.createdAt.toISOString(),
  };
}

function userDto({ user, assignments }: UserView): UserDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    status: user.status,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
    assignments: assignments.map(assignmentDto),
  };
}

const STATUS_WORDS: Record<string, Record<Locale, string>> = {
  active: { 'zh-CN': '启用', en: 'Active' },
  disabled: { 'zh-CN': '停用', en: 'Disabled' },
};

const SCOPE_WORDS: Record<string, Record<Locale, string>> = {
  global: { 'zh-CN': '全部', en: 'Everything' },
  own: { 'zh-CN': '本人', en: 'Own' },
  assignments: { 'zh-CN': '所分配的事项', en: 'Assigned items' },
};

/** The users list as a spreadsheet: one row a user, the roles with their scopes in one cell. */
export const USER_EXPORT_COLUMNS: ExportColumn<UserView>[] = [
  { key: 'username', header: { 'zh-CN': '用户名', en: 'Username' }, value: (v) => v.user.username, width: 20 },
  { key: 'displayName', header: { 'zh-CN': '姓名', en: 'Name' }, value: (v) => v.user.displayName, width: 16 },
  { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, value: (v, l) => STATUS_WORDS[v.user.status]?.[l] ?? v.user.status },
  {
    key: 'roles',
    header: { 'zh-CN': '角色与管理范围', en: 'Roles and scopes' },
    width: 48,
    value: (v, l) =>
      v.assignments
        .map((a) => {
          const role = isRoleCode(a.role) ? ROLES[a.role].name[l] : a.role;
          const scope = a.region?.name ?? a.organisation?.name ?? SCOPE_WORDS[a.scopeKind]?.[l] ?? a.scopeKind;
          return l === 'zh-CN' ? `${role}（${scope}）` : `${role} (${scope})`;
        })
        .join(l === 'zh-CN' ? '；' : '; '),
  },
  { key: 'lastLoginAt', header: { 'zh-CN': '上次登录', en: 'Last sign-in' }, value: (v) => v.user.lastLoginAt, width: 20 },
  { key: 'createdAt', header: { 'zh-CN': '创建时间', en: 'Created' }, value: (v) => v.user.createdAt, width: 20 },
];

/**
 * User accounts and their role assignments. A manager scoped to a region or organisation reaches
 * the users placed within it (UsersService); anyone else's answers 404.
 */
@ApiTags('users')
@ApiCookieAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission(USERS_READ)
  @ApiOkResponse({ type: UserPageDto, description: 'Users within the caller’s scope' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    const page = await this.users.list(
      actor,
      {
        ...(query.q ? { q: query.q } : {}),
        ...(query.role ? { role: query.role } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.sort ? { sort: query.sort } : {}),
      },
      pageRequest(query),
    );
    return { ...page, items: page.items.map(userDto) };
  }

  @Get('export')
  @RequirePermission(USERS_READ)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The list with its current filters and order as .xlsx or .csv', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Query() query: ExportUsersQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const rows = this.users.pagesFor(actor, {
      ...(query.q ? { q: query.q } : {}),
      ...(query.role ? { role: query.role } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.sort ? { sort: query.sort } : {}),
    });
    const name = actor.locale === 'zh-CN' ? '用户列表' : 'users';
    return streamExport(reply, { format: query.format ?? 'xlsx', locale: actor.locale, fileName: `${name}-${this.users.today()}`, columns: USER_EXPORT_COLUMNS, rows });
  }

  @Post()
  @RequirePermission(USERS_MANAGE)
  @ApiCreatedResponse({ type: CreatedUserDto, description: 'The one-time password is in the answer once' })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<CreatedUserDto> {
    const created = await this.users.createFor(actor, {
      username: body.username,
      displayName: body.displayName,
      ...(body.locale ? { locale: body.locale } : {}),
      ...(body.initialPassword !== undefined ? { initialPassword: body.initialPassword } : {}),
      ...(body.assignments ? { assignments: body.assignments } : {}),
    });
    return { ...userDto(created), temporaryPassword: created.password };
  }

  @Get(':id')
  @RequirePermission(USERS_READ)
  @ApiOkResponse({ type: UserDto })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<UserDto> {
    return userDto(await this.users.get(actor, id));
  }

  @Patch(':id')
  @RequirePermission(USERS_MANAGE)
  @ApiOkResponse({ type: UserDto })
  async update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    const view = await this.users.update(
      actor,
      id,
      {
        ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        ...(body.locale !== undefined ? { locale: body.locale } : {}),
      },
      body.version,
    );
    return userDto(view);
  }

  @Post(':id/reset-password')
  @RequirePermission(USERS_MANAGE)
  @HttpCode(200)
  @ApiOkResponse({ type: ResetPasswordResultDto })
  async resetPassword(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ResetPasswordResultDto> {
    const { password } = await this.users.resetPasswordFor(actor, id);
    return { temporaryPassword: password };
  }

  @Post(':id/assignments')
  @RequirePermission(USERS_MANAGE)
  @ApiCreatedResponse({ type: UserAssignmentDto })
  async addAssignment(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AssignmentInputDto): Promise<UserAssignmentDto> {
    return assignmentDto(await this.users.addAssignmentFor(actor, id, body));
  }

  @Delete(':id/assignments/:assignmentId')
  @RequirePermission(USERS_MANAGE)
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeAssignment(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('assignmentId', new ParseUUIDPipe()) assignmentId: string,
  ): Promise<void> {
    await this.users.removeAssignmentFor(actor, id, assignmentId);
  }
}

/** The roles a user can be given, for the assignment picker: names, scope kinds and permissions. */
@ApiTags('users')
@ApiCookieAuth()
@Controller('roles')
export class RolesController {
  constructor(private readonly registry: PermissionRegistry) {}

  @Get()
  @RequirePermission(USERS_READ)
  @ApiOkResponse({ type: RolesDto })
  list(): RolesDto {
    return {
      items: ROLE_CODES.map((code) => ({
        code,
        name: ROLES[code].name,
        scopeKinds: [...ROLES[code].scopeKinds],
        permissions: [...this.registry.rolePermissions(code)].sort(),
      })),
      permissions: this.registry
        .all()
        .map((p) => ({ code: p.code, description: typeof p.description === 'string' ? { 'zh-CN': p.description, en: p.description } : p.description }))
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    };
  }
}
