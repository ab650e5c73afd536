import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId, pinyinKeys } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { User } from '../../platform/auth/user.entity.js';
import { USERS_READ, UsersService } from '../../platform/auth/users.service.js';
import { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import { pagesOf } from '../../platform/exports/export.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { applyArchived, applyNameSearch, applySort } from '../common/list-query.js';
import { maskPersonal } from '../common/masks.js';
import '../common/messages.js';
import { PERSON_SCOPE, STAFF_SCOPE, organisationInScope } from '../common/scope.js';
import { StaffMember } from '../entities/staff-member.entity.js';
import { Teacher } from '../entities/teacher.entity.js';
import { DIRECTORY_PII_READ, DIRECTORY_READ, DIRECTORY_STAFF_MANAGE } from '../permissions.js';
import { checkStaffFields } from '../rules/staff.js';
import type { CreateStaffMemberDto, ListStaffQueryDto, StaffMemberDto, StaffPageDto, StaffRevealDto, UpdateStaffMemberDto } from './dto/staff-member.dto.js';

const SORTS: Record<string, string> = {
  name: 's.name_pinyin',
  createdAt: 's.created_at',
  organisation: 'org.code',
  position: 's.position',
};

const ENTITY = 'directory.staffMember';

type Filters = Omit<ListStaffQueryDto, 'page' | 'pageSize'>;

/**
 * Staff members (职工): people of a bureau, training centre, school or donor who are not teacher
 * records, restricted to the caller's scope through their organisation, mobiles masked, and
 * optionally linked to one account (a user holds one teacher or staff record at most).
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersService,
  ) {}

  /** Today in the deployment's time zone (export file names). */
  today(): string {
    return this.clock.today();
  }

  private base(manager: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<StaffMember> {
    return manager
      .getRepository(StaffMember)
      .createQueryBuilder('s')
      .innerJoin(Organisation, 'org', 'org.id = s.organisation_id')
      .andWhere(this.scope.where(actor, permission, STAFF_SCOPE));
  }

  private filtered(actor: Actor, f: Filters): SelectQueryBuilder<StaffMember> {
    const qb = this.base(this.dataSource, actor, DIRECTORY_READ);
    if (f.organisationId) qb.andWhere('s.organisation_id = :organisationId', { organisationId: f.organisationId });
    if (f.organisationKind) qb.andWhere('org.kind = :organisationKind', { organisationKind: f.organisationKind });
    if (f.gender) qb.andWhere('s.gender = :gender', { gender: f.gender });
    if (f.linked !== undefined) qb.andWhere(f.linked ? 's.user_id IS NOT NULL' : 's.user_id IS NULL');
    if (f.userId) qb.andWhere('s.user_id = :userId', { userId: f.userId });
    applyNameSearch(qb, f.q, { name: 's.name', pinyin: 's.name_pinyin', initials: 's.name_initials' });
    applyArchived(qb, f.archived, 's.archived_at');
    applySort(qb, f.sort, SORTS, 'name', 's.id');
    return qb;
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<StaffPageDto> {
    const [rows, total] = await this.filtered(actor, f).skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(rows), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every row the filters give, fetched a page at a time (exports); the filters are checked before the first byte. */
  pagesFor(actor: Actor, f: Filters): AsyncIterable<StaffMemberDto[]> {
    const qb = this.filtered(actor, f);
    return pagesOf(async (skip, take) => this.toDtos(await qb.clone().skip(skip).take(take).getMany()), 500);
  }

  async get(actor: Actor, id: string): Promise<StaffMemberDto> {
    const row = await this.scope.findOneInScope(
      this.base(this.dataSource, actor, DIRECTORY_READ).andWhere('s.id = :id', { id }),
      actor,
      DIRECTORY_READ,
      STAFF_SCOPE,
      'staffMember',
    );
    const [dto] = await this.toDtos([row]);
    return dto!;
  }

  private async loadForWrite(m: EntityManager, actor: Actor, id: string, permission = DIRECTORY_STAFF_MANAGE): Promise<{ row: StaffMember; path: string }> {
    const row = await this.base(m, actor, permission).andWhere('s.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('staffMember');
    const org = await m.findOneByOrFail(Organisation, { id: row.organisationId });
    return { row, path: org.path };
  }

  async create(actor: Actor, dto: CreateStaffMemberDto): Promise<StaffMemberDto> {
    const checked = checkStaffFields(dto);
    if (checked.errors.length > 0) throw problems.validation(checked.errors);
    const v = checked.values;
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      const org = await organisationInScope(m, this.scope, actor, DIRECTORY_STAFF_MANAGE, dto.organisationId);
      const keys = pinyinKeys(v.name!);
      const row = m.create(StaffMember, {
        id: newId(),
        name: v.name!,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        gender: dto.gender ?? null,
        organisationId: org.id,
        position: v.position ?? null,
        title: v.title ?? null,
        mobile: v.mobile ?? null,
        email: v.email ?? null,
        userId: null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(StaffMember, row);
      await this.audit.record({ action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: maskPersonal({ ...row }), scopePath: org.path }, m);
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateStaffMemberDto): Promise<StaffMemberDto> {
    const checked = checkStaffFields(dto);
    if (checked.errors.length > 0) throw problems.validation(checked.errors);
    const v = checked.values;
    await this.dataSource.transaction(async (m) => {
      const { row: before, path } = await this.loadForWrite(m, actor, id);
      const changes: Partial<StaffMember> = { updatedAt: this.clock.now() };
      let scopePath = path;
      if (dto.organisationId !== undefined && dto.organisationId !== before.organisationId) {
        const org = await organisationInScope(m, this.scope, actor, DIRECTORY_STAFF_MANAGE, dto.organisationId);
        changes.organisationId = org.id;
        scopePath = org.path;
      }
      if (v.name !== undefined) {
        const keys = pinyinKeys(v.name);
        Object.assign(changes, { name: v.name, namePinyin: keys.full, nameInitials: keys.initials });
      }
      if (dto.gender !== undefined) changes.gender = dto.gender;
      for (const k of ['position', 'title', 'mobile', 'email'] as const) {
        if (v[k] !== undefined) changes[k] = v[k];
      }
      const after = await updateVersioned(m, StaffMember, id, dto.version, changes, 'staffMember');
      await this.audit.record(
        { action: `${ENTITY}.updated`, entityType: ENTITY, entityId: id, before: maskPersonal({ ...before }), after: maskPersonal({ ...after }), scopePath },
        m,
      );
    });
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<StaffMemberDto> {
    await this.dataSource.transaction(async (m) => {
      const { row, path } = await this.loadForWrite(m, actor, id);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'directory.archived' : 'directory.notArchived');
      const now = this.clock.now();
      await m.update(StaffMember, { id }, { archivedAt: archived ? now : null, updatedAt: now, version: () => 'version + 1' } as never);
      await this.audit.record({ action: archived ? `${ENTITY}.archived` : `${ENTITY}.restored`, entityType: ENTITY, entityId: id, scopePath: path }, m);
    });
    return this.get(actor, id);
  }

  /** Refused (409 naming the account) while the record is linked to an account: unlink it first. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { row, path } = await this.loadForWrite(m, actor, id);
      if (row.userId) {
        const user = await m.findOneBy(User, { id: row.userId });
        throw problems.conflict('directory.staff.linked', { username: user?.username ?? '' });
      }
      await m.delete(StaffMember, { id });
      await this.audit.record({ action: `${ENTITY}.deleted`, entityType: ENTITY, entityId: id, before: maskPersonal({ ...row }), scopePath: path }, m);
    });
  }

  /** The unmasked mobile of one staff member, for a holder of directory.pii.read; the view is audited. */
  async reveal(actor: Actor, id: string): Promise<StaffRevealDto> {
    return this.dataSource.transaction(async (m) => {
      const { row, path } = await this.loadForWrite(m, actor, id, DIRECTORY_PII_READ);
      await this.audit.record({ action: `${ENTITY}.revealed`, entityType: ENTITY, entityId: id, after: { fields: ['mobile'] }, scopePath: path }, m);
      return { mobile: row.mobile };
    });
  }

  /**
   * Links an existing account within the caller's users scope (else a field error on userId). A
   * user holds one teacher or staff record at most: an account linked elsewhere is a 409 naming the
   * holder when the caller may see them. A record already linked to another account is unlinked first.
   */
  async linkUser(actor: Actor, id: string, userId: string): Promise<StaffMemberDto> {
    const user = await this.userInScope(actor, userId);
    await this.dataSource.transaction(async (m) => {
      const { row, path } = await this.loadForWrite(m, actor, id);
      if (row.userId === user.id) return;
      if (row.archivedAt) throw problems.conflict('directory.archived');
      if (row.userId) {
        const current = await m.findOneBy(User, { id: row.userId });
        throw problems.conflict('directory.staff.alreadyLinked', { username: current?.username ?? '' });
      }
      await this.assertUserFree(m, actor, user, id);
      try {
        await m.update(StaffMember, { id }, { userId: user.id, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
      } catch (err) {
        // Someone linked the same account to another staff record a moment ago (ux_directory_staff_member_user).
        if (isUniqueViolation(err)) throw linkConflict('directory.userLinked', { username: user.username });
        throw err;
      }
      await this.audit.record(
        {
          action: `${ENTITY}.userLinked`,
          entityType: ENTITY,
          entityId: id,
          before: { userId: null },
          after: { userId: user.id, username: user.username },
          scopePath: path,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async unlinkUser(actor: Actor, id: string): Promise<StaffMemberDto> {
    await this.dataSource.transaction(async (m) => {
      const { row, path } = await this.loadForWrite(m, actor, id);
      if (!row.userId) throw problems.conflict('directory.staff.notLinked');
      const user = await m.findOneBy(User, { id: row.userId });
      await m.update(StaffMember, { id }, { userId: null, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
      await this.audit.record(
        {
          action: `${ENTITY}.userUnlinked`,
          entityType: ENTITY,
          entityId: id,
          before: { userId: row.userId, username: user?.username ?? null },
          after: { userId: null },
          scopePath: path,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** An account the caller may see among users; anything else is a field error, as if it did not exist. */
  private async userInScope(actor: Actor, userId: string): Promise<User> {
    try {
      return (await this.users.get(actor, userId, USERS_READ)).user;
    } catch (err) {
      if (err instanceof AppError && err.status === 404) throw problems.field('userId', 'directory.userNotFound');
      throw err;
    }
  }

  /** The account is linked to no teacher and no other staff record; the clash names the holder only when the caller may see them. */
  private async assertUserFree(m: EntityManager, actor: Actor, user: User, exceptStaffId: string): Promise<void> {
    const teacher = await m.findOneBy(Teacher, { userId: user.id });
    if (teacher) {
      const visible = await m
        .getRepository(Teacher)
        .createQueryBuilder('t')
        .innerJoin(Organisation, 'school', 'school.id = t.school_id')
        .where('t.id = :tid', { tid: teacher.id })
        .andWhere(this.scope.where(actor, DIRECTORY_READ, PERSON_SCOPE))
        .getOne();
      const school = visible ? await m.findOneBy(Organisation, { id: teacher.schoolId }) : null;
      throw visible
        ? linkConflict('directory.userLinkedToTeacher', { username: user.username, name: teacher.name, organisation: school?.name ?? '' })
        : linkConflict('directory.userLinked', { username: user.username });
    }
    const staff = await m.findOneBy(StaffMember, { userId: user.id });
    if (staff && staff.id !== exceptStaffId) {
      const visible = await this.base(m, actor, DIRECTORY_READ).andWhere('s.id = :sid', { sid: staff.id }).getOne();
      const org = visible ? await m.findOneBy(Organisation, { id: staff.organisationId }) : null;
      throw visible
        ? linkConflict('directory.userLinkedToStaff', { username: user.username, name: staff.name, organisation: org?.name ?? '' })
        : linkConflict('directory.userLinked', { username: user.username });
    }
  }

  private async toDtos(rows: StaffMember[]): Promise<StaffMemberDto[]> {
    if (rows.length === 0) return [];
    const m = this.dataSource.manager;
    const orgs = new Map((await m.findBy(Organisation, { id: In([...new Set(rows.map((r) => r.organisationId))]) })).map((o) => [o.id, o]));
    const userIds = rows.map((r) => r.userId).filter((x): x is string => !!x);
    const users = new Map(
      userIds.length ? (await m.find(User, { where: { id: In(userIds) }, select: { id: true, username: true, displayName: true } })).map((u) => [u.id, u]) : [],
    );
    return rows.map((s) => {
      const org = orgs.get(s.organisationId);
      const user = s.userId ? users.get(s.userId) : undefined;
      return {
        id: s.id,
        name: s.name,
        gender: s.gender,
        organisationId: s.organisationId,
        organisationName: org?.name ?? '',
        organisationKind: org?.kind ?? 'other',
        position: s.position,
        title: s.title,
        mobile: maskPersonal({ mobile: s.mobile }).mobile ?? null,
        email: s.email,
        userId: s.userId,
        username: user?.username ?? null,
        userDisplayName: user?.displayName ?? null,
        archivedAt: s.archivedAt ? s.archivedAt.toISOString() : null,
        createdAt: s.createdAt.toISOString(),
        updatedAt: s.updatedAt.toISOString(),
        version: s.version,
      };
    });
  }
}

/** A 409 about the account, with the same error under `userId` so a form shows it beside the picker. */
function linkConflict(code: string, params: Record<string, unknown>): AppError {
  return new AppError(409, code, params, [{ field: 'userId', code, params }]);
}
