import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId, pinyinKeys } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { RoleAssignment } from '../../platform/access/role-assignment.entity.js';
import { prefixUpperBound, ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation, type OrganisationKind } from '../../platform/regions/organisation.entity.js';
import { Region } from '../../platform/regions/region.entity.js';
import { applyArchived, applyNameSearch, applySort } from '../common/list-query.js';
import { maskPhone } from '../common/masks.js';
import { DirectoryOrganisation } from '../entities/directory-organisation.entity.js';
import { SchoolShortage, SchoolStage } from '../entities/school-stage.entity.js';
import { Student } from '../entities/student.entity.js';
import { StaffMember } from '../entities/staff-member.entity.js';
import { Teacher } from '../entities/teacher.entity.js';
import { TeachingAssignment } from '../entities/teaching-assignment.entity.js';
import { DIRECTORY_ORGANISATIONS_MANAGE, DIRECTORY_READ } from '../permissions.js';
import { pathCodes } from '../regions/rules/region-code.js';
import { SCHOOL_STAGES, SUBJECTS, type SchoolKind, type SchoolSetting, type SchoolStage as StageCode, type SchoolTier, type Subject } from '../rules/vocab.js';
import './messages.js';
import { normaliseContactPhone } from './rules/contact-phone.js';
import { defaultManagerRegion, isManagerCycle, organisationPath, townshipOf } from './rules/paths.js';
import { describeReferences, nonZero, type ReferenceCounts } from './rules/references.js';

export interface OrganisationListQuery {
  kind?: OrganisationKind;
  regionId?: string;
  managerOrganisationId?: string;
  stage?: StageCode;
  tier?: SchoolTier;
  setting?: SchoolSetting;
  schoolKind?: SchoolKind;
  q?: string;
  sort?: string;
  archived?: 'false' | 'true' | 'all';
}

/** The directory's fields of an organisation (DOMAIN.md §2). */
export interface OrganisationFields {
  shortName?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  schoolKind?: SchoolKind | null;
  stages?: StageCode[];
  setting?: SchoolSetting | null;
  tier?: SchoolTier | null;
  boarding?: boolean | null;
  studentCount?: number | null;
  classCount?: number | null;
  teacherCount?: number | null;
  subjectTeacherCount?: number | null;
  shortageSubjects?: Subject[];
  fullCurriculum?: boolean | null;
}

export interface CreateOrganisationInput extends OrganisationFields {
  code: string;
  name: string;
  kind: OrganisationKind;
  regionId?: string;
  managerRegionId?: string;
  managerOrganisationId?: string;
}

export interface OrganisationChanges extends OrganisationFields {
  code?: string;
  name?: string;
  kind?: OrganisationKind;
  regionId?: string;
  managerRegionId?: string;
  managerOrganisationId?: string;
}

/** One organisation as lists show it: the platform row, the directory's fields and the names around it. */
export interface OrganisationView {
  organisation: Organisation;
  details: DirectoryOrganisation | null;
  stages: StageCode[];
  shortageSubjects: Subject[];
  region: Region | null;
  township: Region | null;
  managerName: string | null;
  teacherRecords: number;
}

export interface OrganisationDetailView extends OrganisationView {
  managed: Organisation[];
  regionAncestors: Region[];
}

const SORTS: Record<string, string> = {
  name: 'd.namePinyin',
  code: 'o.code',
  studentCount: 'd.studentCount',
  teacherCount: 'd.teacherCount',
  createdAt: 'o.createdAt',
};

const ENTITY = 'directory.organisation';

const DETAIL_FIELDS = [
  'shortName',
  'address',
  'contactName',
  'contactPhone',
  'schoolKind',
  'setting',
  'tier',
  'boarding',
  'studentCount',
  'classCount',
  'teacherCount',
  'subjectTeacherCount',
  'fullCurriculum',
] as const;

