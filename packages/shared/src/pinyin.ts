/**
 * Pinyin keys of a Chinese name, stored beside it so the server can search by pinyin or
 * initials (`zs` finds 张三) and sort lists by pinyin with an index. The first character is
 * read as a surname (曾 zeng, 单 shan).
 */
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Lower-case syllables without tones or spaces: 'zhangsan'. */
  full: string;
  /** First letter of each syllable: 'zs'. Latin letters and digits are kept as they are. */
  initials: string;
}

export function pinyinKeys(name: string): PinyinKeys {
  const syllables = pinyin(name.trim(), { toneType: 'none', type: 'array', v: true, surname: 'head', nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** A search box's text as the keys compare it: lower case, no spaces or separators. */
export function normalizePinyinQuery(query: string): string {
  return query.toLowerCase().replace(/[\s'’·\-_.]/g, '');
}

/** Whether the text is something pinyin keys can match (Latin letters only). */
export function isPinyinQuery(query: string): boolean {
  return /^[a-z]+$/.test(normalizePinyinQuery(query));
}
