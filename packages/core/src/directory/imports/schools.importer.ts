import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { newId, pinyinKeys, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { problemMessage } from '../../platform/errors/messages.js';
import { AppError } from '../../platform/errors/problem.js';
import type { FileCheck, ImportApplyResult, ImportColumn, ImportContext, Importer, RowCheck, RowError } from '../../platform/plugins/extension-points.js';
import { Organisation, type OrganisationKind } from '../../platform/regions/organisation.entity.js';
import { Region, type RegionKind } from '../../platform/regions/region.entity.js';
import { DirectoryOrganisation } from '../entities/directory-organisation.entity.js';
import { SchoolShortage, SchoolStage } from '../entities/school-stage.entity.js';
import { normaliseContactPhone } from '../organisations/rules/contact-phone.js';
import { defaultManagerRegion, isManagerCycle, organisationPath } from '../organisations/rules/paths.js';
import { DIRECTORY_ORGANISATIONS_MANAGE } from '../permissions.js';
import { pathCodes } from '../regions/rules/region-code.js';
import type { SchoolKind, SchoolSetting, SchoolStage as StageCode, SchoolTier, Subject } from '../rules/vocab.js';
import {
  countOf,
  isSchoolCode,
  maskContactPhone,
  nameKey,
  schoolCodeKey,
  schoolKindOf,
  settingOf,
  stagesOf,
  subjectsOf,
  tierOf,
  yesNoOf,
  type WordResult,
} from './school-cells.js';
import './schools.messages.js';

export const SCHOOLS_IMPORTER_ID = 'directory.schools';

type SchoolColumn =
  | 'code'
  | 'name'
  | 'township'
  | 'manager'
  | 'schoolKind'
  | 'stages'
  | 'setting'
  | 'tier'
  | 'boarding'
  | 'studentCount'
  | 'classCount'
  | 'teacherCount'
  | 'subjectTeacherCount'
  | 'shortageSubjects'
  | 'fullCurriculum'
  | 'address'
  | 'contactName'
  | 'contactPhone';

/** A row of the file: cell texts keyed by column ('' where the file has no such column or cell). */
export type SchoolRow = Record<SchoolColumn, string>;

interface RegionRef {
  id: string;
  code: string;
  name: string;
  kind: RegionKind;
  path: string;
}

interface OrgRef {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  path: string;
  regionId: string | null;
  managerRegionId: string | null;
  managerOrganisationId: string | null;
  archived: boolean;
}

/** The school codes and names of the file: seen so far while validating, all of them in apply. */
interface FileIndex {
  /** Code → whether its row passed this importer's checks. */
  codes: Map<string, boolean>;
  /** Name (nameKey) → the codes of the file's schools with that name. */
  names: Map<string, string[]>;
  /** True in apply: a manager neither here nor in the database is an error, not "maybe further down". */
  complete: boolean;
  /** Valid rows whose manager is a school of the file, as written: checked again once the file is read. */
  refs: { code: string; value: string }[];
}

/** What `prepare` loads once per run; validation adds the file's codes to `file` as it goes. */
export interface SchoolLookups {
  regionsByCode: Map<string, RegionRef>;
  regionsByName: Map<string, RegionRef[]>;
  orgsByCode: Map<string, OrgRef>;
  orgsByName: Map<string, OrgRef[]>;
  orgsById: Map<string, OrgRef>;
  file: FileIndex;
}

/** The directory fields a row gives; a blank cell leaves the stored value as it is. */
interface SchoolFields {
  schoolKind?: SchoolKind;
  stages?: StageCode[];
  setting?: SchoolSetting;
  tier?: SchoolTier;
  boarding?: boolean;
  studentCount?: number;
  classCount?: number;
  teacherCount?: number;
  subjectTeacherCount?: number;
  shortageSubjects?: Subject[];
  fullCurriculum?: boolean;
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

/** The manager a row names: a region, an organisation already stored, or a school of the file (by code or name). */
type ManagerRef = { region: RegionRef } | { org: OrgRef } | { inFile: string };

interface CheckedSchool {
  code: string;
  name: string;
  existing: OrgRef | null;
  /** null: keep where an existing school is. */
  region: RegionRef | null;
  /** null: keep an existing school's manager. */
  manager: ManagerRef | null;
  fields: SchoolFields;
}

interface Checked {
  errors: RowError[];
  code: string | null;
  school: CheckedSchool | null;
}

interface PlannedSchool extends CheckedSchool {
  id: string;
  managerRegionId: string | null;
  managerOrganisationId: string | null;
  path: string;
}

const CHUNK = 200;
const MAX_NAME = 200;
const MAX_ADDRESS = 300;
const MAX_CONTACT_NAME = 50;

const DETAIL_KEYS = [
  'schoolKind',
  'setting',
  'tier',
  'boarding',
  'studentCount',
  'classCount',
  'teacherCount',
  'subjectTeacherCount',
  'fullCurriculum',
  'address',
  'contactName',
  'contactPhone',
] as const;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function emptyIndex(complete: boolean): FileIndex {
  return { codes: new Map(), names: new Map(), complete, refs: [] };
}

async function loadRegions(m: EntityManager): Promise<Pick<SchoolLookups, 'regionsByCode' | 'regionsByName'>> {
  const regionsByCode = new Map<string, RegionRef>();
  const regionsByName = new Map<string, RegionRef[]>();
  const rows = await m.find(Region, { select: { id: true, code: true, name: true, kind: true, path: true, archivedAt: true } });
  for (const r of rows) {
    if (r.archivedAt) continue;
    const ref: RegionRef = { id: r.id, code: r.code, name: r.name, kind: r.kind, path: r.path };
    regionsByCode.set(r.code, ref);
    push(regionsByName, nameKey(r.name), ref);
  }
  return { regionsByCode, regionsByName };
}

/** Every organisation (codes are unique across all of them, in scope or not). */
async function loadOrganisations(m: EntityManager): Promise<Pick<SchoolLookups, 'orgsByCode' | 'orgsByName' | 'orgsById'>> {
  const orgsByCode = new Map<string, OrgRef>();
  const orgsByName = new Map<string, OrgRef[]>();
  const orgsById = new Map<string, OrgRef>();
  const rows = await m.find(Organisation, {
    select: { id: true, code: true, name: true, kind: true, path: true, regionId: true, managerRegionId: true, managerOrganisationId: true, archivedAt: true },
  });
  for (const o of rows) {
    const ref: OrgRef = {
      id: o.id,
      code: o.code,
      name: o.name,
      kind: o.kind,
      path: o.path,
      regionId: o.regionId,
      managerRegionId: o.managerRegionId,
      managerOrganisationId: o.managerOrganisationId,
      archived: !!o.archivedAt,
    };
    orgsByCode.set(schoolCodeKey(o.code), ref);
    push(orgsByName, nameKey(o.name), ref);
    orgsById.set(o.id, ref);
  }
  return { orgsByCode, orgsByName, orgsById };
}

const err = (column: SchoolColumn | null, code: string, params?: Record<string, unknown>): RowError => ({ column, code, ...(params ? { params } : {}) });

/**
 * The schools import (`directory.schools`): a county bureau's school list as it keeps it, one row
 * per school, matched on the school code so a list imported again updates the schools instead of
 * adding them twice.
 *
 * The township is a region the caller manages, by name or code. The managing unit (主管单位) is
 * optional: another school's code or name (a teaching point under its central school, which may
 * appear anywhere in the same file), or a region's name or code (示范市 for a city-run school);
 * a new school without one is managed by the county above its township, an existing one keeps
 * its manager. Blank cells leave stored values alone. A code that belongs to an organisation
 * outside the caller's scope is an error, never an update.
 *
 * A manager named by a school further down the file cannot be checked while validating (rows are
 * validated in file order): apply resolves it against the whole file and refuses the transaction,
 * naming the school and the manager, if it is still unknown (for instance its row was skipped).
 */
@Injectable()
export class SchoolsImporter implements Importer<SchoolRow, SchoolLookups> {
  readonly id = SCHOOLS_IMPORTER_ID;
  readonly title = 'directory.imports.schools';
  readonly permission = DIRECTORY_ORGANISATIONS_MANAGE;
  readonly columns: ImportColumn[] = [
    {
      key: 'code',
      header: { 'zh-CN': '学校代码', en: 'School code' },
      aliases: ['学校标识码', '单位代码', '学校（机构）标识码', '机构代码'],
      required: true,
      example: '4399010001',
      description: {
        'zh-CN': '唯一；再次导入时按学校代码更新已有学校，空白单元格保留原值',
        en: 'Unique; a later import updates the school with this code, and blank cells keep the stored values',
      },
    },
    { key: 'name', header: { 'zh-CN': '学校名称', en: 'School name' }, aliases: ['单位名称', '学校全称'], required: true, example: '示范县第一小学' },
    {
      key: 'township',
      header: { 'zh-CN': '所在乡镇', en: 'Township' },
      aliases: ['乡镇', '乡镇（街道）', '所在乡镇（街道）', '乡镇街道'],
      example: '城关镇',
      description: { 'zh-CN': '乡镇名称或行政区划代码；新增学校必填', en: 'The township name or division code; required for a new school' },
    },
    {
      key: 'manager',
      header: { 'zh-CN': '主管单位', en: 'Managed by' },
      aliases: ['管理单位', '上级单位', '所属中心校'],
      example: '',
      description: {
        'zh-CN': '选填：教学点填所属中心学校的代码或名称（可在本文件中）；市直学校填“示范市”等地区名称或代码；不填则由所在县管理',
        en: 'Optional: for a teaching point its central school’s code or name (may be in this file); for a city-run school the city’s name or code; blank: the county',
      },
    },
    {
      key: 'schoolKind',
      header: { 'zh-CN': '办学类型', en: 'School type' },
      aliases: ['学校类型', '学校类别'],
      example: '完全小学',
      description: {
        'zh-CN': '如：幼儿园、完全小学、非完全小学、教学点、初级中学、九年一贯制学校',
        en: 'E.g. 幼儿园, 完全小学, 非完全小学, 教学点, 初级中学, 九年一贯制学校',
      },
    },
    {
      key: 'stages',
      header: { 'zh-CN': '学段', en: 'Stages' },
      aliases: ['办学学段', '教育阶段'],
      example: '小学',
      description: { 'zh-CN': '学前、小学、初中、高中、中职、特教；多个用“、”隔开', en: '学前, 小学, 初中, 高中, 中职, 特教; separate several with 、' },
    },
    {
      key: 'setting',
      header: { 'zh-CN': '城乡类别', en: 'Urban/rural' },
      aliases: ['城乡分类', '城乡属性'],
      example: '镇区',
      description: { 'zh-CN': '城区、镇区或乡村', en: '城区, 镇区 or 乡村' },
    },
    {
      key: 'tier',
      header: { 'zh-CN': '办学层次', en: 'Tier' },
      aliases: ['办学水平', '学校层次'],
      example: '一般',
      description: { 'zh-CN': '优质/示范、一般或薄弱', en: '优质/示范, 一般 or 薄弱' },
    },
    {
      key: 'boarding',
      header: { 'zh-CN': '是否寄宿', en: 'Boarding' },
      aliases: ['寄宿制', '是否寄宿制学校', '寄宿制学校'],
      example: '否',
      description: { 'zh-CN': '是或否', en: '是 or 否' },
    },
    { key: 'studentCount', header: { 'zh-CN': '学生数', en: 'Students' }, aliases: ['在校生数', '学生人数', '在校学生数'], example: '1200' },
    { key: 'classCount', header: { 'zh-CN': '班级数', en: 'Classes' }, aliases: ['班数'], example: '24' },
    { key: 'teacherCount', header: { 'zh-CN': '教职工数', en: 'Staff' }, aliases: ['教师数', '教职工人数'], example: '60' },
    { key: 'subjectTeacherCount', header: { 'zh-CN': '科任教师数', en: 'Subject teachers' }, aliases: ['科任教师'], example: '12' },
    {
      key: 'shortageSubjects',
      header: { 'zh-CN': '短缺学科', en: 'Subjects short of teachers' },
      aliases: ['紧缺学科', '缺编学科'],
      example: '音乐、美术',
      description: { 'zh-CN': '学科名称，多个用“、”隔开；没有填“无”', en: 'Subject names separated by 、; 无 for none' },
    },
    {
      key: 'fullCurriculum',
      header: { 'zh-CN': '是否开齐开足', en: 'Full curriculum' },
      aliases: ['开齐开足', '是否开齐开足课程', '开齐开足课程'],
      example: '是',
      description: { 'zh-CN': '是或否', en: '是 or 否' },
    },
    { key: 'address', header: { 'zh-CN': '地址', en: 'Address' }, aliases: ['学校地址', '详细地址', '通讯地址'], example: '示范县城关镇人民路 1 号' },
    { key: 'contactName', header: { 'zh-CN': '联系人', en: 'Contact' }, aliases: ['联系人姓名'], example: '王老师' },
    {
      key: 'contactPhone',
      header: { 'zh-CN': '联系电话', en: 'Contact phone' },
      aliases: ['电话', '联系方式'],
      example: '0735-1234567',
      description: { 'zh-CN': '11 位手机号或固定电话（如 0735-1234567）', en: 'An 11-digit mobile or a landline (e.g. 0735-1234567)' },
      mask: maskContactPhone,
    },
  ];

  constructor(private readonly scope: ScopeService) {}

  async prepare(ctx: ImportContext): Promise<SchoolLookups> {
    return { ...(await loadRegions(ctx.manager)), ...(await loadOrganisations(ctx.manager)), file: emptyIndex(false) };
  }

  validate(row: SchoolRow, ctx: ImportContext, lookups: SchoolLookups): RowCheck {
    const checked = this.check(row, this.coverage(ctx.actor), lookups);
    // remembered for the rows below, which may name this school as their manager
    const code = checked.code;
    if (code && !lookups.file.codes.has(code)) {
      lookups.file.codes.set(code, checked.errors.length === 0);
      if (row.name) push(lookups.file.names, nameKey(row.name), code);
    }
    const manager = checked.school?.manager;
    if (code && manager && 'inFile' in manager) lookups.file.refs.push({ code, value: manager.inFile });
    return { errors: checked.errors, key: code, keyColumn: 'code', existingId: checked.school?.existing?.id ?? null };
  }

  /**
   * Once the whole file is read: a manager named as a school of the file must be one of its rows
   * (one that has no errors), and the file's schools must not manage each other in a circle. A
   * row that fails here fails the rows it manages in turn, so the preview already shows what
   * apply would refuse.
   */
  validateFile(_ctx: ImportContext, lookups: SchoolLookups): FileCheck[] {
    const { file } = lookups;
    const checks: FileCheck[] = [];
    const fail = (code: string, error: RowError) => {
      file.codes.set(code, false);
      checks.push({ key: code, errors: [error] });
    };
    const target = (ref: { code: string; value: string }): string | 'ambiguous' | null => {
      const key = schoolCodeKey(ref.value);
      if (file.codes.has(key)) return key;
      const named = (file.names.get(nameKey(ref.value)) ?? []).filter((c) => c !== ref.code);
      return named.length > 1 ? 'ambiguous' : (named[0] ?? null);
    };
    const targets = new Map(file.refs.map((ref) => [ref.code, target(ref)]));
    // every school of a circle is told so, before the rows it fails are told their manager's row is wrong
    const circled = file.refs.filter((ref) => file.codes.get(ref.code) && this.inCircle(ref.code, targets));
    for (const ref of circled) fail(ref.code, err('manager', 'directory.import.school.managerCircle', { value: ref.value }));
    for (let changed = true; changed; ) {
      changed = false;
      for (const ref of file.refs) {
        if (!file.codes.get(ref.code)) continue;
        const to = targets.get(ref.code)!;
        if (to === 'ambiguous') fail(ref.code, err('manager', 'directory.import.school.ambiguousManager', { value: ref.value }));
        else if (to === null) fail(ref.code, err('manager', 'directory.import.school.managerNotFound', { value: ref.value }));
        else if (!file.codes.get(to)) fail(ref.code, err('manager', 'directory.import.school.managerRowInvalid', { value: ref.value }));
        else continue;
        changed = true;
      }
    }
    return checks;
  }

  /** Whether following the file's managers from this school comes back to it. */
  private inCircle(start: string, targets: Map<string, string | null>): boolean {
    const seen = new Set<string>();
    for (let at = targets.get(start); at && at !== 'ambiguous'; at = targets.get(at)) {
      if (at === start) return true;
      if (seen.has(at)) return false;
      seen.add(at);
    }
    return false;
  }

  /**
   * Inside the engine's transaction: the organisations are read again, every row checked again
   * against them and the whole file, managers named within the file resolved, paths computed
   * (moving an existing school takes what lies under it along), then set-based writes in chunks.
   */
  async apply(rows: SchoolRow[], ctx: ImportContext, prepared: SchoolLookups): Promise<ImportApplyResult> {
    const m = ctx.manager;
    const covers = this.coverage(ctx.actor);
    const file = emptyIndex(true);
    for (const row of rows) {
      const code = schoolCodeKey(row.code ?? '');
      file.codes.set(code, true);
      push(file.names, nameKey(row.name ?? ''), code);
    }
    const lookups: SchoolLookups = { ...prepared, ...(await loadOrganisations(m)), file };

    const planned: PlannedSchool[] = [];
    for (const row of rows) {
      const checked = this.check(row, covers, lookups);
      if (checked.errors.length > 0 || !checked.school) throw applyProblem(checked, row, ctx.locale);
      planned.push({ ...checked.school, id: checked.school.existing?.id ?? newId(), managerRegionId: null, managerOrganisationId: null, path: '' });
    }
    this.resolveManagers(planned);
    const repaths = this.computePaths(planned, lookups, covers, ctx.locale);
    return this.write(m, planned, repaths, lookups, ctx.now);
  }

  private coverage(actor: Actor): (path: string) => boolean {
    return (path) => this.scope.coversPath(actor, DIRECTORY_ORGANISATIONS_MANAGE, path);
  }

  /** Every check of one row against the lookups (and the file's schools seen so far). */
  private check(row: SchoolRow, covers: (path: string) => boolean, l: SchoolLookups): Checked {
    const errors: RowError[] = [];
    const code = schoolCodeKey(row.code ?? '');
    let existing: OrgRef | null = null;
    if (!code) errors.push(err('code', 'validation.required'));
    else if (!isSchoolCode(code)) errors.push(err('code', 'directory.import.school.codeFormat'));
    else {
      const found = l.orgsByCode.get(code);
      if (found && !covers(found.path)) errors.push(err('code', 'directory.import.outOfScope', { code, name: found.name }));
      else if (found && found.kind !== 'school') errors.push(err('code', 'directory.import.school.notASchool', { code, name: found.name }));
      else existing = found ?? null;
    }
    // a new school (as far as the code tells): what it needs besides
    const isNew = !existing && errors.length === 0;

    const name = (row.name ?? '').trim();
    if (!name) errors.push(err('name', 'validation.required'));
    else if ([...name].length > MAX_NAME) errors.push(err('name', 'directory.import.school.tooLong', { max: MAX_NAME }));

    let region: RegionRef | null = null;
    const township = (row.township ?? '').trim();
    if (township) {
      const found = this.township(township, covers, l);
      if ('error' in found) errors.push(found.error);
      else region = found.region;
    } else if (isNew) errors.push(err('township', 'directory.import.school.regionRequired'));

    let manager: ManagerRef | null = null;
    const managerText = (row.manager ?? '').trim();
    if (managerText) {
      const found = this.manager(managerText, code, existing, covers, l);
      if ('error' in found) errors.push(found.error);
      else manager = found.ref;
    } else if (!existing && region) {
      // the county above the township, as the organisations service defaults it
      const chain = pathCodes(region.path)
        .map((c) => l.regionsByCode.get(c))
        .filter((r): r is RegionRef => !!r);
      const county = defaultManagerRegion(chain);
      if (!county || !covers(organisationPath(county.path, 'x')))
        errors.push(err('manager', 'directory.import.school.defaultManagerOutOfScope', { value: county?.name ?? region.name }));
      else manager = { region: county };
    }

    const fields = this.fields(row, errors);
    const school = errors.length === 0 && code ? { code, name, existing, region, manager, fields } : null;
    return { errors, code: code || null, school };
  }

  /** The township (or any region the caller manages) by division code or name. */
  private township(value: string, covers: (path: string) => boolean, l: SchoolLookups): { region: RegionRef } | { error: RowError } {
    const byCode = l.regionsByCode.get(schoolCodeKey(value));
    if (byCode && covers(byCode.path)) return { region: byCode };
    const named = (l.regionsByName.get(nameKey(value)) ?? []).filter((r) => covers(r.path));
    if (named.length === 1) return { region: named[0]! };
    if (named.length > 1) return { error: err('township', 'directory.import.school.ambiguousRegion', { value }) };
    return { error: err('township', 'directory.import.school.unknownRegion', { value }) };
  }

  /**
   * The managing unit by, in order: a school code of the file (seen so far), an organisation's
   * code, a region's code, a school name of the file, an organisation's name, a region's name.
   * The school will lie under it, so the place under it must be in the caller's scope.
   */
  private manager(
    value: string,
    code: string,
    existing: OrgRef | null,
    covers: (path: string) => boolean,
    l: SchoolLookups,
  ): { ref: ManagerRef } | { error: RowError } {
    const under = (path: string) => covers(organisationPath(path, 'x'));
    const fail = (c: string, params: Record<string, unknown> = { value }) => ({ error: err('manager', c, params) });
    const key = schoolCodeKey(value);
    if (code && key === code) return fail('directory.import.school.managerSelf', {});
    const fromFile = (fileCode: string) => (l.file.codes.get(fileCode) ? { ref: { inFile: value } } : fail('directory.import.school.managerRowInvalid'));
    const asOrg = (org: OrgRef) => {
      if (org.archived) return fail('directory.organisation.managerArchived', {});
      if (!under(org.path)) return fail('directory.import.school.managerOutOfScope');
      if (existing && isManagerCycle(existing.path, org.path)) return fail('directory.organisation.managerCycle', {});
      return { ref: { org } };
    };
    const asRegion = (region: RegionRef) => (under(region.path) ? { ref: { region } } : fail('directory.import.school.managerOutOfScope'));

    if (l.file.codes.has(key)) return fromFile(key);
    const org = l.orgsByCode.get(key);
    if (org) return asOrg(org);
    const region = l.regionsByCode.get(key);
    if (region) return asRegion(region);

    const name = nameKey(value);
    const inFile = (l.file.names.get(name) ?? []).filter((c) => c !== code);
    if (inFile.length > 1) return fail('directory.import.school.ambiguousManager');
    if (inFile.length === 1) return fromFile(inFile[0]!);
    const orgs = (l.orgsByName.get(name) ?? []).filter((o) => schoolCodeKey(o.code) !== code);
    const usableOrgs = orgs.filter((o) => !o.archived && under(o.path));
    if (usableOrgs.length > 1) return fail('directory.import.school.ambiguousManager');
    if (usableOrgs.length === 1) return asOrg(usableOrgs[0]!);
    const regions = l.regionsByName.get(name) ?? [];
    const usableRegions = regions.filter((r) => under(r.path));
    if (usableRegions.length > 1) return fail('directory.import.school.ambiguousManager');
    if (usableRegions.length === 1) return asRegion(usableRegions[0]!);
    if (orgs.length > 0 && orgs.every((o) => o.archived && under(o.path))) return fail('directory.organisation.managerArchived', {});
    if (orgs.length > 0 || regions.length > 0) return fail('directory.import.school.managerOutOfScope');
    if (l.file.complete) return fail('directory.import.school.managerUnresolved', { code, value });
    // perhaps a school further down the file: apply decides
    return { ref: { inFile: value } };
  }

  /** The directory fields of the row; a blank cell gives none (the stored value stays). */
  private fields(row: SchoolRow, errors: RowError[]): SchoolFields {
    const fields: SchoolFields = {};
    const cell = (key: SchoolColumn) => (row[key] ?? '').trim();
    const word = <T>(key: SchoolColumn, parse: (v: string) => WordResult<T>, set: (v: T) => void) => {
      const v = cell(key);
      if (!v) return;
      const r = parse(v);
      if ('error' in r) errors.push(err(key, 'directory.import.school.unknownWord', { ...r.error }));
      else set(r.value);
    };
    word('schoolKind', schoolKindOf, (v) => (fields.schoolKind = v));
    word('stages', stagesOf, (v) => (fields.stages = v));
    word('setting', settingOf, (v) => (fields.setting = v));
    word('tier', tierOf, (v) => (fields.tier = v));
    word('shortageSubjects', subjectsOf, (v) => (fields.shortageSubjects = v));
    for (const key of ['boarding', 'fullCurriculum'] as const) {
      const v = cell(key);
      if (!v) continue;
      const yes = yesNoOf(v);
      if (yes === null) errors.push(err(key, 'directory.import.school.yesNo'));
      else fields[key] = yes;
    }
    for (const key of ['studentCount', 'classCount', 'teacherCount', 'subjectTeacherCount'] as const) {
      const v = cell(key);
      if (!v) continue;
      const n = countOf(v);
      if (n === null) errors.push(err(key, 'directory.import.school.count'));
      else fields[key] = n;
    }
    for (const [key, max] of [
      ['address', MAX_ADDRESS],
      ['contactName', MAX_CONTACT_NAME],
    ] as const) {
      const v = cell(key);
      if (!v) continue;
      if ([...v].length > max) errors.push(err(key, 'directory.import.school.tooLong', { max }));
      else fields[key] = v;
    }
    const phone = cell('contactPhone');
    if (phone) {
      const r = normaliseContactPhone(phone);
      if ('error' in r) errors.push(err('contactPhone', r.error));
      else fields.contactPhone = r.value;
    }
    return fields;
  }

  /** Managers named by a school of the file become that school's id (created or existing). */
  private resolveManagers(planned: PlannedSchool[]): void {
    const byCode = new Map(planned.map((p) => [p.code, p]));
    const byName = new Map<string, PlannedSchool[]>();
    for (const p of planned) push(byName, nameKey(p.name), p);
    for (const p of planned) {
      const ref = p.manager;
      if (!ref) {
        p.managerRegionId = p.existing!.managerRegionId;
        p.managerOrganisationId = p.existing!.managerOrganisationId;
      } else if ('region' in ref) p.managerRegionId = ref.region.id;
      else if ('org' in ref) p.managerOrganisationId = ref.org.id;
      else {
        const named = (byName.get(nameKey(ref.inFile)) ?? []).filter((q) => q !== p);
        const target = byCode.get(schoolCodeKey(ref.inFile)) ?? (named.length === 1 ? named[0] : undefined);
        if (!target) throw new AppError(422, 'directory.import.school.managerUnresolved', { code: p.code, value: ref.inFile });
        if (target === p) throw new AppError(422, 'directory.import.school.managerCycle', { code: p.code });
        p.managerOrganisationId = target.id;
      }
    }
  }

  /**
   * Each school's path is its manager's (new) path plus its id; an organisation outside the file
   * that lies under a school of the file moves with it. A school that ends up under itself is a
   * cycle and refuses the import.
   */
  private computePaths(planned: PlannedSchool[], l: SchoolLookups, covers: (path: string) => boolean, locale: Locale): Map<string, string> {
    const fileById = new Map(planned.map((p) => [p.id, p]));
    const memo = new Map<string, string>();
    const visiting = new Set<string>();
    const pathOf = (id: string): string => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const p = fileById.get(id);
      if (visiting.has(id)) throw new AppError(422, 'directory.import.school.managerCycle', { code: p?.code ?? l.orgsById.get(id)?.code ?? id });
      visiting.add(id);
      let path: string;
      if (p) {
        if (p.managerOrganisationId) path = organisationPath(pathOf(p.managerOrganisationId), id);
        else if (p.manager && 'region' in p.manager) path = organisationPath(p.manager.region.path, id);
        else path = p.existing!.path; // keeps its region manager
      } else {
        const o = l.orgsById.get(id);
        if (!o) throw new AppError(422, 'directory.import.school.managerUnresolved', { code: id, value: id });
        const segments = o.path.split('/').filter(Boolean);
        let at = -1;
        for (let i = segments.length - 2; i >= 0 && at < 0; i--) if (fileById.has(segments[i]!)) at = i;
        path = at < 0 ? o.path : `${pathOf(segments[at]!)}${segments.slice(at + 1).join('/')}/`;
      }
      visiting.delete(id);
      memo.set(id, path);
      return path;
    };
    for (const p of planned) {
      p.path = pathOf(p.id);
      if (!covers(p.path)) {
        throw new AppError(422, 'directory.import.school.rowChanged', {
          code: p.code,
          problem: problemMessage('directory.import.school.managerOutOfScope', locale, {
            value: p.manager && 'inFile' in p.manager ? p.manager.inFile : p.code,
          }),
        });
      }
    }
    // what lies under a school that moves goes along
    const moved = planned.filter((p) => p.existing && p.existing.path !== p.path).map((p) => p.existing!.path);
    const repaths = new Map<string, string>();
    if (moved.length > 0) {
      for (const o of l.orgsById.values()) {
        if (fileById.has(o.id) || !moved.some((prefix) => o.path.startsWith(prefix))) continue;
        const path = pathOf(o.id);
        if (path !== o.path) repaths.set(o.id, path);
      }
    }
    return repaths;
  }

  private async write(m: EntityManager, planned: PlannedSchool[], repaths: Map<string, string>, l: SchoolLookups, now: Date): Promise<ImportApplyResult> {
    const depth = (p: PlannedSchool) => p.path.split('/').length;
    // parents before the teaching points they manage, so each chunk's managers exist
    const created = planned.filter((p) => !p.existing).sort((a, b) => depth(a) - depth(b));
    const updated = planned.filter((p) => p.existing);

    for (const chunk of chunks(created)) {
      await m
        .createQueryBuilder()
        .insert()
        .into(Organisation)
        .values(
          chunk.map((p) => ({
            id: p.id,
            code: p.code,
            name: p.name,
            kind: 'school' as const,
            regionId: p.region!.id,
            managerRegionId: p.managerRegionId,
            managerOrganisationId: p.managerOrganisationId,
            path: p.path,
            archivedAt: null,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .execute();
      await m
        .createQueryBuilder()
        .insert()
        .into(DirectoryOrganisation)
        .values(chunk.map((p) => detailsRow(p, null)))
        .execute();
    }

    // existing schools: their platform row where name, place or manager changed, else a version bump
    const untouched: string[] = [];
    for (const p of updated) {
      const o = p.existing!;
      const stored = l.orgsById.get(o.id)!;
      const changes: Partial<Organisation> = {};
      if (stored.name !== p.name) changes.name = p.name;
      if (p.region && p.region.id !== stored.regionId) changes.regionId = p.region.id;
      if (p.managerRegionId !== stored.managerRegionId || p.managerOrganisationId !== stored.managerOrganisationId) {
        changes.managerRegionId = p.managerRegionId;
        changes.managerOrganisationId = p.managerOrganisationId;
      }
      if (p.path !== stored.path) changes.path = p.path;
      if (Object.keys(changes).length === 0) {
        untouched.push(o.id);
        continue;
      }
      await m
        .createQueryBuilder()
        .update(Organisation)
        .set({ ...changes, updatedAt: now, version: () => 'version + 1' })
        .where('id = :id', { id: o.id })
        .execute();
    }
    for (const ids of chunks(untouched)) {
      await m
        .createQueryBuilder()
        .update(Organisation)
        .set({ updatedAt: now, version: () => 'version + 1' })
        .where({ id: In(ids) })
        .execute();
    }
    for (const [id, path] of repaths) {
      await m
        .createQueryBuilder()
        .update(Organisation)
        .set({ path, updatedAt: now, version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
    }
    const detailColumns = m.connection
      .getMetadata(DirectoryOrganisation)
      .columns.filter((c) => !c.isPrimary)
      .map((c) => c.databaseName);
    for (const chunk of chunks(updated)) {
      const current = new Map((await m.findBy(DirectoryOrganisation, { organisationId: In(chunk.map((p) => p.id)) })).map((d) => [d.organisationId, d]));
      await m
        .createQueryBuilder()
        .insert()
        .into(DirectoryOrganisation)
        .values(chunk.map((p) => detailsRow(p, current.get(p.id) ?? null)))
        .orUpdate(detailColumns, ['organisation_id'])
        .execute();
    }

    // stages and shortage subjects: a given list replaces the stored one
    const withStages = planned.filter((p) => p.fields.stages !== undefined);
    const withShortages = planned.filter((p) => p.fields.shortageSubjects !== undefined);
    for (const ids of chunks(withStages.filter((p) => p.existing).map((p) => p.id))) await m.delete(SchoolStage, { organisationId: In(ids) });
    for (const ids of chunks(withShortages.filter((p) => p.existing).map((p) => p.id))) await m.delete(SchoolShortage, { organisationId: In(ids) });
    const stageRows = withStages.flatMap((p) => p.fields.stages!.map((stage) => ({ organisationId: p.id, stage })));
    const shortageRows = withShortages.flatMap((p) => p.fields.shortageSubjects!.map((subject) => ({ organisationId: p.id, subject })));
    for (const chunk of chunks(stageRows, 500)) await m.createQueryBuilder().insert().into(SchoolStage).values(chunk).execute();
    for (const chunk of chunks(shortageRows, 500)) await m.createQueryBuilder().insert().into(SchoolShortage).values(chunk).execute();

    return { created: created.length, updated: updated.length, ids: planned.map((p) => p.id) };
  }
}

/** The directory row of a school: the stored one (if any) with the row's given fields over it. */
function detailsRow(p: PlannedSchool, current: DirectoryOrganisation | null): Omit<DirectoryOrganisation, 'organisation'> {
  const keys = pinyinKeys(p.name);
  const row: Omit<DirectoryOrganisation, 'organisation'> = {
    organisationId: p.id,
    namePinyin: keys.full,
    nameInitials: keys.initials,
    shortName: current?.shortName ?? null,
    address: current?.address ?? null,
    contactName: current?.contactName ?? null,
    contactPhone: current?.contactPhone ?? null,
    schoolKind: current?.schoolKind ?? null,
    setting: current?.setting ?? null,
    tier: current?.tier ?? null,
    boarding: current?.boarding ?? null,
    studentCount: current?.studentCount ?? null,
    classCount: current?.classCount ?? null,
    teacherCount: current?.teacherCount ?? null,
    subjectTeacherCount: current?.subjectTeacherCount ?? null,
    fullCurriculum: current?.fullCurriculum ?? null,
  };
  for (const key of DETAIL_KEYS) {
    const value = p.fields[key];
    if (value !== undefined) (row as Record<string, unknown>)[key] = value;
  }
  return row;
}

/** A row that passed the preview but fails inside the transaction: the problem names the school. */
function applyProblem(checked: Checked, row: SchoolRow, locale: Locale): AppError {
  const code = checked.code ?? (row.code ?? '').trim();
  const first = checked.errors[0];
  if (first?.code === 'directory.import.school.managerUnresolved') return new AppError(422, first.code, first.params ?? {});
  if (first?.code === 'directory.organisation.managerCycle' || first?.code === 'directory.import.school.managerSelf')
    return new AppError(422, 'directory.import.school.managerCycle', { code });
  const problem = checked.errors.map((e) => problemMessage(e.code, locale, e.params ?? {})).join(locale === 'zh-CN' ? '；' : '; ');
  return new AppError(422, 'directory.import.school.rowChanged', { code, problem });
}
