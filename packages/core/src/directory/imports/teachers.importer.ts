import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { addDays, maskIdNumber, maskMobile, newId, pinyinKeys, type IdDocumentType } from '@schoolbridge/shared';
import { ScopeService } from '../../platform/access/scope.service.js';
import { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/problem.js';
import type { ImportApplyResult, ImportColumn, ImportContext, Importer, RowCheck, RowError } from '../../platform/plugins/extension-points.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { DirectoryOrganisation } from '../entities/directory-organisation.entity.js';
import { Teacher, TeacherSubject } from '../entities/teacher.entity.js';
import { TeachingAssignment } from '../entities/teaching-assignment.entity.js';
import { DIRECTORY_TEACHERS_MANAGE } from '../permissions.js';
import { checkPerson } from '../rules/person.js';
import {
  BACKBONE_LEVEL_NAMES,
  GENDER_NAMES,
  HIRE_PROGRAMME_NAMES,
  SUBJECT_NAMES,
  TEACHER_STATUS_NAMES,
  TEACHER_TITLE_NAMES,
  type BackboneLevel,
  type Gender,
  type HireProgramme,
  type Subject,
  type TeacherStatus,
  type TeacherTitle,
} from '../rules/vocab.js';
import '../common/messages.js';
import { dateCell, idTypeCell, inChunks, loadSchools, personKey, schoolCell, text, wordCell, wordListCell, yesNoCell, type ImportRowValues, type SchoolLookup } from './import-helpers.js';

export const TEACHER_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'name', header: { 'zh-CN': '姓名', en: 'Name' }, aliases: ['教师姓名'], required: true, example: '张三' },
  { key: 'gender', header: { 'zh-CN': '性别', en: 'Gender' }, example: '男', description: { 'zh-CN': '男/女；不填按身份证号判断', en: 'Male/female; blank: from the ID number' } },
  { key: 'idType', header: { 'zh-CN': '证件类型', en: 'ID document' }, example: '居民身份证', description: { 'zh-CN': '不填为居民身份证', en: 'Blank: resident ID card' } },
  { key: 'idNumber', header: { 'zh-CN': '证件号码', en: 'ID number' }, aliases: ['身份证号', '身份证号码', '公民身份号码', '身份证'], required: true, example: '439901198503121234', mask: (v) => maskIdNumber(v) ?? '', description: { 'zh-CN': '18 位，最后一位可为 X；请把单元格设为文本，以免 Excel 截断', en: '18 characters, the last may be X; format the cell as text so Excel keeps every digit' } },
  { key: 'mobile', header: { 'zh-CN': '手机号码', en: 'Mobile' }, aliases: ['手机号', '手机', '联系电话'], example: '13800001234', mask: (v) => maskMobile(v) ?? '' },
  { key: 'schoolCode', header: { 'zh-CN': '学校代码', en: 'School code' }, aliases: ['学校标识码', '单位代码'], example: '4399010001', description: { 'zh-CN': '学校代码和学校名称至少填一项，代码优先', en: 'Give the school code or name; the code wins' } },
  { key: 'schoolName', header: { 'zh-CN': '人事关系学校', en: 'Employing school' }, aliases: ['学校名称', '学校', '单位', '任职学校'], example: '示范县实验小学' },
  { key: 'subjects', header: { 'zh-CN': '任教学科', en: 'Subjects' }, aliases: ['学科'], example: '语文、数学' },
  { key: 'gradesTaught', header: { 'zh-CN': '任教年级', en: 'Grades taught' }, example: '三年级' },
  { key: 'title', header: { 'zh-CN': '职称', en: 'Title' }, aliases: ['专业技术职务'], example: '一级教师' },
  { key: 'backboneLevel', header: { 'zh-CN': '骨干教师级别', en: 'Backbone level' }, aliases: ['骨干级别'], example: '县级骨干' },
  { key: 'backboneSince', header: { 'zh-CN': '骨干认定时间', en: 'Backbone since' }, example: '2022-09-01' },
  { key: 'rural', header: { 'zh-CN': '是否乡村教师', en: 'Rural teacher' }, aliases: ['乡村教师'], example: '是' },
  { key: 'hireProgramme', header: { 'zh-CN': '招聘类型', en: 'Hire programme' }, aliases: ['补充渠道'], example: '特岗教师' },
  { key: 'hiredOn', header: { 'zh-CN': '入职时间', en: 'Hired on' }, aliases: ['入职日期', '入职年月'], example: '2010-09-01' },
  { key: 'status', header: { 'zh-CN': '在岗状态', en: 'Status' }, aliases: ['状态'], example: '在岗' },
];

interface TeacherPrepared {
  schools: SchoolLookup;
  /** Teachers in the caller's scope by natural key. */
  existing: Map<string, string>;
  /** Natural keys of teachers outside the caller's scope: a row naming one must not touch it. */
  elsewhere: Set<string>;
  /** School settings, for the rural default. */
  rural: Set<string>;
}

