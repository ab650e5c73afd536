/**
 * The directory API (/api/directory/…) as the admin reads it: the shapes of the contract in
 * docs (regions, organisations, teachers, students, vocabularies), the fetchers and query keys.
 * Written against the contract while the server half is being built; switch a type to the
 * generated `components['schemas'][…]` once `npm run generate:api-client` has it.
 */
import { useQuery } from '@tanstack/react-query';
import type { components } from '@schoolbridge/api-client';
import { apiFetch, withQuery, type ListParams, type Page } from '@schoolbridge/ui';

export const DIRECTORY_READ = 'directory.read';
export const REGIONS_MANAGE = 'directory.regions.manage';
export const ORGANISATIONS_MANAGE = 'directory.organisations.manage';
export const TEACHERS_MANAGE = 'directory.teachers.manage';
export const STUDENTS_MANAGE = 'directory.students.manage';
export const STAFF_MANAGE = 'directory.staff.manage';
export const PII_READ = 'directory.pii.read';
export const ACCOUNTS_MANAGE = 'directory.accounts.manage';

export const IMPORTERS = { schools: 'directory.schools', teachers: 'directory.teachers', students: 'directory.students' } as const;

export interface VocabEntry {
  code: string;
  name: { 'zh-CN': string; en: string };
}

export interface Vocabularies {
  schoolStages: VocabEntry[];
  schoolKinds: VocabEntry[];
  settings: VocabEntry[];
  tiers: VocabEntry[];
  subjects: VocabEntry[];
  teacherTitles: VocabEntry[];
  backboneLevels: VocabEntry[];
  hireProgrammes: VocabEntry[];
  teacherStatuses: VocabEntry[];
  assignmentKinds: VocabEntry[];
  genders: VocabEntry[];
  studentStatuses: VocabEntry[];
  registrationOrigins: VocabEntry[];
  grades: VocabEntry[];
  difficultyCategories: VocabEntry[];
  idDocumentTypes: VocabEntry[];
}

export interface RegionRef {
  id: string;
  code: string;
  name: string;
  kind: string;
}

export interface Region extends RegionRef {
  parentId: string | null;
  path: string;
  archivedAt: string | null;
  childCount: number;
  organisationCount: number;
  version: number;
}

export interface RegionDetail extends Region {
  ancestors: RegionRef[];
}

export interface Organisation {
  id: string;
  code: string;
  name: string;
  kind: string;
  regionId: string;
  regionName: string | null;
  townshipName?: string | null;
  managerRegionId: string | null;
  managerOrganisationId: string | null;
  managerName: string | null;
  path: string;
  shortName: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  schoolKind: string | null;
  stages: string[];
  setting: string | null;
  tier: string | null;
  boarding: boolean | null;
  studentCount: number | null;
  classCount: number | null;
  teacherCount: number | null;
  subjectTeacherCount: number | null;
  shortageSubjects: string[];
  fullCurriculum: boolean | null;
  archivedAt: string | null;
  version: number;
  teacherRecords?: number;
}

export interface OrganisationDetail extends Organisation {
  managed: { id: string; code: string; name: string; kind: string }[];
  /** The regions from the top down to where it is. */
  regionAncestors?: RegionRef[];
}

export interface TeacherAssignment {
  id: string;
  schoolId: string;
  schoolName: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  note: string | null;
}

export interface Teacher {
  id: string;
  name: string;
  gender: string | null;
  idType: string;
  idNumber: string;
  mobile: string | null;
  schoolId: string;
  schoolName: string;
  subjects: string[];
  gradesTaught: string | null;
  title: string | null;
  backboneLevel: string | null;
  backboneSince: string | null;
  rural: boolean | null;
  hireProgramme: string | null;
  hiredOn: string | null;
  status: string;
  userId: string | null;
  username: string | null;
  archivedAt: string | null;
  version: number;
  currentAssignments: { schoolId: string; schoolName: string; kind: string }[];
}

export interface TeacherDetail extends Teacher {
  assignments: TeacherAssignment[];
}

export interface StudentDifficulty {
  id: string;
  category: string;
  source: string;
  startDate: string;
  endDate: string | null;
  note: string | null;
}

export interface Student {
  id: string;
  name: string;
  gender: string | null;
  idType: string;
  idNumber: string;
  registryNumber: string | null;
  schoolId: string;
  schoolName: string;
  grade: string | null;
  className: string | null;
  boarding: boolean | null;
  disability: boolean | null;
  registrationOrigin: string | null;
  guardianMobile: string | null;
  status: string;
  /** Categories held today. */
  currentDifficulties: StudentDifficulty[];
  archivedAt: string | null;
  version: number;
}

export interface StudentDetail extends Student {
  /** Every dated category, newest first. */
  difficulties: StudentDifficulty[];
}

/** 职工: the generated client's shapes (GET /api/directory/staff and its detail). */
export type StaffMember = components['schemas']['StaffMemberDto'];
export type OrganisationKind = StaffMember['organisationKind'];
export const ORGANISATION_KINDS: OrganisationKind[] = ['bureau', 'training_centre', 'school', 'donor', 'other'];

