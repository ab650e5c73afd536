import { Injectable } from '@nestjs/common';
import { Brackets, In, type EntityManager } from 'typeorm';
import { maskIdNumber, maskMobile, maskRegistryNumber, newId, pinyinKeys, type IdDocumentType } from '@schoolbridge/shared';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AppError } from '../../platform/errors/problem.js';
import type { ImportApplyResult, ImportColumn, ImportContext, Importer, RowCheck, RowError } from '../../platform/plugins/extension-points.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Student } from '../entities/student.entity.js';
import { DIRECTORY_STUDENTS_MANAGE } from '../permissions.js';
import { checkPerson } from '../rules/person.js';
import {
  GENDER_NAMES,
  GRADE_NAMES,
  REGISTRATION_ORIGIN_NAMES,
  STUDENT_STATUS_NAMES,
  type Gender,
  type Grade,
  type RegistrationOrigin,
  type StudentStatus,
} from '../rules/vocab.js';
import { defaultRegistryNumber } from '../students/students.service.js';
import '../common/messages.js';
import { idTypeCell, inChunks, loadSchools, personKey, schoolCell, text, wordCell, yesNoCell, type ImportRowValues, type SchoolLookup } from './import-helpers.js';

export const STUDENT_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'name', header: { 'zh-CN': '姓名', en: 'Name' }, aliases: ['学生姓名'], required: true, example: '李小明' },
  { key: 'gender', header: { 'zh-CN': '性别', en: 'Gender' }, example: '男', description: { 'zh-CN': '男/女；不填按身份证号判断', en: 'Male/female; blank: from the ID number' } },
  { key: 'idType', header: { 'zh-CN': '证件类型', en: 'ID document' }, aliases: ['身份证件类型'], example: '居民身份证' },
  { key: 'idNumber', header: { 'zh-CN': '证件号码', en: 'ID number' }, aliases: ['身份证号', '身份证号码', '公民身份号码', '身份证件号'], required: true, example: '439901201509011234', mask: (v) => maskIdNumber(v) ?? '', description: { 'zh-CN': '18 位，最后一位可为 X；请把单元格设为文本', en: '18 characters, the last may be X; format the cell as text' } },
  { key: 'registryNumber', header: { 'zh-CN': '学籍号', en: 'Registry number' }, aliases: ['全国学籍号', '学籍辅号'], example: 'G439901201509011234', mask: (v) => maskRegistryNumber(v) ?? '', description: { 'zh-CN': '不填时按 G+身份证号', en: 'Blank: G + the ID number' } },
  { key: 'schoolCode', header: { 'zh-CN': '学校代码', en: 'School code' }, aliases: ['学校标识码'], example: '4399010001' },
  { key: 'schoolName', header: { 'zh-CN': '学校名称', en: 'School' }, aliases: ['学校', '就读学校'], example: '示范县实验小学' },
  { key: 'grade', header: { 'zh-CN': '年级', en: 'Grade' }, aliases: ['就读年级'], required: true, example: '三年级' },
  { key: 'className', header: { 'zh-CN': '班级', en: 'Class' }, aliases: ['班级名称', '班号'], example: '2班' },
  { key: 'boarding', header: { 'zh-CN': '是否寄宿', en: 'Boarding' }, aliases: ['寄宿生', '是否寄宿生'], example: '否' },
  { key: 'disability', header: { 'zh-CN': '是否残疾', en: 'Disability' }, aliases: ['残疾'], example: '否' },
  { key: 'registrationOrigin', header: { 'zh-CN': '户籍所在地', en: 'Registered in' }, aliases: ['户籍', '户籍类别'], example: '本县' },
  { key: 'guardianMobile', header: { 'zh-CN': '监护人手机号', en: 'Guardian mobile' }, aliases: ['监护人电话', '家长电话', '联系电话'], example: '13800001234', mask: (v) => maskMobile(v) ?? '' },
  { key: 'status', header: { 'zh-CN': '学籍状态', en: 'Status' }, aliases: ['在校状态'], example: '在读' },
];

interface StudentPrepared {
  schools: SchoolLookup;
}

interface StudentValues {
  key: string;
  name: string;
  gender: Gender | null;
  idType: IdDocumentType;
  idNumber: string;
  registryNumber: string | null;
  schoolId: string | null;
  grade: Grade | null;
  className: string | null;
  boarding: boolean | undefined;
  disability: boolean | undefined;
  registrationOrigin: RegistrationOrigin | null;
  guardianMobile: string | null | undefined;
  status: StudentStatus | null;
}

