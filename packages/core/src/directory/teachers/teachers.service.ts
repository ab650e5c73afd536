import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { addDays, newId, pinyinKeys } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { User } from '../../platform/auth/user.entity.js';
import { applyArchived, applyNameSearch, applySort } from '../common/list-query.js';
import { pagesOf } from '../../platform/exports/export.js';
import { maskPersonal } from '../common/masks.js';
import { PERSON_SCOPE, regionPathOf, schoolInScope } from '../common/scope.js';
import '../common/messages.js';
import { DirectoryOrganisation } from '../entities/directory-organisation.entity.js';
import { Teacher, TeacherSubject } from '../entities/teacher.entity.js';
import { TeachingAssignment } from '../entities/teaching-assignment.entity.js';
import { DIRECTORY_PII_READ, DIRECTORY_READ, DIRECTORY_TEACHERS_MANAGE } from '../permissions.js';
import { checkPerson } from '../rules/person.js';
import type { Subject } from '../rules/vocab.js';
import type {
  AddAssignmentDto,
  CreateTeacherDto,
  ListTeachersQueryDto,
  MoveTeacherDto,
  TeacherDetailDto,
  TeacherDto,
  TeacherPageDto,
  TeacherRevealDto,
  TeachingAssignmentDto,
  UpdateTeacherDto,
} from './dto/teacher.dto.js';

const SORTS: Record<string, string> = {
  name: 't.name_pinyin',
  createdAt: 't.created_at',
  hiredOn: 't.hired_on',
  school: 'school.code',
  title: 't.title',
};

const TEACHER_SCOPE = {
  ...PERSON_SCOPE,
  own: (userId: string) => ({ sql: 't.user_id = :ownUserId', params: { ownUserId: userId } }),
};

type Filters = Omit<ListTeachersQueryDto, 'page' | 'pageSize'>;

