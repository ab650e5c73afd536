import type { RegionKind } from '../../platform/regions/region.entity.js';
import type { SchoolKind, SchoolSetting, SchoolStage, SchoolTier, Subject } from '../rules/vocab.js';

/**
 * The demo county 示范县 (439901, under the fictional city 示范市 4399): its townships, a few
 * villages, a forest farm that is not an administrative region, and its 60 schools. Fictional
 * throughout; codes follow the statistical division codes (统计用区划代码): townships are the
 * county code + 3 digits, villages the township code + 3 digits.
 */

export const DEMO_CITY_CODE = '4399';

export interface DemoRegion {
  code: string;
  name: string;
  kind: RegionKind;
  /** The parent's code. */
  parent: string;
}

export const DEMO_TOWNSHIPS: readonly DemoRegion[] = [
  ['100', '城关镇'],
  ['101', '白沙镇'],
  ['102', '青山乡'],
  ['103', '石门乡'],
  ['104', '桃花镇'],
  ['105', '龙潭镇'],
  ['106', '新田乡'],
  ['107', '大坪乡'],
  ['108', '柳溪乡'],
  ['109', '黄泥镇'],
  ['110', '枫林乡'],
  ['111', '高桥镇'],
].map(([suffix, name]) => ({ code: `439901${suffix}`, name: name!, kind: 'township' as const, parent: '439901' }));

export const DEMO_VILLAGES: readonly DemoRegion[] = [
  { code: '439901101001', name: '白沙社区', kind: 'village', parent: '439901101' },
  { code: '439901101201', name: '河口村', kind: 'village', parent: '439901101' },
  { code: '439901102201', name: '石桥村', kind: 'village', parent: '439901102' },
  { code: '439901102202', name: '杉木村', kind: 'village', parent: '439901102' },
  { code: '439901102203', name: '竹园村', kind: 'village', parent: '439901102' },
  { code: '439901103201', name: '高坪村', kind: 'village', parent: '439901103' },
  { code: '439901105203', name: '金竹村', kind: 'village', parent: '439901105' },
  { code: '439901106204', name: '和平村', kind: 'village', parent: '439901106' },
  { code: '439901110202', name: '枫树坪村', kind: 'village', parent: '439901110' },
];

/** Not an administrative region (like seed 001's 长峡管理局): the tree must hold it beside the townships. */
export const DEMO_OTHER_UNITS: readonly DemoRegion[] = [{ code: '439901400', name: '示范县林场管理局', kind: 'other', parent: '439901' }];

export const DEMO_CENTRE = { code: '439901-JSFZ', name: '示范县教师发展中心', shortName: '教师发展中心', address: '示范县城关镇教育路 8 号' };

export const DEMO_DONORS = [
  { code: '4399-CSZH', name: '示范市慈善总会', shortName: '市慈善总会', withRegion: true },
  { code: 'DONOR-YCJJH', name: '示范县育才教育基金会', shortName: '育才基金会', withRegion: false },
] as const;

export interface DemoSchool {
  code: string;
  name: string;
  /** The region it is in: a township, a village, or the forest farm. */
  region: string;
  kind: SchoolKind;
  stages: SchoolStage[];
  setting: SchoolSetting;
  tier: SchoolTier;
  boarding: boolean;
  /** Relative size: the demo's 15,000 students are shared out in proportion. */
  size: number;
  /** Who manages it: the county's bureau (default), the city's (市直学校), or a central school by code. */
  manager?: 'city' | { school: string };
  shortage?: Subject[];
  /** 开齐开足: defaults to "no shortage subjects"; null for kindergartens. */
  fullCurriculum?: boolean;
}

type Row = [
  suffix: string,
  name: string,
  region: string,
  kind: SchoolKind,
  stages: SchoolStage[],
  setting: SchoolSetting,
  tier: SchoolTier,
  boarding: boolean,
  size: number,
  extra?: Partial<DemoSchool>,
];

const T = (code: string) => `439901${code}`;
const POINT_OF = (central: string): Partial<DemoSchool> => ({ manager: { school: `439901${central}` }, shortage: ['english', 'music', 'art'] });

