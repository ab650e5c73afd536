import type { ExportColumn } from '../../platform/exports/export.js';
import { idTypeWord, wordOf, wordsOf, yesNo } from '../common/export-columns.js';
import { DIFFICULTY_CATEGORY_NAMES, GENDER_NAMES, GRADE_NAMES, REGISTRATION_ORIGIN_NAMES, STUDENT_STATUS_NAMES } from '../rules/vocab.js';
import type { StudentDto } from './dto/student.dto.js';

/** The students list as a sheet: the numbers arrive masked from the service. */
export const STUDENT_EXPORT_COLUMNS: ExportColumn<StudentDto>[] = [
  { key: 'name', header: { 'zh-CN': '姓名', en: 'Name' } },
  { key: 'gender', header: { 'zh-CN': '性别', en: 'Gender' }, value: (s, l) => wordOf(GENDER_NAMES, s.gender, l) },
  { key: 'idType', header: { 'zh-CN': '证件类型', en: 'ID document' }, value: (s, l) => idTypeWord(s.idType, l) },
  { key: 'idNumber', header: { 'zh-CN': '证件号码', en: 'ID number' }, width: 22 },
  { key: 'registryNumber', header: { 'zh-CN': '学籍号', en: 'Registry number' }, width: 23 },
  { key: 'schoolName', header: { 'zh-CN': '学校', en: 'School' }, width: 28 },
  { key: 'grade', header: { 'zh-CN': '年级', en: 'Grade' }, value: (s, l) => wordOf(GRADE_NAMES, s.grade, l) },
  { key: 'className', header: { 'zh-CN': '班级', en: 'Class' } },
  { key: 'boarding', header: { 'zh-CN': '寄宿', en: 'Boarding' }, value: (s, l) => yesNo(s.boarding, l) },
  { key: 'disability', header: { 'zh-CN': '残疾', en: 'Disability' }, value: (s, l) => yesNo(s.disability, l) },
  { key: 'registrationOrigin', header: { 'zh-CN': '户籍', en: 'Registered in' }, value: (s, l) => wordOf(REGISTRATION_ORIGIN_NAMES, s.registrationOrigin, l) },
  { key: 'guardianMobile', header: { 'zh-CN': '监护人手机号', en: 'Guardian mobile' }, width: 14 },
  { key: 'difficulties', header: { 'zh-CN': '困难类别', en: 'Difficulty categories' }, value: (s, l) => wordsOf(DIFFICULTY_CATEGORY_NAMES, s.currentDifficulties.map((d) => d.category), l), width: 24 },
  { key: 'status', header: { 'zh-CN': '学籍状态', en: 'Status' }, value: (s, l) => wordOf(STUDENT_STATUS_NAMES, s.status, l) },
];
