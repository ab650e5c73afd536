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
  header: LocalizedText;
  required?: boolean;
  example?: string;
  description?: LocalizedText;
}

export interface RowError {
  /** The column key, or null for the row as a whole. */
  column: string | null;
  code: string;
  message?: LocalizedText | string;
  params?: Record<string, unknown>;
}

export interface ImportContext {
  actor: Actor;
  locale: Locale;
  now: Date;
  /** The transaction `apply` runs in; validation gets the plain manager. */
  manager: EntityManager;
}

/** Rows for the generic import page: validated row by row, applied in one transaction. */
export interface Importer<Row = Record<string, string>> {
  id: string;
  title: MessageKey;
  /** The permission needed to run this import. */
  permission: string;
  columns: ImportColumn[];
  validate(row: Row, ctx: ImportContext): RowError[] | Promise<RowError[]>;
  apply(rows: Row[], ctx: ImportContext): Promise<void>;
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
