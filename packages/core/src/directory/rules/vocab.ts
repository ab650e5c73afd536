/**
 * The directory's closed vocabularies (DOMAIN.md §2, §6): stored as varchar codes, checked in
 * code, shown with their zh-CN and English words.
 */
import type { LocalizedText } from '@schoolbridge/shared';
import type { OrganisationKind } from '../../platform/regions/organisation.entity.js';

type Vocab<T extends string> = Record<T, LocalizedText>;

function codes<T extends string>(v: Vocab<T>): T[] {
  return Object.keys(v) as T[];
}

export const SCHOOL_STAGE_NAMES = {
  preschool: { 'zh-CN': '学前', en: 'Preschool' },
  primary: { 'zh-CN': '小学', en: 'Primary' },
  junior: { 'zh-CN': '初中', en: 'Junior secondary' },
  senior: { 'zh-CN': '高中', en: 'Senior secondary' },
  vocational: { 'zh-CN': '中职', en: 'Vocational' },
  special: { 'zh-CN': '特教', en: 'Special education' },
} satisfies Vocab<string>;
export type SchoolStage = keyof typeof SCHOOL_STAGE_NAMES;
export const SCHOOL_STAGES = codes(SCHOOL_STAGE_NAMES);

export const SCHOOL_KIND_NAMES = {
  kindergarten: { 'zh-CN': '幼儿园', en: 'Kindergarten' },
  complete_primary: { 'zh-CN': '完全小学', en: 'Complete primary school' },
  incomplete_primary: { 'zh-CN': '非完全小学', en: 'Incomplete primary school' },
  teaching_point: { 'zh-CN': '教学点', en: 'Teaching point' },
  junior_middle: { 'zh-CN': '初级中学', en: 'Junior middle school' },
  nine_year: { 'zh-CN': '九年一贯制学校', en: 'Nine-year school' },
  complete_middle: { 'zh-CN': '完全中学', en: 'Complete middle school' },
  senior_high: { 'zh-CN': '高级中学', en: 'Senior high school' },
  twelve_year: { 'zh-CN': '十二年一贯制学校', en: 'Twelve-year school' },
  vocational: { 'zh-CN': '中等职业学校', en: 'Vocational school' },
  special: { 'zh-CN': '特殊教育学校', en: 'Special education school' },
} satisfies Vocab<string>;
export type SchoolKind = keyof typeof SCHOOL_KIND_NAMES;
export const SCHOOL_KINDS = codes(SCHOOL_KIND_NAMES);

export const SCHOOL_SETTING_NAMES = {
  urban: { 'zh-CN': '城区', en: 'Urban' },
  town: { 'zh-CN': '镇区', en: 'Town' },
  rural: { 'zh-CN': '乡村', en: 'Rural' },
} satisfies Vocab<string>;
export type SchoolSetting = keyof typeof SCHOOL_SETTING_NAMES;
export const SCHOOL_SETTINGS = codes(SCHOOL_SETTING_NAMES);

export const SCHOOL_TIER_NAMES = {
  strong: { 'zh-CN': '优质/示范', en: 'Strong' },
  ordinary: { 'zh-CN': '一般', en: 'Ordinary' },
  weak: { 'zh-CN': '薄弱', en: 'Weak' },
} satisfies Vocab<string>;
export type SchoolTier = keyof typeof SCHOOL_TIER_NAMES;
export const SCHOOL_TIERS = codes(SCHOOL_TIER_NAMES);

export const SUBJECT_NAMES = {
  chinese: { 'zh-CN': '语文', en: 'Chinese' },
  math: { 'zh-CN': '数学', en: 'Mathematics' },
  english: { 'zh-CN': '英语', en: 'English' },
  physics: { 'zh-CN': '物理', en: 'Physics' },
  chemistry: { 'zh-CN': '化学', en: 'Chemistry' },
  biology: { 'zh-CN': '生物', en: 'Biology' },
  history: { 'zh-CN': '历史', en: 'History' },
  geography: { 'zh-CN': '地理', en: 'Geography' },
  politics: { 'zh-CN': '道德与法治', en: 'Morality and law' },
  science: { 'zh-CN': '科学', en: 'Science' },
  music: { 'zh-CN': '音乐', en: 'Music' },
  art: { 'zh-CN': '美术', en: 'Art' },
  pe: { 'zh-CN': '体育与健康', en: 'PE and health' },
  it: { 'zh-CN': '信息科技', en: 'Information technology' },
  psychology: { 'zh-CN': '心理健康', en: 'Mental health' },
  labour: { 'zh-CN': '劳动', en: 'Labour' },
  comprehensive: { 'zh-CN': '综合实践', en: 'Integrated practice' },
  preschool: { 'zh-CN': '学前教育', en: 'Preschool education' },
  special: { 'zh-CN': '特殊教育', en: 'Special education' },
  other: { 'zh-CN': '其他', en: 'Other' },
} satisfies Vocab<string>;
export type Subject = keyof typeof SUBJECT_NAMES;
export const SUBJECTS = codes(SUBJECT_NAMES);

