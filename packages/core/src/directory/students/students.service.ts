import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId, pinyinKeys } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { applyArchived, applyNameSearch, applySort } from '../common/list-query.js';
import { pagesOf } from '../../platform/exports/export.js';
import { maskPersonal } from '../common/masks.js';
import { PERSON_SCOPE, regionPathOf, schoolInScope } from '../common/scope.js';
import '../common/messages.js';
import { Student, StudentDifficulty } from '../entities/student.entity.js';
import { DIRECTORY_PII_READ, DIRECTORY_READ, DIRECTORY_STUDENTS_MANAGE } from '../permissions.js';
import { checkPerson } from '../rules/person.js';
import type {
  AddDifficultyDto,
  CreateStudentDto,
  DifficultyDto,
  ListStudentsQueryDto,
  StudentDetailDto,
  StudentDto,
  StudentPageDto,
  StudentRevealDto,
  UpdateStudentDto,
} from './dto/student.dto.js';

const SORTS: Record<string, string> = {
  name: 's.name_pinyin',
  grade: 's.grade',
  className: 's.class_name',
  school: 'school.code',
  createdAt: 's.created_at',
};

type Filters = Omit<ListStudentsQueryDto, 'page' | 'pageSize'>;

/** The 学籍号 a resident ID card gives when none is stated: "G" + the ID number. */
export function defaultRegistryNumber(idType: string, idNumber: string): string | null {
  return idType === 'resident_id' && idNumber ? `G${idNumber}` : null;
}

/** Students: records with dated difficulty categories, restricted to the caller's scope, numbers masked. */
@Injectable()
export class StudentsService {
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

