/**
 * The form's data with its device draft: every change is written to the phone at once, with the
 * time and the server version it was made from; a draft on the device with changes the server's
 * current copy lacks is offered to restore or discard.
 */
import { useCallback, useRef, useState } from 'react';
import { clearDraft, isNewerThanServer, loadDraft, saveDraft, type StoredDraft } from './draft-store';

export interface DeviceDraft<T> {
  data: T;
  update: (next: T | ((prev: T) => T)) => void;
  /** When the device last stored the data; null before the first change (or when it could not). */
  savedAt: string | null;
  /** The device could not store the last change (full, private mode). */
  storeFailed: boolean;
  /** A device draft with changes the server lacks, not yet restored or discarded. */
  offered: StoredDraft<T> | null;
  restore: () => void;
  discard: () => void;
  /** After saving to the server: later drafts are made from this version. */
  rebase: (version: number) => void;
  /** After a successful submit. */
  clear: () => void;
  /** Whether anything was changed on this page since it opened. */
  dirty: boolean;
}

export function useDeviceDraft<T>(inspectionId: string, userId: string, serverData: T, serverVersion: number): DeviceDraft<T> {
  const [data, setData] = useState<T>(serverData);
  const current = useRef<T>(serverData);
  const base = useRef<number>(serverVersion);
  const [offered, setOffered] = useState<StoredDraft<T> | null>(() => {
    const local = loadDraft<T>(inspectionId, userId);
    if (!local) return null;
    if (isNewerThanServer(local, { version: serverVersion, data: serverData })) return local;
    // stale (the server's copy is newer) or nothing new: not kept
    clearDraft(inspectionId, userId);
    return null;
  });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [storeFailed, setStoreFailed] = useState(false);
  const [dirty, setDirty] = useState(false);

  const store = useCallback(
    (value: T) => {
      const stored = saveDraft(inspectionId, userId, value, base.current);
      setSavedAt(stored?.savedAt ?? null);
      setStoreFailed(stored === null);
    },
    [inspectionId, userId],
  );

  const update = useCallback(
    (next: T | ((prev: T) => T)) => {
      const value = typeof next === 'function' ? (next as (p: T) => T)(current.current) : next;
      current.current = value;
      setData(value);
      store(value);
      setDirty(true);
      // a change made while a device draft is offered means the user went on with the server's copy
      setOffered(null);
    },
    [store],
  );

  const restore = useCallback(() => {
    if (!offered) return;
    current.current = offered.data;
    setData(offered.data);
    store(offered.data);
    setDirty(true);
    setOffered(null);
  }, [offered, store]);

  const discard = useCallback(() => {
    clearDraft(inspectionId, userId);
    setOffered(null);
  }, [inspectionId, userId]);

  const rebase = useCallback(
    (version: number) => {
      base.current = version;
      store(current.current);
    },
    [store],
  );

  const clear = useCallback(() => {
    clearDraft(inspectionId, userId);
    setSavedAt(null);
    setDirty(false);
  }, [inspectionId, userId]);

  return { data, update, savedAt, storeFailed, offered, restore, discard, rebase, clear, dirty };
}
