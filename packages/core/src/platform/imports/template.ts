import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Locale } from '@schoolbridge/shared';
import type { ImportColumn, Importer } from '../plugins/extension-points.js';
import { TEMPLATE_TEXT } from './messages.js';

export interface TemplateFile {
  fileName: string;
  mediaType: string;
  body: Buffer;
}

/** The header a template shows: required columns marked with '*', which header matching ignores. */
export function templateHeader(column: ImportColumn, locale: Locale): string {
  return `${column.required ? '*' : ''}${column.header[locale]}`;
}

/**
 * A file to fill in: the headers in the caller's language (required ones bold and marked '*'), an
 * example row, every column formatted as text (so an 18-digit ID number keeps its digits), and for
 * xlsx a second sheet describing each column.
 */
export async function importTemplate(importer: Pick<Importer<never, never>, 'id' | 'columns'>, locale: Locale, format: 'xlsx' | 'csv'): Promise<TemplateFile> {
  const stem = `${locale === 'zh-CN' ? '导入模板' : 'import-template'}-${importer.id}`;
  const headers = importer.columns.map((c) => templateHeader(c, locale));
  const example = importer.columns.map((c) => c.example ?? '');
  if (format === 'csv') {
    const body = Buffer.from(`\ufeff${stringify([headers, example], { record_delimiter: 'windows' })}`, 'utf8');
    return { fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8', body };
  }
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(TEMPLATE_TEXT.dataSheet[locale]);
  data.columns = importer.columns.map((c) => ({ key: c.key, width: Math.max(12, [...c.header[locale]].length * 2 + 4), style: { numFmt: '@' } }));
  const head = data.addRow(headers);
  importer.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.font = c.required ? { bold: true, color: { argb: 'FFC00000' } } : { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  data.addRow(example);
  data.views = [{ state: 'frozen', ySplit: 1 }];

  const help = wb.addWorksheet(TEMPLATE_TEXT.instructionsSheet[locale]);
  help.columns = [{ width: 20 }, { width: 10 }, { width: 50 }, { width: 22 }, { width: 30 }];
  help.addRow([TEMPLATE_TEXT.column[locale], TEMPLATE_TEXT.required[locale], TEMPLATE_TEXT.description[locale], TEMPLATE_TEXT.example[locale], TEMPLATE_TEXT.aliases[locale]]).font = { bold: true };
  for (const c of importer.columns) {
    help.addRow([c.header[locale], (c.required ? TEMPLATE_TEXT.yes : TEMPLATE_TEXT.no)[locale], c.description?.[locale] ?? '', c.example ?? '', (c.aliases ?? []).join(locale === 'zh-CN' ? '、' : ', ')]);
  }
  help.addRow([]);
  help.addRow([TEMPLATE_TEXT.note[locale]]);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `${stem}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
}