const ROWS: Row[] = [
  // 城关镇: the county seat.
  ['0001', '示范县第一中学', T('100'), 'senior_high', ['senior'], 'urban', 'strong', true, 2000],
  ['0002', '示范县第二中学', T('100'), 'complete_middle', ['junior', 'senior'], 'urban', 'ordinary', true, 1600],
  ['0003', '示范县实验中学', T('100'), 'junior_middle', ['junior'], 'urban', 'strong', false, 1400],
  ['0004', '示范县实验小学', T('100'), 'complete_primary', ['primary'], 'urban', 'strong', false, 1800],
  ['0005', '示范县城南小学', T('100'), 'complete_primary', ['primary'], 'urban', 'ordinary', false, 1200],
  ['0006', '示范县城北小学', T('100'), 'complete_primary', ['primary'], 'urban', 'ordinary', false, 900],
  ['0007', '城关镇中心小学', T('100'), 'complete_primary', ['primary'], 'urban', 'ordinary', false, 700],
  ['0008', '示范市第三中学', T('100'), 'senior_high', ['senior'], 'urban', 'strong', true, 1500, { manager: 'city' }],
  ['0009', '示范县职业中等专业学校', T('100'), 'vocational', ['vocational'], 'urban', 'ordinary', true, 900],
  ['0010', '示范县特殊教育学校', T('100'), 'special', ['special'], 'urban', 'ordinary', true, 90],
  ['0011', '示范县机关幼儿园', T('100'), 'kindergarten', ['preschool'], 'urban', 'strong', false, 420],
  ['0012', '示范县城关幼儿园', T('100'), 'kindergarten', ['preschool'], 'urban', 'ordinary', false, 350],
  ['0013', '示范县城东小学', T('100'), 'complete_primary', ['primary'], 'urban', 'ordinary', false, 800],
  ['0014', '示范县第二幼儿园', T('100'), 'kindergarten', ['preschool'], 'urban', 'ordinary', false, 300],
  // 白沙镇
  ['0015', '白沙镇中心学校', T('101'), 'nine_year', ['primary', 'junior'], 'town', 'ordinary', true, 900],
  ['0016', '白沙镇中心幼儿园', T('101'), 'kindergarten', ['preschool'], 'town', 'ordinary', false, 200],
  ['0017', '白沙镇河口小学', '439901101201', 'incomplete_primary', ['primary'], 'rural', 'weak', false, 80, { shortage: ['english', 'music'] }],
  ['0018', '白沙镇新塘小学', T('101'), 'complete_primary', ['primary'], 'rural', 'weak', false, 90, { shortage: ['art', 'it'] }],
  // 青山乡: a central school managing three village teaching points.
  ['0019', '青山乡中心小学', T('102'), 'complete_primary', ['primary'], 'town', 'weak', true, 420, { shortage: ['english', 'music', 'art'] }],
  ['0020', '青山乡石桥村教学点', '439901102201', 'teaching_point', ['primary'], 'rural', 'weak', false, 25, POINT_OF('0019')],
  ['0021', '青山乡杉木村教学点', '439901102202', 'teaching_point', ['primary'], 'rural', 'weak', false, 18, POINT_OF('0019')],
  ['0022', '青山乡竹园村教学点', '439901102203', 'teaching_point', ['primary'], 'rural', 'weak', false, 12, POINT_OF('0019')],
  ['0023', '青山乡中学', T('102'), 'junior_middle', ['junior'], 'town', 'weak', true, 380, { shortage: ['english', 'physics', 'music'] }],
  ['0024', '青山乡中心幼儿园', T('102'), 'kindergarten', ['preschool'], 'town', 'weak', false, 90],
  // 石门乡
  ['0025', '石门乡中心小学', T('103'), 'complete_primary', ['primary'], 'town', 'weak', true, 350, { shortage: ['english', 'it'] }],
  ['0026', '石门乡中学', T('103'), 'junior_middle', ['junior'], 'town', 'weak', true, 300, { shortage: ['chemistry', 'music', 'art'] }],
  ['0027', '石门乡高坪小学', '439901103201', 'incomplete_primary', ['primary'], 'rural', 'weak', false, 60, { shortage: ['english', 'music', 'art'] }],
  ['0028', '石门乡中心幼儿园', T('103'), 'kindergarten', ['preschool'], 'town', 'weak', false, 50],
  // 桃花镇
  ['0029', '桃花镇中心小学', T('104'), 'complete_primary', ['primary'], 'town', 'ordinary', false, 650],
  ['0030', '桃花镇中学', T('104'), 'junior_middle', ['junior'], 'town', 'ordinary', true, 550],
  ['0031', '桃花镇中心幼儿园', T('104'), 'kindergarten', ['preschool'], 'town', 'ordinary', false, 180],
  ['0032', '桃花镇桃源小学', T('104'), 'complete_primary', ['primary'], 'rural', 'weak', false, 150, { shortage: ['english'] }],
  // 龙潭镇
  ['0033', '龙潭镇中心学校', T('105'), 'nine_year', ['primary', 'junior'], 'town', 'ordinary', true, 800],
  ['0034', '龙潭镇中心幼儿园', T('105'), 'kindergarten', ['preschool'], 'town', 'ordinary', false, 160],
  ['0035', '龙潭镇双溪小学', T('105'), 'incomplete_primary', ['primary'], 'rural', 'weak', false, 70, { shortage: ['english', 'pe'] }],
  ['0036', '龙潭镇金竹村教学点', '439901105203', 'teaching_point', ['primary'], 'rural', 'weak', false, 15, POINT_OF('0033')],
  // 新田乡
  ['0037', '新田乡中心小学', T('106'), 'complete_primary', ['primary'], 'town', 'weak', true, 300, { shortage: ['music', 'art'] }],
  ['0038', '新田乡中学', T('106'), 'junior_middle', ['junior'], 'town', 'weak', true, 260, { shortage: ['biology', 'it'] }],
  ['0039', '新田乡中心幼儿园', T('106'), 'kindergarten', ['preschool'], 'town', 'weak', false, 70],
  ['0040', '新田乡和平村教学点', '439901106204', 'teaching_point', ['primary'], 'rural', 'weak', false, 14, POINT_OF('0037')],
  // 大坪乡
  ['0041', '大坪乡中心学校', T('107'), 'nine_year', ['primary', 'junior'], 'town', 'weak', true, 450, { shortage: ['english', 'music', 'psychology'] }],
  ['0042', '大坪乡中心幼儿园', T('107'), 'kindergarten', ['preschool'], 'town', 'weak', false, 60],
  ['0043', '大坪乡茶园小学', T('107'), 'incomplete_primary', ['primary'], 'rural', 'weak', false, 45, { shortage: ['english', 'art'] }],
  // 柳溪乡
  ['0044', '柳溪乡中心小学', T('108'), 'complete_primary', ['primary'], 'town', 'weak', false, 320, { shortage: ['english'] }],
  ['0045', '柳溪乡中学', T('108'), 'junior_middle', ['junior'], 'town', 'weak', true, 280, { shortage: ['geography', 'music'] }],
  ['0046', '柳溪乡柳塘小学', T('108'), 'incomplete_primary', ['primary'], 'rural', 'weak', false, 55, { shortage: ['english', 'music', 'art'] }],
  ['0047', '柳溪乡中心幼儿园', T('108'), 'kindergarten', ['preschool'], 'town', 'weak', false, 55],
  // 黄泥镇
  ['0048', '黄泥镇中心小学', T('109'), 'complete_primary', ['primary'], 'town', 'ordinary', false, 600, { fullCurriculum: false, shortage: ['psychology'] }],
  ['0049', '黄泥镇中学', T('109'), 'junior_middle', ['junior'], 'town', 'ordinary', true, 500],
  ['0050', '黄泥镇中心幼儿园', T('109'), 'kindergarten', ['preschool'], 'town', 'ordinary', false, 150],
  ['0051', '黄泥镇坳上小学', T('109'), 'complete_primary', ['primary'], 'rural', 'weak', false, 120, { shortage: ['english', 'it'] }],
  // 枫林乡
  ['0052', '枫林乡中心学校', T('110'), 'nine_year', ['primary', 'junior'], 'town', 'weak', true, 380, { shortage: ['english', 'chemistry', 'art'] }],
  ['0053', '枫林乡枫树坪教学点', '439901110202', 'teaching_point', ['primary'], 'rural', 'weak', false, 20, POINT_OF('0052')],
  ['0054', '枫林乡中心幼儿园', T('110'), 'kindergarten', ['preschool'], 'town', 'weak', false, 60],
  // 高桥镇
  ['0055', '高桥镇中心小学', T('111'), 'complete_primary', ['primary'], 'town', 'ordinary', false, 700],
  ['0056', '高桥镇中学', T('111'), 'junior_middle', ['junior'], 'town', 'ordinary', true, 600],
  ['0057', '高桥镇中心幼儿园', T('111'), 'kindergarten', ['preschool'], 'town', 'ordinary', false, 200],
  ['0058', '示范县第四中学', T('111'), 'complete_middle', ['junior', 'senior'], 'town', 'ordinary', true, 1200],
  ['0059', '高桥镇新村小学', T('111'), 'complete_primary', ['primary'], 'rural', 'weak', false, 130, { shortage: ['music', 'pe'] }],
  // The forest farm's school.
  ['0060', '示范县林场学校', '439901400', 'incomplete_primary', ['primary'], 'rural', 'weak', false, 40, { shortage: ['english', 'music', 'art'] }],
];

