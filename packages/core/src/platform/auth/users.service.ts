import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import { RoleAssignment } from '../access/role-assignment.entity.js';
import { ROLES, isRoleCode, type RoleCode, type ScopeKind } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { problems } from '../errors/problem.js';
import { Organisation } from '../regions/organisation.entity.js';
import { Region } from '../regions/region.entity.js';
import { PASSWORD_HASH_OPTIONS } from './auth.tokens.js';
import { generatePassword, hashPassword, passwordProblems, type PasswordHashOptions } from './crypto.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

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

/** Users, their passwords and role assignments. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(PASSWORD_HASH_OPTIONS) private readonly hashOptions: PasswordHashOptions,
  ) {}

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
        displayName: input.displayName.trim(),
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

  async addAssignment(userId: string, input: AssignmentInput, manager: EntityManager = this.dataSource.manager): Promise<RoleAssignment> {
    if (!isRoleCode(input.role)) throw problems.field('role', 'access.role.unknown');
    const def = ROLES[input.role];
    const scopeKind = input.scopeKind ?? def.scopeKinds[0]!;
    if (!def.scopeKinds.includes(scopeKind)) throw problems.field('scopeKind', 'access.scope.notForRole', { role: input.role, scopeKind });
    const regionId = scopeKind === 'region' ? (input.regionId ?? null) : null;
    const organisationId = scopeKind === 'organisation' ? (input.organisationId ?? null) : null;
    if (scopeKind === 'region') {
      if (!regionId) throw problems.field('regionId', 'validation.required');
      if (!(await manager.existsBy(Region, { id: regionId }))) throw problems.field('regionId', 'access.scope.unknownRegion');
    }
    if (scopeKind === 'organisation') {
      if (!organisationId) throw problems.field('organisationId', 'validation.required');
      if (!(await manager.existsBy(Organisation, { id: organisationId }))) throw problems.field('organisationId', 'access.scope.unknownOrganisation');
    }
    const row = manager.create(RoleAssignment, { id: newId(), userId, role: input.role, scopeKind, regionId, organisationId, createdAt: this.clock.now() });
    await manager.save(RoleAssignment, row);
    await this.audit.record({ action: 'platform.roleAssignment.create', entityType: 'platform.roleAssignment', entityId: row.id, after: row }, manager);
    return row;
  }

  async assignments(userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<RoleAssignment[]> {
    if (userIds.length === 0) return [];
    return manager.find(RoleAssignment, { where: { userId: In(userIds) }, relations: { region: true, organisation: true }, order: { createdAt: 'ASC' } });
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

