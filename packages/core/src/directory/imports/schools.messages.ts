import { registerProblemMessages } from '../../platform/errors/messages.js';
import '../common/messages.js';
import '../organisations/messages.js';

/** Row errors of the schools import (preview) and the problems its apply step can answer. */
registerProblemMessages({
  'directory.import.outOfScope': {
    'zh-CN': '代码“{code}”已属于您管理范围以外的单位「{name}」，不能通过导入修改',
    en: 'Code "{code}" belongs to "{name}", outside your scope; an import cannot change it',
  },
  'directory.import.school.codeFormat': {
    'zh-CN': '学校代码只能由数字、字母、“-”和“_”组成，最多 64 位',
    en: 'A school code has only digits, letters, "-" and "_", at most 64',
  },
  'directory.import.school.notASchool': {
    'zh-CN': '代码“{code}”已被「{name}」使用，它不是学校',
    en: 'Code "{code}" is used by "{name}", which is not a school',
  },
  'directory.import.school.tooLong': { 'zh-CN': '太长，最多 {max} 个字', en: 'Too long: at most {max} characters' },
  'directory.import.school.regionRequired': { 'zh-CN': '新增的学校须填写所在乡镇', en: 'A new school needs its township' },
  'directory.import.school.unknownRegion': {
    'zh-CN': '找不到“{value}”：应为您管理范围内乡镇（或地区）的名称或代码',
    en: 'No "{value}": give the name or code of a township (or region) within your scope',
  },
  'directory.import.school.ambiguousRegion': {
    'zh-CN': '有多个地区叫“{value}”，请改填地区代码',
    en: 'Several regions are called "{value}"; give the region code instead',
  },
  'directory.import.school.ambiguousManager': {
    'zh-CN': '有多个单位叫“{value}”，请改填学校代码',
    en: 'Several organisations are called "{value}"; give the school code instead',
  },
  'directory.import.school.managerOutOfScope': { 'zh-CN': '主管单位“{value}”不在您的管理范围内', en: 'The managing unit "{value}" is outside your scope' },
  'directory.import.school.defaultManagerOutOfScope': {
    'zh-CN': '未填主管单位时学校由“{value}”管理，但它不在您的管理范围内；请填写主管单位',
    en: 'With no managing unit given the school would be managed by "{value}", which is outside your scope; give the managing unit',
  },
  'directory.import.school.managerSelf': { 'zh-CN': '学校不能由自己管理', en: 'A school cannot manage itself' },
  'directory.import.school.managerRowInvalid': {
    'zh-CN': '主管单位“{value}”在本文件中的那一行有误，请先改正那一行',
    en: 'The row of the managing unit "{value}" in this file has errors; fix that row first',
  },
  'directory.import.school.managerNotFound': {
    'zh-CN': '主管单位“{value}”找不到：系统和本文件中都没有这个学校或地区',
    en: 'The managing unit "{value}" was found neither in the system nor in this file',
  },
  'directory.import.school.managerCircle': {
    'zh-CN': '主管单位“{value}”与本校在本文件中互相管理，形成了循环',
    en: 'The managing unit "{value}" and this school manage each other in this file, in a circle',
  },
  'directory.import.school.managerUnresolved': {
    'zh-CN': '学校“{code}”的主管单位“{value}”找不到：系统和本文件中都没有这个学校或地区（若它在本文件中，请检查它那一行是否有误被跳过）；未导入任何数据',
    en: 'The managing unit "{value}" of school "{code}" was found neither in the system nor in this file (if it is in the file, check whether its row was skipped for errors); nothing was imported',
  },
  'directory.import.school.managerCycle': {
    'zh-CN': '学校“{code}”的主管关系形成了循环（学校不能由自己或其下属单位管理）；未导入任何数据',
    en: 'The managing units of school "{code}" form a cycle (a school cannot be managed by itself or by a unit under it); nothing was imported',
  },
  'directory.import.school.rowChanged': {
    'zh-CN': '学校“{code}”的数据在检查之后有了变化：{problem}；未导入任何数据，请重新上传',
    en: 'The data of school "{code}" changed after the check: {problem}; nothing was imported, so upload the file again',
  },
  'directory.import.school.unknownWord': {
    'zh-CN': '“{value}”不是可选的取值；可填：{allowed}',
    en: '"{value}" is not an allowed value; use one of: {allowed}',
  },
  'directory.import.school.yesNo': { 'zh-CN': '应填“是”或“否”', en: 'Give 是 (yes) or 否 (no)' },
  'directory.import.school.count': { 'zh-CN': '应为 0 到 1000000 之间的整数', en: 'Must be a whole number from 0 to 1,000,000' },
});
