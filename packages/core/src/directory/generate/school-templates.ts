import { newId } from '@schoolbridge/shared';
import type { Region } from '../../platform/regions/region.entity.js';
import type { SchoolKind, SchoolSetting, SchoolStage, SchoolTier, Subject } from '../rules/vocab.js';
import type { Random } from '../seed/random.js';

/** A school the generator will write, with its place in the tree and what the people planner needs. */
export interface GeneratedSchool {
  id: string;
  code: string;
  name: string;
  regionId: string;
  managerRegionId: string | null;
  managerOrganisationId: string | null;
  path: string;
  address: string;
  kind: SchoolKind;
  stages: SchoolStage[];
  setting: SchoolSetting;
  tier: SchoolTier;
  boarding: boolean;
  shortage: Subject[];
  /** Relative size: students and teachers are shared out in proportion. */
  size: number;
}

interface Template {
  kind: SchoolKind;
  stages: SchoolStage[];
  setting: SchoolSetting;
  tier: SchoolTier;
  boarding: boolean;
  size: number;
  name: (township: string, county: string, n: number, village: string) => string;
}

const t = (
  kind: SchoolKind,
  stages: SchoolStage[],
  setting: SchoolSetting,
  tier: SchoolTier,
  boarding: boolean,
  size: number,
  name: Template['name'],
): Template => ({
  kind,
  stages,
  setting,
  tier,
  boarding,
  size,
  name,
});

/** The county seat's schools, in the order a county has them. */
const SEAT: Template[] = [
  t('senior_high', ['senior'], 'urban', 'strong', true, 2000, (_, c) => `${c}第一中学`),
  t('complete_primary', ['primary'], 'urban', 'strong', false, 1600, (_, c) => `${c}实验小学`),
  t('junior_middle', ['junior'], 'urban', 'strong', false, 1300, (_, c) => `${c}实验中学`),
  t('kindergarten', ['preschool'], 'urban', 'strong', false, 400, (_, c) => `${c}机关幼儿园`),
  t('complete_middle', ['junior', 'senior'], 'urban', 'ordinary', true, 1500, (_, c) => `${c}第二中学`),
  t('vocational', ['vocational'], 'urban', 'ordinary', true, 900, (_, c) => `${c}职业中等专业学校`),
  t('special', ['special'], 'urban', 'ordinary', true, 90, (_, c) => `${c}特殊教育学校`),
];
const URBAN_MORE: Template[] = [
  t('complete_primary', ['primary'], 'urban', 'ordinary', false, 1000, (_, c, n) => `${c}第${n}小学`),
  t('kindergarten', ['preschool'], 'urban', 'ordinary', false, 300, (_, c, n) => `${c}第${n}幼儿园`),
];
/** A township's own schools: its central school, middle school and kindergarten. */
const TOWNSHIP: Template[] = [
  t('complete_primary', ['primary'], 'town', 'ordinary', true, 500, (tw) => `${tw}中心小学`),
  t('junior_middle', ['junior'], 'town', 'ordinary', true, 450, (tw) => `${tw}中学`),
  t('kindergarten', ['preschool'], 'town', 'ordinary', false, 160, (tw) => `${tw}中心幼儿园`),
];
const NINE_YEAR = t('nine_year', ['primary', 'junior'], 'town', 'ordinary', true, 650, (tw) => `${tw}中心学校`);
/** Village schools, drawn by weight. */
const VILLAGE: [Template, number][] = [
  [t('complete_primary', ['primary'], 'rural', 'weak', false, 150, (tw, _c, _n, v) => `${tw}${v}小学`), 35],
  [t('incomplete_primary', ['primary'], 'rural', 'weak', false, 60, (tw, _c, _n, v) => `${tw}${v}小学`), 20],
  [t('teaching_point', ['primary'], 'rural', 'weak', false, 15, (tw, _c, _n, v) => `${tw}${v}村教学点`), 25],
  [t('kindergarten', ['preschool'], 'rural', 'weak', false, 60, (tw, _c, _n, v) => `${tw}${v}幼儿园`), 10],
  [t('junior_middle', ['junior'], 'town', 'weak', true, 300, (tw, _c, n) => `${tw}第${n}中学`), 10],
];