interface TeacherValues {
  key: string;
  name: string;
  gender: Gender | null;
  idType: IdDocumentType;
  idNumber: string;
  mobile: string | null | undefined;
  schoolId: string | null;
  subjects: Subject[];
  gradesTaught: string | null;
  title: TeacherTitle | null;
  backboneLevel: BackboneLevel | null;
  backboneSince: string | null;
  rural: boolean | undefined;
  hireProgramme: HireProgramme | null;
  hiredOn: string | null;
  status: TeacherStatus | null;
}

/**
 * Teachers from the sheets bureaus keep (名册): matched on the ID number, so a file imported again
 * updates the same teachers. A blank cell keeps what is on record; a new school moves the teacher
 * (the regular assignment ends the day before, history kept).
 */
@Injectable()
export class TeachersImporter implements Importer<ImportRowValues, TeacherPrepared> {
  readonly id = 'directory.teachers';
  readonly title = 'directory.imports.teachers';
  readonly permission = DIRECTORY_TEACHERS_MANAGE;
  readonly columns = TEACHER_IMPORT_COLUMNS;

  constructor(
    private readonly scope: ScopeService,
    private readonly clock: Clock,
  ) {}

  async prepare(ctx: ImportContext): Promise<TeacherPrepared> {
    const schools = await loadSchools(ctx.manager, this.scope, ctx.actor, this.permission);
    const existing = new Map<string, string>();
    const rows = await ctx.manager
      .getRepository(Teacher)
      .createQueryBuilder('t')
      .select(['t.id', 't.idType', 't.idNumber'])
      .innerJoin(Organisation, 'school', 'school.id = t.school_id')
      .where(this.scope.where(ctx.actor, this.permission, { paths: ['school.path'] }))
      .getMany();
    for (const t of rows) existing.set(personKey(t.idType, t.idNumber), t.id);
    // Every teacher's key, read in pages of bare strings (a county has thousands, a province a few hundred thousand).
    const elsewhere = new Set<string>();
    for (let skip = 0; ; skip += 20_000) {
      const page = await ctx.manager.getRepository(Teacher).createQueryBuilder('t').select(['t.id', 't.idType', 't.idNumber']).orderBy('t.id').skip(skip).take(20_000).getMany();
      for (const t of page) {
        const key = personKey(t.idType, t.idNumber);
        if (!existing.has(key)) elsewhere.add(key);
      }
      if (page.length < 20_000) break;
    }
    const ids = [...new Set([...schools.byCode.values()].map((s) => s.id))];
    const rural = new Set<string>();
    await inChunks(ids, 500, async (chunk) => {
      for (const d of await ctx.manager.find(DirectoryOrganisation, { where: { organisationId: In(chunk), setting: 'rural' }, select: { organisationId: true } })) rural.add(d.organisationId);
    });
    return { schools, existing, elsewhere, rural };
  }

  private parse(row: ImportRowValues, prepared: TeacherPrepared): { errors: RowError[]; values: TeacherValues } {
    const errors: RowError[] = [];
    const name = text(row, 'name');
    if (name === '') errors.push({ column: 'name', code: 'validation.required' });
    else if ([...name].length > 50) errors.push({ column: 'name', code: 'validation.maxLength' });
    const idType = idTypeCell(row, 'idType', errors);
    const gender = wordCell(row, 'gender', GENDER_NAMES, errors);
    const mobileText = text(row, 'mobile');
    const person = checkPerson({ idType, idNumber: text(row, 'idNumber'), gender, mobiles: mobileText ? { mobile: mobileText } : {} });
    for (const e of person.errors) errors.push({ column: e.field, code: e.code, ...(e.params ? { params: e.params } : {}) });
    const schoolId = schoolCell(row, prepared.schools, errors);
    const values: TeacherValues = {
      key: personKey(idType, person.values.idNumber),
      name,
      gender: person.values.gender,
      idType,
      idNumber: person.values.idNumber,
      mobile: mobileText ? (person.values.mobiles.mobile ?? null) : undefined,
      schoolId,
      subjects: wordListCell(row, 'subjects', SUBJECT_NAMES, errors),
      gradesTaught: text(row, 'gradesTaught') || null,
      title: wordCell(row, 'title', TEACHER_TITLE_NAMES, errors),
      backboneLevel: wordCell(row, 'backboneLevel', BACKBONE_LEVEL_NAMES, errors),
      backboneSince: dateCell(row, 'backboneSince', errors),
      rural: yesNoCell(row, 'rural', errors),
      hireProgramme: wordCell(row, 'hireProgramme', HIRE_PROGRAMME_NAMES, errors),
      hiredOn: dateCell(row, 'hiredOn', errors),
      status: wordCell(row, 'status', TEACHER_STATUS_NAMES, errors),
    };
    if (!person.values.gender && person.errors.length === 0) errors.push({ column: 'gender', code: 'validation.required' });
    return { errors, values };
  }