/** Teachers: records with dated teaching assignments, restricted to the caller's scope, personal numbers masked. */
@Injectable()
export class TeachersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Today in the deployment's time zone (export file names). */
  today(): string {
    return this.clock.today();
  }

  private base(manager: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<Teacher> {
    return manager
      .getRepository(Teacher)
      .createQueryBuilder('t')
      .innerJoin(Organisation, 'school', 'school.id = t.school_id')
      .andWhere(this.scope.where(actor, permission, TEACHER_SCOPE));
  }

  private async filtered(actor: Actor, f: Filters): Promise<SelectQueryBuilder<Teacher>> {
    const qb = this.base(this.dataSource, actor, DIRECTORY_READ);
    if (f.schoolId) qb.andWhere('t.school_id = :schoolId', { schoolId: f.schoolId });
    if (f.regionId) {
      const { lo, hi } = await regionPathOf(this.dataSource, f.regionId);
      qb.andWhere(`EXISTS (SELECT 1 FROM platform_region fr WHERE fr.id = school.region_id AND fr.path >= :rlo AND fr.path < :rhi)`, { rlo: lo, rhi: hi });
    }
    if (f.subject) qb.andWhere('EXISTS (SELECT 1 FROM directory_teacher_subject fs WHERE fs.teacher_id = t.id AND fs.subject = :subject)', { subject: f.subject });
    if (f.title) qb.andWhere('t.title = :title', { title: f.title });
    if (f.backboneLevel) qb.andWhere('t.backbone_level = :bl', { bl: f.backboneLevel });
    if (f.status) qb.andWhere('t.status = :status', { status: f.status });
    if (f.gender) qb.andWhere('t.gender = :gender', { gender: f.gender });
    if (f.rural !== undefined) qb.andWhere('t.rural = :rural', { rural: f.rural });
    if (f.hasAccount !== undefined) qb.andWhere(f.hasAccount ? 't.user_id IS NOT NULL' : 't.user_id IS NULL');
    if (f.userId) qb.andWhere('t.user_id = :userId', { userId: f.userId });
    applyNameSearch(qb, f.q, { name: 't.name', pinyin: 't.name_pinyin', initials: 't.name_initials' });
    applyArchived(qb, f.archived, 't.archived_at');
    applySort(qb, f.sort, SORTS, 'name', 't.id');
    return qb;
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<TeacherPageDto> {
    const qb = await this.filtered(actor, f);
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(rows), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every row the filters give, fetched a page at a time (exports). */
  async pagesFor(actor: Actor, f: Filters): Promise<AsyncIterable<TeacherDto[]>> {
    const qb = await this.filtered(actor, f);
    return pagesOf(async (skip, take) => this.toDtos(await qb.clone().skip(skip).take(take).getMany()), 500);
  }

  async get(actor: Actor, id: string): Promise<TeacherDetailDto> {
    const row = await this.scope.findOneInScope(this.base(this.dataSource, actor, DIRECTORY_READ).andWhere('t.id = :id', { id }), actor, DIRECTORY_READ, TEACHER_SCOPE, 'teacher');
    const [dto] = await this.toDtos([row]);
    return { ...dto!, assignments: await this.assignments(this.dataSource.manager, id) };
  }

  private async loadForWrite(m: EntityManager, actor: Actor, id: string, permission = DIRECTORY_TEACHERS_MANAGE): Promise<Teacher> {
    const row = await this.base(m, actor, permission).andWhere('t.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('teacher');
    return row;
  }

  async create(actor: Actor, dto: CreateTeacherDto): Promise<TeacherDetailDto> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      const school = await schoolInScope(m, this.scope, actor, DIRECTORY_TEACHERS_MANAGE, dto.schoolId);
      const idType = dto.idType ?? 'resident_id';
      const person = checkPerson({ idType, idNumber: dto.idNumber, gender: dto.gender ?? null, mobiles: { mobile: dto.mobile } });
      if (!person.values.gender && person.errors.length === 0) person.errors.push({ field: 'gender', code: 'validation.required' });
      if (person.errors.length > 0) throw problems.validation(person.errors);
      await this.assertIdNumberFree(m, actor, idType, person.values.idNumber, null);
      const setting = await m.findOneBy(DirectoryOrganisation, { organisationId: school.id });
      const keys = pinyinKeys(dto.name);
      const teacher = m.create(Teacher, {
        id: newId(),
        name: dto.name.trim(),
        namePinyin: keys.full,
        nameInitials: keys.initials,
        gender: person.values.gender!,
        idType,
        idNumber: person.values.idNumber,
        mobile: person.values.mobiles.mobile ?? null,
        schoolId: school.id,
        gradesTaught: dto.gradesTaught ?? null,
        title: dto.title ?? null,
        backboneLevel: dto.backboneLevel ?? null,
        backboneSince: dto.backboneSince ?? null,
        rural: dto.rural ?? setting?.setting === 'rural',
        hireProgramme: dto.hireProgramme ?? null,
        hiredOn: dto.hiredOn ?? null,
        status: dto.status ?? 'active',
        userId: null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(Teacher, teacher);
      await this.writeSubjects(m, teacher.id, dto.subjects ?? []);
      await m.insert(TeachingAssignment, {
        id: newId(),
        teacherId: teacher.id,
        schoolId: school.id,
        kind: 'regular',
        startDate: dto.hiredOn ?? this.clock.today(),
        endDate: null,
        note: null,
        createdAt: now,
      });
      await this.audit.record({ action: 'directory.teacher.created', entityType: 'directory.teacher', entityId: teacher.id, after: maskPersonal({ ...teacher, subjects: dto.subjects ?? [] }), scopePath: school.path }, m);
      return teacher.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateTeacherDto): Promise<TeacherDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadForWrite(m, actor, id);
      const idType = dto.idType ?? before.idType;
      const idChanged = dto.idNumber !== undefined || dto.idType !== undefined;
      const person = checkPerson({
        idType,
        idNumber: dto.idNumber ?? before.idNumber,
        gender: dto.gender ?? (idChanged ? null : before.gender),
        mobiles: dto.mobile !== undefined ? { mobile: dto.mobile } : {},
      });
      if (person.errors.length > 0) throw problems.validation(person.errors);
      if (idChanged) await this.assertIdNumberFree(m, actor, idType, person.values.idNumber, id);
      const changes: Partial<Teacher> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) {
        const keys = pinyinKeys(dto.name);
        Object.assign(changes, { name: dto.name.trim(), namePinyin: keys.full, nameInitials: keys.initials });
      }
      if (idChanged) Object.assign(changes, { idType, idNumber: person.values.idNumber });
      if (person.values.gender && person.values.gender !== before.gender) changes.gender = person.values.gender;
      if (dto.mobile !== undefined) changes.mobile = person.values.mobiles.mobile ?? null;
      for (const k of ['gradesTaught', 'title', 'backboneLevel', 'backboneSince', 'rural', 'hireProgramme', 'hiredOn', 'status'] as const) {
        if (dto[k] !== undefined) (changes as Record<string, unknown>)[k] = dto[k];
      }
      const after = await updateVersioned(m, Teacher, id, dto.version, changes, 'teacher');
      const beforeSubjects = await this.subjectsOf(m, [id]);
      if (dto.subjects !== undefined) {
        await m.delete(TeacherSubject, { teacherId: id });
        await this.writeSubjects(m, id, dto.subjects);
      }
      await this.audit.record(
        {
          action: 'directory.teacher.updated',
          entityType: 'directory.teacher',
          entityId: id,
          before: maskPersonal({ ...before, subjects: beforeSubjects.get(id) ?? [] }),
          after: maskPersonal({ ...after, subjects: dto.subjects ?? beforeSubjects.get(id) ?? [] }),
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** A transfer (调动): the open regular assignment ends the day before, a new one opens; history stays. */
  async move(actor: Actor, id: string, dto: MoveTeacherDto): Promise<TeacherDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const teacher = await this.loadForWrite(m, actor, id);
      if (teacher.archivedAt) throw problems.conflict('directory.archived');
      const school = await schoolInScope(m, this.scope, actor, DIRECTORY_TEACHERS_MANAGE, dto.schoolId);
      if (school.id === teacher.schoolId) throw problems.field('schoolId', 'directory.sameSchool');
      const open = await m.find(TeachingAssignment, { where: { teacherId: id, kind: 'regular' } });
      for (const a of open.filter((x) => x.endDate === null || x.endDate >= dto.date)) {
        if (a.startDate >= dto.date) throw problems.field('date', 'directory.endBeforeStart', { startDate: addDays(a.startDate, 1) });
        await m.update(TeachingAssignment, { id: a.id }, { endDate: addDays(dto.date, -1) });
      }
      await m.insert(TeachingAssignment, { id: newId(), teacherId: id, schoolId: school.id, kind: 'regular', startDate: dto.date, endDate: null, note: dto.note ?? null, createdAt: this.clock.now() });
      await m.update(Teacher, { id }, { schoolId: school.id, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
      await this.audit.record({ action: 'directory.teacher.moved', entityType: 'directory.teacher', entityId: id, before: { schoolId: teacher.schoolId }, after: { schoolId: school.id, date: dto.date, note: dto.note ?? null }, scopePath: school.path }, m);
    });
    return this.get(actor, id);
  }

  async addAssignment(actor: Actor, id: string, dto: AddAssignmentDto): Promise<TeacherDetailDto> {
    if (dto.endDate && dto.endDate < dto.startDate) throw problems.field('endDate', 'directory.endBeforeStart', { startDate: dto.startDate });
    await this.dataSource.transaction(async (m) => {
      await this.loadForWrite(m, actor, id);
      // A stint or rotation may be at a school outside the caller's scope (a twinned school in another county).
      const school = await m.findOneBy(Organisation, { id: dto.schoolId });
      if (!school || school.kind !== 'school') throw problems.field('schoolId', 'directory.schoolNotFound');
      const row = { id: newId(), teacherId: id, schoolId: school.id, kind: dto.kind, startDate: dto.startDate, endDate: dto.endDate ?? null, note: dto.note ?? null, createdAt: this.clock.now() };
      await m.insert(TeachingAssignment, row);
      await this.audit.record({ action: 'directory.teacher.assignmentAdded', entityType: 'directory.teacher', entityId: id, after: row }, m);
    });
    return this.get(actor, id);
  }

  async endAssignment(actor: Actor, id: string, assignmentId: string, endDate: string): Promise<TeacherDetailDto> {
    await this.dataSource.transaction(async (m) => {
      await this.loadForWrite(m, actor, id);
      const a = await m.findOneBy(TeachingAssignment, { id: assignmentId, teacherId: id });
      if (!a) throw problems.notFound('assignment');
      if (a.kind === 'regular') throw problems.conflict('directory.regularAssignment');
      if (a.endDate !== null && a.endDate < this.clock.today()) throw problems.conflict('directory.assignmentEnded');
      if (endDate < a.startDate) throw problems.field('endDate', 'directory.endBeforeStart', { startDate: a.startDate });
      await m.update(TeachingAssignment, { id: a.id }, { endDate });
      await this.audit.record({ action: 'directory.teacher.assignmentEnded', entityType: 'directory.teacher', entityId: id, before: { assignmentId, endDate: a.endDate }, after: { assignmentId, endDate } }, m);
    });
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<TeacherDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'directory.archived' : 'directory.notArchived');
      const archivedAt = archived ? this.clock.now() : null;
      await m.update(Teacher, { id }, { archivedAt, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
      await this.audit.record({ action: archived ? 'directory.teacher.archived' : 'directory.teacher.restored', entityType: 'directory.teacher', entityId: id }, m);
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      if (row.userId) {
        const user = await m.findOneBy(User, { id: row.userId });
        throw problems.conflict('directory.hasAccount', { username: user?.username ?? '' });
      }
      await m.delete(Teacher, { id });
      await this.audit.record({ action: 'directory.teacher.deleted', entityType: 'directory.teacher', entityId: id, before: maskPersonal({ ...row }) }, m);
    });
  }

  /** The unmasked numbers of one teacher, for a holder of directory.pii.read; the view is audited. */
  async reveal(actor: Actor, id: string): Promise<TeacherRevealDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.base(m, actor, DIRECTORY_PII_READ).andWhere('t.id = :id', { id }).getOne();
      if (!row) throw problems.notFound('teacher');
      await this.audit.record({ action: 'directory.teacher.revealed', entityType: 'directory.teacher', entityId: id, after: { fields: ['idNumber', 'mobile'] } }, m);
      return { idNumber: row.idNumber, mobile: row.mobile };
    });
  }

  /**
   * An ID number names one teacher. The clash names the holder only when the caller may see them;
   * otherwise it says only that the number is taken.
   */
  private async assertIdNumberFree(m: EntityManager, actor: Actor, idType: string, idNumber: string, exceptId: string | null): Promise<void> {
    const holder = await m.findOneBy(Teacher, { idType: idType as never, idNumber });
    if (!holder || holder.id === exceptId) return;
    const visible = await this.base(m, actor, DIRECTORY_READ).andWhere('t.id = :hid', { hid: holder.id }).getOne();
    const school = visible ? await m.findOneBy(Organisation, { id: holder.schoolId }) : null;
    throw new AppError(409, visible ? 'directory.idNumberTaken' : 'conflict.duplicate', visible ? { name: holder.name, school: school?.name ?? '' } : { field: 'idNumber', value: '' }, [
      { field: 'idNumber', code: visible ? 'directory.idNumberTaken' : 'conflict.duplicate', params: visible ? { name: holder.name, school: school?.name ?? '' } : { field: 'idNumber', value: '' } },
    ]);
  }

  private async writeSubjects(m: EntityManager, teacherId: string, subjects: Subject[]): Promise<void> {
    const unique = [...new Set(subjects)];
    if (unique.length > 0) await m.insert(TeacherSubject, unique.map((subject) => ({ teacherId, subject })));
  }

  private async subjectsOf(m: EntityManager, ids: string[]): Promise<Map<string, Subject[]>> {
    const out = new Map<string, Subject[]>();
    if (ids.length === 0) return out;
    const rows = await m.find(TeacherSubject, { where: { teacherId: In(ids) }, order: { subject: 'ASC' } });
    for (const r of rows) out.set(r.teacherId, [...(out.get(r.teacherId) ?? []), r.subject]);
    return out;
  }

  private async assignments(m: EntityManager, teacherId: string): Promise<TeachingAssignmentDto[]> {
    const rows = await m.find(TeachingAssignment, { where: { teacherId }, order: { startDate: 'DESC', id: 'DESC' } });
    const schools = await this.schoolNames(m, rows.map((r) => r.schoolId));
    return rows.map((r) => ({ id: r.id, schoolId: r.schoolId, schoolName: schools.get(r.schoolId) ?? '', kind: r.kind, startDate: r.startDate, endDate: r.endDate, note: r.note }));
  }

  private async schoolNames(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await m.find(Organisation, { where: { id: In(unique) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  }

  private async toDtos(rows: Teacher[]): Promise<TeacherDto[]> {
    if (rows.length === 0) return [];
    const m = this.dataSource.manager;
    const ids = rows.map((r) => r.id);
    const subjects = await this.subjectsOf(m, ids);
    const schools = new Map((await m.findBy(Organisation, { id: In([...new Set(rows.map((r) => r.schoolId))]) })).map((o) => [o.id, o]));
    const userIds = rows.map((r) => r.userId).filter((x): x is string => !!x);
    const users = new Map(userIds.length ? (await m.findBy(User, { id: In(userIds) })).map((u) => [u.id, u.username]) : []);
    const today = this.clock.today();
    const current = await m
      .getRepository(TeachingAssignment)
      .createQueryBuilder('a')
      .where({ teacherId: In(ids) })
      .andWhere('a.start_date <= :today', { today })
      .andWhere(new Brackets((w) => w.where('a.end_date IS NULL').orWhere('a.end_date >= :today', { today })))
      .orderBy('a.start_date', 'ASC')
      .getMany();
    const currentSchools = await this.schoolNames(m, current.map((c) => c.schoolId));
    return rows.map((t) => {
      const masked = maskPersonal({ idNumber: t.idNumber, mobile: t.mobile });
      return {
        id: t.id,
        name: t.name,
        gender: t.gender,
        idType: t.idType,
        idNumber: masked.idNumber!,
        mobile: masked.mobile,
        schoolId: t.schoolId,
        schoolName: schools.get(t.schoolId)?.name ?? '',
        subjects: subjects.get(t.id) ?? [],
        gradesTaught: t.gradesTaught,
        title: t.title,
        backboneLevel: t.backboneLevel,
        backboneSince: t.backboneSince,
        rural: t.rural,
        hireProgramme: t.hireProgramme,
        hiredOn: t.hiredOn,
        status: t.status,
        userId: t.userId,
        username: t.userId ? (users.get(t.userId) ?? null) : null,
        archivedAt: t.archivedAt ? t.archivedAt.toISOString() : null,
        version: t.version,
        currentAssignments: current.filter((c) => c.teacherId === t.id).map(({ schoolId, kind }) => ({ schoolId, schoolName: currentSchools.get(schoolId) ?? '', kind })),
      };
    });
  }
}
