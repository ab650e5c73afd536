import type { Gender } from '../rules/vocab.js';
import type { Random } from './random.js';

/**
 * Realistic Chinese personal names for demo and benchmark data: surnames drawn by how common they
 * are (national frequencies in per-mille, with the surnames frequent in Hunan — 彭, 谭, 曾, 易,
 * 欧阳 — weighted up), given names of one or two characters from pools that depend on gender and
 * on when the person was born (建国 and 秀英 for the 1960s, 浩宇 and 欣怡 for today's pupils).
 * Characters with several readings (乐, 长, 朝, 行) are left out so pinyin search finds what one expects.
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71],
  ['李', 70],
  ['张', 67],
  ['刘', 60],
  ['陈', 52],
  ['杨', 32],
  ['黄', 25],
  ['赵', 22],
  ['吴', 21],
  ['周', 24],
  ['徐', 15],
  ['孙', 14],
  ['马', 13],
  ['朱', 13],
  ['胡', 15],
  ['郭', 11],
  ['何', 12],
  ['林', 10],
  ['高', 10],
  ['罗', 14],
  ['郑', 9],
  ['梁', 9],
  ['谢', 10],
  ['宋', 8],
  ['唐', 12],
  ['许', 7],
  ['韩', 7],
  ['冯', 7],
  ['邓', 10],
  ['曹', 7],
  ['彭', 12],
  ['曾', 11],
  ['肖', 9],
  ['田', 7],
  ['董', 6],
  ['袁', 6],
  ['潘', 6],
  ['于', 5],
  ['蒋', 7],
  ['蔡', 6],
  ['余', 6],
  ['杜', 5],
  ['叶', 5],
  ['程', 5],
  ['苏', 5],
  ['魏', 5],
  ['吕', 5],
  ['丁', 5],
  ['任', 4],
  ['沈', 4],
  ['姚', 4],
  ['卢', 4],
  ['姜', 4],
  ['崔', 4],
  ['钟', 4],
  ['谭', 9],
  ['陆', 4],
  ['汪', 4],
  ['范', 3],
  ['金', 3],
  ['石', 4],
  ['廖', 5],
  ['贾', 3],
  ['夏', 3],
  ['付', 3],
  ['方', 3],
  ['白', 3],
  ['邹', 4],
  ['孟', 3],
  ['熊', 4],
  ['秦', 2],
  ['邱', 2],
  ['江', 2],
  ['尹', 3],
  ['薛', 2],
  ['段', 2],
  ['雷', 3],
  ['侯', 2],
  ['龙', 3],
  ['史', 2],
  ['陶', 2],
  ['黎', 3],
  ['贺', 3],
  ['顾', 2],
  ['毛', 2],
  ['郝', 2],
  ['龚', 2],
  ['邵', 2],
  ['万', 2],
  ['钱', 2],
  ['严', 2],
  ['武', 1],
  ['戴', 2],
  ['莫', 1],
  ['孔', 1],
  ['向', 3],
  ['汤', 2],
  ['易', 4],
  ['欧阳', 1.5],
  ['上官', 0.1],
  ['司马', 0.1],
  ['诸葛', 0.05],
];

type Era = 'older' | 'middle' | 'young';

const GIVEN: Record<Gender, Record<Era, { chars: string; pairs: string[] }>> = {
  male: {
    older: {
      chars: '建国军华明志勇强伟平林斌刚辉文海新春德福荣清永忠兴成良生松峰波东光庆祥金山',
      pairs: ['建国', '建华', '国庆', '志强', '建军', '文华', '海波', '德明', '永红', '国平', '卫东', '新民', '春生', '志勇', '立新'],
    },
    middle: {
      chars: '涛磊鹏杰浩宇俊超飞斌凯亮健鑫博帅坤翔阳伟军勇刚明辉峰波晨宁',
      pairs: ['俊杰', '志鹏', '海涛', '文博', '晓东', '建波', '小龙', '家豪', '振宇', '明亮', '伟杰', '永胜'],
    },
    young: {
      chars: '子梓浩宇轩睿泽俊一博铭辰皓航逸晨宸奕霖瑞锦楷煜沐言安然诚昊天嘉宏彦烨熙',
      pairs: ['子轩', '浩宇', '梓轩', '宇轩', '浩然', '子涵', '俊熙', '一鸣', '梓睿', '博文', '天佑', '沐辰', '皓轩', '宇航', '睿泽', '奕辰'],
    },
  },
  female: {
    older: {
      chars: '红梅英华芳兰秀玉珍丽萍霞琴燕桂凤云莲艳敏琼娥菊',
      pairs: ['秀英', '桂英', '红梅', '玉兰', '秀兰', '丽华', '春燕', '桂兰', '凤英', '建英', '冬梅', '雪梅', '小红', '艳红'],
    },
    middle: {
      chars: '静娟婷丹倩琳雪慧莉颖洁晶佳蕾璐娜媛薇瑶敏芳丽霞燕',
      pairs: ['婷婷', '丹丹', '晓燕', '晓丽', '文静', '雪梅', '慧敏', '佳佳', '思思', '倩倩', '晓琳', '海燕'],
    },
    young: {
      chars: '欣怡梓涵诗雨紫萱思可馨一诺依悦语若彤琪晴妍芷梦佳嘉雅婉沐安菲瑾桐',
      pairs: ['欣怡', '梓涵', '一诺', '子涵', '雨桐', '诗涵', '可馨', '思彤', '语桐', '梦瑶', '紫萱', '若汐', '依诺', '欣妍', '雨萱', '芷若'],
    },
  },
};

function eraOf(birthYear: number): Era {
  return birthYear < 1980 ? 'older' : birthYear < 2000 ? 'middle' : 'young';
}

export function pickSurname(rng: Random): string {
  return rng.weighted(SURNAMES);
}

/**
 * A full name: surname plus a one-character given name (common among older people: 王伟, 李娜)
 * or a two-character one; the second character is never the first repeated by accident, while
 * deliberate doubles (婷婷) come from the pairs.
 */
export function personName(rng: Random, gender: Gender, birthYear: number): string {
  const [surname, given] = personNameParts(rng, gender, birthYear);
  return surname + given;
}

/** The same name as its surname and given name, so pinyin keys can be cached per part. */
export function personNameParts(rng: Random, gender: Gender, birthYear: number): [surname: string, given: string] {
  const surname = pickSurname(rng);
  const era = eraOf(birthYear);
  const pool = GIVEN[gender][era];
  const chars = CHARS[gender][era];
  const single = era === 'older' ? 0.3 : era === 'middle' ? 0.2 : 0.08;
  if (rng.chance(single)) return [surname, rng.pick(chars)];
  if (rng.chance(0.3)) return [surname, rng.pick(pool.pairs)];
  const first = rng.pick(chars);
  let second = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return [surname, first + second];
}

const CHARS = Object.fromEntries(
  (Object.entries(GIVEN) as [Gender, Record<Era, { chars: string }>][]).map(([g, eras]) => [
    g,
    Object.fromEntries(Object.entries(eras).map(([e, p]) => [e, [...p.chars]])),
  ]),
) as Record<Gender, Record<Era, string[]>>;
