import type { Locale } from '@schoolbridge/shared';

/** What can keep a region or an organisation from being deleted, counted. */
export interface ReferenceCounts {
  childRegions?: number;
  organisations?: number;
  roleAssignments?: number;
  teachers?: number;
  staffMembers?: number;
  students?: number;
  teachingAssignments?: number;
  managedOrganisations?: number;
}

const PHRASES: Record<keyof ReferenceCounts, Record<Locale, string>> = {
  childRegions: { 'zh-CN': '仍有 {n} 个下级地区', en: '{n} regions still lie under it' },
  organisations: { 'zh-CN': '仍有 {n} 个单位位于该地区或由其管理', en: '{n} organisations are still located in or managed by it' },
  roleAssignments: { 'zh-CN': '仍有 {n} 个用户授权以此为范围', en: '{n} role assignments are still scoped to it' },
  teachers: { 'zh-CN': '仍有 {n} 名教师以该校为人事关系学校', en: '{n} teachers are still employed by it' },
  staffMembers: { 'zh-CN': '仍有 {n} 名职工登记在该单位', en: '{n} staff members still work for it' },
  students: { 'zh-CN': '仍有 {n} 名学生在该校登记', en: '{n} students are still registered at it' },
  teachingAssignments: { 'zh-CN': '仍有 {n} 条任教记录指向该校', en: '{n} teaching assignments still name it' },
  managedOrganisations: { 'zh-CN': '仍有 {n} 个单位由其管理', en: '{n} organisations are still managed by it' },
};

/** The non-zero counts only, for the problem document. */
export function nonZero(counts: ReferenceCounts): ReferenceCounts {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => (n ?? 0) > 0)) as ReferenceCounts;
}

/**
 * The `what` of a `directory.referenced` problem in the caller's language
 * ('仍有 35 名教师以该校为人事关系学校；仍有 2 个单位由其管理'); empty when nothing refers.
 */
export function describeReferences(counts: ReferenceCounts, locale: Locale): string {
  return (Object.keys(PHRASES) as (keyof ReferenceCounts)[])
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => PHRASES[k][locale].replace('{n}', String(counts[k])))
    .join(locale === 'zh-CN' ? '；' : '; ');
}
