import type { Readable } from 'node:stream';

/** What a stored object is once written. */
export interface StoredObject {
  size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
}

/**
 * Where uploaded bytes live (ARCHITECTURE §4). The default keeps them in a local folder
 * (`FILES_DIR`); a multi-instance deployment points that folder at shared storage or provides
 * another implementation under `FILE_STORAGE`. Keys are relative, `/`-separated and never
 * contain `..`.
 */
export interface FileStorage {
  /** Writes the stream under the key; the object appears whole or not at all. */
  put(key: string, content: Readable): Promise<StoredObject>;
  /** The object's bytes; rejects when it does not exist. */
  get(key: string): Promise<Readable>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Nest injection token of the process's FileStorage. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Throws unless the key is a safe relative path: `a/b/c`, segments of letters, digits, `._-`, no `..`. */
export function assertStorageKey(key: string): void {
  const segments = key.split('/');
  if (key.length === 0 || key.length > 200 || segments.some((s) => !SEGMENT.test(s) || s.includes('..'))) {
    throw new Error(`invalid storage key ${JSON.stringify(key)}`);
  }
}

/** The storage key of a file id: sharded by the id's last (random) hex digits, `3f/a2/<id>`. */
export function storageKeyFor(id: string): string {
  const hex = id.replace(/-/g, '').toLowerCase();
  return `${hex.slice(-2)}/${hex.slice(-4, -2)}/${id}`;
}
