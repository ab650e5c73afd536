import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import { newId, isLocale, type Locale } from '@schoolbridge/shared';
import type { Actor, ActorAssignment } from '../access/actor.js';
import { PermissionRegistry } from '../access/permission-registry.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { AppError, problems, type FieldError } from '../errors/problem.js';
import { ApiToken } from './api-token.entity.js';
import { API_TOKEN_PREFIX, PASSWORD_HASH_OPTIONS, SIGNING_SECRET } from './auth.tokens.js';
import { hashPassword, hmac, passwordProblems, randomToken, sha256, verifyPassword, type PasswordHashOptions } from './crypto.js';
import { RateLimiter } from './rate-limiter.service.js';
import { Session } from './session.entity.js';
import { displayNameKeys, User } from './user.entity.js';
import { UsersService } from './users.service.js';

export interface LoginResult {
  sessionToken: string;
  session: Session;
  user: User;
}

/** The caller of a session cookie; `renewedUntil` is set when this request slid the session's expiry. */
export interface SessionActor {
  actor: Actor;
  session: Session;
  renewedUntil: Date | null;
}

export interface ProfileChanges {
  locale?: Locale;
  displayName?: string;
}

/**
 * Sign-in bookkeeping (failure counts, locks, last sign-in) keeps the row version, so a user signing
 * in never makes an administrator's open edit of that user stale.
 */
const KEEP_VERSION = { version: () => 'version' } as const;