export const DEMO_SCHOOLS: readonly DemoSchool[] = ROWS.map(([suffix, name, region, kind, stages, setting, tier, boarding, size, extra]) => ({
  code: `439901${suffix}`,
  name,
  region,
  kind,
  stages,
  setting,
  tier,
  boarding,
  size,
  ...extra,
}));

/** Students per teacher, by kind of school and setting (small rural schools need more teachers per pupil). */
export function pupilsPerTeacher(school: Pick<DemoSchool, 'kind' | 'setting'>): number {
  switch (school.kind) {
    case 'kindergarten':
      return 14;
    case 'special':
      return 4;
    case 'teaching_point':
      return 9;
    case 'senior_high':
    case 'complete_middle':
    case 'vocational':
      return 12.5;
    case 'junior_middle':
    case 'nine_year':
      return school.setting === 'urban' ? 13 : 10.5;
    default:
      return school.setting === 'urban' ? 18 : school.setting === 'town' ? 14 : 10;
  }
}

/** Where the demo users sit: the school whose coordinator sees teaching points, and the principal's school. */
export const DEMO_USER_SCHOOLS = { coordinator: '4399010019', principal: '4399010004', teacher: '4399010004' } as const;

/** Fictional neighbouring counties of 示范市 that some people's ID numbers come from. */
export const NEIGHBOUR_DIVISION_CODES = ['439902', '439903', '439904', '439905', '439906'];
