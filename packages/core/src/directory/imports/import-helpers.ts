import { DataSource, In, type EntityManager } from 'typeorm';
import { ID_DOCUMENT_TYPE_NAMES, normalizeIdNumber, type IdDocumentType, type LocalizedText } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import type { ScopeService } from '../../platform/access/scope.service.js';
import type { RowError } from '../../platform/plugins/extension-points.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { codeFromWord } from '../rules/vocab.js';
import { yesNoOf } from './school-cells.js';

/** Values of a row as the engine hands them: cell texts keyed by column key. */
export type ImportRowValues = Record<string, string>;

export function text(row: ImportRowValues, key: string): string {
  return (row[key] ?? '').trim();
}

/** 是/否 cells (and Y/N, 1/0, √/×): undefined when blank; an error when neither. */
export function yesNoCell(row: ImportRowValues, key: string, errors: RowError[]): boolean | undefined {
  const v = text(row, key);
  if (v === '') return undefined;
  const yes = yesNoOf(v);
  if (yes === null) errors.push({ column: key, code: 'directory.import.yesNo' });
  return yes ?? undefined;
}

/** A vocabulary cell given as its word (or code): null when blank; an error naming the allowed words when unknown. */
export function wordCell<T extends string>(row: ImportRowValues, key: string, names: Record<T, LocalizedText>, errors: RowError[]): T | null {
  const v = text(row, key);
  if (v === '') return null;
  const code = codeFromWord(names, v);
  if (code === null) errors.push({ column: key, code: 'directory.import.unknownWord', params: { value: v, allowed: Object.values<LocalizedText>(names).map((n) => n['zh-CN']).join('、') } });
  return code;
}

/** A list cell ('语文、数学', '语文,数学', '语文/数学'): the codes of every word; unknown words are errors. */
export function wordListCell<T extends string>(row: ImportRowValues, key: string, names: Record<T, LocalizedText>, errors: RowError[]): T[] {
  const parts = text(row, key).split(/[、,，/；;\s]+/).map((p) => p.trim()).filter(Boolean);
  const out: T[] = [];
  for (const p of parts) {
    const code = codeFromWord(names, p);
    if (code === null) errors.push({ column: key, code: 'directory.import.unknownWord', params: { value: p, allowed: Object.values<LocalizedText>(names).map((n) => n['zh-CN']).join('、') } });
    else if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** A date cell: the engine gives Excel dates as YYYY-MM-DD; people also type 2010.9.1 or 2010/9/1 or 2010年9月1日. */
export function dateCell(row: ImportRowValues, key: string, errors: RowError[]): string | null {
  const v = text(row, key);
  if (v === '') return null;
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(v);
  if (!m) {
    errors.push({ column: key, code: 'validation.isCalendarDate' });
    return null;
  }
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    errors.push({ column: key, code: 'validation.isCalendarDate' });
    return null;
  }
  return iso;
}

/** 证件类型 cell: blank is the resident ID card. */
export function idTypeCell(row: ImportRowValues, key: string, errors: RowError[]): IdDocumentType {
  const v = text(row, key);
  if (v === '' || v === '身份证') return 'resident_id';
  const code = codeFromWord(ID_DOCUMENT_TYPE_NAMES, v);
  if (!code) {
    errors.push({ column: key, code: 'directory.import.unknownWord', params: { value: v, allowed: Object.values(ID_DOCUMENT_TYPE_NAMES).map((n) => n['zh-CN']).join('、') } });
    return 'resident_id';
  }
  return code;
}

export function personKey(idType: IdDocumentType, idNumber: string): string {
  return `${idType}:${normalizeIdNumber(idNumber)}`;
}

export interface SchoolLookup {
  byCode: Map<string, { id: string; name: string }>;
  /** Names that are unique among the schools in scope; a name two schools share must be given by code. */
  byName: Map<string, { id: string; name: string } | 'ambiguous'>;
}

/** The current schools the caller may write to, by code and by name (loaded once per run). */
export async function loadSchools(manager: EntityManager | DataSource, scope: ScopeService, actor: Actor, permission: string): Promise<SchoolLookup> {
  const rows = await manager
    .getRepository(Organisation)
    .createQueryBuilder('o')
    .select(['o.id', 'o.code', 'o.name'])
    .where("o.kind = 'school' AND o.archived_at IS NULL")
    .andWhere(scope.where(actor, permission, { paths: ['o.path'] }))
    .getMany();
  const byCode = new Map<string, { id: string; name: string }>();
  const byName = new Map<string, { id: string; name: string } | 'ambiguous'>();
  for (const o of rows) {
    byCode.set(o.code.toUpperCase(), { id: o.id, name: o.name });
    byName.set(o.name, byName.has(o.name) ? 'ambiguous' : { id: o.id, name: o.name });
  }
  return { byCode, byName };
}

/** The school a row names by code (preferred) or by its full name; errors on the column used. */
export function schoolCell(row: ImportRowValues, lookup: SchoolLookup, errors: RowError[], keys = { code: 'schoolCode', name: 'schoolName' }): string | null {
  const code = text(row, keys.code).toUpperCase();
  const name = text(row, keys.name);
  if (code) {
    const hit = lookup.byCode.get(code);
    if (!hit) errors.push({ column: keys.code, code: 'directory.import.schoolNotFound', params: { value: code } });
    return hit?.id ?? null;
  }
  if (name) {
    const hit = lookup.byName.get(name);
    if (hit === 'ambiguous') errors.push({ column: keys.name, code: 'directory.import.schoolAmbiguous', params: { value: name } });
    else if (!hit) errors.push({ column: keys.name, code: 'directory.import.schoolNotFound', params: { value: name } });
    return hit && hit !== 'ambiguous' ? hit.id : null;
  }
  errors.push({ column: keys.name, code: 'directory.import.schoolMissing' });
  return null;
}

/** Runs `fn` over `items` in chunks (multi-row statements stay under SQLite's variable limit). */
export async function inChunks<T>(items: readonly T[], size: number, fn: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await fn(items.slice(i, i + size));
}

/** Existing rows by natural key, looked up in chunks inside the apply transaction. */
export async function idsByKeys<T extends { id: string }>(load: (chunk: string[]) => Promise<T[]>, numbers: string[], size = 500): Promise<T[]> {
  const out: T[] = [];
  await inChunks([...new Set(numbers)], size, async (chunk) => out.push(...(await load(chunk))));
  return out;
}

export { In };