interface Holder {
  id: string;
  idType: IdDocumentType;
  idNumber: string;
  registryNumber: string | null;
  inScope: boolean;
}

/**
 * Students from the school's or the bureau's roster: matched on the ID number (and the 学籍号), so
 * a roster imported again updates the same students. Lookups of existing students are made once per
 * batch of rows, so a county of a million students is never loaded whole.
 */
@Injectable()
export class StudentsImporter implements Importer<ImportRowValues, StudentPrepared> {
  readonly id = 'directory.students';
  readonly title = 'directory.imports.students';
  readonly permission = DIRECTORY_STUDENTS_MANAGE;
  readonly columns = STUDENT_IMPORT_COLUMNS;

  constructor(private readonly scope: ScopeService) {}

  async prepare(ctx: ImportContext): Promise<StudentPrepared> {
    return { schools: await loadSchools(ctx.manager, this.scope, ctx.actor, this.permission) };
  }

  private parse(row: ImportRowValues, prepared: StudentPrepared): { errors: RowError[]; values: StudentValues } {
    const errors: RowError[] = [];
    const name = text(row, 'name');
    if (name === '') errors.push({ column: 'name', code: 'validation.required' });
    else if ([...name].length > 50) errors.push({ column: 'name', code: 'validation.maxLength' });
    const idType = idTypeCell(row, 'idType', errors);
    const gender = wordCell(row, 'gender', GENDER_NAMES, errors);
    const mobileText = text(row, 'guardianMobile');
    const person = checkPerson({ idType, idNumber: text(row, 'idNumber'), gender, mobiles: mobileText ? { guardianMobile: mobileText } : {}, registryNumber: text(row, 'registryNumber') || null });
    for (const e of person.errors) errors.push({ column: e.field, code: e.code, ...(e.params ? { params: e.params } : {}) });
    if (!person.values.gender && person.errors.length === 0) errors.push({ column: 'gender', code: 'validation.required' });
    const grade = wordCell(row, 'grade', GRADE_NAMES, errors);
    if (grade === null && text(row, 'grade') === '') errors.push({ column: 'grade', code: 'validation.required' });
    const values: StudentValues = {
      key: personKey(idType, person.values.idNumber),
      name,
      gender: person.values.gender,
      idType,
      idNumber: person.values.idNumber,
      registryNumber: person.values.registryNumber ?? defaultRegistryNumber(idType, person.values.idNumber),
      schoolId: schoolCell(row, prepared.schools, errors),
      grade,
      className: text(row, 'className') || null,
      boarding: yesNoCell(row, 'boarding', errors),
      disability: yesNoCell(row, 'disability', errors),
      registrationOrigin: wordCell(row, 'registrationOrigin', REGISTRATION_ORIGIN_NAMES, errors),
      guardianMobile: mobileText ? (person.values.mobiles.guardianMobile ?? null) : undefined,
      status: wordCell(row, 'status', STUDENT_STATUS_NAMES, errors),
    };
    return { errors, values };
  }

  validate(row: ImportRowValues, _ctx: ImportContext, prepared: StudentPrepared): RowCheck {
    const { errors, values } = this.parse(row, prepared);
    return { errors, key: values.idNumber ? values.key : null, keyColumn: 'idNumber' };
  }

  /** The rows of one batch with the students they match: one query for the batch. */
  async validateBatch(rows: ImportRowValues[], ctx: ImportContext, prepared: StudentPrepared): Promise<RowCheck[]> {
    const parsed = rows.map((r) => this.parse(r, prepared));
    const holders = await this.holders(ctx.manager, ctx, parsed.map((p) => p.values));
    return parsed.map(({ errors, values }) => {
      if (!values.idNumber) return { errors };
      const byId = holders.byKey.get(values.key);
      const byRegistry = values.registryNumber ? holders.byRegistry.get(values.registryNumber) : undefined;
      if (byId && !byId.inScope) errors.push({ column: 'idNumber', code: 'directory.import.personOutOfScope' });
      if (byRegistry && byRegistry.id !== byId?.id) errors.push({ column: 'registryNumber', code: 'directory.import.registryNumberTaken' });
      return { errors, key: values.key, keyColumn: 'idNumber', existingId: byId?.inScope ? byId.id : null };
    });
  }

