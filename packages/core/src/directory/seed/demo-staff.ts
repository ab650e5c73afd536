import { In, type DataSource } from 'typeorm';
import { newId, pinyinKeys } from '@schoolbridge/shared';
import { User } from '../../platform/auth/user.entity.js';
import type { Organisation } from '../../platform/regions/organisation.entity.js';
import { DEMO_BUREAU } from '../../platform/seed/demo-county.seed.js';
import { StaffMember } from '../entities/staff-member.entity.js';
import { Teacher } from '../entities/teacher.entity.js';
import type { Gender } from '../rules/vocab.js';
import { insertRows } from './bulk.js';
import { DEMO_CENTRE, DEMO_DONORS } from './demo-county-data.js';
import { demoMobile } from './identity-numbers.js';
import { personName } from './names.js';
import { Random } from './random.js';

/** Another stream of the directory's PRNG, so adding staff leaves the teachers and students as they were. */
const STAFF_RANDOM_SEED = 439901 + 4;

interface StaffDef {
  /** The organisation's code. */
  org: string;
  position: string;
  title?: string;
  gender: Gender;
  born: number;
  /** The demo user this record belongs to: its display name becomes the record's name. */
  username?: string;
  email?: string;
}

const [CITY_CHARITY, COUNTY_FUND] = DEMO_DONORS;

/**
 * The demo's staff members (职工): the demo users who are not teachers — the bureau officer, the
 * inspector (督导室), the centre coordinator, the expert (the centre's 教研员) and the donor's
 * contact — linked to their accounts, and the other people of the county bureau, the training
 * centre and the donors, unlinked, as a bureau's roster would list them.
 */
const STAFF: StaffDef[] = [
  // 示范县教育局
  { org: DEMO_BUREAU.code, position: '基础教育股股长', gender: 'male', born: 1976, username: 'bureau' },
  { org: DEMO_BUREAU.code, position: '督导室责任督学', title: '高级教师', gender: 'male', born: 1979, username: 'inspector' },
  { org: DEMO_BUREAU.code, position: '党组书记、局长', gender: 'male', born: 1970 },
  { org: DEMO_BUREAU.code, position: '副局长', gender: 'female', born: 1975 },
  { org: DEMO_BUREAU.code, position: '副局长', gender: 'male', born: 1972 },
  { org: DEMO_BUREAU.code, position: '办公室主任', gender: 'female', born: 1982 },
  { org: DEMO_BUREAU.code, position: '人事股股长', gender: 'male', born: 1978 },
  { org: DEMO_BUREAU.code, position: '计划财务股股长', title: '会计师', gender: 'female', born: 1980 },
  { org: DEMO_BUREAU.code, position: '安全管理股股长', gender: 'male', born: 1977 },
  { org: DEMO_BUREAU.code, position: '教育督导室主任', title: '高级教师', gender: 'male', born: 1969 },
  { org: DEMO_BUREAU.code, position: '学生资助管理中心主任', gender: 'female', born: 1983 },
  { org: DEMO_BUREAU.code, position: '办公室科员', gender: 'female', born: 1994 },
  // 示范县教师发展中心
  { org: DEMO_CENTRE.code, position: '培训部主任', title: '高级教师', gender: 'female', born: 1980, username: 'centre' },
  { org: DEMO_CENTRE.code, position: '小学数学教研员', title: '正高级教师', gender: 'male', born: 1968, username: 'expert' },
  { org: DEMO_CENTRE.code, position: '主任', title: '高级教师', gender: 'male', born: 1971 },
  { org: DEMO_CENTRE.code, position: '副主任', title: '高级教师', gender: 'female', born: 1976 },
  { org: DEMO_CENTRE.code, position: '办公室主任', title: '一级教师', gender: 'male', born: 1985 },
  { org: DEMO_CENTRE.code, position: '小学语文教研员', title: '高级教师', gender: 'female', born: 1979 },
  { org: DEMO_CENTRE.code, position: '初中英语教研员', title: '高级教师', gender: 'female', born: 1983 },
  { org: DEMO_CENTRE.code, position: '信息技术培训专员', title: '一级教师', gender: 'male', born: 1990 },
  { org: DEMO_CENTRE.code, position: '继续教育学分管理员', title: '二级教师', gender: 'female', born: 1993 },
  { org: DEMO_CENTRE.code, position: '培训部干事', gender: 'male', born: 1996 },
  // donors
  { org: COUNTY_FUND.code, position: '项目主管', gender: 'female', born: 1974, username: 'donor', email: 'project@yucai-fund.example.org' },
  { org: COUNTY_FUND.code, position: '理事长', gender: 'male', born: 1962 },
  { org: CITY_CHARITY.code, position: '秘书长', gender: 'male', born: 1966, email: 'office@sfs-charity.example.org' },
];

/**
 * Writes the demo's staff members, each organisation's only while it has none (so a second run adds
 * nothing), and links the demo users' records to their accounts unless an account already holds a
 * teacher or staff record. Returns how many were written.
 */
export async function seedDemoStaff(ds: DataSource, now: Date, orgs: Map<string, Organisation>, userIds: Map<string, string>): Promise<number> {
  const rng = new Random(STAFF_RANDOM_SEED);
  const wanted = STAFF.map((def, i) => ({ def, i, org: orgs.get(def.org) })).filter((x): x is typeof x & { org: Organisation } => !!x.org);
  const orgIds = [...new Set(wanted.map((w) => w.org.id))];
  const staffed = new Set(
    (
      await ds
        .createQueryBuilder()
        .select('s.organisation_id', 'organisationId')
        .from(StaffMember, 's')
        .where('s.organisation_id IN (:...orgIds)', { orgIds })
        .groupBy('s.organisation_id')
        .getRawMany<{ organisationId: string }>()
    ).map((r) => r.organisationId),
  );
  const linkedIds = [...userIds.values()];
  const users = new Map(
    linkedIds.length ? (await ds.manager.find(User, { where: { id: In(linkedIds) }, select: { id: true, displayName: true } })).map((u) => [u.id, u]) : [],
  );
  const taken = new Set([
    ...(await ds.manager.find(Teacher, { where: { userId: In(linkedIds) }, select: { userId: true } })).map((t) => t.userId),
    ...(await ds.manager.find(StaffMember, { where: { userId: In(linkedIds) }, select: { userId: true } })).map((s) => s.userId),
  ]);

  const rows: StaffMember[] = [];
  for (const { def, i, org } of wanted) {
    // Drawn for every row, written or not, so each person keeps their name from run to run.
    const drawn = personName(rng, def.gender, def.born);
    if (staffed.has(org.id)) continue;
    const userId = def.username ? userIds.get(def.username) : undefined;
    const user = userId ? users.get(userId) : undefined;
    const name = user?.displayName ?? drawn;
    const keys = pinyinKeys(name);
    rows.push(
      ds.manager.create(StaffMember, {
        id: newId(),
        name,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        gender: def.gender,
        organisationId: org.id,
        position: def.position,
        title: def.title ?? null,
        mobile: demoMobile('137', 9200 + i),
        email: def.email ?? null,
        userId: user && !taken.has(user.id) ? user.id : null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
  }
  return ds.transaction((m) => insertRows(m, StaffMember, rows));
}
