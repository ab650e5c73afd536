import type { LocalizedText } from '@schoolbridge/shared';
import type { ExportColumn } from '../../platform/exports/export.js';
import type { RegionKind } from '../../platform/regions/region.entity.js';
import { wordOf } from '../common/export-columns.js';
import type { RegionExportRow } from './regions.service.js';

/** The kinds of region as the admin's tree names them. */
export const REGION_KIND_NAMES: Record<RegionKind, LocalizedText> = {
  province: { 'zh-CN': '省', en: 'Province' },
  city: { 'zh-CN': '市', en: 'City' },
  county: { 'zh-CN': '县/区', en: 'County' },
  township: { 'zh-CN': '乡镇/街道', en: 'Township' },
  village: { 'zh-CN': '村', en: 'Village' },
  other: { 'zh-CN': '其他管理单元', en: 'Other unit' },
};

/** The region tree as a sheet: one row a region, in path order, each naming its parent. */
export const REGION_EXPORT_COLUMNS: ExportColumn<RegionExportRow>[] = [
  { key: 'code', header: { 'zh-CN': '区划代码', en: 'Code' }, value: (v) => v.region.code, width: 14 },
  { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, value: (v) => v.region.name, width: 20 },
  { key: 'kind', header: { 'zh-CN': '类别', en: 'Kind' }, value: (v, l) => wordOf(REGION_KIND_NAMES, v.region.kind, l) },
  { key: 'parentCode', header: { 'zh-CN': '上级代码', en: 'Parent code' }, value: (v) => v.parent?.code ?? null, width: 14 },
  { key: 'parentName', header: { 'zh-CN': '上级名称', en: 'Parent' }, value: (v) => v.parent?.name ?? null, width: 20 },
  { key: 'childCount', header: { 'zh-CN': '下级地区数', en: 'Regions under it' }, value: (v) => v.childCount },
  { key: 'organisationCount', header: { 'zh-CN': '学校和单位数', en: 'Schools and organisations' }, value: (v) => v.organisationCount },
  { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, value: (v, l) => (v.region.archivedAt ? (l === 'zh-CN' ? '已归档' : 'Archived') : l === 'zh-CN' ? '在用' : 'Current') },
];
