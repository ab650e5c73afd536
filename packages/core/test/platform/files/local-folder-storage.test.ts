import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFolderStorage } from '../../../src/platform/files/local-folder-storage.js';

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('LocalFolderStorage', () => {
  let root: string;
  let storage: LocalFolderStorage;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'sb-storage-'));
    storage = new LocalFolderStorage(root);
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('puts, reads, checks and deletes an object, reporting its size and SHA-256', async () => {
    const content = Buffer.from('第一部分\n'.repeat(1000));
    const put = await storage.put('ab/cd/file-1', Readable.from([content.subarray(0, 100), content.subarray(100)]));
    expect(put).toEqual({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    expect(await storage.exists('ab/cd/file-1')).toBe(true);
    expect(await read(await storage.get('ab/cd/file-1'))).toEqual(content);
    expect(await fs.readdir(path.join(root, 'ab', 'cd'))).toEqual(['file-1']);
    await storage.delete('ab/cd/file-1');
    expect(await storage.exists('ab/cd/file-1')).toBe(false);
    await storage.delete('ab/cd/file-1');
    await expect(storage.get('ab/cd/file-1')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('leaves nothing behind when the incoming stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(storage.put('ab/cd/file-2', failing)).rejects.toThrow('connection reset');
    expect(await storage.exists('ab/cd/file-2')).toBe(false);
    expect(await fs.readdir(path.join(root, 'ab', 'cd'))).toEqual([]);
  });

  it('refuses keys that would leave its folder', async () => {
    await expect(storage.put('../escape', Readable.from([Buffer.from('x')]))).rejects.toThrow(/invalid storage key/);
    await expect(storage.get('a/../../b')).rejects.toThrow(/invalid storage key/);
    await expect(storage.exists('/etc/passwd')).rejects.toThrow(/invalid storage key/);
    expect(await fs.readdir(path.dirname(root))).not.toContain('escape');
  });
});
