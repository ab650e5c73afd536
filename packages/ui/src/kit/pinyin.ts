/**
 * Pinyin-aware matching and sorting for Chinese names (UI.md): a name is found by its
 * characters, its full pinyin (with or without spaces, any case) or its initials (`zs` finds
 * 张三), and lists sort by pinyin. pinyin-pro reads heteronyms from context (长沙 cháng,
 * 重庆 chóng); names are read both as ordinary words and with surname readings (曾 zēng,
 * 单 shàn), and either reading matches.
 */
import { pinyin } from 'pinyin-pro';

const CACHE_LIMIT = 5000;
const readingsCache = new Map<string, string[][]>();
const sortKeyCache = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** Lower-case, and drop spaces, apostrophes and the separators people type between syllables. */
export function normalizeQuery(query: string): string {
  return query.toLowerCase().replace(/[\s'’·\-_.]/g, '');
}

/** The name's syllables, once as ordinary text and once with its first character read as a surname. */
function readings(name: string): string[][] {
  const cached = readingsCache.get(name);
  if (cached) return cached;
  const plain = pinyin(name, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
  const surname = pinyin(name, { toneType: 'none', type: 'array', v: true, surname: 'head' }).map((s) => s.toLowerCase());
  const out = plain.join(' ') === surname.join(' ') ? [plain] : [plain, surname];
  return remember(readingsCache, name, out);
}

/**
 * Whether `query` (already normalised) can be spelled by consecutive syllables from `start`,
 * each contributing a non-empty prefix of itself: `zs`, `zhangs`, `zhsan`, `zhangsan` all
 * spell 张三; starting at any syllable, so `san` finds 张三 too.
 */
function spells(syllables: string[], query: string): boolean {
  const n = syllables.length;
  const memo = new Map<number, boolean>();
  const from = (i: number, j: number): boolean => {
    if (j === query.length) return true;
    if (i === n) return false;
    const key = i * (query.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const syl = syllables[i]!;
    let ok = false;
    for (let k = Math.min(syl.length, query.length - j); k >= 1 && !ok; k--) {
      if (query.startsWith(syl.slice(0, k), j)) ok = from(i + 1, j + k);
    }
    memo.set(key, ok);
    return ok;
  };
  for (let start = 0; start < n; start++) if (from(start, 0)) return true;
  return false;
}

/**
 * Whether a name matches what the user typed: by its characters (`张`), its full pinyin
 * (`zhangsan`, `Zhang San`), its initials (`zs`) or a mix (`zhangs`). An empty query matches
 * everything.
 */
export function matchesPinyin(name: string | null | undefined, query: string | null | undefined): boolean {
  if (!query || !query.trim()) return true;
  if (!name) return false;
  const q = query.trim().toLowerCase();
  if (name.toLowerCase().includes(q)) return true;
  const compact = normalizeQuery(q);
  if (!compact) return true;
  if (name.toLowerCase().replace(/\s/g, '').includes(compact)) return true;
  // only letters and digits can spell syllables; a query with other characters matched above or not at all
  if (!/^[a-z0-9ü]+$/.test(compact)) return false;
  return readings(name).some((syllables) => spells(syllables, compact));
}

/**
 * A key that sorts names character by character by pinyin, then tone (黎 lí before 李 lǐ), then
 * by the characters themselves. Latin letters sort case-insensitively among the syllables.
 */
export function pinyinSortKey(name: string | null | undefined): string {
  if (!name) return '';
  const cached = sortKeyCache.get(name);
  if (cached !== undefined) return cached;
  const syllables = pinyin(name, { toneType: 'num', type: 'array', v: true, surname: 'head' }).map((s) => s.toLowerCase());
  // \u0001 between syllables and \u0000 before the name: 李 sorts before 李四, which sorts before 力
  return remember(sortKeyCache, name, `${syllables.join('\u0001')}\u0000${name}`);
}

/** Compares two names by pinyin (for Array.prototype.sort and antd column sorters). */
export function comparePinyin(a: string | null | undefined, b: string | null | undefined): number {
  const ka = pinyinSortKey(a);
  const kb = pinyinSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A comparator for rows by a name in them: `rows.sort(byPinyin((r) => r.name))`. */
export function byPinyin<T>(name: (row: T) => string | null | undefined): (a: T, b: T) => number {
  return (a, b) => comparePinyin(name(a), name(b));
}

/** An antd Select / AutoComplete `filterOption` that matches the option's label by pinyin. */
export function pinyinFilterOption(input: string, option?: { label?: unknown; value?: unknown }): boolean {
  const label = typeof option?.label === 'string' ? option.label : typeof option?.value === 'string' ? option.value : '';
  return matchesPinyin(label, input);
}