/** An account as the users search answers it (`GET /api/users?q=`), for linking a person to it. */
export type UserOption = Pick<components['schemas']['UserDto'], 'id' | 'username' | 'displayName' | 'status'>;

const BASE = '/api/directory';
type Query = Record<string, string | number | boolean | null | undefined>;

export const directoryKeys = {
  all: ['directory'] as const,
  vocabularies: ['directory', 'vocabularies'] as const,
  regions: ['directory', 'regions'] as const,
  region: (id: string) => ['directory', 'regions', 'detail', id] as const,
  organisations: ['directory', 'organisations'] as const,
  organisation: (id: string) => ['directory', 'organisations', 'detail', id] as const,
  schoolOptions: ['directory', 'organisations', 'options'] as const,
  teachers: ['directory', 'teachers'] as const,
  teacher: (id: string) => ['directory', 'teachers', 'detail', id] as const,
  students: ['directory', 'students'] as const,
  student: (id: string) => ['directory', 'students', 'detail', id] as const,
  staff: ['directory', 'staff'] as const,
  staffMember: (id: string) => ['directory', 'staff', 'detail', id] as const,
  organisationOptions: ['directory', 'organisations', 'options', 'all'] as const,
};

export const directoryApi = {
  vocabularies: () => apiFetch<Vocabularies>(`${BASE}/vocabularies`),

  regions: (query: Query) => apiFetch<Page<Region>>(`${BASE}/regions`, { query }),
  region: (id: string) => apiFetch<RegionDetail>(`${BASE}/regions/${id}`),
  createRegion: (body: { code: string; name: string; kind: string; parentId: string | null }) => apiFetch<Region>(`${BASE}/regions`, { json: body }),
  updateRegion: (id: string, body: { name?: string; kind?: string; version: number }) => apiFetch<Region>(`${BASE}/regions/${id}`, { method: 'PATCH', json: body }),
  archiveRegion: (id: string) => apiFetch<Region>(`${BASE}/regions/${id}/archive`, { method: 'POST' }),
  restoreRegion: (id: string) => apiFetch<Region>(`${BASE}/regions/${id}/restore`, { method: 'POST' }),
  deleteRegion: (id: string) => apiFetch<void>(`${BASE}/regions/${id}`, { method: 'DELETE' }),

  organisations: (query: ListParams | Query) => apiFetch<Page<Organisation>>(`${BASE}/organisations`, { query }),
  organisation: (id: string) => apiFetch<OrganisationDetail>(`${BASE}/organisations/${id}`),
  createOrganisation: (body: Record<string, unknown>) => apiFetch<Organisation>(`${BASE}/organisations`, { json: body }),
  updateOrganisation: (id: string, body: Record<string, unknown>) => apiFetch<Organisation>(`${BASE}/organisations/${id}`, { method: 'PATCH', json: body }),
  archiveOrganisation: (id: string) => apiFetch<Organisation>(`${BASE}/organisations/${id}/archive`, { method: 'POST' }),
  restoreOrganisation: (id: string) => apiFetch<Organisation>(`${BASE}/organisations/${id}/restore`, { method: 'POST' }),
  deleteOrganisation: (id: string) => apiFetch<void>(`${BASE}/organisations/${id}`, { method: 'DELETE' }),

  teachers: (query: ListParams | Query) => apiFetch<Page<Teacher>>(`${BASE}/teachers`, { query }),
  teacher: (id: string) => apiFetch<TeacherDetail>(`${BASE}/teachers/${id}`),
  createTeacher: (body: Record<string, unknown>) => apiFetch<Teacher>(`${BASE}/teachers`, { json: body }),
  updateTeacher: (id: string, body: Record<string, unknown>) => apiFetch<Teacher>(`${BASE}/teachers/${id}`, { method: 'PATCH', json: body }),
  moveTeacher: (id: string, body: { schoolId: string; date: string; note?: string }) => apiFetch<TeacherDetail>(`${BASE}/teachers/${id}/move`, { json: body }),
  addAssignment: (id: string, body: { schoolId: string; kind: string; startDate: string; endDate?: string; note?: string }) =>
    apiFetch<TeacherAssignment>(`${BASE}/teachers/${id}/assignments`, { json: body }),
  endAssignment: (id: string, assignmentId: string, endDate: string) =>
    apiFetch<TeacherAssignment>(`${BASE}/teachers/${id}/assignments/${assignmentId}/end`, { json: { endDate } }),
  archiveTeacher: (id: string) => apiFetch<Teacher>(`${BASE}/teachers/${id}/archive`, { method: 'POST' }),
  restoreTeacher: (id: string) => apiFetch<Teacher>(`${BASE}/teachers/${id}/restore`, { method: 'POST' }),
  deleteTeacher: (id: string) => apiFetch<void>(`${BASE}/teachers/${id}`, { method: 'DELETE' }),
  revealTeacher: (id: string) => apiFetch<{ idNumber: string; mobile: string | null }>(`${BASE}/teachers/${id}/reveal`, { method: 'POST' }),

  students: (query: ListParams | Query) => apiFetch<Page<Student>>(`${BASE}/students`, { query }),
  student: (id: string) => apiFetch<StudentDetail>(`${BASE}/students/${id}`),
  createStudent: (body: Record<string, unknown>) => apiFetch<Student>(`${BASE}/students`, { json: body }),
  updateStudent: (id: string, body: Record<string, unknown>) => apiFetch<Student>(`${BASE}/students/${id}`, { method: 'PATCH', json: body }),
  archiveStudent: (id: string) => apiFetch<Student>(`${BASE}/students/${id}/archive`, { method: 'POST' }),
  restoreStudent: (id: string) => apiFetch<Student>(`${BASE}/students/${id}/restore`, { method: 'POST' }),
  deleteStudent: (id: string) => apiFetch<void>(`${BASE}/students/${id}`, { method: 'DELETE' }),
  revealStudent: (id: string) =>
    apiFetch<{ idNumber: string; registryNumber: string | null; guardianMobile: string | null }>(`${BASE}/students/${id}/reveal`, { method: 'POST' }),
  addDifficulty: (id: string, body: { category: string; source: string; startDate: string; endDate?: string; note?: string }) =>
    apiFetch<StudentDifficulty>(`${BASE}/students/${id}/difficulties`, { json: body }),
  endDifficulty: (id: string, difficultyId: string, endDate: string) =>
    apiFetch<StudentDifficulty>(`${BASE}/students/${id}/difficulties/${difficultyId}/end`, { json: { endDate } }),

  staffList: (query: ListParams | Query) => apiFetch<Page<StaffMember>>(`${BASE}/staff`, { query }),
  staffMember: (id: string) => apiFetch<StaffMember>(`${BASE}/staff/${id}`),
  createStaff: (body: Record<string, unknown>) => apiFetch<StaffMember>(`${BASE}/staff`, { json: body }),
  updateStaff: (id: string, body: Record<string, unknown>) => apiFetch<StaffMember>(`${BASE}/staff/${id}`, { method: 'PATCH', json: body }),
  archiveStaff: (id: string) => apiFetch<StaffMember>(`${BASE}/staff/${id}/archive`, { method: 'POST' }),
  restoreStaff: (id: string) => apiFetch<StaffMember>(`${BASE}/staff/${id}/restore`, { method: 'POST' }),
  deleteStaff: (id: string) => apiFetch<void>(`${BASE}/staff/${id}`, { method: 'DELETE' }),
  revealStaff: (id: string) => apiFetch<{ mobile: string | null }>(`${BASE}/staff/${id}/reveal`, { method: 'POST' }),
  linkStaffUser: (id: string, userId: string) => apiFetch<StaffMember>(`${BASE}/staff/${id}/user`, { method: 'PUT', json: { userId } }),
  unlinkStaffUser: (id: string) => apiFetch<StaffMember>(`${BASE}/staff/${id}/user`, { method: 'DELETE' }),
  /** Accounts by username, name, pinyin or initials, 20 at a time (the API keeps to the caller's users scope). */
  users: (q: string) => apiFetch<Page<UserOption>>('/api/users', { query: { ...(q ? { q } : {}), status: 'active', page: 1, pageSize: 20 } }),
};

