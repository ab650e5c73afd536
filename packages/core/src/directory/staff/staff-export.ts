import type { ExportColumn } from '../../platform/exports/export.js';
import { wordOf } from '../common/export-columns.js';
import { GENDER_NAMES, ORGANISATION_KIND_NAMES } from '../rules/vocab.js';
import type { StaffMemberDto } from './dto/staff-member.dto.js';

/** The staff list as a sheet: the mobile arrives masked from the service. */
export const STAFF_EXPORT_COLUMNS: ExportColumn<StaffMemberDto>[] = [
  { key: 'name', header: { 'zh-CN': '姓名', en: 'Name' } },
  { key: 'gender', header: { 'zh-CN': '性别', en: 'Gender' }, value: (s, l) => wordOf(GENDER_NAMES, s.gender, l) },
  { key: 'organisationName', header: { 'zh-CN': '单位', en: 'Organisation' }, width: 28 },
  {
    key: 'organisationKind',
    header: { 'zh-CN': '单位类型', en: 'Organisation kind' },
    value: (s, l) => wordOf(ORGANISATION_KIND_NAMES, s.organisationKind, l),
  },
  { key: 'position', header: { 'zh-CN': '职务', en: 'Position' }, width: 18 },
  { key: 'title', header: { 'zh-CN': '职称', en: 'Title' } },
  { key: 'mobile', header: { 'zh-CN': '手机号', en: 'Mobile' }, width: 14 },
  { key: 'email', header: { 'zh-CN': '电子邮箱', en: 'Email' }, width: 24 },
  { key: 'username', header: { 'zh-CN': '账号', en: 'Account' } },
  {
    key: 'status',
    header: { 'zh-CN': '状态', en: 'Status' },
    value: (s, l) => (s.archivedAt ? (l === 'zh-CN' ? '已归档' : 'Archived') : l === 'zh-CN' ? '在用' : 'Current'),
  },
];
