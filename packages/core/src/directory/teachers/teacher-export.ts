import type { ExportColumn } from '../../platform/exports/export.js';
import { idTypeWord, wordOf, wordsOf, yesNo } from '../common/export-columns.js';
import { BACKBONE_LEVEL_NAMES, GENDER_NAMES, HIRE_PROGRAMME_NAMES, SUBJECT_NAMES, TEACHER_STATUS_NAMES, TEACHER_TITLE_NAMES } from '../rules/vocab.js';
import type { TeacherDto } from './dto/teacher.dto.js';

/** The teachers list as a sheet: the numbers arrive masked from the service. */
export const TEACHER_EXPORT_COLUMNS: ExportColumn<TeacherDto>[] = [
  { key: 'name', header: { 'zh-CN': '姓名', en: 'Name' } },
  { key: 'gender', header: { 'zh-CN': '性别', en: 'Gender' }, value: (t, l) => wordOf(GENDER_NAMES, t.gender, l) },
  { key: 'idType', header: { 'zh-CN': '证件类型', en: 'ID document' }, value: (t, l) => idTypeWord(t.idType, l) },
  { key: 'idNumber', header: { 'zh-CN': '证件号码', en: 'ID number' }, width: 22 },
  { key: 'mobile', header: { 'zh-CN': '手机号', en: 'Mobile' }, width: 14 },
  { key: 'schoolName', header: { 'zh-CN': '人事关系学校', en: 'Employing school' }, width: 28 },
  { key: 'subjects', header: { 'zh-CN': '任教学科', en: 'Subjects' }, value: (t, l) => wordsOf(SUBJECT_NAMES, t.subjects, l) },
  { key: 'gradesTaught', header: { 'zh-CN': '任教年级', en: 'Grades taught' } },
  { key: 'title', header: { 'zh-CN': '职称', en: 'Title' }, value: (t, l) => wordOf(TEACHER_TITLE_NAMES, t.title, l) },
  { key: 'backboneLevel', header: { 'zh-CN': '骨干教师级别', en: 'Backbone level' }, value: (t, l) => wordOf(BACKBONE_LEVEL_NAMES, t.backboneLevel, l) },
  { key: 'backboneSince', header: { 'zh-CN': '骨干认定时间', en: 'Backbone since' } },
  { key: 'rural', header: { 'zh-CN': '乡村教师', en: 'Rural' }, value: (t, l) => yesNo(t.rural, l) },
  { key: 'hireProgramme', header: { 'zh-CN': '招聘类型', en: 'Hire programme' }, value: (t, l) => wordOf(HIRE_PROGRAMME_NAMES, t.hireProgramme, l) },
  { key: 'hiredOn', header: { 'zh-CN': '入职时间', en: 'Hired on' } },
  { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, value: (t, l) => wordOf(TEACHER_STATUS_NAMES, t.status, l) },
  { key: 'username', header: { 'zh-CN': '账号', en: 'Account' } },
];
