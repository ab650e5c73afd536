import type { ImportColumn } from '../../plugins/extension-points.js';
import type { CellText } from './cells.js';

/**
 * Where the data sits in a sheet as bureaus keep it: a title row or two above the header, the
 * header (matched on the columns' headers in any language and their aliases), data rows, blank
 * rows anywhere, and notes after the data. Pure functions over rows of cell texts.
 */

/** How far down the header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;

/** A header as compared: full-width forms folded (NFKC), spaces and required-marks (*) dropped, lower case. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s*]/g, '').toLowerCase();
}

/** The same without a trailing remark in brackets: '出生日期(YYYY-MM-DD)', '人数（必填）'. */
function withoutRemark(key: string): string {
  return key.replace(/\([^()]*\)$/, '').replace(/\[[^[\]]*\]$/, '');
}

/** Every spelling that names a column, mapped to its key. */
export function headerLookup(columns: readonly ImportColumn[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const c of columns) {
    for (const text of [...Object.values(c.header), ...(c.aliases ?? [])]) {
      if (typeof text === 'string' && text.trim()) lookup.set(headerKey(text), c.key);
    }
  }
  return lookup;
}

export interface HeaderMatch {
  /** Index of the header row in the rows given. */
  index: number;
  /** Column key → cell index. */
  positions: Map<string, number>;
  /** Headers in the file that name no column (ignored, reported as a warning). */
  unknownHeaders: string[];
}

export type HeaderResult = { found: true; header: HeaderMatch } | { found: false; missing: ImportColumn[] };

function matchRow(cells: readonly CellText[], lookup: Map<string, string>): HeaderMatch & { count: number } {
  const positions = new Map<string, number>();
  const unknownHeaders: string[] = [];
  cells.forEach((cell, i) => {
    if (!cell.text) return;
    const key = headerKey(cell.text);
    const column = lookup.get(key) ?? lookup.get(withoutRemark(key));
    if (column && !positions.has(column)) positions.set(column, i);
    else if (!column) unknownHeaders.push(cell.text);
  });
  return { index: -1, positions, unknownHeaders, count: positions.size };
}

/**
 * The first row (within the first HEADER_SEARCH_ROWS) that names every required column; title rows
 * above it are skipped. When none does, the row naming the most columns tells which are missing.
 */
export function findHeader(rows: readonly (readonly CellText[])[], columns: readonly ImportColumn[]): HeaderResult {
  const lookup = headerLookup(columns);
  const required = columns.filter((c) => c.required);
  let best: { count: number; positions: Map<string, number> } | null = null;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const m = matchRow(rows[index]!, lookup);
    if (m.count > 0 && required.every((c) => m.positions.has(c.key))) return { found: true, header: { index, positions: m.positions, unknownHeaders: m.unknownHeaders } };
    if (m.count > 0 && (!best || m.count > best.count)) best = m;
  }
  return { found: false, missing: required.filter((c) => !best?.positions.has(c.key)) };
}

/**
 * How many rows at the end are notes, not data: a run of rows whose only filled cell is the first
 * ('注：…', '填表人：…', '说明'; a merged note shows only in its first cell). When a row with only
 * the first cell filled could be a complete data row (no required column elsewhere), only rows
 * that read like notes count.
 */
export function trailingNoteCount(rows: readonly (readonly CellText[])[], header: HeaderMatch, columns: readonly ImportColumn[]): number {
  const firstCellCanBeWholeRow = columns.filter((c) => c.required).every((c) => header.positions.get(c.key) === 0);
  let count = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const cells = rows[i]!;
    const onlyFirst = cells[0]?.text !== '' && cells.every((c, j) => j === 0 || c.text === '');
    if (!onlyFirst) break;
    if (firstCellCanBeWholeRow && !NOTE_START.test(cells[0]!.text)) break;
    count++;
  }
  return count;
}

/** How notes under a table usually start. */
const NOTE_START = /^(注|备注|说明|填表|填报|制表|审核|负责人|联系|日期|附|※|\*|note|remark)/i;

/** The row as cell texts keyed by column key; columns the file lacks are ''. */
export function rowValues(cells: readonly CellText[], positions: ReadonlyMap<string, number>, columns: readonly ImportColumn[]): { values: Record<string, string>; precisionLost: string[] } {
  const values: Record<string, string> = {};
  const precisionLost: string[] = [];
  for (const c of columns) {
    const at = positions.get(c.key);
    const cell = at === undefined ? undefined : cells[at];
    values[c.key] = cell?.text ?? '';
    if (cell?.precisionLost) precisionLost.push(c.key);
  }
  return { values, precisionLost };
}
