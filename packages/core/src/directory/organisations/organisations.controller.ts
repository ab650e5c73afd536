import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { LocalizedText } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { Clock } from '../../platform/clock.js';
import { streamExport, type ExportColumn } from '../../platform/exports/export.js';
import { pageRequest } from '../../platform/http/paging.js';
import type { Organisation } from '../../platform/regions/organisation.entity.js';
import { maskPhone } from '../common/masks.js';
import { DIRECTORY_ORGANISATIONS_MANAGE, DIRECTORY_READ } from '../permissions.js';
import { ORGANISATION_KIND_NAMES, SCHOOL_KIND_NAMES, SCHOOL_SETTING_NAMES, SCHOOL_STAGE_NAMES, SCHOOL_TIER_NAMES, SUBJECT_NAMES } from '../rules/vocab.js';
import {
  CreateOrganisationDto,
  ExportOrganisationsQueryDto,
  ListOrganisationsQueryDto,
  OrganisationDetailDto,
  OrganisationDto,
  OrganisationPageDto,
  OrganisationRefDto,
  UpdateOrganisationDto,
  type OrganisationFieldsDto,
} from './dto/organisation.dto.js';
import { OrganisationsService, type OrganisationDetailView, type OrganisationFields, type OrganisationListQuery, type OrganisationView } from './organisations.service.js';

function refDto(o: Organisation): OrganisationRefDto {
  return { id: o.id, code: o.code, name: o.name, kind: o.kind };
}

function organisationDto(v: OrganisationView): OrganisationDto {
  const o = v.organisation;
  const d = v.details;
  return {
    ...refDto(o),
    regionId: o.regionId,
    regionName: v.region?.name ?? null,
    townshipName: v.township?.name ?? null,
    managerRegionId: o.managerRegionId,
    managerOrganisationId: o.managerOrganisationId,
    managerName: v.managerName,
    path: o.path,
    shortName: d?.shortName ?? null,
    address: d?.address ?? null,
    contactName: d?.contactName ?? null,
    contactPhone: maskPhone(d?.contactPhone ?? null),
    schoolKind: d?.schoolKind ?? null,
    stages: v.stages,
    setting: d?.setting ?? null,
    tier: d?.tier ?? null,
    boarding: d?.boarding ?? null,
    studentCount: d?.studentCount ?? null,
    classCount: d?.classCount ?? null,
    teacherCount: d?.teacherCount ?? null,
    subjectTeacherCount: d?.subjectTeacherCount ?? null,
    shortageSubjects: v.shortageSubjects,
    fullCurriculum: d?.fullCurriculum ?? null,
    archivedAt: o.archivedAt?.toISOString() ?? null,
    version: o.version,
    teacherRecords: v.teacherRecords,
  };
}

function detailDto(v: OrganisationDetailView): OrganisationDetailDto {
  return {
    ...organisationDto(v),
    managed: v.managed.map(refDto),
    regionAncestors: v.regionAncestors.map((r) => ({ id: r.id, code: r.code, name: r.name, kind: r.kind })),
  };
}

function filters(query: ListOrganisationsQueryDto): OrganisationListQuery {
  const out: OrganisationListQuery = {};
  for (const key of ['kind', 'regionId', 'managerOrganisationId', 'stage', 'tier', 'setting', 'schoolKind', 'q', 'sort', 'archived'] as const) {
    if (query[key] !== undefined) (out as Record<string, unknown>)[key] = query[key];
  }
  return out;
}

/** The directory fields a body carries (undefined ones left out). */
function fields(body: OrganisationFieldsDto): OrganisationFields {
  const out: OrganisationFields = {};
  for (const key of [
    'shortName',
    'address',
    'contactName',
    'contactPhone',
    'schoolKind',
    'stages',
    'setting',
    'tier',
    'boarding',
    'studentCount',
    'classCount',
    'teacherCount',
    'subjectTeacherCount',
    'shortageSubjects',
    'fullCurriculum',
  ] as const) {
    if (body[key] !== undefined) (out as Record<string, unknown>)[key] = body[key];
  }
  return out;
}

const yesNo = (v: boolean | null | undefined, locale: 'zh-CN' | 'en') => (v === null || v === undefined ? null : v ? (locale === 'zh-CN' ? '是' : 'Yes') : locale === 'zh-CN' ? '否' : 'No');
const word = <T extends string>(names: Record<T, LocalizedText>, code: T | null | undefined, locale: 'zh-CN' | 'en') => (code ? (names[code]?.[locale] ?? code) : null);

