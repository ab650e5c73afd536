/**
 * The inspection form's draft kept on the device (UI.md "Phones": a draft stays on the phone until
 * submitted). One draft per inspection and user in localStorage, with the time it was saved by the
 * server's clock, so a kitchen without signal loses nothing and a reload brings the answers back.
 * The draft is cleared when the inspection is submitted. Storage failures (private mode, quota)
 * never break the form: saving answers false, loading answers null.
 */
import { serverNow } from '@schoolbridge/ui';

/** Every key starts with this; the rest is `<userId>.<inspectionId>`. */
export const DRAFT_KEY_PREFIX = 'sb.foodSafety.inspectionDraft.';
/** The shape of the stored value; bumped when the form's data changes shape (older drafts are dropped). */
export const DRAFT_FORMAT = 1;

export interface StoredDraft<T> {
  format: number;
  inspectionId: string;
  userId: string;
  /** When it was saved (ISO instant, server clock). */
  savedAt: string;
  /** The server's version of the inspection the draft was made from (its row version). */
  baseVersion: number;
  data: T;
}

export function draftKey(inspectionId: string, userId: string): string {
  return `${DRAFT_KEY_PREFIX}${userId}.${inspectionId}`;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isStoredDraft(value: unknown): value is StoredDraft<unknown> {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === DRAFT_FORMAT &&
    typeof v.inspectionId === 'string' &&
    typeof v.userId === 'string' &&
    typeof v.savedAt === 'string' &&
    !Number.isNaN(Date.parse(v.savedAt)) &&
    typeof v.baseVersion === 'number' &&
    'data' in v
  );
}

/** Saves (replaces) the draft; answers the stored draft, or null when the device refused to store it. */
export function saveDraft<T>(inspectionId: string, userId: string, data: T, baseVersion: number, now: number = serverNow()): StoredDraft<T> | null {
  const store = storage();
  if (!store) return null;
  const draft: StoredDraft<T> = { format: DRAFT_FORMAT, inspectionId, userId, savedAt: new Date(now).toISOString(), baseVersion, data };
  try {
    store.setItem(draftKey(inspectionId, userId), JSON.stringify(draft));
    return draft;
  } catch {
    return null;
  }
}

/** The stored draft of this inspection and user; null when none (a damaged or outdated one is removed). */
export function loadDraft<T>(inspectionId: string, userId: string): StoredDraft<T> | null {
  const store = storage();
  if (!store) return null;
  const key = draftKey(inspectionId, userId);
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isStoredDraft(parsed) && parsed.inspectionId === inspectionId && parsed.userId === userId) return parsed as StoredDraft<T>;
  } catch {
    // fall through: not JSON
  }
  try {
    store.removeItem(key);
  } catch {
    // nothing more to do
  }
  return null;
}

/** Removes the draft (after a successful submit, or when the user discards it). */
export function clearDraft(inspectionId: string, userId: string): void {
  try {
    storage()?.removeItem(draftKey(inspectionId, userId));
  } catch {
    // storage unavailable: nothing stored either
  }
}

/** The user's drafts on this device, newest first (for 我的草稿 on the inspector's home). */
export function listDrafts<T = unknown>(userId: string): StoredDraft<T>[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${DRAFT_KEY_PREFIX}${userId}.`;
  const ids: string[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
    }
  } catch {
    return [];
  }
  return ids
    .map((id) => loadDraft<T>(id, userId))
    .filter((d): d is StoredDraft<T> => d !== null)
    .sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

/**
 * Whether the device's draft should be offered over what the server has: it was made from the
 * server's current version (nobody saved the inspection since, here or on another device) and it
 * holds changes the server does not have. A draft made from an older version is stale: the server's
 * copy is newer (say the inspector went on with a tablet), so it is not offered.
 */
export function isNewerThanServer<T>(draft: Pick<StoredDraft<T>, 'baseVersion' | 'data'> | null, server: { version: number; data: T }): boolean {
  if (!draft) return false;
  if (draft.baseVersion < server.version) return false;
  return !sameData(draft.data, server.data);
}

/** Deep equality of JSON data (key order ignored). */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (x && typeof x === 'object') {
    return Object.fromEntries(
      Object.keys(x)
        .sort()
        .map((k) => [k, canonical((x as Record<string, unknown>)[k])]),
    );
  }
  return x;
}
