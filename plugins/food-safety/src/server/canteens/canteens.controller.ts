import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, pageRequest, RequirePermission, streamExport, type Actor, type ExportColumn } from '@schoolbridge/core';
import { FS_MANAGE, FS_READ } from '../permissions.js';
import { CanteensService } from './canteens.service.js';
import {
  CanteenDetailDto,
  CanteenPageDto,
  CreateCanteenDto,
  ExportCanteensQueryDto,
  ListCanteensQueryDto,
  OptionListDto,
  OptionsQueryDto,
  ServedSchoolBodyDto,
  UpdateCanteenDto,
  type CanteenDto,
} from './dto/canteen.dto.js';

const KIND_NAMES = { canteen: { 'zh-CN': '学校食堂', en: 'School canteen' }, supplier: { 'zh-CN': '校外供餐单位', en: 'Meal supplier' } } as const;
const OPERATOR_NAMES = { selfRun: { 'zh-CN': '自营', en: 'Self-run' }, contracted: { 'zh-CN': '承包经营', en: 'Contracted' } } as const;
const STATE_NAMES = {
  valid: { 'zh-CN': '有效', en: 'Valid' },
  expiring: { 'zh-CN': '即将到期', en: 'Expiring' },
  expired: { 'zh-CN': '已过期', en: 'Expired' },
  none: { 'zh-CN': '未登记', en: 'Not recorded' },
} as const;
/** The reply streamExport writes headers on (Fastify's, typed through core's signature). */
type Reply = Parameters<typeof streamExport>[0];

const yesNo = (v: boolean, locale: string) => (locale === 'zh-CN' ? (v ? '有' : '无') : v ? 'Yes' : 'No');

export const CANTEEN_EXPORT_COLUMNS: ExportColumn<CanteenDto>[] = [
  { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, width: 28 },
  { key: 'kind', header: { 'zh-CN': '类型', en: 'Kind' }, value: (r, l) => KIND_NAMES[r.kind][l], width: 14 },
  {
    key: 'schools',
    header: { 'zh-CN': '学校 / 供餐学校', en: 'School / schools served' },
    value: (r) => r.schoolName ?? r.servedSchools.map((s) => s.name).join('、'),
    width: 36,
  },
  { key: 'regionName', header: { 'zh-CN': '地区', en: 'Region' }, width: 14 },
  { key: 'operator', header: { 'zh-CN': '经营方式', en: 'Operation' }, value: (r, l) => OPERATOR_NAMES[r.operator][l], width: 10 },
  { key: 'operatorName', header: { 'zh-CN': '承包 / 经营单位', en: 'Operator' }, width: 24 },
  { key: 'licenceNo', header: { 'zh-CN': '许可证编号', en: 'Licence no.' }, width: 20 },
  { key: 'licenceExpiresOn', header: { 'zh-CN': '许可证有效期至', en: 'Licence expires' }, width: 14 },
  { key: 'licenceState', header: { 'zh-CN': '许可证状态', en: 'Licence state' }, value: (r, l) => STATE_NAMES[r.licenceState][l], width: 10 },
  { key: 'hasSampleFridge', header: { 'zh-CN': '留样冰箱', en: 'Sample fridge' }, value: (r, l) => yesNo(r.hasSampleFridge, l), width: 8 },
  { key: 'hasDisinfection', header: { 'zh-CN': '消毒设施', en: 'Disinfection' }, value: (r, l) => yesNo(r.hasDisinfection, l), width: 8 },
  { key: 'hasPestProofing', header: { 'zh-CN': '三防设施', en: 'Pest proofing' }, value: (r, l) => yesNo(r.hasPestProofing, l), width: 8 },
  { key: 'diners', header: { 'zh-CN': '就餐人数', en: 'Diners' }, width: 8 },
  { key: 'contactName', header: { 'zh-CN': '联系人', en: 'Contact' }, width: 10 },
  { key: 'contactMobile', header: { 'zh-CN': '联系电话', en: 'Mobile' }, width: 14 },
];

/** 食堂与供餐单位: HTTP only; the rules live in CanteensService. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('canteens')
export class CanteensController {
  constructor(private readonly canteens: CanteensService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({
    type: CanteenPageDto,
    description: 'Canteens and suppliers in the caller’s scope (a supplier also through the schools it serves); licence state derived today',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListCanteensQueryDto): Promise<CanteenPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.canteens.list(actor, filters, pageRequest(query));
  }

  @Get('export')
  @RequirePermission(FS_READ)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The list with its current filters as .xlsx or .csv; mobiles masked', schema: { type: 'string', format: 'binary' } })
  export(@CurrentActor() actor: Actor, @Query() query: ExportCanteensQueryDto, @Res({ passthrough: true }) reply: Reply): StreamableFile {
    const { page: _p, pageSize: _s, format, ...filters } = query;
    const name = actor.locale === 'zh-CN' ? '食堂与供餐单位' : 'canteens';
    return streamExport(reply, {
      format: format ?? 'xlsx',
      locale: actor.locale,
      fileName: `${name}-${this.canteens.today()}`,
      columns: CANTEEN_EXPORT_COLUMNS,
      rows: this.canteens.pagesFor(actor, filters),
    });
  }

  @Get('options/schools')
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: OptionListDto, description: 'Schools of the caller’s scope to pick for a canteen or a supplier (at most 50)' })
  schoolOptions(@CurrentActor() actor: Actor, @Query() query: OptionsQueryDto): Promise<OptionListDto> {
    return this.canteens.schoolOptions(actor, query.q);
  }

  @Get('options/regions')
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: OptionListDto, description: 'Regions of the caller’s scope to place a supplier in (at most 100)' })
  regionOptions(@CurrentActor() actor: Actor, @Query() query: OptionsQueryDto): Promise<OptionListDto> {
    return this.canteens.regionOptions(actor, query.q);
  }

  @Post()
  @RequirePermission(FS_MANAGE)
  @ApiCreatedResponse({ type: CanteenDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCanteenDto): Promise<CanteenDetailDto> {
    return this.canteens.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: CanteenDetailDto, description: 'With served schools, handler counts and the licence state derived today' })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CanteenDetailDto> {
    return this.canteens.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: CanteenDetailDto, description: 'Carries the version read; a stale one answers 409' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateCanteenDto): Promise<CanteenDetailDto> {
    return this.canteens.update(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: CanteenDetailDto })
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CanteenDetailDto> {
    return this.canteens.setArchived(actor, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: CanteenDetailDto })
  restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CanteenDetailDto> {
    return this.canteens.setArchived(actor, id, false);
  }

  @Post(':id/schools')
  @HttpCode(200)
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: CanteenDetailDto, description: 'A supplier starts serving a school (in the caller’s scope)' })
  addSchool(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ServedSchoolBodyDto): Promise<CanteenDetailDto> {
    return this.canteens.addServedSchool(actor, id, body.schoolId);
  }

  @Delete(':id/schools/:schoolId')
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: CanteenDetailDto, description: 'A supplier no longer serves the school' })
  removeSchool(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('schoolId', new ParseUUIDPipe()) schoolId: string,
  ): Promise<CanteenDetailDto> {
    return this.canteens.removeServedSchool(actor, id, schoolId);
  }
}
