import type { LocalizedText } from '@schoolbridge/shared';

/** The role codes of DOMAIN.md §1. */
export const ROLE_CODES = [
  'admin',
  'bureau_officer',
  'centre_coordinator',
  'school_coordinator',
  'principal',
  'teacher',
  'expert',
  'inspector',
  'donor',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

export function isRoleCode(value: unknown): value is RoleCode {
  return typeof value === 'string' && (ROLE_CODES as readonly string[]).includes(value);
}

/**
 * Scope kinds (ARCHITECTURE §5): everything (administrators), a region (by materialised path),
 * an organisation with what it manages (by path), the user's own records, and assignments
 * (rows a module links to the user: sessions an expert teaches, funds a donor gave).
 */
export const SCOPE_KINDS = ['global', 'region', 'organisation', 'own', 'assignments'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface RoleDefinition {
  code: RoleCode;
  name: LocalizedText;
  /** The scope kinds an assignment of this role may take; the first is the default. */
  scopeKinds: ScopeKind[];
}

export const ROLES: Record<RoleCode, RoleDefinition> = {
  admin: { code: 'admin', name: { 'zh-CN': '系统管理员', en: 'System administrator' }, scopeKinds: ['global'] },
  bureau_officer: { code: 'bureau_officer', name: { 'zh-CN': '教育局工作人员', en: 'Bureau officer' }, scopeKinds: ['region'] },
  centre_coordinator: { code: 'centre_coordinator', name: { 'zh-CN': '培训中心管理员', en: 'Training-centre coordinator' }, scopeKinds: ['organisation', 'region'] },
  school_coordinator: { code: 'school_coordinator', name: { 'zh-CN': '学校联络员', en: 'School coordinator' }, scopeKinds: ['organisation'] },
  principal: { code: 'principal', name: { 'zh-CN': '校长', en: 'Principal' }, scopeKinds: ['organisation'] },
  teacher: { code: 'teacher', name: { 'zh-CN': '教师', en: 'Teacher' }, scopeKinds: ['own'] },
  expert: { code: 'expert', name: { 'zh-CN': '专家', en: 'Expert' }, scopeKinds: ['assignments'] },
  inspector: { code: 'inspector', name: { 'zh-CN': '检查人员', en: 'Inspector' }, scopeKinds: ['region'] },
  donor: { code: 'donor', name: { 'zh-CN': '捐赠方', en: 'Donor' }, scopeKinds: ['assignments'] },
};

export interface PermissionDefinition {
  /** `<context or plugin id>.<action>`, e.g. `platform.audit.read`, `food-safety.inspect`. */
  code: string;
  description: LocalizedText | string;
  /** Roles that hold the permission by default. Administrators hold every permission. */
  grantedTo: RoleCode[];
}

const ALL_BUT_DONOR: RoleCode[] = ['bureau_officer', 'centre_coordinator', 'school_coordinator', 'principal', 'teacher', 'expert', 'inspector'];

/** The platform's own permissions. Contexts and plugins add theirs. */
export const PLATFORM_PERMISSIONS: PermissionDefinition[] = [
  { code: 'platform.users.read', description: { 'zh-CN': '查看用户', en: 'View users' }, grantedTo: ['bureau_officer'] },
  { code: 'platform.users.manage', description: { 'zh-CN': '管理用户、重置密码、分配角色', en: 'Manage users, reset passwords, assign roles' }, grantedTo: [] },
  { code: 'platform.audit.read', description: { 'zh-CN': '查看操作日志', en: 'Read the audit log' }, grantedTo: ['bureau_officer'] },
  { code: 'platform.settings.manage', description: { 'zh-CN': '管理系统设置', en: 'Manage settings' }, grantedTo: [] },
  { code: 'platform.files.upload', description: { 'zh-CN': '上传附件', en: 'Upload files' }, grantedTo: ALL_BUT_DONOR },
  { code: 'platform.files.read', description: { 'zh-CN': '下载范围内的附件', en: 'Download files in scope' }, grantedTo: [...ALL_BUT_DONOR, 'donor'] },
  { code: 'reports.figures.read', description: { 'zh-CN': '查看统计数据', en: 'View figures' }, grantedTo: ['bureau_officer', 'centre_coordinator', 'school_coordinator', 'principal', 'inspector', 'donor'] },
];
