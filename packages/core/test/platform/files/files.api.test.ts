import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'superagent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '../../../src/platform/db/migrate.js';
import { AuditEntry } from '../../../src/platform/audit/audit-entry.entity.js';
import { StoredFile } from '../../../src/platform/files/stored-file.entity.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n'.repeat(20)), Buffer.from('%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), Buffer.alloc(120, 0)]);
const CHINESE_NAME = '2026年 秋季送教下乡 工作总结.pdf';

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Collects a binary response body as a Buffer. */
function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

describe('files: upload and download', () => {
  let app: TestApp;
  let filesDir: string;
  let teacher: TestClient;

  beforeAll(async () => {
    filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sb-files-'));
    app = await createTestApp({ config: { filesDir } });
    teacher = await app.signInAs(['teacher']);
  });
  afterAll(async () => {
    await app?.close();
    await fs.rm(filesDir, { recursive: true, force: true });
  });

  it('leaves no schema drift for platform_file', async () => {
    const pending = await pendingSchemaChanges(app.dataSource);
    expect(pending.filter((q) => q.includes('platform_file'))).toEqual([]);
  });

  it('round-trips a file with a Chinese name, stored under FILES_DIR, and audits the upload', async () => {
    const up = await teacher.post('/api/files').attach('file', PDF, { filename: CHINESE_NAME, contentType: 'application/pdf' }).expect(201);
    expect(up.body).toMatchObject({ originalName: CHINESE_NAME, mediaType: 'application/pdf', size: PDF.length, sha256: sha256(PDF), uploadedBy: teacher.user.id, scopePath: null });
    expect(up.body.contentUrl).toBe(`/api/files/${up.body.id}/content`);

    const meta = await teacher.get(`/api/files/${up.body.id}`).expect(200);
    expect(meta.body).toEqual(up.body);

    const down = await teacher.get(`/api/files/${up.body.id}/content`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(down.body as Buffer, PDF)).toBe(0);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-length']).toBe(String(PDF.length));
    expect(down.headers['content-disposition']).toBe(`attachment; filename="2026_ _ _.pdf"; filename*=UTF-8''${encodeURIComponent(CHINESE_NAME)}`);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-security-policy']).toContain('sandbox');

    // The bytes live under FILES_DIR, sharded by id, and nowhere else under it.
    const row = await app.dataSource.manager.findOneByOrFail(StoredFile, { id: up.body.id });
    expect(row.storageKey).toMatch(new RegExp(`^[0-9a-f]{2}/[0-9a-f]{2}/${up.body.id}$`));
    expect(await filesUnder(filesDir)).toContain(row.storageKey.split('/').join(path.sep));
    expect(await fs.readFile(path.join(filesDir, ...row.storageKey.split('/')))).toEqual(PDF);

    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'platform.file.upload', entityId: up.body.id });
    expect(audit.actorId).toBe(teacher.user.id);
    expect(audit.after).toMatchObject({ originalName: CHINESE_NAME, sha256: sha256(PDF), size: PDF.length });
  });

  it('keeps the stored media type for text (never text/html) and downloads it as an attachment', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const up = await teacher.post('/api/files').attach('file', html, { filename: 'notes.txt', contentType: 'text/html' }).expect(201);
    expect(up.body.mediaType).toBe('text/plain');
    const down = await teacher.get(`/api/files/${up.body.id}/content`).buffer(true).parse(binary).expect(200);
    expect(down.headers['content-type']).toBe('text/plain');
    expect(down.headers['content-disposition']).toMatch(/^attachment; filename="notes\.txt"/);
  });

  it('refuses HTML, SVG, scripts and executables, also when renamed', async () => {
    const cases: [Buffer, string][] = [
      [Buffer.from('<!doctype html><p>hi</p>'), '通知.html'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg'],
      [Buffer.from('alert(1)'), 'app.js'],
      [EXE, 'setup.exe'],
      [EXE, '报名表.pdf'],
      [EXE, 'list.txt'],
      [PNG, 'photo.jpg'],
      [PDF, 'no-extension'],
    ];
    for (const [content, filename] of cases) {
      const res = await teacher.post('/api/files').attach('file', content, { filename, contentType: 'application/pdf' }).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors, filename).toEqual([expect.objectContaining({ field: 'file', code: 'files.typeNotAllowed' })]);
      expect(res.body.errors[0].message).toContain('pdf');
    }
    expect(await app.dataSource.manager.countBy(StoredFile, { originalName: '报名表.pdf' })).toBe(0);
  });

  it('accepts each allowed kind whose bytes match', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 1)]);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(40, 0)]);
    const cases: [Buffer, string, string][] = [
      [PNG, '照片.PNG', 'image/png'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 3)]), 'a.jpeg', 'image/jpeg'],
      [zip, '名单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [ole, '旧表.xls', 'application/vnd.ms-excel'],
      [Buffer.from('姓名,学校\n张三,一中\n'), '名单.csv', 'text/csv'],
    ];
    for (const [content, filename, mediaType] of cases) {
      const res = await teacher.post('/api/files').attach('file', content, { filename, contentType: 'application/octet-stream' }).expect(201);
      expect(res.body.mediaType, filename).toBe(mediaType);
    }
  });

  it('refuses an empty file and a request without a file', async () => {
    const empty = await teacher.post('/api/files').attach('file', Buffer.alloc(0), { filename: 'empty.pdf', contentType: 'application/pdf' }).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'files.empty' })]);
    const none = await teacher.post('/api/files').send({ file: 'x' }).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'files.required' })]);
    const wrongField = await teacher.post('/api/files').attach('document', PDF, { filename: 'a.pdf' }).expect(400);
    expect(wrongField.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'files.required' })]);
  });

  it('shows a file to its uploader, to readers whose scope covers it and to administrators; 404 to anyone else', async () => {
    const county = await app.createRegion({ code: '439901' });
    const otherCounty = await app.createRegion({ code: '439902' });
    const school = await app.createOrganisation({ region: county });
    const uploader = await app.signInAs([{ role: 'school_coordinator', organisationId: school.id }]);
    const up = await uploader.post(`/api/files?organisationId=${school.id}`).attach('file', PDF, { filename: '材料.pdf' }).expect(201);
    expect(up.body.scopePath).toBe(school.path);
    const own = await uploader.post('/api/files').attach('file', PDF, { filename: '草稿.pdf' }).expect(201);

    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    const otherOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: otherCounty.id }]);
    const admin = await app.signInAs(['admin']);

    await officer.get(`/api/files/${up.body.id}`).expect(200);
    await officer.get(`/api/files/${up.body.id}/content`).expect(200);
    await admin.get(`/api/files/${own.body.id}/content`).expect(200);
    for (const [client, id] of [
      [teacher, up.body.id],
      [otherOfficer, up.body.id],
      [officer, own.body.id],
    ] as const) {
      const meta = await client.get(`/api/files/${id}`).expect(404);
      expect(meta.body.code).toBe('notFound');
      await client.get(`/api/files/${id}/content`).expect(404);
    }
    await app.request().get(`/api/files/${up.body.id}/content`).expect(401);
    await admin.get('/api/files/not-a-uuid').expect(400);
  });

  it('refuses a scope outside the uploader’s own, and needs the upload permission', async () => {
    const county = await app.createRegion({ code: '439903' });
    const school = await app.createOrganisation({ region: county });
    const res = await teacher.post(`/api/files?organisationId=${school.id}`).attach('file', PDF, { filename: 'a.pdf' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'organisationId', code: 'access.scope.unknownOrganisation' })]);
    const donor = await app.signInAs(['donor']);
    const forbidden = await donor.post('/api/files').attach('file', PDF, { filename: 'a.pdf' }).expect(403);
    expect(forbidden.body.code).toBe('auth.forbidden');
    const unknownQuery = await teacher.post('/api/files?folder=x').attach('file', PDF, { filename: 'a.pdf' }).expect(400);
    expect(unknownQuery.body.errors).toEqual([expect.objectContaining({ field: 'folder', code: 'validation.unknownField' })]);
  });

  it('accepts a file larger than the JSON body limit under the default size limit', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const res = await teacher.post('/api/files').attach('file', big, { filename: 'scan.pdf' }).expect(201);
    expect(res.body.size).toBe(big.length);
    expect(res.body.sha256).toBe(sha256(big));
  });
});