  private async holders(m: EntityManager, ctx: ImportContext, values: StudentValues[]): Promise<{ byKey: Map<string, Holder>; byRegistry: Map<string, Holder> }> {
    const byKey = new Map<string, Holder>();
    const byRegistry = new Map<string, Holder>();
    const numbers = [...new Set(values.map((v) => v.idNumber).filter(Boolean))];
    const registries = [...new Set(values.map((v) => v.registryNumber).filter((x): x is string => !!x))];
    const scoped = this.scope.where(ctx.actor, this.permission, { paths: ['school.path'] });
    for (let i = 0; i < Math.max(numbers.length, registries.length); i += 400) {
      const ids = numbers.slice(i, i + 400);
      const regs = registries.slice(i, i + 400);
      if (ids.length === 0 && regs.length === 0) continue;
      const qb = m
        .getRepository(Student)
        .createQueryBuilder('s')
        .select(['s.id AS id', 's.id_type AS "idType"', 's.id_number AS "idNumber"', 's.registry_number AS "registryNumber"'])
        .where(
          new Brackets((w) => {
            if (ids.length) w.where({ idNumber: In(ids) });
            if (regs.length) w.orWhere({ registryNumber: In(regs) });
          }),
        );
      const rows = await qb.getRawMany<{ id: string; idType: IdDocumentType; idNumber: string; registryNumber: string | null }>();
      if (rows.length === 0) continue;
      const inScope = new Set(
        (
          await m
            .getRepository(Student)
            .createQueryBuilder('s')
            .innerJoin(Organisation, 'school', 'school.id = s.school_id')
            .select('s.id', 'id')
            .where({ id: In(rows.map((r) => r.id)) })
            .andWhere(scoped)
            .getRawMany<{ id: string }>()
        ).map((r) => r.id),
      );
      for (const r of rows) {
        const h: Holder = { ...r, inScope: inScope.has(r.id) };
        byKey.set(personKey(r.idType, r.idNumber), h);
        if (r.registryNumber) byRegistry.set(r.registryNumber, h);
      }
    }
    return { byKey, byRegistry };
  }

  async apply(rows: ImportRowValues[], ctx: ImportContext, prepared: StudentPrepared): Promise<ImportApplyResult> {
    const m = ctx.manager;
    const now = ctx.now;
    const values = rows.map((r) => this.parse(r, prepared).values);
    // Match again inside the transaction: the data may have changed since validation.
    const holders = await this.holders(m, ctx, values);
    const inserts: Student[] = [];
    const ids: string[] = [];
    let updated = 0;
    for (const v of values) {
      const holder = holders.byKey.get(v.key);
      const registryHolder = v.registryNumber ? holders.byRegistry.get(v.registryNumber) : undefined;
      if ((holder && !holder.inScope) || (registryHolder && registryHolder.id !== holder?.id)) throw new AppError(409, holder && !holder.inScope ? 'directory.import.personOutOfScope' : 'directory.import.registryNumberTaken', {});
      if (holder) {
        const changes: Record<string, unknown> = { updatedAt: now, version: () => 'version + 1', name: v.name };
        const keys = pinyinKeys(v.name);
        Object.assign(changes, { namePinyin: keys.full, nameInitials: keys.initials });
        if (v.gender) changes.gender = v.gender;
        if (v.registryNumber) changes.registryNumber = v.registryNumber;
        if (v.schoolId) changes.schoolId = v.schoolId;
        if (v.grade) changes.grade = v.grade;
        for (const k of ['className', 'registrationOrigin', 'status'] as const) if (v[k] !== null) changes[k] = v[k];
        for (const k of ['boarding', 'disability', 'guardianMobile'] as const) if (v[k] !== undefined) changes[k] = v[k];
        await m.update(Student, { id: holder.id }, changes as never);
        ids.push(holder.id);
        updated++;
        continue;
      }
      const keys = pinyinKeys(v.name);
      const id = newId();
      inserts.push(
        m.create(Student, {
          id,
          name: v.name,
          namePinyin: keys.full,
          nameInitials: keys.initials,
          gender: v.gender!,
          idType: v.idType,
          idNumber: v.idNumber,
          registryNumber: v.registryNumber,
          schoolId: v.schoolId!,
          grade: v.grade!,
          className: v.className,
          boarding: v.boarding ?? false,
          disability: v.disability ?? false,
          registrationOrigin: v.registrationOrigin ?? 'local',
          guardianMobile: v.guardianMobile ?? null,
          status: v.status ?? 'enrolled',
          archivedAt: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      ids.push(id);
    }
    await inChunks(inserts, 500, (chunk) => m.insert(Student, chunk));
    return { created: inserts.length, updated, ids };
  }
}