export const TEACHER_TITLE_NAMES = {
  unranked: { 'zh-CN': '未定级', en: 'Unranked' },
  third: { 'zh-CN': '三级教师', en: 'Third-grade teacher' },
  second: { 'zh-CN': '二级教师', en: 'Second-grade teacher' },
  first: { 'zh-CN': '一级教师', en: 'First-grade teacher' },
  senior: { 'zh-CN': '高级教师', en: 'Senior teacher' },
  professor: { 'zh-CN': '正高级教师', en: 'Professor-level teacher' },
} satisfies Vocab<string>;
export type TeacherTitle = keyof typeof TEACHER_TITLE_NAMES;
export const TEACHER_TITLES = codes(TEACHER_TITLE_NAMES);

export const BACKBONE_LEVEL_NAMES = {
  school: { 'zh-CN': '校级骨干', en: 'School backbone' },
  county: { 'zh-CN': '县级骨干', en: 'County backbone' },
  city: { 'zh-CN': '市级骨干', en: 'City backbone' },
  province: { 'zh-CN': '省级骨干', en: 'Province backbone' },
} satisfies Vocab<string>;
export type BackboneLevel = keyof typeof BACKBONE_LEVEL_NAMES;
export const BACKBONE_LEVELS = codes(BACKBONE_LEVEL_NAMES);

export const HIRE_PROGRAMME_NAMES = {
  regular: { 'zh-CN': '公开招聘', en: 'Open recruitment' },
  special_post: { 'zh-CN': '特岗教师', en: 'Special-post teacher' },
  funded_normal: { 'zh-CN': '公费师范生', en: 'Funded normal graduate' },
  county_managed: { 'zh-CN': '县管校聘', en: 'County-managed hire' },
  contract: { 'zh-CN': '合同制/代课', en: 'Contract or substitute' },
  other: { 'zh-CN': '其他', en: 'Other' },
} satisfies Vocab<string>;
export type HireProgramme = keyof typeof HIRE_PROGRAMME_NAMES;
export const HIRE_PROGRAMMES = codes(HIRE_PROGRAMME_NAMES);

export const TEACHER_STATUS_NAMES = {
  active: { 'zh-CN': '在岗', en: 'Active' },
  leave: { 'zh-CN': '离岗/休假', en: 'On leave' },
  retired: { 'zh-CN': '退休', en: 'Retired' },
  left: { 'zh-CN': '调出/离职', en: 'Left' },
} satisfies Vocab<string>;
export type TeacherStatus = keyof typeof TEACHER_STATUS_NAMES;
export const TEACHER_STATUSES = codes(TEACHER_STATUS_NAMES);

/** Where a teacher works, when it differs from (or is) the employing school: 任教学校. */
export const ASSIGNMENT_KIND_NAMES = {
  regular: { 'zh-CN': '本校任教', en: 'Regular' },
  rotation: { 'zh-CN': '轮岗', en: 'Rotation' },
  itinerant: { 'zh-CN': '走教', en: 'Itinerant teaching' },
  stint: { 'zh-CN': '支教', en: 'Teaching stint' },
} satisfies Vocab<string>;
export type AssignmentKind = keyof typeof ASSIGNMENT_KIND_NAMES;
export const ASSIGNMENT_KINDS = codes(ASSIGNMENT_KIND_NAMES);

export const GENDER_NAMES = {
  male: { 'zh-CN': '男', en: 'Male' },
  female: { 'zh-CN': '女', en: 'Female' },
} satisfies Vocab<string>;
export type Gender = keyof typeof GENDER_NAMES;
export const GENDERS = codes(GENDER_NAMES);

export const STUDENT_STATUS_NAMES = {
  enrolled: { 'zh-CN': '在读', en: 'Enrolled' },
  suspended: { 'zh-CN': '休学', en: 'Suspended' },
  transferred: { 'zh-CN': '转出', en: 'Transferred out' },
  graduated: { 'zh-CN': '毕业', en: 'Graduated' },
  dropped: { 'zh-CN': '辍学', en: 'Dropped out' },
} satisfies Vocab<string>;
export type StudentStatus = keyof typeof STUDENT_STATUS_NAMES;
export const STUDENT_STATUSES = codes(STUDENT_STATUS_NAMES);

