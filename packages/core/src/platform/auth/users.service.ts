import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { isPinyinQuery, newId, normalizePinyinQuery, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';
import { RoleAssignment } from '../access/role-assignment.entity.js';
import { type RoleCode, type ScopeKind } from '../access/roles.js';
import { outermostPrefixes, ScopeService } from '../access/scope.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { updateVersioned } from '../db/versioned.js';
import { problems, type FieldError } from '../errors/problem.js';
import { pagesOf } from '../exports/export.js';
import type { PageRequest } from '../http/paging.js';
import { Organisation } from '../regions/organisation.entity.js';
import { Region } from '../regions/region.entity.js';
import { PASSWORD_HASH_OPTIONS } from './auth.tokens.js';
import { generatePassword, hashPassword, passwordProblems, type PasswordHashOptions } from './crypto.js';
import { assignmentShape, grantProblems, userWithin, within, type AssignmentRequest, type AssignmentShape, type ManagerReach } from './rules/assignment-rules.js';
import { Session } from './session.entity.js';
import { displayNameKeys, User, type UserStatus } from './user.entity.js';
import { likeLiteral } from '../db/like.js';

export const USERS_READ = 'platform.users.read';
export const USERS_MANAGE = 'platform.users.manage';

export interface AssignmentInput {
  role: RoleCode;
  scopeKind?: ScopeKind;
  regionId?: string | null;
  organisationId?: string | null;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  /** Omitted: a password is generated and returned once, and must be changed at first sign-in. */
  password?: string;
  mustChangePassword?: boolean;
  locale?: Locale;
  assignments?: AssignmentInput[];
}

/** A user with the role assignments the caller may see, each with its region or organisation loaded. */
export interface UserView {
  user: User;
  assignments: RoleAssignment[];
}

export interface UserListQuery {
  q?: string;
  role?: RoleCode;
  status?: UserStatus;
  /** Comma list of `username`, `displayName`, `createdAt`, `lastLoginAt`; `-` sorts descending. */
  sort?: string;
}

export interface UserChanges {
  displayName?: string;
  status?: UserStatus;
  locale?: Locale;
}

const SORT_COLUMNS: Record<string, string> = {
  username: 'u.username',
  // names sort by pinyin (UI.md), so 张 comes after 李 the way a Chinese reader looks for it
  displayName: 'u.displayNamePinyin',
  createdAt: 'u.createdAt',
  lastLoginAt: 'u.lastLoginAt',
};

function sortOrder(sort: string | undefined): { column: string; order: 'ASC' | 'DESC' }[] {
  const keys = (sort ?? 'username').split(',').map((k) => k.trim()).filter(Boolean);
  return keys.map((key) => {
    const desc = key.startsWith('-');
    const field = desc ? key.slice(1) : key;
    const column = SORT_COLUMNS[field];
    if (!column) throw problems.field('sort', 'validation.sortField', { field });
    return { column, order: desc ? 'DESC' : 'ASC' };
  });
}

/** The region's or organisation's path of an assignment; null for global, own and assignments scopes. */
export function assignmentPath(a: RoleAssignment): string | null {
  return a.region?.path ?? a.organisation?.path ?? null;
}

/** Users, their passwords and role assignments. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
    @Inject(PASSWORD_HASH_OPTIONS) private readonly hashOptions: PasswordHashOptions,
  ) {}

  /** How far the caller's permission over users reaches (global, or under their region and organisation paths). */
  reach(actor: Actor, permission: string): ManagerReach {
    return { global: this.scope.isGlobal(actor, permission), prefixes: outermostPrefixes(this.scope.pathPrefixes(actor, permission)) };
  }

  /**
   * Assignments (aliased `alias`) inside the caller's reach, as a subquery of user ids; `extra`
   * narrows them further (the role filter).
   */
  private assignmentUserIds(actor: Actor, permission: string, extra?: { sql: string; params: Record<string, unknown> }) {
    const sub = this.dataSource
      .createQueryBuilder()
      .select('sa.userId')
      .from(RoleAssignment, 'sa')
      .leftJoin(Region, 'sr', 'sr.id = sa.regionId')
      .leftJoin(Organisation, 'so', 'so.id = sa.organisationId')
      .where(this.scope.where(actor, permission, { paths: ['sr.path', 'so.path'] }));
    if (extra) sub.andWhere(extra.sql, extra.params);
    return sub;
  }

  /**
   * Users within the caller's reach: everyone for a global manager, else the users holding an
   * assignment whose region or organisation lies under one of the caller's paths.
   */
  private scopedUsers(actor: Actor, permission: string): SelectQueryBuilder<User> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (this.scope.isGlobal(actor, permission)) return qb;
    const sub = this.assignmentUserIds(actor, permission);
    return qb.andWhere(`u.id IN (${sub.getQuery()})`, sub.getParameters());
  }

  /** The assignments of these users that the caller may see: all for a global reader, else those within reach. */
  private async visibleAssignments(actor: Actor, permission: string, userIds: string[]): Promise<RoleAssignment[]> {
    const reach = this.reach(actor, permission);
    return (await this.assignments(userIds)).filter((a) => reach.global || within(reach, assignmentPath(a)));
  }

  /** The users list's query: the caller's scope, search, filters and order, without paging. */
  private listQuery(actor: Actor, query: UserListQuery): SelectQueryBuilder<User> {
    const order = sortOrder(query.sort);
    const qb = this.scopedUsers(actor, USERS_READ);
    const text = query.q?.trim();
    if (text) {
      // a sign-in name or characters anywhere; Latin letters also match the start of the name's pinyin or initials (zs → 张三)
      const q = `%${likeLiteral(text.toLowerCase())}%`;
      const conditions = ["u.username LIKE :q ESCAPE '\\'", "LOWER(u.displayName) LIKE :q ESCAPE '\\'"];
      const params: Record<string, string> = { q };
      if (isPinyinQuery(text)) {
        params.pq = `${likeLiteral(normalizePinyinQuery(text))}%`;
        conditions.push("u.displayNamePinyin LIKE :pq ESCAPE '\\'", "u.displayNameInitials LIKE :pq ESCAPE '\\'");
      }
      qb.andWhere(`(${conditions.join(' OR ')})`, params);
    }
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.role) {
      const sub = this.global(actor, USERS_READ)
        ? this.dataSource.createQueryBuilder().select('sa.userId').from(RoleAssignment, 'sa').where('sa.role = :role', { role: query.role })
        : this.assignmentUserIds(actor, USERS_READ, { sql: 'sa.role = :role', params: { role: query.role } });
      qb.andWhere(`u.id IN (${sub.getQuery()})`, sub.getParameters());
    }
    order.forEach((o, i) => (i === 0 ? qb.orderBy(o.column, o.order) : qb.addOrderBy(o.column, o.order)));
    return qb.addOrderBy('u.id', 'ASC');
  }

  private async withAssignments(actor: Actor, users: User[]): Promise<UserView[]> {
    const assignments = await this.visibleAssignments(actor, USERS_READ, users.map((u) => u.id));
    return users.map((user) => ({ user, assignments: assignments.filter((a) => a.userId === user.id) }));
  }

  async list(actor: Actor, query: UserListQuery, paging: PageRequest): Promise<{ items: UserView[]; total: number; page: number; pageSize: number }> {
    const [users, total] = await this.listQuery(actor, query).skip(paging.skip).take(paging.pageSize).getManyAndCount();
    return { items: await this.withAssignments(actor, users), total, page: paging.page, pageSize: paging.pageSize };
  }

  /** The whole list for an export, page by page (the filters are checked before the first byte goes out). */
  pagesFor(actor: Actor, query: UserListQuery): AsyncIterable<UserView[]> {
    const qb = this.listQuery(actor, query);
    return pagesOf(async (skip, take) => this.withAssignments(actor, await qb.clone().skip(skip).take(take).getMany()), 500);
  }

  today(): string {
    return this.clock.today();
  }

  private global(actor: Actor, permission: string): boolean {
    return this.scope.isGlobal(actor, permission);
  }

  /** One user within the caller's reach for the permission; 404 otherwise, as if absent. */
  async get(actor: Actor, id: string, permission: string = USERS_READ): Promise<UserView> {
    const user = await this.scopedUsers(actor, permission).andWhere('u.id = :id', { id }).getOne();
    if (!user) throw problems.notFound('platform.user');
    return { user, assignments: await this.visibleAssignments(actor, permission, [user.id]) };
  }

  /**
   * Looks up the region or organisation an assignment names: field errors when its shape is wrong
   * or it names nothing that exists. `field` prefixes the field names (`assignments.0.`).
   */
  private async resolveAssignment(input: AssignmentRequest, manager: EntityManager, field = ''): Promise<{ shape: AssignmentShape | null; path: string | null; errors: FieldError[] }> {
    const { shape, errors } = assignmentShape(input, field);
    if (!shape) return { shape, path: null, errors };
    if (shape.regionId) {
      const region = await manager.findOneBy(Region, { id: shape.regionId });
      if (!region) return { shape: null, path: null, errors: [{ field: `${field}regionId`, code: 'access.scope.unknownRegion' }] };
      return { shape, path: region.path, errors: [] };
    }
    if (shape.organisationId) {
      const organisation = await manager.findOneBy(Organisation, { id: shape.organisationId });
      if (!organisation) return { shape: null, path: null, errors: [{ field: `${field}organisationId`, code: 'access.scope.unknownOrganisation' }] };
      return { shape, path: organisation.path, errors: [] };
    }
    return { shape, path: null, errors: [] };
  }

  /**
   * Creates a user for a caller who manages users: a one-time password (given or generated) that
   * must be changed at the first sign-in, and assignments the caller may grant. A caller scoped to a
   * region or organisation must place the user within it, or they could not see what they made.
   */
  async createFor(actor: Actor, input: { username: string; displayName: string; locale?: Locale; initialPassword?: string; assignments?: AssignmentRequest[] }): Promise<UserView & { password: string }> {
    const reach = this.reach(actor, USERS_MANAGE);
    const errors: FieldError[] = [];
    if (input.initialPassword !== undefined) {
      for (const code of passwordProblems(input.initialPassword, this.normaliseUsername(input.username))) errors.push({ field: 'initialPassword', code });
    }
    const shapes: AssignmentShape[] = [];
    const paths: (string | null)[] = [];
    const requested = input.assignments ?? [];
    for (const [i, a] of requested.entries()) {
      const field = `assignments.${i}.`;
      const resolved = await this.resolveAssignment(a, this.dataSource.manager, field);
      errors.push(...resolved.errors);
      if (!resolved.shape) continue;
      const beyond = grantProblems(resolved.shape, resolved.path, reach, field);
      errors.push(...beyond);
      if (beyond.length > 0) continue;
      shapes.push(resolved.shape);
      paths.push(resolved.path);
    }
    if (errors.length === 0 && !userWithin(reach, paths)) errors.push({ field: 'assignments', code: 'access.assignment.placeRequired' });
    if (errors.length > 0) throw problems.validation(errors);
    const keys = shapes.map((s) => `${s.role}|${s.scopeKind}|${s.regionId}|${s.organisationId}`);
    if (new Set(keys).size !== keys.length) throw problems.conflict('access.assignment.duplicate');
    const { user, password } = await this.create({
      username: input.username,
      displayName: input.displayName,
      mustChangePassword: true,
      ...(input.initialPassword !== undefined ? { password: input.initialPassword } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
      assignments: shapes,
    });
    return { user, assignments: await this.assignments([user.id]), password };
  }

  /**
   * Edits a user's display name, status or language, carrying the version the editor saw.
   * Disabling signs the user out everywhere; nobody disables themselves or the last active
   * administrator.
   */
  async update(actor: Actor, id: string, changes: UserChanges, version: number): Promise<UserView> {
    const { user: before } = await this.get(actor, id, USERS_MANAGE);
    const disabling = changes.status === 'disabled' && before.status !== 'disabled';
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      if (disabling) {
        if (id === actor.userId) throw problems.conflict('platform.user.cannotDisableSelf');
        if (await this.isActiveAdmin(m, id)) await this.assertAnotherActiveAdmin(m, { userId: id });
      }
      const named = changes.displayName === undefined ? changes : { ...changes, ...displayNameKeys(changes.displayName) };
      const after = await updateVersioned(m, User, id, version, { ...named, updatedAt: now }, 'platform.user');
      if (disabling) await m.delete(Session, { userId: id });
      const fields = (u: User) => ({ displayName: u.displayName, status: u.status, locale: u.locale, version: u.version });
      await this.audit.record({ action: 'platform.user.update', entityType: 'platform.user', entityId: id, before: fields(before), after: fields(after) }, m);
    });
    return this.get(actor, id, USERS_MANAGE);
  }

  /** A password reset by a manager of the user (404 outside the caller's reach). */
  async resetPasswordFor(actor: Actor, id: string): Promise<{ user: User; password: string }> {
    await this.get(actor, id, USERS_MANAGE);
    return this.resetPassword(id);
  }

  /** Grants an assignment to a user within the caller's reach, no wider than the caller's own. */
  async addAssignmentFor(actor: Actor, userId: string, input: AssignmentRequest): Promise<RoleAssignment> {
    await this.get(actor, userId, USERS_MANAGE);
    const row = await this.dataSource.transaction((m) => this.addAssignment(userId, input as AssignmentInput, m, this.reach(actor, USERS_MANAGE)));
    return (await this.assignments([userId])).find((a) => a.id === row.id)!;
  }

  /**
   * Removes one assignment of a user within the caller's reach (an assignment outside it answers
   * 404). The last administrator assignment of the last active administrator stays: without it
   * nobody could manage users any more.
   */
  async removeAssignmentFor(actor: Actor, userId: string, assignmentId: string): Promise<void> {
    await this.get(actor, userId, USERS_MANAGE);
    const reach = this.reach(actor, USERS_MANAGE);
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOne(RoleAssignment, { where: { id: assignmentId, userId }, relations: { region: true, organisation: true } });
      if (!row || !(reach.global || within(reach, assignmentPath(row)))) throw problems.notFound('platform.roleAssignment');
      if (row.role === 'admin' && (await m.existsBy(User, { id: userId, status: 'active' }))) await this.assertAnotherActiveAdmin(m, { assignmentId });
      await m.delete(RoleAssignment, { id: assignmentId });
      const { region: _r, organisation: _o, ...before } = row;
      await this.audit.record({ action: 'platform.roleAssignment.delete', entityType: 'platform.roleAssignment', entityId: row.id, before, scopePath: assignmentPath(row) }, m);
    });
  }

  private async isActiveAdmin(m: EntityManager, userId: string): Promise<boolean> {
    return (await m.existsBy(User, { id: userId, status: 'active' })) && (await m.existsBy(RoleAssignment, { userId, role: 'admin' }));
  }

  /**
   * 409 unless an active administrator remains without the given user or assignment. On
   * PostgreSQL the administrator assignments are locked first, so two managers removing each
   * other's administrator role at once cannot both succeed; SQLite runs one writer at a time.
   */
  private async assertAnotherActiveAdmin(m: EntityManager, without: { userId?: string; assignmentId?: string }): Promise<void> {
    if (m.connection.options.type === 'postgres') {
      await m.createQueryBuilder(RoleAssignment, 'la').setLock('pessimistic_write').where('la.role = :role', { role: 'admin' }).getMany();
    }
    const qb = m
      .createQueryBuilder(RoleAssignment, 'ra')
      .innerJoin(User, 'au', 'au.id = ra.userId')
      .where('ra.role = :role', { role: 'admin' })
      .andWhere('au.status = :active', { active: 'active' });
    if (without.userId) qb.andWhere('ra.userId <> :userId', { userId: without.userId });
    if (without.assignmentId) qb.andWhere('ra.id <> :assignmentId', { assignmentId: without.assignmentId });
    if ((await qb.getCount()) === 0) throw problems.conflict('platform.user.lastAdmin');
  }

  normaliseUsername(username: string): string {
    return username.trim().toLowerCase();
  }

  findByUsername(username: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOneBy(User, { username: this.normaliseUsername(username) });
  }

  async create(input: CreateUserInput): Promise<{ user: User; password: string }> {
    const username = this.normaliseUsername(input.username);
    if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username)) throw problems.field('username', 'auth.username.invalid');
    const generated = input.password === undefined;
    const password = input.password ?? generatePassword();
    const issues = passwordProblems(password, username);
    if (issues.length > 0) throw problems.validation(issues.map((code) => ({ field: 'password', code })));
    const passwordHash = await hashPassword(password, this.hashOptions);
    const now = this.clock.now();
    const user = await this.dataSource.transaction(async (m) => {
      if (await m.existsBy(User, { username })) throw problems.duplicate('username', username);
      const row = m.create(User, {
        id: newId(),
        username,
        ...displayNameKeys(input.displayName),
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? generated,
        locale: input.locale ?? 'zh-CN',
        status: 'active',
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await m.save(User, row);
      } catch (err) {
        // two creations of one name at the same moment: the database's unique index decides
        if (isUniqueViolation(err)) throw problems.duplicate('username', username);
        throw err;
      }
      for (const a of input.assignments ?? []) await this.addAssignment(row.id, a, m);
      await this.audit.record({ action: 'platform.user.create', entityType: 'platform.user', entityId: row.id, after: row }, m);
      return row;
    });
    return { user, password };
  }

  /**
   * Adds an assignment inside the caller's transaction: field errors when the role does not take the
   * scope kind or the scope names nothing; with `reach`, also when it goes beyond what the granting
   * manager holds; 409 when the user already holds it.
   */
  async addAssignment(userId: string, input: AssignmentInput, manager: EntityManager = this.dataSource.manager, reach?: ManagerReach): Promise<RoleAssignment> {
    const { shape, path, errors } = await this.resolveAssignment(input, manager);
    if (!shape) throw problems.validation(errors);
    if (reach) {
      const beyond = grantProblems(shape, path, reach);
      if (beyond.length > 0) throw problems.validation(beyond);
    }
    // the user's row is locked first on PostgreSQL, so two managers granting the same assignment at
    // once cannot both pass the check below; SQLite runs one writer at a time
    if (manager.connection.options.type === 'postgres') {
      await manager.createQueryBuilder(User, 'lu').setLock('pessimistic_write').where('lu.id = :userId', { userId }).getOne();
    }
    const held = await manager.existsBy(RoleAssignment, {
      userId,
      role: shape.role,
      scopeKind: shape.scopeKind,
      regionId: shape.regionId ?? IsNull(),
      organisationId: shape.organisationId ?? IsNull(),
    });
    if (held) throw problems.conflict('access.assignment.duplicate');
    const row = manager.create(RoleAssignment, { id: newId(), userId, ...shape, createdAt: this.clock.now() });
    await manager.save(RoleAssignment, row);
    await this.audit.record({ action: 'platform.roleAssignment.create', entityType: 'platform.roleAssignment', entityId: row.id, after: row, scopePath: path }, manager);
    return row;
  }

  async assignments(userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<RoleAssignment[]> {
    if (userIds.length === 0) return [];
    return manager.find(RoleAssignment, { where: { userId: In(userIds) }, relations: { region: true, organisation: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Sets a new password (generated unless given); the user must change it at the next sign-in. */
  async resetPassword(userId: string, password?: string): Promise<{ user: User; password: string }> {
    const newPassword = password ?? generatePassword();
    const user = await this.dataSource.manager.findOneBy(User, { id: userId });
    if (!user) throw problems.notFound('platform.user');
    const issues = passwordProblems(newPassword, user.username);
    if (issues.length > 0) throw problems.validation(issues.map((code) => ({ field: 'password', code })));
    const passwordHash = await hashPassword(newPassword, this.hashOptions);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      await m.update(User, { id: userId }, { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, updatedAt: now, version: user.version + 1 });
      await m.delete(Session, { userId });
      await this.audit.record({ action: 'platform.user.resetPassword', entityType: 'platform.user', entityId: userId, before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: true } }, m);
    });
    return { user: { ...user, mustChangePassword: true }, password: newPassword };
  }

  async setPassword(user: User, newPassword: string, exceptSessionId: string | null): Promise<void> {
    const issues = passwordProblems(newPassword, user.username);
    if (issues.length > 0) throw problems.validation(issues.map((code) => ({ field: 'newPassword', code })));
    const passwordHash = await hashPassword(newPassword, this.hashOptions);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      await m.update(User, { id: user.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now, version: user.version + 1 });
      const qb = m.createQueryBuilder().delete().from(Session).where('user_id = :userId', { userId: user.id });
      if (exceptSessionId) qb.andWhere('id <> :sid', { sid: exceptSessionId });
      await qb.execute();
      await this.audit.record({ action: 'platform.user.changePassword', entityType: 'platform.user', entityId: user.id, before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: false } }, m);
    });
  }
}

