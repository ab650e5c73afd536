import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate, DateRange, Locale, LocalizedText, Period } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';

/** A key into the admin's i18n messages ('foodSafety.canteensInspected'), translated by the caller. */
export type MessageKey = string;

/**
 * The region a report is asked for, already checked to be inside the caller's scope. A caller
 * scoped to one organisation (a principal) gets reports for that organisation: kind
 * 'organisation', with the organisation's path.
 */
export interface RegionRef {
  kind: 'region' | 'organisation';
  id: string;
  code: string;
  name: string;
  /** Materialised path ('/43/4399/439901/'): rows whose path starts with it are in the region. */
  path: string;
}

export interface ReportContext {
  region: RegionRef;
  period: Period;
  /** The period's first and last calendar dates (inclusive), with the region's terms applied. */
  range: DateRange;
  locale: Locale;
  actor: Actor;
  dataSource: DataSource;
}

export const FIGURE_UNITS = ['count', 'persons', 'personTimes', 'fen', 'days', 'hours', 'percent'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export interface Figure {
  /** Unique across the whole report: '<section>.<name>', e.g. 'foodSafety.canteensInspected'. */
  key: string;
  label: MessageKey;
  /** Counts as integers, money in fen. */
  value: number;
  unit: FigureUnit;
  /** The Chinese measure word a summary prints: 家, 份, 所, 辆次, 期. */
  measure?: MessageKey;
  /** Figures naming the same total and partition split it: they must add up to it. */
  partsOf?: string;
  /** One total can be split several ways ('byType', 'byLevel'); each is checked. Default 'default'. */
  partition?: string;
  /** "其中": included in that figure, checked to be ≤ it. */
  subsetOf?: string;
  source: 'computed' | 'entered';
  /** Admin link to the rows behind the figure. */
  drill?: string;
}

export interface ReportTable {
  key: string;
  title: MessageKey;
  columns: { key: string; label: MessageKey; unit?: FigureUnit }[];
  rows: Record<string, string | number>[];
}

export interface ReportSectionResult {
  figures: Figure[];
  tables?: ReportTable[];
}

/** A section of figures for dashboards and the year-end summary. */
export interface ReportSection {
  id: string;
  title: MessageKey;
  order: number;
  compute(ctx: ReportContext): Promise<ReportSectionResult>;
}

export interface Reminder {
  /** Stable for the same thing on the same day, so the admin can key lists by it. */
  id: string;
  title: LocalizedText | string;
  detail?: LocalizedText | string;
  /** The date it is due (YYYY-MM-DD), if any. */
  dueDate: CalendarDate | null;
  severity: 'overdue' | 'dueSoon' | 'info';
  /** Admin path to act on it. */
  link?: string;
}

/** Things that become due, derived when read (never stored): the to-do list. */
export interface ReminderSource {
  id: string;
  list(actor: Actor, today: CalendarDate): Promise<Reminder[]>;
}

export interface ImportColumn {
  key: string;
  /** The header the template carries and the file is matched on, in each interface language. */
  header: LocalizedText;
  /** Other spellings bureaus use for the same column ('身份证号码', '公民身份号码'); matched like the header. */
  aliases?: string[];
  required?: boolean;
  example?: string;
  description?: LocalizedText;
  /** How the rows endpoint shows the value back (ID numbers, registry numbers, phones are masked). */
  mask?: (value: string) => string;
}

export interface RowError {
  /** The column key, or null for the row as a whole. */
  column: string | null;
  /** Stable code; its zh-CN and en texts are registered with registerProblemMessages. */
  code: string;
  /** The importer's own text instead of a registered code's. */
  message?: LocalizedText | string;
  params?: Record<string, unknown>;
}

/**
 * What validation found for one row: its errors and, for importers that match rows on a natural
 * key (ID number, 学籍号, school code), the key and the existing record it matches, so a file
 * imported again updates instead of duplicating. Two rows of one file with the same key are an
 * error on the later row (`import.duplicateInFile`).
 */
export interface RowCheck {
  errors: RowError[];
  /** The row's natural key, normalised (case, spaces) as the importer compares it; null: none. */
  key?: string | null;
  /** The column the key comes from, where a duplicate is reported (default: the row as a whole). */
  keyColumn?: string;
  /** The id of the record the key matches: the row updates it; null or absent: the row creates one. */
  existingId?: string | null;
}

/** Errors for the row with this natural key (RowCheck.key), found by `validateFile`. */
export interface FileCheck {
  key: string;
  errors: RowError[];
}

export interface ImportContext {
  actor: Actor;
  locale: Locale;
  now: Date;
  /** The transaction `apply` runs in; validation gets the plain manager. */
  manager: EntityManager;
}

/** What `apply` did: counts and the ids of the records it created or updated (for the audit record). */
export interface ImportApplyResult {
  created: number;
  updated: number;
  ids: string[];
}

/**
 * Rows for the generic import page. The engine reads the file (xlsx or csv), finds the header row,
 * hands each data row to `validate` as cell texts keyed by column key (trimmed; dates as
 * YYYY-MM-DD; numbers without float artefacts; a long number Excel has cut to 15 digits is already
 * an `import.numberPrecisionLost` error), stages the rows, and on the user's word calls `apply`
 * once, inside one transaction, with the rows to write.
 *
 * `Prepared` is what `prepare` loads once per validation run and once before `apply` (lookups:
 * codes to ids, existing natural keys), so neither works row by row against the database.
 */
export interface Importer<Row = Record<string, string>, Prepared = void> {
  id: string;
  title: MessageKey;
  /** The permission needed to run this import. */
  permission: string;
  columns: ImportColumn[];
  prepare?(ctx: ImportContext): Promise<Prepared>;
  /** A list of errors, or a RowCheck with the row's natural-key match. */
  validate(row: Row, ctx: ImportContext, prepared: Prepared): RowError[] | RowCheck | Promise<RowError[] | RowCheck>;
  /**
   * Optional: checks a batch of rows at once (the engine hands batches of a few hundred), so a
   * lookup the prepared data cannot hold (a natural key among a million rows) costs one query per
   * batch rather than one per row. Returns one result per row, in order; used instead of `validate`.
   */
  validateBatch?(rows: Row[], ctx: ImportContext, prepared: Prepared): Promise<(RowError[] | RowCheck)[]>;
  /**
   * Optional: called once after every row was validated, for what only the whole file can tell
   * (a row naming another row further down that never came, or rows naming each other in a
   * circle). Each result adds errors to the row whose RowCheck gave that natural key; a valid row
   * becomes invalid, so the preview shows it before anything is applied.
   */
  validateFile?(ctx: ImportContext, prepared: Prepared): Promise<FileCheck[]> | FileCheck[];
  /**
   * Writes the rows inside `ctx.manager`'s transaction: all or none. Set-based (multi-row inserts
   * and upserts in chunks), matching natural keys again inside the transaction, since the data
   * may have changed since validation.
   */
  apply(rows: Row[], ctx: ImportContext, prepared: Prepared): Promise<ImportApplyResult | void>;
}

export interface SeedContext {
  dataSource: DataSource;
  now: Date;
  today: CalendarDate;
  /** The one password every demo user of this seeding run shares; printed once by the caller. */
  demoPassword: string;
  log(message: string): void;
  /** Creates a user (argon2id) with role assignments; returns its id. */
  createUser(input: { username: string; displayName: string; assignments: { role: string; scopeKind?: string; regionId?: string | null; organisationId?: string | null }[] }): Promise<string>;
}

/** A module's part of the demo data (`seed-demo`, `seed-demo --only <module>`). */
export interface DemoSeed {
  /** The module it belongs to, for `--only`: 'platform', 'directory', 'food-safety', … */
  module: string;
  /** Seeds run in ascending order (directory before the modules that point at its rows). */
  order: number;
  run(ctx: SeedContext): Promise<{ summary: string }>;
}
