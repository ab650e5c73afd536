import { describe, expect, it } from 'vitest';
import { assertStorageKey, storageKeyFor } from '../../../src/platform/files/file-storage.js';
import { ALLOWED_FILE_TYPES, extensionOf, fileTypeByName, matchesSignature } from '../../../src/platform/files/rules/file-types.js';
import { asciiFallbackName, attachmentDisposition, cleanFileName, formatBytes } from '../../../src/platform/files/rules/names.js';

const bytes = (...b: number[]) => Buffer.from(b);

describe('file types', () => {
  it('allows only the listed extensions, case-insensitively', () => {
    expect(fileTypeByName('照片.JPG')?.mediaType).toBe('image/jpeg');
    expect(fileTypeByName('a.b.docx')?.extension).toBe('docx');
    for (const name of ['x.html', 'x.htm', 'x.svg', 'x.js', 'x.mjs', 'x.exe', 'x.bat', 'x.sh', 'x.xhtml', 'x', '.pdf', 'x.pdf.exe']) {
      expect(fileTypeByName(name), name).toBeNull();
    }
    expect(extensionOf('C:\\fakepath\\报告.PDF')).toBe('pdf');
    expect(ALLOWED_FILE_TYPES.every((t) => !/html|svg|javascript/.test(t.mediaType))).toBe(true);
  });

  it('checks the magic bytes of each format', () => {
    const t = (ext: string) => fileTypeByName(`x.${ext}`)!;
    expect(matchesSignature(t('jpg'), bytes(0xff, 0xd8, 0xff, 0xe1))).toBe(true);
    expect(matchesSignature(t('png'), bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe(true);
    expect(matchesSignature(t('png'), bytes(0x89, 0x50, 0x4e, 0x47))).toBe(false);
    expect(matchesSignature(t('webp'), Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(true);
    expect(matchesSignature(t('webp'), Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBe(false);
    expect(matchesSignature(t('heic'), Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'))).toBe(true);
    expect(matchesSignature(t('heic'), Buffer.from('\x00\x00\x00\x18ftypisom\x00\x00\x00\x00', 'latin1'))).toBe(false);
    expect(matchesSignature(t('pdf'), Buffer.from('%PDF-1.7'))).toBe(true);
    expect(matchesSignature(t('pdf'), Buffer.from('MZ\x90\x00', 'latin1'))).toBe(false);
    expect(matchesSignature(t('doc'), bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe(true);
    expect(matchesSignature(t('docx'), bytes(0x50, 0x4b, 0x03, 0x04))).toBe(true);
    expect(matchesSignature(t('docx'), bytes(0x50, 0x4b, 0x05, 0x06))).toBe(false);
    expect(matchesSignature(t('zip'), bytes(0x50, 0x4b, 0x05, 0x06))).toBe(true);
  });

  it('takes text without NUL bytes (or UTF-16 with a byte-order mark) as text, and nothing binary', () => {
    const csv = fileTypeByName('名单.csv')!;
    expect(matchesSignature(csv, Buffer.from('姓名,学校\r\n张三,一中\r\n'))).toBe(true);
    expect(matchesSignature(csv, Buffer.from('\xb2\xe2\xca\xd4,1\n', 'latin1'))).toBe(true); // GBK from Excel
    expect(matchesSignature(csv, Buffer.concat([bytes(0xff, 0xfe), Buffer.from('a\0,\0b\0', 'latin1')]))).toBe(true);
    expect(matchesSignature(csv, bytes(0x4d, 0x5a, 0x90, 0x00, 0x03))).toBe(false);
    expect(matchesSignature(csv, bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00))).toBe(false);
  });
});

describe('file names', () => {
  it('cleans what browsers send', () => {
    expect(cleanFileName('C:\\fakepath\\工作总结.docx')).toBe('工作总结.docx');
    expect(cleanFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(cleanFileName(' a\u0000b\u001f.pdf ')).toBe('ab.pdf');
    expect(cleanFileName('')).toBe('');
    const long = cleanFileName(`${'长'.repeat(300)}.pdf`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('长.pdf')).toBe(true);
  });

  it('writes an attachment disposition with an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('工作总结.pdf')).toBe(`attachment; filename="download.pdf"; filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93.pdf`);
    expect(attachmentDisposition('report (final).pdf')).toBe(`attachment; filename="report (final).pdf"; filename*=UTF-8''report%20%28final%29.pdf`);
    expect(asciiFallbackName('2026年总结"v2".pdf')).toBe('2026__v2_.pdf');
    expect(asciiFallbackName('a\\b.txt')).toBe('a_b.txt');
  });

  it('formats limits for messages', () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(100)).toBe('100 B');
  });
});

describe('storage keys', () => {
  it('shards by the id’s random tail and refuses unsafe keys', () => {
    expect(storageKeyFor('0190f2a4-7b1c-7def-8abc-1234567890ab')).toBe('ab/90/0190f2a4-7b1c-7def-8abc-1234567890ab');
    for (const bad of ['', '../x', 'a/../b', '/abs', 'a//b', 'a/./b', 'a\\b', '.hidden', 'a/..', 'x/' + 'y'.repeat(300)]) {
      expect(() => assertStorageKey(bad), bad).toThrow(/invalid storage key/);
    }
    expect(() => assertStorageKey('ab/90/0190f2a4-7b1c-7def-8abc-1234567890ab')).not.toThrow();
  });
});
