/**
 * The figures as an Excel workbook: one sheet of every figure (section, label, value, unit,
 * source) and one sheet per report table. Loaded only when the user exports: exceljs is large.
 */
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { FiguresReport } from '../../api/types';
import { exportNumber, labelOf, unitLabel } from './figure-format';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const clean =
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = clean;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length - 1)}-${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Builds the workbook of a report; `t` translates the labels as the page shows them. */
export async function figuresWorkbook(report: FiguresReport, t: TFunction): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SchoolBridge';
  wb.created = new Date();
  const taken = new Set<string>();

  const figures = wb.addWorksheet(sheetName(t('figures.export.figuresSheet'), taken));
  figures.columns = [
    { header: t('figures.export.section'), key: 'section', width: 24 },
    { header: t('figures.export.label'), key: 'label', width: 36 },
    { header: t('figures.export.value'), key: 'value', width: 18 },
    { header: t('figures.export.unit'), key: 'unit', width: 10 },
    { header: t('figures.export.source'), key: 'source', width: 12 },
  ];
  figures.getRow(1).font = { bold: true };
  figures.views = [{ state: 'frozen', ySplit: 1 }];
  for (const s of report.sections) {
    const section = labelOf(t, s.title);
    if (s.error) {
      figures.addRow({ section, label: t('figures.sectionFailed'), value: null, unit: '', source: '' });
      continue;
    }
    for (const f of s.figures ?? []) {
      const row = figures.addRow({
        section,
        label: labelOf(t, f.label),
        value: exportNumber(f),
        unit: unitLabel(f, t),
        source: t(`figures.source.${f.source}`),
      });
      // 万元 keeps every fen: up to six decimals, without trailing zeros
      row.getCell('value').numFmt = f.unit === 'fen' ? '#,##0.######' : f.unit === 'percent' || f.unit === 'hours' ? '#,##0.##' : '#,##0';
    }
  }

  for (const s of report.sections) {
    for (const table of s.tables ?? []) {
      const sheet = wb.addWorksheet(sheetName(labelOf(t, table.title), taken));
      sheet.columns = table.columns.map((c) => ({
        header: labelOf(t, c.label) + (c.unit === 'fen' ? `（${t('figures.unit.wan')}）` : ''),
        key: c.key,
        width: 18,
      }));
      sheet.getRow(1).font = { bold: true };
      for (const r of table.rows) {
        const values: Record<string, string | number> = {};
        for (const c of table.columns) {
          const v = r[c.key];
          values[c.key] = typeof v === 'number' && c.unit === 'fen' ? exportNumber({ value: v, unit: 'fen' }) : (v ?? '');
        }
        sheet.addRow(values);
      }
    }
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Saves `data` as a file the browser downloads. */
export function download(data: ArrayBuffer, fileName: string): void {
  const blob = new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `统计-示范县-2026年.xlsx`, without characters file systems refuse. */
export function exportFileName(t: TFunction, region: string, period: string): string {
  return t('figures.export.fileName', { region, period }).replace(/[\\/:*?"<>|]/g, '_');
}
