import type { PermissionDefinition } from '../platform/access/roles.js';

export const DIRECTORY_READ = 'directory.read';
export const DIRECTORY_REGIONS_MANAGE = 'directory.regions.manage';
export const DIRECTORY_ORGANISATIONS_MANAGE = 'directory.organisations.manage';
export const DIRECTORY_TEACHERS_MANAGE = 'directory.teachers.manage';
export const DIRECTORY_STUDENTS_MANAGE = 'directory.students.manage';
export const DIRECTORY_STAFF_MANAGE = 'directory.staff.manage';
export const DIRECTORY_PII_READ = 'directory.pii.read';
export const DIRECTORY_ACCOUNTS_MANAGE = 'directory.accounts.manage';

/**
 * The directory's permissions. Reading reaches what the caller's scope holds (a teacher, through the
 * own scope, only their own record); personal numbers are unmasked only by an audited reveal.
 */
export const DIRECTORY_PERMISSIONS: PermissionDefinition[] = [
  {
    code: DIRECTORY_READ,
    description: { 'zh-CN': '查看地区、学校、教师、职工和学生', en: 'View regions, schools, teachers, staff members and students' },
    grantedTo: ['bureau_officer', 'centre_coordinator', 'school_coordinator', 'principal', 'inspector', 'teacher'],
  },
  { code: DIRECTORY_REGIONS_MANAGE, description: { 'zh-CN': '维护行政区划', en: 'Manage regions' }, grantedTo: ['bureau_officer'] },
  { code: DIRECTORY_ORGANISATIONS_MANAGE, description: { 'zh-CN': '维护学校和单位', en: 'Manage schools and organisations' }, grantedTo: ['bureau_officer'] },
  { code: DIRECTORY_TEACHERS_MANAGE, description: { 'zh-CN': '维护教师信息', en: 'Manage teachers' }, grantedTo: ['bureau_officer', 'school_coordinator'] },
  { code: DIRECTORY_STAFF_MANAGE, description: { 'zh-CN': '维护职工信息', en: 'Manage staff members' }, grantedTo: ['bureau_officer'] },
  { code: DIRECTORY_STUDENTS_MANAGE, description: { 'zh-CN': '维护学生信息', en: 'Manage students' }, grantedTo: ['bureau_officer', 'school_coordinator'] },
  { code: DIRECTORY_PII_READ, description: { 'zh-CN': '查看完整证件号和手机号（留痕）', en: 'Reveal ID and phone numbers (audited)' }, grantedTo: ['bureau_officer'] },
  { code: DIRECTORY_ACCOUNTS_MANAGE, description: { 'zh-CN': '为教师批量开通账号', en: 'Create teacher accounts in bulk' }, grantedTo: ['bureau_officer', 'school_coordinator'] },
];
