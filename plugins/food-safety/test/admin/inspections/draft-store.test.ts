import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, DRAFT_FORMAT, draftKey, isNewerThanServer, listDrafts, loadDraft, saveDraft } from '../../../src/admin/inspections/draft/draft-store';

const INSPECTION = '01900000-0000-7000-8000-00000000f001';
const OTHER = '01900000-0000-7000-8000-00000000f002';
const USER = '01900000-0000-7000-8000-000000000001';
const USER2 = '01900000-0000-7000-8000-000000000002';
const at = (iso: string) => Date.parse(iso);

afterEach(() => vi.restoreAllMocks());

describe('the inspection draft kept on the device', () => {
  it('saves under the inspection and user with the time, and loads it back after a reload', () => {
    const saved = saveDraft(INSPECTION, USER, { answers: { A1: 'compliant' } }, 3, at('2026-04-08T02:15:00.000Z'));
    expect(saved).toEqual({
      format: DRAFT_FORMAT,
      inspectionId: INSPECTION,
      userId: USER,
      savedAt: '2026-04-08T02:15:00.000Z',
      baseVersion: 3,
      data: { answers: { A1: 'compliant' } },
    });
    // what a reload sees is what is in localStorage, not what is in memory
    const raw = localStorage.getItem(draftKey(INSPECTION, USER));
    expect(raw).not.toBeNull();
    expect(JSON.parse(raw!).savedAt).toBe('2026-04-08T02:15:00.000Z');
    expect(loadDraft(INSPECTION, USER)).toEqual(saved);
  });

  it('keeps drafts of different inspections and users apart', () => {
    saveDraft(INSPECTION, USER, { n: 1 }, 1, at('2026-04-08T02:00:00Z'));
    saveDraft(OTHER, USER, { n: 2 }, 1, at('2026-04-08T03:00:00Z'));
    saveDraft(INSPECTION, USER2, { n: 3 }, 1, at('2026-04-08T04:00:00Z'));
    expect(loadDraft<{ n: number }>(INSPECTION, USER)!.data.n).toBe(1);
    expect(loadDraft<{ n: number }>(OTHER, USER)!.data.n).toBe(2);
    expect(loadDraft<{ n: number }>(INSPECTION, USER2)!.data.n).toBe(3);
    // newest first, only this user's
    expect(listDrafts(USER).map((d) => d.inspectionId)).toEqual([OTHER, INSPECTION]);
    expect(listDrafts(USER2).map((d) => d.inspectionId)).toEqual([INSPECTION]);
  });

  it('replaces the draft on every save and clears it (after a submit)', () => {
    saveDraft(INSPECTION, USER, { n: 1 }, 1, at('2026-04-08T02:00:00Z'));
    saveDraft(INSPECTION, USER, { n: 2 }, 1, at('2026-04-08T02:05:00Z'));
    expect(loadDraft<{ n: number }>(INSPECTION, USER)).toMatchObject({ savedAt: '2026-04-08T02:05:00.000Z', data: { n: 2 } });
    clearDraft(INSPECTION, USER);
    expect(loadDraft(INSPECTION, USER)).toBeNull();
    expect(localStorage.getItem(draftKey(INSPECTION, USER))).toBeNull();
    expect(listDrafts(USER)).toEqual([]);
  });

  it('drops a damaged or outdated draft instead of failing', () => {
    localStorage.setItem(draftKey(INSPECTION, USER), '{not json');
    expect(loadDraft(INSPECTION, USER)).toBeNull();
    expect(localStorage.getItem(draftKey(INSPECTION, USER))).toBeNull();
    localStorage.setItem(
      draftKey(OTHER, USER),
      JSON.stringify({ format: DRAFT_FORMAT + 1, inspectionId: OTHER, userId: USER, savedAt: '2026-04-08T02:00:00Z', baseVersion: 1, data: {} }),
    );
    expect(loadDraft(OTHER, USER)).toBeNull();
    // a draft stored under the wrong key (copied between users) is not someone else's draft
    localStorage.setItem(
      draftKey(INSPECTION, USER2),
      JSON.stringify({ format: DRAFT_FORMAT, inspectionId: INSPECTION, userId: USER, savedAt: '2026-04-08T02:00:00Z', baseVersion: 1, data: {} }),
    );
    expect(loadDraft(INSPECTION, USER2)).toBeNull();
  });

  it('answers null when the device refuses to store (full or private mode)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveDraft(INSPECTION, USER, { n: 1 }, 1)).toBeNull();
    expect(loadDraft(INSPECTION, USER)).toBeNull();
  });

  it('offers a device draft only when it holds changes made on the server’s current version', () => {
    const server: { version: number; data: { answers: Record<string, string>; notes: string } } = {
      version: 4,
      data: { answers: { A1: 'compliant' }, notes: '' },
    };
    // made from the current version, with an answer the server does not have: offered
    expect(isNewerThanServer({ baseVersion: 4, data: { notes: '', answers: { A1: 'compliant', A2: 'nonCompliant' } } }, server)).toBe(true);
    // the same as the server's (key order aside): nothing to restore
    expect(isNewerThanServer({ baseVersion: 4, data: { notes: '', answers: { A1: 'compliant' } } }, server)).toBe(false);
    // made from an older version: the server's copy is newer
    expect(isNewerThanServer({ baseVersion: 3, data: { answers: { A1: 'nonCompliant' }, notes: '' } }, server)).toBe(false);
    expect(isNewerThanServer(null, server)).toBe(false);
  });
});