/**
 * Schools, training centres, bureaus and donors (/api/directory/organisations).
 *
 * Paths: an organisation's path is its manager's path plus its own id; the manager is an
 * organisation (a township central school for its teaching points) or a region (a county for its
 * schools, a city for a city-run school located in a county's township). Role assignments resolve
 * their scope's path live from the region or organisation row on each request (AuthService
 * builds the actor from the assignment's relations), so re-pathing an organisation and what lies
 * under it needs no update anywhere else.
 *
 * Reads are restricted to organisations whose path lies in the caller's directory.read scope;
 * writes need directory.organisations.manage over the organisation's path (for a new one: over its
 * region and over the path it will get). Anything outside answers 404.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
  ) {}

  /** The restricted, filtered, sorted query of a list (ids only), shared with the export. */
  private async listQuery(actor: Actor, query: OrganisationListQuery): Promise<SelectQueryBuilder<Organisation>> {
    const qb = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .leftJoin(DirectoryOrganisation, 'd', 'd.organisationId = o.id')
      .leftJoin(Region, 'r', 'r.id = o.regionId')
      .select('o.id', 'id')
      .where(this.scope.where(actor, DIRECTORY_READ, { paths: ['o.path'] }));
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.regionId) {
      const region = await this.dataSource.manager.findOneBy(Region, { id: query.regionId });
      if (!region) throw problems.notFound('directory.region');
      qb.andWhere('r.path >= :regionLo AND r.path < :regionHi', { regionLo: region.path, regionHi: prefixUpperBound(region.path) });
    }
    if (query.managerOrganisationId) qb.andWhere('o.managerOrganisationId = :manager', { manager: query.managerOrganisationId });
    if (query.stage) qb.andWhere('EXISTS (SELECT 1 FROM directory_school_stage st WHERE st.organisation_id = o.id AND st.stage = :stage)', { stage: query.stage });
    if (query.tier) qb.andWhere('d.tier = :tier', { tier: query.tier });
    if (query.setting) qb.andWhere('d.setting = :setting', { setting: query.setting });
    if (query.schoolKind) qb.andWhere('d.schoolKind = :schoolKind', { schoolKind: query.schoolKind });
    applyNameSearch(qb, query.q, { name: 'o.name', pinyin: 'd.namePinyin', initials: 'd.nameInitials', code: 'o.code' });
    applyArchived(qb, query.archived, 'o.archivedAt');
    applySort(qb, query.sort, SORTS, 'name', 'o.id');
    return qb;
  }

  async list(actor: Actor, query: OrganisationListQuery, paging: PageRequest): Promise<{ items: OrganisationView[]; total: number; page: number; pageSize: number }> {
    const qb = await this.listQuery(actor, query);
    const total = await qb.getCount();
    const rows = await qb.offset(paging.skip).limit(paging.pageSize).getRawMany<{ id: string }>();
    return { items: await this.views(this.dataSource.manager, rows.map((r) => r.id)), total, page: paging.page, pageSize: paging.pageSize };
  }

  /** Every organisation a list with these filters shows, a page at a time (for the export). */
  async *pages(actor: Actor, query: OrganisationListQuery, pageSize = 500): AsyncIterable<OrganisationView[]> {
    const qb = await this.listQuery(actor, query);
    for (let skip = 0; ; skip += pageSize) {
      const rows = await qb.clone().offset(skip).limit(pageSize).getRawMany<{ id: string }>();
      if (rows.length > 0) yield await this.views(this.dataSource.manager, rows.map((r) => r.id));
      if (rows.length < pageSize) return;
      // let other requests through the SQLite queue between pages
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async get(actor: Actor, id: string): Promise<OrganisationDetailView> {
    await this.visible(actor, id, DIRECTORY_READ);
    return this.detail(this.dataSource.manager, id);
  }

  async create(actor: Actor, input: CreateOrganisationInput): Promise<OrganisationDetailView> {
    const m0 = this.dataSource.manager;
    if (input.managerRegionId && input.managerOrganisationId) throw problems.field('managerOrganisationId', 'directory.organisation.oneManager');
    if (!input.regionId && !input.managerRegionId && !input.managerOrganisationId) throw problems.field('regionId', 'validation.required');
    const region = input.regionId ? await this.reachableRegion(actor, input.regionId) : null;
    const manager = await this.resolveManager(actor, m0, input, region);
    const phone = this.phone(input.contactPhone);
    const id = newId();
    const now = this.clock.now();
    const path = organisationPath(manager.path, id);
    try {
      await this.dataSource.transaction(async (m) => {
        await this.assertCodeFree(m, input.code, null);
        const row = m.create(Organisation, {
          id,
          code: input.code,
          name: input.name,
          kind: input.kind,
          regionId: region?.id ?? null,
          managerRegionId: manager.regionId,
          managerOrganisationId: manager.organisationId,
          path,
          archivedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        await m.save(Organisation, row);
        const keys = pinyinKeys(input.name);
        const details = m.create(DirectoryOrganisation, { organisationId: id, namePinyin: keys.full, nameInitials: keys.initials, ...emptyDetails() });
        applyDetails(details, { ...input, ...(phone !== undefined ? { contactPhone: phone } : {}) });
        await m.save(DirectoryOrganisation, details);
        await this.replaceLists(m, id, input);
        const view = await this.detail(m, id);
        await this.audit.record({ action: 'directory.organisation.created', entityType: ENTITY, entityId: id, after: snapshot(view), scopePath: path }, m);
      });
    } catch (err) {
      if (isUniqueViolation(err)) await this.assertCodeFree(m0, input.code, null);
      throw err;
    }
    return this.detail(m0, id);
  }

  /**
   * An edit with the version the editor saw. Naming a manager moves the organisation: its path and
   * the path of every organisation under it are rewritten by one UPDATE on the prefix, in the same
   * transaction as the edit.
   */
  async update(actor: Actor, id: string, changes: OrganisationChanges, version: number): Promise<OrganisationDetailView> {
    const m0 = this.dataSource.manager;
    const current = await this.visible(actor, id, DIRECTORY_ORGANISATIONS_MANAGE);
    if (changes.managerRegionId && changes.managerOrganisationId) throw problems.field('managerOrganisationId', 'directory.organisation.oneManager');
    const region = changes.regionId !== undefined && changes.regionId !== current.regionId ? await this.reachableRegion(actor, changes.regionId) : undefined;
    let move: { path: string; regionId: string | null; organisationId: string | null } | null = null;
    if (changes.managerRegionId !== undefined || changes.managerOrganisationId !== undefined) {
      const manager = await this.resolveManager(actor, m0, changes, null, current);
      if (manager.regionId !== current.managerRegionId || manager.organisationId !== current.managerOrganisationId) {
        move = { path: organisationPath(manager.path, id), regionId: manager.regionId, organisationId: manager.organisationId };
      }
    }
    const phone = this.phone(changes.contactPhone);
    const before = await this.detail(m0, id);
    try {
      await this.dataSource.transaction(async (m) => {
        if (changes.code !== undefined && changes.code !== current.code) await this.assertCodeFree(m, changes.code, id);
        const platformChanges: Partial<Organisation> = { updatedAt: this.clock.now() };
        if (changes.code !== undefined) platformChanges.code = changes.code;
        if (changes.name !== undefined) platformChanges.name = changes.name;
        if (changes.kind !== undefined) platformChanges.kind = changes.kind;
        if (region) platformChanges.regionId = region.id;
        if (move) Object.assign(platformChanges, { path: move.path, managerRegionId: move.regionId, managerOrganisationId: move.organisationId });
        await updateVersioned(m, Organisation, id, version, platformChanges, ENTITY);
        let repathed = 0;
        if (move) repathed = await this.repath(m, current.path, move.path);
        const details = (await m.findOneBy(DirectoryOrganisation, { organisationId: id })) ?? m.create(DirectoryOrganisation, { organisationId: id, ...emptyDetails() });
        if (changes.name !== undefined || !details.namePinyin) {
          const keys = pinyinKeys(changes.name ?? current.name);
          details.namePinyin = keys.full;
          details.nameInitials = keys.initials;
        }
        applyDetails(details, { ...changes, ...(phone !== undefined ? { contactPhone: phone } : {}) });
        await m.save(DirectoryOrganisation, details);
        await this.replaceLists(m, id, changes);
        const after = await this.detail(m, id);
        await this.audit.record(
          {
            action: 'directory.organisation.updated',
            entityType: ENTITY,
            entityId: id,
            before: snapshot(before),
            after: { ...snapshot(after), ...(move ? { repathedOrganisations: repathed } : {}) },
            scopePath: after.organisation.path,
          },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err) && changes.code !== undefined) await this.assertCodeFree(m0, changes.code, id);
      throw err;
    }
    return this.detail(m0, id);
  }

  async archive(actor: Actor, id: string): Promise<OrganisationDetailView> {
    return this.setArchived(actor, id, true);
  }

  async restore(actor: Actor, id: string): Promise<OrganisationDetailView> {
    return this.setArchived(actor, id, false);
  }

  /**
   * Refused (409 directory.referenced, naming the counts) while teachers, staff members, students, teaching
   * assignments, managed organisations or role assignments refer to it.
   */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.visible(actor, id, DIRECTORY_ORGANISATIONS_MANAGE);
    const before = await this.detail(this.dataSource.manager, id);
    await this.dataSource.transaction(async (m) => {
      const counts: ReferenceCounts = {
        teachers: await m.count(Teacher, { where: { schoolId: id } }),
        staffMembers: await m.count(StaffMember, { where: { organisationId: id } }),
        students: await m.count(Student, { where: { schoolId: id } }),
        teachingAssignments: await m.count(TeachingAssignment, { where: { schoolId: id } }),
        managedOrganisations: await m.count(Organisation, { where: { managerOrganisationId: id } }),
        roleAssignments: await m.count(RoleAssignment, { where: { organisationId: id } }),
      };
      const refs = nonZero(counts);
      if (Object.keys(refs).length > 0) {
        throw problems.conflict('directory.referenced', { what: describeReferences(refs, actor.locale) }, { references: refs });
      }
      // the directory row, stages and shortages go with it (ON DELETE CASCADE)
      await m.delete(Organisation, { id });
      await this.audit.record({ action: 'directory.organisation.deleted', entityType: ENTITY, entityId: id, before: snapshot(before), scopePath: before.organisation.path }, m);
    });
  }

  private async setArchived(actor: Actor, id: string, archive: boolean): Promise<OrganisationDetailView> {
    await this.visible(actor, id, DIRECTORY_ORGANISATIONS_MANAGE);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(Organisation)
        .set({ archivedAt: archive ? now : null, updatedAt: now, version: () => 'version + 1' })
        .where(`id = :id AND archived_at IS ${archive ? 'NULL' : 'NOT NULL'}`, { id })
        .execute();
      if (!result.affected) throw problems.conflict(archive ? 'directory.archived' : 'directory.notArchived');
      const after = await m.findOneByOrFail(Organisation, { id });
      await this.audit.record(
        {
          action: archive ? 'directory.organisation.archived' : 'directory.organisation.restored',
          entityType: ENTITY,
          entityId: id,
          before: { archivedAt: archive ? null : after.archivedAt },
          after: { archivedAt: after.archivedAt, version: after.version },
          scopePath: after.path,
        },
        m,
      );
    });
    return this.detail(this.dataSource.manager, id);
  }

  /**
   * Rewrites the path prefix of every organisation under `oldPrefix` (the moved one is already
   * done): one UPDATE, so a central school moving to another county takes its teaching points along.
   */
  private async repath(m: EntityManager, oldPrefix: string, newPrefix: string): Promise<number> {
    const result = await m
      .createQueryBuilder()
      .update(Organisation)
      .set({
        path: () => `CAST(:newPrefix AS varchar) || SUBSTR(path, CAST(:cut AS integer))`,
        version: () => 'version + 1',
        updatedAt: this.clock.now(),
      })
      .where('path >= :lo AND path < :hi', { lo: oldPrefix, hi: prefixUpperBound(oldPrefix) })
      .setParameters({ newPrefix, cut: oldPrefix.length + 1 })
      .execute();
    return result.affected ?? 0;
  }

  /** The organisation, when the caller holds the permission over its path; 404 otherwise. */
  private async visible(actor: Actor, id: string, permission: string): Promise<Organisation> {
    const row = await this.dataSource.manager.findOneBy(Organisation, { id });
    if (!row || !this.scope.coversPath(actor, permission, row.path)) throw problems.notFound(ENTITY);
    return row;
  }

  /** A region the caller manages organisations in (404 otherwise). */
  private async reachableRegion(actor: Actor, id: string): Promise<Region> {
    const region = await this.dataSource.manager.findOneBy(Region, { id });
    if (!region || !this.scope.coversPath(actor, DIRECTORY_ORGANISATIONS_MANAGE, region.path)) throw problems.notFound('directory.region');
    return region;
  }

  /**
   * The manager named (or, on a create, the default one: the county at or above the region), as
   * a path to hang the organisation under. The resulting path must lie in the caller's scope: a
   * county officer cannot make the city manage a school (404 for the manager). A manager that is
   * the organisation itself or lies under it is a field error (a cycle).
   */
  private async resolveManager(
    actor: Actor,
    m: EntityManager,
    input: { managerRegionId?: string; managerOrganisationId?: string },
    region: Region | null,
    current?: Organisation,
  ): Promise<{ path: string; regionId: string | null; organisationId: string | null }> {
    const inScope = (path: string) => this.scope.coversPath(actor, DIRECTORY_ORGANISATIONS_MANAGE, path);
    if (input.managerOrganisationId) {
      const manager = await m.findOneBy(Organisation, { id: input.managerOrganisationId });
      if (!manager) throw problems.notFound(ENTITY);
      if (current && isManagerCycle(current.path, manager.path)) throw problems.field('managerOrganisationId', 'directory.organisation.managerCycle');
      if (!inScope(organisationPath(manager.path, current?.id ?? 'x'))) throw problems.notFound(ENTITY);
      if (manager.archivedAt) throw problems.field('managerOrganisationId', 'directory.organisation.managerArchived');
      return { path: manager.path, regionId: null, organisationId: manager.id };
    }
    let managerRegion: Region | null;
    if (input.managerRegionId) {
      managerRegion = await m.findOneBy(Region, { id: input.managerRegionId });
    } else {
      const codes = pathCodes(region!.path);
      const chain = await m.findBy(Region, { code: In(codes) });
      managerRegion = defaultManagerRegion(codes.map((c) => chain.find((r) => r.code === c)).filter((r): r is Region => !!r));
    }
    if (!managerRegion || !inScope(organisationPath(managerRegion.path, current?.id ?? 'x'))) throw problems.notFound('directory.region');
    return { path: managerRegion.path, regionId: managerRegion.id, organisationId: null };
  }

  /** undefined: not given; null: cleared; else the normalised phone (a field error when neither mobile nor landline). */
  private phone(raw: string | null | undefined): string | null | undefined {
    if (raw === undefined || raw === null) return raw;
    const result = normaliseContactPhone(raw);
    if ('error' in result) throw problems.field('contactPhone', result.error);
    return result.value;
  }

  private async assertCodeFree(m: EntityManager, code: string, selfId: string | null): Promise<void> {
    const holder = await m.findOneBy(Organisation, { code });
    if (holder && holder.id !== selfId) {
      throw problems.conflict('directory.codeTaken', { code, name: holder.name }, { field: 'code', value: code, holder: { id: holder.id, name: holder.name } });
    }
  }

  /** Stages and shortage subjects are join tables: given lists replace the stored ones. */
  private async replaceLists(m: EntityManager, id: string, input: { stages?: StageCode[]; shortageSubjects?: Subject[] }): Promise<void> {
    if (input.stages !== undefined) {
      await m.delete(SchoolStage, { organisationId: id });
      const stages = [...new Set(input.stages)];
      if (stages.length > 0) await m.insert(SchoolStage, stages.map((stage) => m.create(SchoolStage, { organisationId: id, stage })));
    }
    if (input.shortageSubjects !== undefined) {
      await m.delete(SchoolShortage, { organisationId: id });
      const subjects = [...new Set(input.shortageSubjects)];
      if (subjects.length > 0) await m.insert(SchoolShortage, subjects.map((subject) => m.create(SchoolShortage, { organisationId: id, subject })));
    }
  }

  private async detail(m: EntityManager, id: string): Promise<OrganisationDetailView> {
    const [view] = await this.views(m, [id]);
    if (!view) throw problems.notFound(ENTITY);
    const managed = await m.find(Organisation, { where: { managerOrganisationId: id }, order: { code: 'ASC' } });
    const regionAncestors = view.region ? await this.chain(m, [view.region]).then((c) => c.get(view.region!.id) ?? []) : [];
    return { ...view, managed, regionAncestors };
  }

  /** For each region, the regions from the top down to it (one query for all their codes). */
  private async chain(m: EntityManager, regions: Region[]): Promise<Map<string, Region[]>> {
    const codes = [...new Set(regions.flatMap((r) => pathCodes(r.path)))];
    const rows = codes.length > 0 ? await m.findBy(Region, { code: In(codes) }) : [];
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return new Map(regions.map((r) => [r.id, pathCodes(r.path).map((c) => byCode.get(c)).filter((x): x is Region => !!x)]));
  }

  /** The views of these organisations in the order given: a handful of queries for a whole page. */
  private async views(m: EntityManager, ids: string[]): Promise<OrganisationView[]> {
    if (ids.length === 0) return [];
    const orgs = await m.findBy(Organisation, { id: In(ids) });
    const details = new Map((await m.findBy(DirectoryOrganisation, { organisationId: In(ids) })).map((d) => [d.organisationId, d]));
    // in the vocabularies' order (学前, 小学, 初中, …), not alphabetically
    const stages = (await m.findBy(SchoolStage, { organisationId: In(ids) })).sort((a, b) => SCHOOL_STAGES.indexOf(a.stage) - SCHOOL_STAGES.indexOf(b.stage));
    const shortages = (await m.findBy(SchoolShortage, { organisationId: In(ids) })).sort((a, b) => SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject));
    const regionIds = [...new Set(orgs.flatMap((o) => [o.regionId, o.managerRegionId]).filter((x): x is string => !!x))];
    const regions = new Map((regionIds.length > 0 ? await m.findBy(Region, { id: In(regionIds) }) : []).map((r) => [r.id, r]));
    const located = orgs.map((o) => (o.regionId ? regions.get(o.regionId) : undefined)).filter((r): r is Region => !!r);
    const chains = await this.chain(m, located);
    const managerIds = [...new Set(orgs.map((o) => o.managerOrganisationId).filter((x): x is string => !!x))];
    const managers = new Map((managerIds.length > 0 ? await m.findBy(Organisation, { id: In(managerIds) }) : []).map((o) => [o.id, o]));
    const teacherRows = await m
      .getRepository(Teacher)
      .createQueryBuilder('t')
      .select('t.schoolId', 'schoolId')
      .addSelect('COUNT(*)', 'n')
      .where('t.schoolId IN (:...ids)', { ids })
      .andWhere('t.archivedAt IS NULL')
      .groupBy('t.schoolId')
      .getRawMany<{ schoolId: string; n: string | number }>();
    const teachers = new Map(teacherRows.map((t) => [t.schoolId, Number(t.n)]));
    const byId = new Map(orgs.map((o) => [o.id, o]));
    return ids
      .map((id) => byId.get(id))
      .filter((o): o is Organisation => !!o)
      .map((o) => {
        const region = o.regionId ? (regions.get(o.regionId) ?? null) : null;
        return {
          organisation: o,
          details: details.get(o.id) ?? null,
          stages: stages.filter((s) => s.organisationId === o.id).map((s) => s.stage),
          shortageSubjects: shortages.filter((s) => s.organisationId === o.id).map((s) => s.subject),
          region,
          township: region ? townshipOf(chains.get(region.id) ?? []) : null,
          managerName: o.managerOrganisationId ? (managers.get(o.managerOrganisationId)?.name ?? null) : o.managerRegionId ? (regions.get(o.managerRegionId)?.name ?? null) : null,
          teacherRecords: teachers.get(o.id) ?? 0,
        };
      });
  }
}

