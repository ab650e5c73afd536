/**
 * The directory API (/api/directory/…) faked at the fetch edge, layered over the shell's fake
 * (harness.tsx): requests it does not know fall through to the shell's fake.
 */
import { vi } from 'vitest';
import { fakeApi, makeMe, type FakeCall } from '../harness';

export const COUNTY_ID = '01900000-0000-7000-8000-0000000000a1';
export const TOWNSHIP_ID = '01900000-0000-7000-8000-0000000000b1';
export const SCHOOL_ID = '01900000-0000-7000-8000-0000000000c1';
export const TEACHER_ID = '01900000-0000-7000-8000-0000000000d1';

const vocab = (entries: [string, string, string][]) => entries.map(([code, zh, en]) => ({ code, name: { 'zh-CN': zh, en } }));

export const VOCABULARIES = {
  schoolStages: vocab([
    ['primary', '小学', 'Primary'],
    ['junior', '初中', 'Junior secondary'],
  ]),
  schoolKinds: vocab([
    ['complete_primary', '完全小学', 'Complete primary school'],
    ['teaching_point', '教学点', 'Teaching point'],
  ]),
  settings: vocab([
    ['town', '镇区', 'Town'],
    ['rural', '乡村', 'Rural'],
  ]),
  tiers: vocab([
    ['strong', '优质/示范', 'Strong'],
    ['weak', '薄弱', 'Weak'],
  ]),
  subjects: vocab([
    ['chinese', '语文', 'Chinese'],
    ['math', '数学', 'Mathematics'],
  ]),
  teacherTitles: vocab([['first', '一级教师', 'First-grade teacher']]),
  backboneLevels: vocab([['county', '县级骨干', 'County backbone']]),
  hireProgrammes: vocab([['special_post', '特岗教师', 'Special-post teacher']]),
  teacherStatuses: vocab([['active', '在岗', 'Active']]),
  assignmentKinds: vocab([
    ['regular', '本校任教', 'Regular'],
    ['rotation', '轮岗', 'Rotation'],
  ]),
  genders: vocab([
    ['male', '男', 'Male'],
    ['female', '女', 'Female'],
  ]),
  studentStatuses: vocab([['enrolled', '在读', 'Enrolled']]),
  registrationOrigins: vocab([['local', '本县', 'This county']]),
  grades: vocab([['g1', '一年级', 'Grade 1']]),
  difficultyCategories: vocab([['orphan', '孤儿', 'Orphan']]),
  idDocumentTypes: vocab([['resident_id', '居民身份证', 'Resident ID card']]),
};

export function school(overrides: Record<string, unknown> = {}) {
  return {
    id: SCHOOL_ID,
    code: '4399010001',
    name: '示范县第一小学',
    kind: 'school',
    regionId: TOWNSHIP_ID,
    regionName: '城关镇',
    townshipName: '城关镇',
    managerRegionId: COUNTY_ID,
    managerOrganisationId: null,
    managerName: '示范县',
    path: `/${COUNTY_ID}/${SCHOOL_ID}/`,
    shortName: '一小',
    address: null,
    contactName: null,
    contactPhone: null,
    schoolKind: 'complete_primary',
    stages: ['primary'],
    setting: 'town',
    tier: 'strong',
    boarding: false,
    studentCount: 1234,
    classCount: 30,
    teacherCount: 86,
    subjectTeacherCount: 80,
    shortageSubjects: [],
    fullCurriculum: true,
    archivedAt: null,
    version: 1,
    teacherRecords: 86,
    ...overrides,
  };
}

export function teacher(overrides: Record<string, unknown> = {}) {
  return {
    id: TEACHER_ID,
    name: '张三',
    gender: 'male',
    idType: 'resident_id',
    idNumber: '439***********1234',
    mobile: '138****5678',
    schoolId: SCHOOL_ID,
    schoolName: '示范县第一小学',
    subjects: ['math'],
    gradesTaught: '三年级',
    title: 'first',
    backboneLevel: 'county',
    backboneSince: '2024-09-01',
    rural: false,
    hireProgramme: 'special_post',
    hiredOn: '2015-09-01',
    status: 'active',
    userId: null,
    username: null,
    archivedAt: null,
    version: 3,
    currentAssignments: [{ schoolId: SCHOOL_ID, schoolName: '示范县第一小学', kind: 'regular' }],
    assignments: [
      { id: 'a1', schoolId: SCHOOL_ID, schoolName: '示范县第一小学', kind: 'regular', startDate: '2015-09-01', endDate: null, note: null },
    ],
    ...overrides,
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

/** The shell's fake plus the directory's routes; `permissions` are the signed-in user's. */
export function fakeDirectory(permissions: string[]) {
  const base = fakeApi({
    me: {
      ...makeMe({ permissions }),
      assignments: [{ id: '01900000-0000-7000-8000-000000000100', role: 'bureau_officer', scopeKind: 'region', regionId: COUNTY_ID, organisationId: null, path: '/43/4399/439901/' }],
    } as ReturnType<typeof makeMe>,
  });
  const shell = base.fetchMock.getMockImplementation()!;
  const calls: FakeCall[] = base.calls;
  const state = { schools: [school()], teacher: teacher() };

  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : null;
    const url = new URL(req ? req.url : String(input), 'http://localhost');
    if (!url.pathname.startsWith('/api/directory/')) return shell(input, init);
    const method = (req?.method ?? init?.method ?? 'GET').toUpperCase();
    const raw = req ? await req.clone().text() : typeof init?.body === 'string' ? init.body : null;
    calls.push({ method, path: url.pathname, search: url.searchParams, headers: new Headers(req?.headers ?? init?.headers), body: raw ? JSON.parse(raw) : undefined });
    const key = `${method} ${url.pathname}`;
    if (key === 'GET /api/directory/vocabularies') return json(200, VOCABULARIES);
    if (key === 'GET /api/directory/regions') {
      const items =
        url.searchParams.get('kind') === 'township'
          ? [
              { id: TOWNSHIP_ID, code: '439901101', name: '城关镇', kind: 'township', parentId: COUNTY_ID, path: '/43/4399/439901/439901101/', archivedAt: null, childCount: 0, organisationCount: 3, version: 1 },
              { id: '01900000-0000-7000-8000-0000000000b2', code: '439901201', name: '青山乡', kind: 'township', parentId: COUNTY_ID, path: '/43/4399/439901/439901201/', archivedAt: null, childCount: 0, organisationCount: 2, version: 1 },
            ]
          : [];
      return json(200, { items, total: items.length, page: 1, pageSize: 200 });
    }
    if (key === 'GET /api/directory/organisations') {
      const items = state.schools;
      return json(200, { items, total: items.length, page: Number(url.searchParams.get('page') ?? 1), pageSize: Number(url.searchParams.get('pageSize') ?? 20) });
    }
    if (key === `GET /api/directory/teachers/${TEACHER_ID}`) return json(200, state.teacher);
    if (key === `POST /api/directory/teachers/${TEACHER_ID}/reveal`) {
      if (!permissions.includes('directory.pii.read')) return json(403, { title: 'Forbidden', status: 403, code: 'auth.forbidden', detail: '没有权限' });
      return json(200, { idNumber: '439901198503121234', mobile: '13812345678' });
    }
    return json(404, { title: 'Not found', status: 404, code: 'notFound', detail: `no fake for ${key}` });
  };
  base.fetchMock.mockImplementation(handler);
  return { ...base, state, calls };
}

export { vi };
