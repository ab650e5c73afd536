/**
 * The model of an official document the server prints as PDF (UI.md "Printing"): opinion letters
 * 监督意见书, rectification notices 整改通知书, certificates. Plain data, so a plugin builds one from
 * its rows and a test can read it; `renderOfficialDocument` lays it out like the paper form: A4, big
 * centred title, the document number under it, body blocks, signatures, the issuing authority with
 * the date and the stamp area, and 第 n 页 / 共 m 页 on every page.
 */
import { isCalendarDate, parseCalendarDate, type CalendarDate } from '@schoolbridge/shared';

/** A numbered or plain heading inside the body: 一、检查情况. */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

/** Body text; the first line is indented two characters unless `indent` is false. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  indent?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** Label–value rows in a ruled grid (被检查单位 | 某某小学食堂), one or two pairs a row. */
export interface FieldsBlock {
  kind: 'fields';
  fields: { label: string; value: string; wide?: boolean }[];
  /** Pairs per row (default 1). With 2, a field with `wide` takes a whole row. */
  perRow?: 1 | 2;
}

export interface TableColumn {
  header: string;
  /** Relative width (default 1). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** A ruled table; cells wrap, a row too tall for the page continues on the next, the header repeats on each page. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** Shown in a single row across the table when there are no rows: 无. */
  emptyText?: string;
}

export type DocumentBlock = HeadingBlock | ParagraphBlock | FieldsBlock | TableBlock;

export interface DocumentFooter {
  /** Signature lines: 检查人员（签名）, 被检查单位负责人（签名）. A given `name` is printed on the line. */
  signatures?: { label: string; name?: string }[];
  /** The issuing authority, printed right-aligned above the date. */
  authority: string;
  /** YYYY-MM-DD, printed 2026年3月2日. */
  date: CalendarDate;
  /** Print 「（盖章）」 and leave room for the seal (default true). */
  stamp?: boolean;
}

export interface OfficialDocument {
  /** 监督意见书 */
  title: string;
  /** 某监餐意〔2026〕第015号, centred under the title. */
  number?: string;
  /** 第2版（更正）, at the top right of the first page. */
  revisionNote?: string;
  blocks: DocumentBlock[];
  footer?: DocumentFooter;
  /** PDF properties; the title defaults to the document title and number. */
  metadata?: { title?: string; author?: string; subject?: string; keywords?: string };
  /**
   * The PDF's creation date (info.CreationDate), from the caller (the Clock, or the issue time), so
   * the same input gives the same bytes.
   */
  createdAt: Date;
}

/** 2026-03-02 → 2026年3月2日 */
export function chineseDate(date: CalendarDate): string {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const { year, month, day } = parseCalendarDate(date);
  return `${year}年${month}月${day}日`;
}

/** Throws a TypeError naming the first fault of a document a caller built wrong. */
export function assertOfficialDocument(doc: OfficialDocument): void {
  const fail = (what: string) => {
    throw new TypeError(`official document: ${what}`);
  };
  if (typeof doc.title !== 'string' || !doc.title.trim()) fail('a title is required');
  if (!(doc.createdAt instanceof Date) || Number.isNaN(doc.createdAt.getTime())) fail('createdAt must be a valid Date');
  if (!Array.isArray(doc.blocks)) fail('blocks must be a list');
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'table') {
      if (b.columns.length === 0) fail(`block ${i}: a table needs columns`);
      b.columns.forEach((c, j) => {
        if (c.width !== undefined && !(c.width > 0)) fail(`block ${i}: column ${j} width must be > 0`);
      });
      b.rows.forEach((r, j) => {
        if (r.length !== b.columns.length) fail(`block ${i}: row ${j} has ${r.length} cells for ${b.columns.length} columns`);
        if (r.some((cell) => typeof cell !== 'string')) fail(`block ${i}: row ${j} has a cell that is not text`);
      });
    } else if (b.kind === 'fields') {
      if (!Array.isArray(b.fields)) fail(`block ${i}: fields must be a list`);
      if (b.perRow !== undefined && b.perRow !== 1 && b.perRow !== 2) fail(`block ${i}: perRow must be 1 or 2`);
      b.fields.forEach((f, j) => {
        if (typeof f.label !== 'string' || typeof f.value !== 'string') fail(`block ${i}: field ${j} needs a text label and value`);
      });
    } else if (b.kind === 'heading' || b.kind === 'paragraph') {
      if (typeof b.text !== 'string') fail(`block ${i}: text must be a string`);
    } else {
      fail(`block ${i}: unknown kind ${(b as { kind: unknown }).kind as string}`);
    }
  });
  if (doc.footer) {
    if (!doc.footer.authority?.trim()) fail('footer.authority is required');
    if (!isCalendarDate(doc.footer.date)) fail(`footer.date must be YYYY-MM-DD, got ${doc.footer.date}`);
  }
}
