import type { FilterDef, ListParams, TableState } from './types';

export const PAGE_SIZE_OPTIONS = [20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/** The URL / API parameter names a filter uses: one, or two for a date range. */
export function filterParamNames(def: FilterDef): string[] {
  if (def.type === 'dateRange') return [def.from ?? `${def.name}From`, def.to ?? `${def.name}To`];
  return [def.name];
}

function positiveInt(text: string | null, fallback: number): number {
  if (!text || !/^\d+$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 ? n : fallback;
}

export interface UrlStateOptions {
  /** Prefix of this table's parameters when a page shows several tables (`pairs.` → `pairs.page`). */
  prefix?: string;
  defaultPageSize?: number;
  defaultSort?: string;
}

/** Reads a table's state from the URL search parameters. */
export function readTableState(search: URLSearchParams, filters: FilterDef[], opts: UrlStateOptions = {}): TableState {
  const p = opts.prefix ?? '';
  const values: Record<string, string> = {};
  for (const def of filters) {
    for (const name of filterParamNames(def)) {
      const v = search.get(p + name);
      if (v !== null && v !== '') values[name] = v;
    }
  }
  const sort = search.get(`${p}sort`);
  return {
    page: positiveInt(search.get(`${p}page`), 1),
    pageSize: Math.min(MAX_PAGE_SIZE, positiveInt(search.get(`${p}pageSize`), opts.defaultPageSize ?? DEFAULT_PAGE_SIZE)),
    sort: sort === null ? opts.defaultSort : sort || undefined,
    filters: values,
  };
}

/**
 * Writes a table's state into a copy of the search parameters, keeping everything else there.
 * Defaults are left out, so a plain list has a plain URL.
 */
export function writeTableState(search: URLSearchParams, state: TableState, filters: FilterDef[], opts: UrlStateOptions = {}): URLSearchParams {
  const p = opts.prefix ?? '';
  const next = new URLSearchParams(search);
  for (const def of filters) for (const name of filterParamNames(def)) next.delete(p + name);
  for (const [name, value] of Object.entries(state.filters)) if (value !== '') next.set(p + name, value);
  if (state.page > 1) next.set(`${p}page`, String(state.page));
  else next.delete(`${p}page`);
  if (state.pageSize !== (opts.defaultPageSize ?? DEFAULT_PAGE_SIZE)) next.set(`${p}pageSize`, String(state.pageSize));
  else next.delete(`${p}pageSize`);
  if (state.sort && state.sort !== opts.defaultSort) next.set(`${p}sort`, state.sort);
  else if (!state.sort && opts.defaultSort) next.set(`${p}sort`, '');
  else next.delete(`${p}sort`);
  return next;
}

/** The parameters `fetch` receives. */
export function toListParams(state: TableState): ListParams {
  return { page: state.page, pageSize: state.pageSize, ...(state.sort ? { sort: state.sort } : {}), ...state.filters };
}

/** `-createdAt` → { key: 'createdAt', order: 'descend' } for each comma-separated term. */
export function parseSort(sort: string | undefined): { key: string; order: 'ascend' | 'descend' }[] {
  if (!sort) return [];
  return sort
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith('-') ? { key: s.slice(1), order: 'descend' as const } : { key: s.replace(/^\+/, ''), order: 'ascend' as const }));
}
