import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Response } from 'superagent';
import type { Test } from 'supertest';
import { expect } from 'vitest';
import type { ImportJobDto } from '../../../src/index.js';
import type { TestClient } from '../../../src/testing/index.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook with one sheet holding these rows (row 1 first); cells may be numbers, dates, rich text. */
export async function xlsxOf(rows: unknown[][], configure?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名单');
  for (const r of rows) sheet.addRow(r);
  configure?.(sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV text in an encoding ('utf8-bom', 'utf8', 'gbk'). */
export function csvOf(rows: string[][], encoding: 'utf8-bom' | 'utf8' | 'gbk' = 'utf8-bom'): Buffer {
  const text = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
  if (encoding === 'gbk') return iconv.encode(text, 'gbk');
  return Buffer.from(encoding === 'utf8-bom' ? `\ufeff${text}` : text, 'utf8');
}

export const HEADERS = ['学籍号', '姓名', '地区代码', '出生日期', '身份证号', '人数'];

export function upload(client: TestClient, importerId: string, file: Buffer, filename: string): Test {
  return client.post(`/api/imports/${importerId}/jobs`).attach('file', file, { filename });
}

/** Polls the job until it stops moving (ready, failed, applied…). */
export async function settled(client: TestClient, id: string): Promise<ImportJobDto> {
  for (let i = 0; i < 3000; i++) {
    const res = await client.get(`/api/imports/jobs/${id}`);
    expect(res.status).toBe(200);
    if (res.body.status !== 'parsing' && res.body.status !== 'validating') return res.body as ImportJobDto;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`import job ${id} did not settle`);
}

/** Collects a binary response body as a Buffer. */
export function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}
