/**
 * Spreadsheet cells as the importers see them: text. Pure functions, used on the rows the parsing
 * worker sends (exceljs cell values or csv strings).
 */

/** Excel keeps 15 significant digits; a longer whole number (an 18-digit ID number typed into a number cell) has lost digits. */
const EXCEL_EXACT_DIGITS = 15;

export interface CellText {
  text: string;
  /** The cell held a number longer than Excel keeps exactly: its last digits are zeros, not the user's. */
  precisionLost: boolean;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A number as people wrote it: no float artefacts (0.1 + 0.2 shows as 0.3), no exponent for whole numbers. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  return String(Number(value.toPrecision(EXCEL_EXACT_DIGITS)));
}

/** exceljs reads date cells as UTC instants of the date shown: YYYY-MM-DD of that instant. */
export function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The text of one cell value: trimmed; rich text flattened; formulas by their result; hyperlinks by their text. */
export function cellText(value: unknown): CellText {
  if (value === null || value === undefined) return { text: '', precisionLost: false };
  if (typeof value === 'string') return { text: value.trim(), precisionLost: false };
  if (typeof value === 'number') {
    const lost = Number.isInteger(value) && Math.abs(value) >= 10 ** EXCEL_EXACT_DIGITS;
    return { text: numberText(value), precisionLost: lost };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', precisionLost: false };
  if (value instanceof Date) return { text: dateText(value), precisionLost: false };
  if (isRecord(value)) {
    if (Array.isArray(value.richText)) {
      const text = (value.richText as { text?: unknown }[]).map((r) => (typeof r?.text === 'string' ? r.text : '')).join('');
      return { text: text.trim(), precisionLost: false };
    }
    if ('result' in value || 'formula' in value || 'sharedFormula' in value) return cellText(value.result);
    if ('text' in value) return cellText(value.text);
    if (typeof value.error === 'string') return { text: value.error, precisionLost: false };
  }
  return { text: String(value as string).trim(), precisionLost: false };
}

/** A whole row (cells in sheet order, index 0 = column A) as texts. */
export function rowTexts(cells: readonly unknown[]): CellText[] {
  const out: CellText[] = [];
  for (let i = 0; i < cells.length; i++) out.push(cellText(cells[i]));
  return out;
}

export function isBlankRow(cells: readonly CellText[]): boolean {
  return cells.every((c) => c.text === '');
}