/** Sign-in, sessions, API tokens, lockout and the actor of each request. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly registry: PermissionRegistry,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SIGNING_SECRET) private readonly secret: string,
    @Inject(PASSWORD_HASH_OPTIONS) private readonly hashOptions: PasswordHashOptions,
  ) {}

  /** Counts one sign-in attempt from an address; too many in a minute get 429. */
  async checkLoginRate(ip: string | null): Promise<void> {
    const limit = this.config.auth.loginRateLimitPerMinute;
    if (limit === 0) return;
    const r = await this.rateLimiter.hit(`login:${ip ?? 'unknown'}`, limit, 60);
    if (!r.allowed) throw new AppError(429, 'auth.rateLimited', { seconds: r.retryAfterSeconds }, [], { retryAfterSeconds: r.retryAfterSeconds });
  }

  async login(username: string, password: string, meta: { ip: string | null; userAgent: string | null }): Promise<LoginResult> {
    await this.checkLoginRate(meta.ip);
    const user = await this.users.findByUsername(username);
    const now = this.clock.now();
    if (!user || !user.passwordHash) {
      // spend the same time as a real check, so timing does not tell which names exist
      this.dummyHash ??= hashPassword('not-a-real-password-0', this.hashOptions);
      await verifyPassword(await this.dummyHash, password);
      throw problems.unauthenticated('auth.invalidCredentials');
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
      const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
      throw problems.unauthenticated('auth.locked', { minutes });
    }
    const ok = await verifyPassword(user.passwordHash, password);
    if (!ok) {
      await this.recordFailure(user);
      throw problems.unauthenticated('auth.invalidCredentials');
    }
    // told only to someone who knows the password, so the answer leaks nothing to a guesser
    if (user.status !== 'active') throw problems.unauthenticated('auth.disabled');
    const sessionToken = randomToken(32);
    const session = this.dataSource.manager.create(Session, {
      id: newId(),
      tokenHash: sha256(sessionToken),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.sessionTtlHours * 3_600_000),
      ip: meta.ip?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 255) ?? null,
    });
    await this.dataSource.transaction(async (m) => {
      await m.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, ...KEEP_VERSION });
      // the user's sessions that ran out are of no use to anyone: drop them while we are here
      await m.delete(Session, { userId: user.id, expiresAt: LessThanOrEqual(now) });
      await m.save(Session, session);
    });
    this.logger.log({ msg: 'signed in', userId: user.id });
    return { sessionToken, session, user: { ...user, failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } };
  }

  /**
   * Counts a wrong password; the Nth in a row locks the account for a while. The count is a
   * conditional update, so wrong passwords sent at once through several instances lock the account
   * once: those arriving after the lock do not count towards another.
   */
  private async recordFailure(user: User): Promise<void> {
    const max = this.config.auth.maxFailedLogins;
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const counted = await m
        .createQueryBuilder()
        .update(User)
        .set({ failedLoginCount: () => 'failed_login_count + 1', ...KEEP_VERSION })
        .where('id = :id', { id: user.id })
        .andWhere('(locked_until IS NULL OR locked_until <= :now)', { now })
        .execute();
      if (!counted.affected) return;
      const fresh = await m.findOneByOrFail(User, { id: user.id });
      if (max > 0 && fresh.failedLoginCount >= max) {
        const lockedUntil = new Date(now.getTime() + this.config.auth.lockoutMinutes * 60_000);
        await m.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil, ...KEEP_VERSION });
        await this.audit.record({ action: 'platform.user.lock', entityType: 'platform.user', entityId: user.id, before: { lockedUntil: null }, after: { lockedUntil } }, m);
        this.logger.warn({ msg: 'account locked after repeated failed sign-ins', userId: user.id });
      }
    });
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.manager.delete(Session, { id: sessionId });
  }

  /** The CSRF token of a session: derived from the shared secret, so every instance agrees. */
  csrfTokenFor(sessionId: string): string {
    return hmac(this.secret, `csrf:${sessionId}`);
  }

  /**
   * The caller behind a session cookie, or null when the session is unknown, expired or its user
   * disabled. Sessions expire after `sessionTtlHours` without use: each request (written at most
   * once a minute) slides the expiry, and the caller renews the cookies to match.
   */
  async actorFromSession(token: string): Promise<SessionActor | null> {
    const session = await this.dataSource.manager.findOneBy(Session, { tokenHash: sha256(token) });
    const now = this.clock.now();
    if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
    const user = await this.dataSource.manager.findOneBy(User, { id: session.userId });
    if (!user || user.status !== 'active') return null;
    let renewedUntil: Date | null = null;
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      renewedUntil = new Date(now.getTime() + this.config.auth.sessionTtlHours * 3_600_000);
      await this.dataSource.manager.update(Session, { id: session.id }, { lastSeenAt: now, expiresAt: renewedUntil });
      session.lastSeenAt = now;
      session.expiresAt = renewedUntil;
    }
    return { actor: await this.buildActor(user, 'session', session.id), session, renewedUntil };
  }

  async actorFromApiToken(token: string): Promise<Actor | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const row = await this.dataSource.manager.findOneBy(ApiToken, { tokenHash: sha256(token), revokedAt: IsNull() });
    const now = this.clock.now();
    if (!row || (row.expiresAt && row.expiresAt.getTime() <= now.getTime())) return null;
    const user = await this.dataSource.manager.findOneBy(User, { id: row.userId });
    if (!user || user.status !== 'active') return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
      await this.dataSource.manager.update(ApiToken, { id: row.id }, { lastUsedAt: now });
    }
    return this.buildActor(user, 'token', null);
  }

  async buildActor(user: User, via: Actor['via'], sessionId: string | null): Promise<Actor> {
    const rows = await this.users.assignments([user.id]);
    const assignments: ActorAssignment[] = rows.map((a) => ({
      id: a.id,
      role: a.role,
      scopeKind: a.scopeKind,
      regionId: a.regionId,
      organisationId: a.organisationId,
      path: a.region?.path ?? a.organisation?.path ?? null,
    }));
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      locale: isLocale(user.locale) ? user.locale : this.config.defaultLocale,
      via,
      sessionId,
      mustChangePassword: user.mustChangePassword,
      assignments,
      permissions: this.registry.permissionsOf(assignments.map((a) => a.role)),
    };
  }

  /**
   * Changes the caller's own password, given the current one. Every field error is reported at once
   * (wrong current password and a weak new one); the caller's other sessions are signed out.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    // a stolen session must not become an unlimited oracle for the current password
    const limit = this.config.auth.loginRateLimitPerMinute;
    if (limit > 0) {
      const r = await this.rateLimiter.hit(`password:${actor.userId}`, limit, 60);
      if (!r.allowed) throw new AppError(429, 'auth.password.rateLimited', { seconds: r.retryAfterSeconds }, [], { retryAfterSeconds: r.retryAfterSeconds });
    }
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: actor.userId });
    const currentOk = !!user.passwordHash && (await verifyPassword(user.passwordHash, currentPassword));
    const errors: FieldError[] = [];
    if (!currentOk) errors.push({ field: 'currentPassword', code: 'auth.password.wrongCurrent' });
    else if (currentPassword === newPassword) errors.push({ field: 'newPassword', code: 'auth.password.sameAsCurrent' });
    errors.push(...passwordProblems(newPassword, user.username).map((code) => ({ field: 'newPassword', code })));
    if (errors.length > 0) throw problems.validation(errors);
    await this.users.setPassword(user, newPassword, actor.sessionId);
  }

  /** Changes the caller's own language and display name: only the fields given. */
  async updateProfile(actor: Actor, changes: ProfileChanges): Promise<User> {
    // null comes through @IsOptional: it is no name, so it is refused like a blank one
    const displayName = changes.displayName === undefined ? undefined : typeof changes.displayName === 'string' ? changes.displayName.trim() : '';
    if (displayName === '') throw problems.field('displayName', 'validation.required');
    if (changes.locale !== undefined && !isLocale(changes.locale)) throw problems.field('locale', 'validation.isIn');
    return this.dataSource.transaction(async (m) => {
      const user = await m.findOneByOrFail(User, { id: actor.userId });
      const set: Partial<Pick<User, 'locale' | 'displayName'>> = {};
      if (changes.locale !== undefined && changes.locale !== user.locale) set.locale = changes.locale;
      if (displayName !== undefined && displayName !== user.displayName) set.displayName = displayName;
      if (Object.keys(set).length === 0) return user;
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, user[k as keyof typeof set]]));
      await m.update(User, { id: user.id }, { ...set, ...(set.displayName !== undefined ? displayNameKeys(set.displayName) : {}), updatedAt: this.clock.now() });
      await this.audit.record({ action: 'platform.user.updateProfile', entityType: 'platform.user', entityId: user.id, before, after: set }, m);
      return m.findOneByOrFail(User, { id: user.id });
    });
  }

  // ---- personal API tokens ----

  async createApiToken(actor: Actor, name: string, expiresInDays: number | null): Promise<{ token: string; row: ApiToken }> {
    const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
    const now = this.clock.now();
    const row = this.dataSource.manager.create(ApiToken, {
      id: newId(),
      userId: actor.userId,
      name: name.trim(),
      prefix: token.slice(0, 12),
      tokenHash: sha256(token),
      createdAt: now,
      lastUsedAt: null,
      expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null,
      revokedAt: null,
    });
    await this.dataSource.transaction(async (m) => {
      await m.save(ApiToken, row);
      await this.audit.record({ action: 'platform.apiToken.create', entityType: 'platform.apiToken', entityId: row.id, after: row }, m);
    });
    return { token, row };
  }

  listApiTokens(actor: Actor): Promise<ApiToken[]> {
    return this.dataSource.manager.find(ApiToken, { where: { userId: actor.userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async revokeApiToken(actor: Actor, id: string): Promise<void> {
    const row = await this.dataSource.manager.findOneBy(ApiToken, { id, userId: actor.userId, revokedAt: IsNull() });
    if (!row) throw problems.notFound('platform.apiToken');
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      await m.update(ApiToken, { id }, { revokedAt: now });
      await this.audit.record({ action: 'platform.apiToken.revoke', entityType: 'platform.apiToken', entityId: id, before: { revokedAt: null }, after: { revokedAt: now } }, m);
    });
  }
}