  validate(row: ImportRowValues, _ctx: ImportContext, prepared: TeacherPrepared): RowCheck {
    const { errors, values } = this.parse(row, prepared);
    if (!values.idNumber) return { errors };
    const existingId = prepared.existing.get(values.key) ?? null;
    // A record outside the caller's scope with this number must not be touched.
    if (!existingId && prepared.elsewhere.has(values.key)) errors.push({ column: 'idNumber', code: 'directory.import.personOutOfScope' });
    return { errors, key: values.key, keyColumn: 'idNumber', existingId };
  }

  async apply(rows: ImportRowValues[], ctx: ImportContext, prepared: TeacherPrepared): Promise<ImportApplyResult> {
    const m = ctx.manager;
    const now = ctx.now;
    const today = this.clock.today();
    const parsed = rows.map((r) => this.parse(r, prepared).values);
    // Match again inside the transaction: the data may have changed since validation.
    const found = new Map<string, Teacher>();
    await inChunks([...new Set(parsed.map((p) => p.idNumber))], 500, async (chunk) => {
      for (const t of await m.find(Teacher, { where: { idNumber: In(chunk) } })) found.set(personKey(t.idType, t.idNumber), t);
    });
    const inserts: Teacher[] = [];
    const subjects: TeacherSubject[] = [];
    const assignments: TeachingAssignment[] = [];
    const ids: string[] = [];
    let updated = 0;
    for (const v of parsed) {
      const current = found.get(v.key);
      if (current) {
        if (!prepared.existing.has(v.key)) throw new AppError(409, 'directory.import.personOutOfScope', {});
        await this.updateOne(m, current, v, now, today);
        ids.push(current.id);
        updated++;
        continue;
      }
      const keys = pinyinKeys(v.name);
      const id = newId();
      inserts.push(
        m.create(Teacher, {
          id,
          name: v.name,
          namePinyin: keys.full,
          nameInitials: keys.initials,
          gender: v.gender!,
          idType: v.idType,
          idNumber: v.idNumber,
          mobile: v.mobile ?? null,
          schoolId: v.schoolId!,
          gradesTaught: v.gradesTaught,
          title: v.title,
          backboneLevel: v.backboneLevel,
          backboneSince: v.backboneSince,
          rural: v.rural ?? prepared.rural.has(v.schoolId!),
          hireProgramme: v.hireProgramme,
          hiredOn: v.hiredOn,
          status: v.status ?? 'active',
          userId: null,
          archivedAt: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      for (const s of v.subjects) subjects.push(m.create(TeacherSubject, { teacherId: id, subject: s }));
      assignments.push(m.create(TeachingAssignment, { id: newId(), teacherId: id, schoolId: v.schoolId!, kind: 'regular', startDate: v.hiredOn ?? today, endDate: null, note: null, createdAt: now }));
      found.set(v.key, inserts[inserts.length - 1]!);
      ids.push(id);
    }
    await inChunks(inserts, 500, (chunk) => m.insert(Teacher, chunk));
    await inChunks(subjects, 1000, (chunk) => m.insert(TeacherSubject, chunk));
    await inChunks(assignments, 1000, (chunk) => m.insert(TeachingAssignment, chunk));
    return { created: inserts.length, updated, ids };
  }

  /** Non-blank cells overwrite; a new school is a move that keeps the history. */
  private async updateOne(m: EntityManager, current: Teacher, v: TeacherValues, now: Date, today: string): Promise<void> {
    const changes: Record<string, unknown> = { updatedAt: now, version: () => 'version + 1' };
    if (v.name !== current.name) {
      const keys = pinyinKeys(v.name);
      Object.assign(changes, { name: v.name, namePinyin: keys.full, nameInitials: keys.initials });
    }
    if (v.gender && v.gender !== current.gender) changes.gender = v.gender;
    if (v.mobile !== undefined) changes.mobile = v.mobile;
    for (const k of ['gradesTaught', 'title', 'backboneLevel', 'backboneSince', 'hireProgramme', 'hiredOn', 'status'] as const) {
      if (v[k] !== null && v[k] !== current[k]) changes[k] = v[k];
    }
    if (v.rural !== undefined) changes.rural = v.rural;
    if (v.schoolId && v.schoolId !== current.schoolId) {
      changes.schoolId = v.schoolId;
      const open = await m.find(TeachingAssignment, { where: { teacherId: current.id, kind: 'regular' } });
      for (const a of open.filter((x) => x.endDate === null || x.endDate >= today)) {
        await m.update(TeachingAssignment, { id: a.id }, { endDate: a.startDate >= today ? a.startDate : addDays(today, -1) });
      }
      await m.insert(TeachingAssignment, { id: newId(), teacherId: current.id, schoolId: v.schoolId, kind: 'regular', startDate: today, endDate: null, note: null, createdAt: now });
    }
    await m.update(Teacher, { id: current.id }, changes as never);
    if (v.subjects.length > 0) {
      await m.delete(TeacherSubject, { teacherId: current.id });
      await m.insert(TeacherSubject, v.subjects.map((subject) => ({ teacherId: current.id, subject })));
    }
  }
}