  private base(manager: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<Student> {
    return manager
      .getRepository(Student)
      .createQueryBuilder('s')
      .innerJoin(Organisation, 'school', 'school.id = s.school_id')
      .andWhere(this.scope.where(actor, permission, PERSON_SCOPE));
  }

  private async filtered(actor: Actor, f: Filters): Promise<SelectQueryBuilder<Student>> {
    const qb = this.base(this.dataSource, actor, DIRECTORY_READ);
    if (f.schoolId) qb.andWhere('s.school_id = :schoolId', { schoolId: f.schoolId });
    if (f.regionId) {
      const { lo, hi } = await regionPathOf(this.dataSource, f.regionId);
      qb.andWhere(`EXISTS (SELECT 1 FROM platform_region fr WHERE fr.id = school.region_id AND fr.path >= :rlo AND fr.path < :rhi)`, { rlo: lo, rhi: hi });
    }
    if (f.grade) qb.andWhere('s.grade = :grade', { grade: f.grade });
    if (f.className) qb.andWhere('s.class_name = :className', { className: f.className });
    if (f.status) qb.andWhere('s.status = :status', { status: f.status });
    if (f.gender) qb.andWhere('s.gender = :gender', { gender: f.gender });
    if (f.boarding !== undefined) qb.andWhere('s.boarding = :boarding', { boarding: f.boarding });
    if (f.disability !== undefined) qb.andWhere('s.disability = :disability', { disability: f.disability });
    if (f.registrationOrigin) qb.andWhere('s.registration_origin = :origin', { origin: f.registrationOrigin });
    if (f.difficulty) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM directory_student_difficulty fd WHERE fd.student_id = s.id AND fd.category = :dcat AND fd.start_date <= :dtoday AND (fd.end_date IS NULL OR fd.end_date >= :dtoday))',
        { dcat: f.difficulty, dtoday: this.clock.today() },
      );
    }
    applyNameSearch(qb, f.q, { name: 's.name', pinyin: 's.name_pinyin', initials: 's.name_initials' });
    applyArchived(qb, f.archived, 's.archived_at');
    applySort(qb, f.sort, SORTS, 'name', 's.id');
    return qb;
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<StudentPageDto> {
    const qb = await this.filtered(actor, f);
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(rows), total, page: page.page, pageSize: page.pageSize };
  }

  async pagesFor(actor: Actor, f: Filters): Promise<AsyncIterable<StudentDto[]>> {
    const qb = await this.filtered(actor, f);
    return pagesOf(async (skip, take) => this.toDtos(await qb.clone().skip(skip).take(take).getMany()), 500);
  }

  async get(actor: Actor, id: string): Promise<StudentDetailDto> {
    const row = await this.base(this.dataSource, actor, DIRECTORY_READ).andWhere('s.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('student');
    const [dto] = await this.toDtos([row]);
    const all = await this.dataSource.manager.find(StudentDifficulty, { where: { studentId: id }, order: { startDate: 'DESC', id: 'DESC' } });
    return { ...dto!, difficulties: all.map(difficultyDto) };
  }

  private async loadForWrite(m: EntityManager, actor: Actor, id: string): Promise<Student> {
    const row = await this.base(m, actor, DIRECTORY_STUDENTS_MANAGE).andWhere('s.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('student');
    return row;
  }

  async create(actor: Actor, dto: CreateStudentDto): Promise<StudentDetailDto> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      const school = await schoolInScope(m, this.scope, actor, DIRECTORY_STUDENTS_MANAGE, dto.schoolId);
      const idType = dto.idType ?? 'resident_id';
      const person = checkPerson({ idType, idNumber: dto.idNumber, gender: dto.gender ?? null, mobiles: { guardianMobile: dto.guardianMobile }, registryNumber: dto.registryNumber ?? null });
      if (!person.values.gender && person.errors.length === 0) person.errors.push({ field: 'gender', code: 'validation.required' });
      if (person.errors.length > 0) throw problems.validation(person.errors);
      const registryNumber = person.values.registryNumber ?? defaultRegistryNumber(idType, person.values.idNumber);
      await this.assertFree(m, actor, idType, person.values.idNumber, registryNumber, null);
      const keys = pinyinKeys(dto.name);
      const student = m.create(Student, {
        id: newId(),
        name: dto.name.trim(),
        namePinyin: keys.full,
        nameInitials: keys.initials,
        gender: person.values.gender!,
        idType,
        idNumber: person.values.idNumber,
        registryNumber,
        schoolId: school.id,
        grade: dto.grade,
        className: dto.className ?? null,
        boarding: dto.boarding ?? false,
        disability: dto.disability ?? false,
        registrationOrigin: dto.registrationOrigin ?? 'local',
        guardianMobile: person.values.mobiles.guardianMobile ?? null,
        status: dto.status ?? 'enrolled',
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(Student, student);
      await this.audit.record({ action: 'directory.student.created', entityType: 'directory.student', entityId: student.id, after: maskPersonal({ ...student }), scopePath: school.path }, m);
      return student.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateStudentDto): Promise<StudentDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadForWrite(m, actor, id);
      const idType = dto.idType ?? before.idType;
      const idChanged = dto.idNumber !== undefined || dto.idType !== undefined;
      const person = checkPerson({
        idType,
        idNumber: dto.idNumber ?? before.idNumber,
        gender: dto.gender ?? (idChanged ? null : before.gender),
        mobiles: dto.guardianMobile !== undefined ? { guardianMobile: dto.guardianMobile } : {},
        registryNumber: dto.registryNumber === undefined ? null : dto.registryNumber,
      });
      if (person.errors.length > 0) throw problems.validation(person.errors);
      const changes: Partial<Student> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) {
        const keys = pinyinKeys(dto.name);
        Object.assign(changes, { name: dto.name.trim(), namePinyin: keys.full, nameInitials: keys.initials });
      }
      if (idChanged) Object.assign(changes, { idType, idNumber: person.values.idNumber });
      if (dto.registryNumber !== undefined) changes.registryNumber = person.values.registryNumber;
      if (idChanged || dto.registryNumber !== undefined) {
        await this.assertFree(m, actor, idType, person.values.idNumber, changes.registryNumber ?? before.registryNumber, id);
      }
      if (person.values.gender && person.values.gender !== before.gender) changes.gender = person.values.gender;
      if (dto.guardianMobile !== undefined) changes.guardianMobile = person.values.mobiles.guardianMobile ?? null;
      if (dto.schoolId !== undefined && dto.schoolId !== before.schoolId) {
        changes.schoolId = (await schoolInScope(m, this.scope, actor, DIRECTORY_STUDENTS_MANAGE, dto.schoolId)).id;
      }
      for (const k of ['grade', 'className', 'boarding', 'disability', 'registrationOrigin', 'status'] as const) {
        if (dto[k] !== undefined) (changes as Record<string, unknown>)[k] = dto[k];
      }
      const after = await updateVersioned(m, Student, id, dto.version, changes, 'student');
      await this.audit.record({ action: 'directory.student.updated', entityType: 'directory.student', entityId: id, before: maskPersonal({ ...before }), after: maskPersonal({ ...after }) }, m);
    });
    return this.get(actor, id);
  }

  async addDifficulty(actor: Actor, id: string, dto: AddDifficultyDto): Promise<StudentDetailDto> {
    if (dto.endDate && dto.endDate < dto.startDate) throw problems.field('endDate', 'directory.endBeforeStart', { startDate: dto.startDate });
    await this.dataSource.transaction(async (m) => {
      await this.loadForWrite(m, actor, id);
      const row = { id: newId(), studentId: id, category: dto.category, source: dto.source.trim(), startDate: dto.startDate, endDate: dto.endDate ?? null, note: dto.note ?? null, createdAt: this.clock.now() };
      await m.insert(StudentDifficulty, row);
      await this.audit.record({ action: 'directory.student.difficultyAdded', entityType: 'directory.student', entityId: id, after: row }, m);
    });
    return this.get(actor, id);
  }

  async endDifficulty(actor: Actor, id: string, difficultyId: string, endDate: string): Promise<StudentDetailDto> {
    await this.dataSource.transaction(async (m) => {
      await this.loadForWrite(m, actor, id);
      const d = await m.findOneBy(StudentDifficulty, { id: difficultyId, studentId: id });
      if (!d) throw problems.notFound('difficulty');
      if (d.endDate !== null && d.endDate < this.clock.today()) throw problems.conflict('directory.assignmentEnded');
      if (endDate < d.startDate) throw problems.field('endDate', 'directory.endBeforeStart', { startDate: d.startDate });
      await m.update(StudentDifficulty, { id: d.id }, { endDate });
      await this.audit.record({ action: 'directory.student.difficultyEnded', entityType: 'directory.student', entityId: id, before: { difficultyId, endDate: d.endDate }, after: { difficultyId, endDate } }, m);
    });
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<StudentDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'directory.archived' : 'directory.notArchived');
      await m.update(Student, { id }, { archivedAt: archived ? this.clock.now() : null, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
      await this.audit.record({ action: archived ? 'directory.student.archived' : 'directory.student.restored', entityType: 'directory.student', entityId: id }, m);
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      await m.delete(Student, { id });
      await this.audit.record({ action: 'directory.student.deleted', entityType: 'directory.student', entityId: id, before: maskPersonal({ ...row }) }, m);
    });
  }

  async reveal(actor: Actor, id: string): Promise<StudentRevealDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.base(m, actor, DIRECTORY_PII_READ).andWhere('s.id = :id', { id }).getOne();
      if (!row) throw problems.notFound('student');
      await this.audit.record({ action: 'directory.student.revealed', entityType: 'directory.student', entityId: id, after: { fields: ['idNumber', 'registryNumber', 'guardianMobile'] } }, m);
      return { idNumber: row.idNumber, registryNumber: row.registryNumber, guardianMobile: row.guardianMobile };
    });
  }

  /** ID number and 学籍号 each name one student; the clash names the holder only when the caller may see them. */
  private async assertFree(m: EntityManager, actor: Actor, idType: string, idNumber: string, registryNumber: string | null, exceptId: string | null): Promise<void> {
    const holders = await m
      .getRepository(Student)
      .createQueryBuilder('s')
      .where(new Brackets((w) => {
        w.where('s.id_type = :idType AND s.id_number = :idNumber', { idType, idNumber });
        if (registryNumber) w.orWhere('s.registry_number = :registryNumber', { registryNumber });
      }))
      .getMany();
    const holder = holders.find((h) => h.id !== exceptId);
    if (!holder) return;
    const field = holder.idNumber === idNumber && holder.idType === idType ? 'idNumber' : 'registryNumber';
    const visible = await this.base(m, actor, DIRECTORY_READ).andWhere('s.id = :hid', { hid: holder.id }).getOne();
    const code = visible ? (field === 'idNumber' ? 'directory.idNumberTaken' : 'directory.registryNumberTaken') : 'conflict.duplicate';
    const school = visible ? await m.findOneBy(Organisation, { id: holder.schoolId }) : null;
    const params = visible ? { name: holder.name, school: school?.name ?? '' } : { field, value: '' };
    throw new AppError(409, code, params, [{ field, code, params }]);
  }

  private async toDtos(rows: Student[]): Promise<StudentDto[]> {
    if (rows.length === 0) return [];
    const m = this.dataSource.manager;
    const ids = rows.map((r) => r.id);
    const schools = new Map((await m.findBy(Organisation, { id: In([...new Set(rows.map((r) => r.schoolId))]) })).map((o) => [o.id, o]));
    const today = this.clock.today();
    const current = await m
      .getRepository(StudentDifficulty)
      .createQueryBuilder('d')
      .where({ studentId: In(ids) })
      .andWhere('d.start_date <= :today', { today })
      .andWhere(new Brackets((w) => w.where('d.end_date IS NULL').orWhere('d.end_date >= :today', { today })))
      .orderBy('d.start_date', 'ASC')
      .getMany();
    return rows.map((s) => {
      const masked = maskPersonal({ idNumber: s.idNumber, registryNumber: s.registryNumber, guardianMobile: s.guardianMobile });
      return {
        id: s.id,
        name: s.name,
        gender: s.gender,
        idType: s.idType,
        idNumber: masked.idNumber!,
        registryNumber: masked.registryNumber ?? null,
        schoolId: s.schoolId,
        schoolName: schools.get(s.schoolId)?.name ?? '',
        grade: s.grade,
        className: s.className,
        boarding: s.boarding,
        disability: s.disability,
        registrationOrigin: s.registrationOrigin,
        guardianMobile: masked.guardianMobile ?? null,
        status: s.status,
        currentDifficulties: current.filter((d) => d.studentId === s.id).map(difficultyDto),
        archivedAt: s.archivedAt ? s.archivedAt.toISOString() : null,
        version: s.version,
      };
    });
  }
}

function difficultyDto(d: StudentDifficulty): DifficultyDto {
  return { id: d.id, category: d.category, source: d.source, startDate: d.startDate, endDate: d.endDate, note: d.note };
}