describe('files: size limit', () => {
  let app: TestApp;
  let filesDir: string;

  beforeAll(async () => {
    filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sb-files-limit-'));
    app = await createTestApp({ config: { filesDir, files: { maxBytes: 1024 } } });
  });
  afterAll(async () => {
    await app?.close();
    await fs.rm(filesDir, { recursive: true, force: true });
  });

  it('refuses a file over the limit with the limit in the message (zh-CN and en), keeping nothing', async () => {
    const client = await app.signInAs(['teacher']);
    const tooBig = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5000, 0x20)]);
    const zh = await client.post('/api/files').attach('file', tooBig, { filename: '大文件.pdf' }).expect(413);
    expect(zh.body.code).toBe('files.tooLarge');
    expect(zh.body.detail).toBe('文件太大，不能超过 1 KB');
    expect(zh.body.errors).toEqual([{ field: 'file', code: 'files.tooLarge', message: '文件太大，不能超过 1 KB' }]);
    await client.patch('/api/auth/me', { locale: 'en' }).expect(200);
    const en = await client.post('/api/files').attach('file', tooBig, { filename: 'big.pdf' }).expect(413);
    expect(en.body.detail).toBe('The file is too large; the limit is 1 KB');

    expect(await app.dataSource.manager.count(StoredFile)).toBe(0);
    expect(await filesUnder(filesDir)).toEqual([]);

    const exact = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 - 9, 0x20)]);
    await client.post('/api/files').attach('file', exact, { filename: 'fits.pdf' }).expect(201);
  });
});
