import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Locale, LocalizedText } from '@schoolbridge/shared';
import { attachmentDisposition } from '../files/rules/names.js';
import '../imports/messages.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * `?format=xlsx|csv` of an export route. A list's export takes the list's own filters too:
 * `class SchoolExportQuery extends IntersectionType(SchoolListQuery, ExportFormatQueryDto) {}`.
 */
export class ExportFormatQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export type ExportCell = string | number | Date | null | undefined;

export interface ExportColumn<T> {
  key: string;
  header: LocalizedText;
  /** The cell for a row (default: `row[key]`). Personal numbers must arrive masked (ARCHITECTURE §4). */
  value?: (row: T, locale: Locale) => ExportCell;
  /** Column width in characters (xlsx). */
  width?: number;
}

export interface ExportOptions<T> {
  format: ExportFormat;
  locale: Locale;
  /** Without the extension: '学校名录-2026-11-23'. */
  fileName: string;
  columns: readonly ExportColumn<T>[];
  /** Pages of rows, fetched as they are written (see `pagesOf`), so a large list never sits in memory whole. */
  rows: AsyncIterable<readonly T[]>;
  /** xlsx sheet name (default: the file name, cut to Excel's 31 characters). */
  sheetName?: string;
}

/** Pages from a fetch of `take` rows after `skip`, until a short page. */
export async function* pagesOf<T>(fetch: (skip: number, take: number) => Promise<T[]>, pageSize = 500): AsyncIterable<T[]> {
  for (let skip = 0; ; skip += pageSize) {
    const page = await fetch(skip, pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
  }
}

function cellOf<T>(column: ExportColumn<T>, row: T, locale: Locale): ExportCell {
  const v = column.value ? column.value(row, locale) : (row as Record<string, unknown>)[column.key];
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  return String(v);
}

function csvCell(v: ExportCell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

async function writeCsv<T>(out: Writable, options: ExportOptions<T>): Promise<void> {
  // a BOM, so Excel opens the Chinese as UTF-8 rather than the system code page
  out.write('\ufeff');
  const csv = stringify({ record_delimiter: 'windows' });
  csv.pipe(out);
  const write = async (record: string[]) => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  await write(options.columns.map((c) => c.header[options.locale]));
  for await (const page of options.rows) {
    for (const row of page) await write(options.columns.map((c) => csvCell(cellOf(c, row, options.locale))));
  }
  csv.end();
  await once(out, 'finish');
}

async function writeXlsx<T>(out: Writable, options: ExportOptions<T>): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet((options.sheetName ?? options.fileName).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
  sheet.columns = options.columns.map((c) => ({ key: c.key, width: c.width ?? Math.max(10, [...c.header[options.locale]].length * 2 + 2) }));
  const head = sheet.addRow(options.columns.map((c) => c.header[options.locale]));
  head.font = { bold: true };
  head.commit();
  for await (const page of options.rows) {
    for (const row of page) sheet.addRow(options.columns.map((c) => cellOf(c, row, options.locale))).commit();
  }
  sheet.commit();
  await wb.commit();
}

/**
 * Streams a list as .xlsx (exceljs WorkbookWriter) or .csv (csv-stringify, UTF-8 with BOM) to the
 * reply, as an attachment with a UTF-8 file name. Use from a route with `@Res({ passthrough: true })`:
 * `return streamExport(reply, { format, locale, fileName, columns, rows: pagesOf(...) })`.
 */
export function streamExport<T>(reply: FastifyReply, options: ExportOptions<T>): StreamableFile {
  const out = new PassThrough();
  const type = EXPORT_MEDIA_TYPES[options.format];
  const disposition = attachmentDisposition(`${options.fileName}.${options.format}`);
  void reply.header('content-type', type).header('content-disposition', disposition).header('cache-control', 'private, no-cache').header('x-content-type-options', 'nosniff');
  const write = options.format === 'csv' ? writeCsv(out, options) : writeXlsx(out, options);
  // once headers are out an error can only cut the download short
  write.catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return new StreamableFile(out, { type, disposition });
}