/** The export's columns: what the list shows, in the caller's language; a contact mobile stays masked. */
const EXPORT_COLUMNS: ExportColumn<OrganisationView>[] = [
  { key: 'code', header: { 'zh-CN': '代码', en: 'Code' }, value: (v) => v.organisation.code, width: 16 },
  { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, value: (v) => v.organisation.name, width: 30 },
  { key: 'kind', header: { 'zh-CN': '类别', en: 'Kind' }, value: (v, l) => ORGANISATION_KIND_NAMES[v.organisation.kind][l] },
  { key: 'region', header: { 'zh-CN': '所在地区', en: 'Region' }, value: (v) => v.region?.name ?? null, width: 16 },
  { key: 'township', header: { 'zh-CN': '乡镇', en: 'Township' }, value: (v) => v.township?.name ?? null, width: 16 },
  { key: 'manager', header: { 'zh-CN': '主管单位', en: 'Managed by' }, value: (v) => v.managerName, width: 20 },
  { key: 'schoolKind', header: { 'zh-CN': '办学类型', en: 'School kind' }, value: (v, l) => word(SCHOOL_KIND_NAMES, v.details?.schoolKind, l) },
  { key: 'stages', header: { 'zh-CN': '学段', en: 'Stages' }, value: (v, l) => v.stages.map((s) => SCHOOL_STAGE_NAMES[s][l]).join('、') || null },
  { key: 'setting', header: { 'zh-CN': '城乡类别', en: 'Setting' }, value: (v, l) => word(SCHOOL_SETTING_NAMES, v.details?.setting, l) },
  { key: 'tier', header: { 'zh-CN': '办学水平', en: 'Tier' }, value: (v, l) => word(SCHOOL_TIER_NAMES, v.details?.tier, l) },
  { key: 'boarding', header: { 'zh-CN': '寄宿制', en: 'Boarding' }, value: (v, l) => yesNo(v.details?.boarding, l) },
  { key: 'studentCount', header: { 'zh-CN': '学生数', en: 'Students' }, value: (v) => v.details?.studentCount ?? null },
  { key: 'classCount', header: { 'zh-CN': '班级数', en: 'Classes' }, value: (v) => v.details?.classCount ?? null },
  { key: 'teacherCount', header: { 'zh-CN': '教师数', en: 'Teachers' }, value: (v) => v.details?.teacherCount ?? null },
  { key: 'subjectTeacherCount', header: { 'zh-CN': '科任教师数', en: 'Subject teachers' }, value: (v) => v.details?.subjectTeacherCount ?? null },
  { key: 'shortageSubjects', header: { 'zh-CN': '短缺学科', en: 'Shortage subjects' }, value: (v, l) => v.shortageSubjects.map((s) => SUBJECT_NAMES[s][l]).join('、') || null },
  { key: 'fullCurriculum', header: { 'zh-CN': '开齐开足', en: 'Full curriculum' }, value: (v, l) => yesNo(v.details?.fullCurriculum, l) },
  { key: 'contactName', header: { 'zh-CN': '联系人', en: 'Contact' }, value: (v) => v.details?.contactName ?? null },
  { key: 'contactPhone', header: { 'zh-CN': '联系电话', en: 'Phone' }, value: (v) => maskPhone(v.details?.contactPhone ?? null), width: 16 },
  { key: 'address', header: { 'zh-CN': '地址', en: 'Address' }, value: (v) => v.details?.address ?? null, width: 30 },
];

/** Schools, training centres, bureaus and donors. */
@ApiTags('directory')
@ApiCookieAuth()
@Controller('directory/organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: OrganisationPageDto, description: 'Organisations within the caller’s scope, by name pinyin unless sorted' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListOrganisationsQueryDto): Promise<OrganisationPageDto> {
    const page = await this.organisations.list(actor, filters(query), pageRequest(query));
    return { ...page, items: page.items.map(organisationDto) };
  }

  @Get('export')
  @RequirePermission(DIRECTORY_READ)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The list with the same filters as an .xlsx or .csv file' })
  export(@CurrentActor() actor: Actor, @Query() query: ExportOrganisationsQueryDto, @Res({ passthrough: true }) reply: FastifyReply): StreamableFile {
    const name = actor.locale === 'zh-CN' ? '单位名录' : 'organisations';
    return streamExport(reply, {
      format: query.format ?? 'xlsx',
      locale: actor.locale,
      fileName: `${name}-${this.clock.today()}`,
      columns: EXPORT_COLUMNS,
      rows: this.organisations.pages(actor, filters(query)),
    });
  }

  @Get(':id')
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: OrganisationDetailDto })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<OrganisationDetailDto> {
    return detailDto(await this.organisations.get(actor, id));
  }

  @Post()
  @RequirePermission(DIRECTORY_ORGANISATIONS_MANAGE)
  @ApiCreatedResponse({ type: OrganisationDetailDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationDto): Promise<OrganisationDetailDto> {
    return detailDto(
      await this.organisations.create(actor, {
        code: body.code,
        name: body.name,
        kind: body.kind,
        ...(body.regionId ? { regionId: body.regionId } : {}),
        ...(body.managerRegionId ? { managerRegionId: body.managerRegionId } : {}),
        ...(body.managerOrganisationId ? { managerOrganisationId: body.managerOrganisationId } : {}),
        ...fields(body),
      }),
    );
  }

  @Patch(':id')
  @RequirePermission(DIRECTORY_ORGANISATIONS_MANAGE)
  @ApiOkResponse({ type: OrganisationDetailDto })
  async update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateOrganisationDto): Promise<OrganisationDetailDto> {
    const changes = {
      ...(body.code !== undefined ? { code: body.code } : {}),
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.regionId !== undefined ? { regionId: body.regionId } : {}),
      ...(body.managerRegionId !== undefined ? { managerRegionId: body.managerRegionId } : {}),
      ...(body.managerOrganisationId !== undefined ? { managerOrganisationId: body.managerOrganisationId } : {}),
      ...fields(body),
    };
    return detailDto(await this.organisations.update(actor, id, changes, body.version));
  }

  @Post(':id/archive')
  @RequirePermission(DIRECTORY_ORGANISATIONS_MANAGE)
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationDetailDto })
  async archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<OrganisationDetailDto> {
    return detailDto(await this.organisations.archive(actor, id));
  }

  @Post(':id/restore')
  @RequirePermission(DIRECTORY_ORGANISATIONS_MANAGE)
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationDetailDto })
  async restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<OrganisationDetailDto> {
    return detailDto(await this.organisations.restore(actor, id));
  }

  @Delete(':id')
  @RequirePermission(DIRECTORY_ORGANISATIONS_MANAGE)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Refused with 409 directory.referenced while anything refers to it' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.organisations.remove(actor, id);
  }
}
