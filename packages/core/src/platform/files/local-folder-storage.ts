import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStorage, type StoredObject } from './file-storage.js';

/**
 * Files in a local folder (`FILES_DIR`). A write goes to a temporary name beside the final one and
 * is renamed into place when complete, so readers never see half a file.
 */
export class LocalFolderStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The absolute path of a key, checked to stay inside the root. */
  pathOf(key: string): string {
    assertStorageKey(key);
    const full = path.resolve(this.root, ...key.split('/'));
    if (!full.startsWith(this.root + path.sep)) throw new Error(`storage key escapes the root: ${JSON.stringify(key)}`);
    return full;
  }

  async put(key: string, content: Readable): Promise<StoredObject> {
    const final = this.pathOf(key);
    await fs.mkdir(path.dirname(final), { recursive: true });
    const temp = path.join(path.dirname(final), `.${path.basename(final)}.${randomBytes(6).toString('hex')}.tmp`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(content, measure, createWriteStream(temp, { flags: 'wx', mode: 0o640 }));
      await fs.rename(temp, final);
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    // Opened before it is returned, so a missing file fails here and not halfway through a response.
    const handle = await fs.open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(key))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }
}