/** Registration county vs study county (本县/外县/外省). */
export const REGISTRATION_ORIGIN_NAMES = {
  local: { 'zh-CN': '本县', en: 'This county' },
  other_county: { 'zh-CN': '外县', en: 'Another county' },
  other_province: { 'zh-CN': '外省', en: 'Another province' },
} satisfies Vocab<string>;
export type RegistrationOrigin = keyof typeof REGISTRATION_ORIGIN_NAMES;
export const REGISTRATION_ORIGINS = codes(REGISTRATION_ORIGIN_NAMES);

/** Grades as codes: k1–k3 preschool, g1–g12 (g7–g9 junior, g10–g12 senior). */
export const GRADE_NAMES = {
  k1: { 'zh-CN': '小班', en: 'Nursery 1' },
  k2: { 'zh-CN': '中班', en: 'Nursery 2' },
  k3: { 'zh-CN': '大班', en: 'Nursery 3' },
  g1: { 'zh-CN': '一年级', en: 'Grade 1' },
  g2: { 'zh-CN': '二年级', en: 'Grade 2' },
  g3: { 'zh-CN': '三年级', en: 'Grade 3' },
  g4: { 'zh-CN': '四年级', en: 'Grade 4' },
  g5: { 'zh-CN': '五年级', en: 'Grade 5' },
  g6: { 'zh-CN': '六年级', en: 'Grade 6' },
  g7: { 'zh-CN': '七年级', en: 'Grade 7' },
  g8: { 'zh-CN': '八年级', en: 'Grade 8' },
  g9: { 'zh-CN': '九年级', en: 'Grade 9' },
  g10: { 'zh-CN': '高一', en: 'Grade 10' },
  g11: { 'zh-CN': '高二', en: 'Grade 11' },
  g12: { 'zh-CN': '高三', en: 'Grade 12' },
} satisfies Vocab<string>;
export type Grade = keyof typeof GRADE_NAMES;
export const GRADES = codes(GRADE_NAMES);

/** Difficulty categories (DOMAIN.md §6): dated tags with their source. */
export const DIFFICULTY_CATEGORY_NAMES = {
  registered_poor: { 'zh-CN': '建档立卡', en: 'Registered poor' },
  former_registered_poor: { 'zh-CN': '原建档立卡', en: 'Formerly registered poor' },
  rural_min_allowance: { 'zh-CN': '农村低保', en: 'Rural minimum allowance' },
  extreme_poverty: { 'zh-CN': '特困供养', en: 'Extreme poverty support' },
  orphan: { 'zh-CN': '孤儿', en: 'Orphan' },
  disabled: { 'zh-CN': '残疾学生', en: 'Disabled' },
  disabled_parent: { 'zh-CN': '残疾人子女', en: 'Child of disabled parent' },
  martyr_child: { 'zh-CN': '烈士子女', en: "Martyr's child" },
  monitored_household: { 'zh-CN': '防返贫监测户', en: 'Monitored household' },
} satisfies Vocab<string>;
export type DifficultyCategory = keyof typeof DIFFICULTY_CATEGORY_NAMES;
export const DIFFICULTY_CATEGORIES = codes(DIFFICULTY_CATEGORY_NAMES);

/** The platform's organisation kinds in words (platform_organisation.kind; exports and the staff list). */
export const ORGANISATION_KIND_NAMES = {
  school: { 'zh-CN': '学校', en: 'School' },
  training_centre: { 'zh-CN': '培训中心', en: 'Training centre' },
  bureau: { 'zh-CN': '教育局', en: 'Bureau' },
  donor: { 'zh-CN': '捐赠方', en: 'Donor' },
  other: { 'zh-CN': '其他', en: 'Other' },
} satisfies Record<OrganisationKind, LocalizedText>;

/** Finds a code by its code, its zh-CN word or its English word (imports carry the words). */
export function codeFromWord<T extends string>(names: Record<T, LocalizedText>, value: string): T | null {
  const v = value.trim();
  if (v === '') return null;
  for (const [code, text] of Object.entries(names) as [T, LocalizedText][]) {
    if (code === v || text['zh-CN'] === v || text.en.toLowerCase() === v.toLowerCase()) return code;
  }
  return null;
}