/** The export address of a list with its current filters and sort. */
export function exportUrl(list: 'regions' | 'organisations' | 'teachers' | 'students' | 'staff', format: 'xlsx' | 'csv', params: Record<string, string>): string {
  return withQuery(`${BASE}/${list}/export`, { ...params, format });
}

/** The vocabularies every select of the directory uses; they change only with a new version. */
export function useVocabularies() {
  return useQuery({ queryKey: directoryKeys.vocabularies, queryFn: directoryApi.vocabularies, staleTime: Infinity });
}

/** Every school in the caller's scope, for pickers (the API caps a page at 200; pickers need the names only). */
export function useSchoolOptions() {
  return useQuery({
    queryKey: directoryKeys.schoolOptions,
    queryFn: async () => {
      const first = await directoryApi.organisations({ kind: 'school', page: 1, pageSize: 200, sort: 'name' });
      const items = [...first.items];
      const pages = Math.ceil(first.total / 200);
      for (let page = 2; page <= Math.min(pages, 25); page++) {
        items.push(...(await directoryApi.organisations({ kind: 'school', page, pageSize: 200, sort: 'name' })).items);
      }
      return items.map((o) => ({ value: o.id, label: o.name }));
    },
    staleTime: 5 * 60_000,
  });
}

/** Every organisation of any kind in the caller's scope (bureaus, centres, schools, donors), for pickers and filters. */
export function useOrganisationOptions() {
  return useQuery({
    queryKey: directoryKeys.organisationOptions,
    queryFn: async () => {
      const first = await directoryApi.organisations({ page: 1, pageSize: 200, sort: 'name' });
      const items = [...first.items];
      const pages = Math.ceil(first.total / 200);
      for (let page = 2; page <= Math.min(pages, 25); page++) {
        items.push(...(await directoryApi.organisations({ page, pageSize: 200, sort: 'name' })).items);
      }
      return items.map((o) => ({ value: o.id, label: o.name }));
    },
    staleTime: 5 * 60_000,
  });
}
