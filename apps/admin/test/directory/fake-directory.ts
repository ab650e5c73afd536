/**
 * The directory API (/api/directory/…) faked at the fetch edge, layered over the shell's fake
 * (harness.tsx): requests it does not know fall through to the shell's fake.
 */
import { vi } from 'vitest';
import type { StaffMember } from '../../src/modules/directory/api';
import { fakeApi, makeMe, type FakeCall } from '../harness';

export const COUNTY_ID = '01900000-0000-7000-8000-0000000000a1';
export const TOWNSHIP_ID = '01900000-0000-7000-8000-0000000000b1';
export const SCHOOL_ID = '01900000-0000-7000-8000-0000000000c1';
export const TEACHER_ID = '01900000-0000-7000-8000-0000000000d1';
export const BUREAU_ID = '01900000-0000-7000-8000-0000000000c9';
export const STAFF_ID = '01900000-0000-7000-8000-0000000000e1';
export const STAFF_LINKED_ID = '01900000-0000-7000-8000-0000000000e2';
export const NEW_STAFF_ID = '01900000-0000-7000-8000-0000000000e9';
export const USER_ID = '01900000-0000-7000-8000-0000000001f1';

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

export function staffMember(overrides: Record<string, unknown> = {}): StaffMember {
  return {
    id: STAFF_ID,
    name: '李明',
    gender: 'male',
    organisationId: BUREAU_ID,
    organisationName: '示范县教育局',
    organisationKind: 'bureau',
    position: '基础教育股股长',
    title: null,
    mobile: '138****5678',
    email: null,
    userId: null,
    username: null,
    userDisplayName: null,
    archivedAt: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    version: 2,
    ...overrides,
  } as StaffMember;
}

function json(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status });
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
  const state = {
    schools: [school()],
    teacher: teacher(),
    staff: [
      staffMember(),
      staffMember({
        id: STAFF_LINKED_ID,
        name: '赵敏',
        gender: 'female',
        organisationId: '01900000-0000-7000-8000-0000000000c8',
        organisationName: '示范县教师发展中心',
        organisationKind: 'training_centre',
        position: '培训部主任',
        mobile: null,
        userId: USER_ID,
        username: 'zhaomin',
        userDisplayName: '赵敏',
        archivedAt: '2026-11-21T02:00:00.000Z',
      }),
    ] as StaffMember[],
    users: [
      { id: USER_ID, username: 'zhaomin', displayName: '赵敏', status: 'active' },
      { id: '01900000-0000-7000-8000-0000000001f2', username: 'wangwu', displayName: '王五', status: 'active' },
    ],
  };

  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : null;
    const url = new URL(req ? req.url : String(input), 'http://localhost');
    if (!url.pathname.startsWith('/api/directory/') && url.pathname !== '/api/users') return shell(input, init);
    const method = (req?.method ?? init?.method ?? 'GET').toUpperCase();
    const raw = req ? await req.clone().text() : typeof init?.body === 'string' ? init.body : null;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    calls.push({ method, path: url.pathname, search: url.searchParams, headers: new Headers(req?.headers ?? init?.headers), body });
    const key = `${method} ${url.pathname}`;
    const forced = base.state.forced.get(key);
    if (forced) return json(forced.status, forced.body);
    if (key === 'GET /api/users') {
      const q = url.searchParams.get('q') ?? '';
      const items = state.users.filter((u) => u.username.includes(q) || u.displayName.includes(q));
      return json(200, { items, total: items.length, page: 1, pageSize: 20 });
    }
    const staffAnswer = handleStaff(method, url, body);
    if (staffAnswer) return staffAnswer;
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

  /** /api/directory/staff…: a small in-memory roster that changes as the real API would. */
  function handleStaff(method: string, url: URL, body: Record<string, unknown> | undefined): Response | null {
    const m = /^\/api\/directory\/staff(?:\/([^/]+))?(\/[a-z]+)?$/.exec(url.pathname);
    if (!m || m[1] === 'export') return null;
    const [, id, action = ''] = m;
    const p = url.searchParams;
    if (!id && method === 'GET') {
      const archived = p.get('archived') ?? 'false';
      const items = state.staff.filter(
        (s) =>
          (archived === 'all' || (archived === 'true') === (s.archivedAt !== null)) &&
          (!p.get('q') || s.name.includes(p.get('q')!)) &&
          (!p.get('organisationKind') || s.organisationKind === p.get('organisationKind')) &&
          (!p.get('organisationId') || s.organisationId === p.get('organisationId')) &&
          (!p.get('userId') || s.userId === p.get('userId')) &&
          (!p.get('linked') || (p.get('linked') === 'true') === (s.userId !== null)),
      );
      return json(200, { items, total: items.length, page: Number(p.get('page') ?? 1), pageSize: Number(p.get('pageSize') ?? 20) });
    }
    if (!id && method === 'POST') {
      if (typeof body!.mobile === 'string' && !/^1[3-9]\d{9}$/.test(body!.mobile)) {
        return json(400, {
          title: 'Bad request',
          status: 400,
          code: 'validation.failed',
          detail: '提交的内容有误，请按提示修改',
          errors: [{ field: 'mobile', code: 'identity.mobile.format', message: '手机号应为 11 位大陆手机号' }],
        });
      }
      const created = staffMember({ ...body, id: NEW_STAFF_ID, mobile: body!.mobile ? '139****0000' : null, version: 1, organisationName: '示范县教育局' });
      state.staff.push(created);
      return json(201, created);
    }
    const target = state.staff.find((s) => s.id === id);
    if (!target) return json(404, { title: 'Not found', status: 404, code: 'notFound', detail: '找不到该记录，或您无权查看' });
    if (method === 'GET' && action === '') return json(200, target);
    if (method === 'PATCH' && action === '') {
      if (body!.version !== target.version) return json(409, { title: 'Conflict', status: 409, code: 'conflict.staleVersion', detail: '该记录已被他人修改，请刷新后再编辑' });
      Object.assign(target, body, { version: target.version + 1 });
      return json(200, target);
    }
    if (method === 'POST' && (action === '/archive' || action === '/restore')) {
      target.archivedAt = action === '/archive' ? '2026-11-24T02:00:00.000Z' : null;
      return json(200, target);
    }
    if (method === 'DELETE' && action === '') {
      if (target.userId) return json(409, { title: 'Conflict', status: 409, code: 'directory.staff.linked', detail: `已关联账号“${target.username}”，请先解除关联` });
      state.staff = state.staff.filter((s) => s.id !== id);
      return json(204, null);
    }
    if (method === 'POST' && action === '/reveal') return json(200, { mobile: '13812345678' });
    if (method === 'PUT' && action === '/user') {
      const u = state.users.find((x) => x.id === body!.userId)!;
      const holder = state.staff.find((s) => s.userId === u.id && s.id !== target.id);
      if (holder) {
        const detail = `账号“${u.username}”已关联职工「${holder.name}」（${holder.organisationName}）`;
        return json(409, { title: 'Conflict', status: 409, code: 'directory.userLinkedToStaff', detail, errors: [{ field: 'userId', code: 'directory.userLinkedToStaff', message: detail }] });
      }
      Object.assign(target, { userId: u.id, username: u.username, userDisplayName: u.displayName, version: target.version + 1 });
      return json(200, target);
    }
    if (method === 'DELETE' && action === '/user') {
      Object.assign(target, { userId: null, username: null, userDisplayName: null, version: target.version + 1 });
      return json(200, target);
    }
    return null;
  }
  base.fetchMock.mockImplementation(handler);
  return { ...base, state, calls };
}

export { vi };
