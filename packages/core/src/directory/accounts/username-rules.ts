import type { UsernameRule } from '../teachers/dto/teacher.dto.js';

export interface AccountCandidate {
  name: string;
  namePinyin: string;
  nameInitials: string;
  idNumber: string;
  mobile: string | null;
}

/** Why a teacher gets no account from a rule (the .xlsx lists them). */
export type SkipReason = 'hasAccount' | 'noMobile' | 'usernameTaken' | 'noPinyin';

/**
 * The username a rule gives (pure): `pinyin` → full pinyin (zhangsan), `mobile` → the mobile number,
 * `idSuffix` → initials + the last 6 characters of the ID number (zs12345x). Usernames are lower
 * case [a-z0-9._-], 3–32 characters.
 */
export function baseUsername(rule: UsernameRule, t: AccountCandidate): { username: string } | { skip: SkipReason } {
  switch (rule) {
    case 'pinyin': {
      const base = t.namePinyin.replace(/[^a-z0-9]/g, '').slice(0, 28);
      if (base.length === 0) return { skip: 'noPinyin' };
      return { username: base.length < 3 ? `${base}${'0'.repeat(3 - base.length)}` : base };
    }
    case 'mobile':
      return t.mobile ? { username: t.mobile } : { skip: 'noMobile' };
    case 'idSuffix': {
      const initials = t.nameInitials.replace(/[^a-z0-9]/g, '').slice(0, 20) || 't';
      return { username: `${initials}${t.idNumber.slice(-6).toLowerCase()}` };
    }
  }
}

/**
 * A free username from a base: the base itself, else base2, base3, … for the pinyin rule (two
 * 张伟 are common); the other rules name one person, so a clash is a skip.
 */
export function freeUsername(rule: UsernameRule, base: string, taken: ReadonlySet<string>): string | null {
  if (!taken.has(base)) return base;
  if (rule !== 'pinyin') return null;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
  return null;
}