const SHORTAGE_CANDIDATES: Record<SchoolStage, Subject[]> = {
  preschool: [],
  primary: ['english', 'music', 'art', 'pe', 'it', 'science', 'psychology'],
  junior: ['english', 'physics', 'chemistry', 'biology', 'geography', 'music', 'art', 'it', 'psychology'],
  senior: ['physics', 'chemistry', 'biology', 'it', 'psychology'],
  vocational: ['english', 'it'],
  special: ['music', 'art'],
};

const PLACE_FIRST = [...'东西南北上下大小新老石白青黄红金龙凤马牛桃李杨柳松竹梅花山水河湖江溪塘坪岭高长平安福永兴太和'];
const PLACE_SECOND = [...'山水河江溪塘坪岭冲湾桥田林湖口源坝头寨铺岗洲溪峰坡丘园庄'];

function placeName(rng: Random): string {
  const a = rng.pick(PLACE_FIRST);
  let b = rng.pick(PLACE_SECOND);
  while (b === a) b = rng.pick(PLACE_SECOND);
  return a + b;
}

/** `count` township names (某某镇 / 某某乡) not among `taken`. */
export function townshipNames(rng: Random, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let tries = 0; out.length < count; tries++) {
    const name = `${placeName(rng)}${rng.chance(0.55) ? '镇' : '乡'}`;
    const unique = taken.has(name) ? `${name.slice(0, -1)}${out.length + 1}${name.slice(-1)}` : name;
    if (taken.has(unique) && tries < count * 20) continue;
    taken.add(unique);
    out.push(unique);
  }
  return out;
}

/**
 * `count` schools over the townships: the county seat's schools in the first township, then
 * round the townships each gets a central school (every third a nine-year school), a middle
 * school and a kindergarten, then village schools and teaching points, which are managed by
 * their township's central school. Codes are the county code + a running number from `firstSeq`.
 */
export function planGeneratedSchools(rng: Random, county: Region, townships: Region[], count: number, firstSeq: number): GeneratedSchool[] {
  const out: GeneratedSchool[] = [];
  if (townships.length === 0) return out;
  const perTownship = townships.map(() => 0);
  const central = new Map<string, GeneratedSchool>();
  let urbanN = 3;
  let middleN = 2;
  for (let i = 0; i < count; i++) {
    const ti = i % townships.length;
    const township = townships[ti]!;
    const j = perTownship[ti]!++;
    let template: Template;
    if (ti === 0 && j < SEAT.length) template = SEAT[j]!;
    else if (ti === 0) template = URBAN_MORE[j % URBAN_MORE.length]!;
    else if (j < TOWNSHIP.length) template = j === 0 && ti % 3 === 0 ? NINE_YEAR : TOWNSHIP[j]!;
    else template = rng.weighted(VILLAGE);
    const village = placeName(rng);
    const n = template.kind === 'junior_middle' ? middleN++ : urbanN++;
    const manager = template.kind === 'teaching_point' ? central.get(township.id) : undefined;
    const tier: SchoolTier = template.tier === 'ordinary' && rng.chance(0.25) ? (rng.chance(0.5) ? 'weak' : 'strong') : template.tier;
    const candidates = template.stages.flatMap((s) => SHORTAGE_CANDIDATES[s]);
    const shortage = tier === 'weak' && candidates.length > 0 ? rng.sample([...new Set(candidates)], rng.int(1, 3)) : [];
    const id = newId();
    const seq = firstSeq + i;
    const school: GeneratedSchool = {
      id,
      code: `${county.code}${String(seq).padStart(4, '0')}`,
      name: template.name(township.name, county.name, n, village),
      regionId: township.id,
      managerRegionId: manager ? null : county.id,
      managerOrganisationId: manager?.id ?? null,
      path: `${manager?.path ?? county.path}${id}/`,
      address: `${county.name}${township.name}${template.setting === 'rural' ? `${village}村` : ''}`,
      kind: template.kind,
      stages: template.stages,
      setting: ti === 0 && template.setting === 'town' ? 'urban' : template.setting,
      tier,
      boarding: template.boarding,
      shortage,
      size: template.size * (0.7 + rng.next() * 0.6),
    };
    if (j === 0 && (school.kind === 'complete_primary' || school.kind === 'nine_year')) central.set(township.id, school);
    out.push(school);
  }
  return out;
}