function emptyDetails(): Omit<DirectoryOrganisation, 'organisationId' | 'namePinyin' | 'nameInitials' | 'organisation'> {
  return {
    shortName: null,
    address: null,
    contactName: null,
    contactPhone: null,
    schoolKind: null,
    setting: null,
    tier: null,
    boarding: null,
    studentCount: null,
    classCount: null,
    teacherCount: null,
    subjectTeacherCount: null,
    fullCurriculum: null,
  };
}

/** Copies the given (not undefined) directory fields onto the row. */
function applyDetails(row: DirectoryOrganisation, input: OrganisationFields): void {
  for (const key of DETAIL_FIELDS) {
    const value = input[key];
    if (value !== undefined) (row as unknown as Record<string, unknown>)[key] = value;
  }
}

/** What the audit log keeps of an organisation: its fields with the contact mobile masked. */
function snapshot(v: OrganisationView) {
  const o = v.organisation;
  const d = v.details;
  return {
    code: o.code,
    name: o.name,
    kind: o.kind,
    regionId: o.regionId,
    managerRegionId: o.managerRegionId,
    managerOrganisationId: o.managerOrganisationId,
    path: o.path,
    archivedAt: o.archivedAt,
    version: o.version,
    ...(d ? Object.fromEntries(DETAIL_FIELDS.map((k) => [k, k === 'contactPhone' ? maskPhone(d.contactPhone) : d[k]])) : {}),
    stages: v.stages,
    shortageSubjects: v.shortageSubjects,
  };
}
