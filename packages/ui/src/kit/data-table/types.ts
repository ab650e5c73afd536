import type { ReactNode } from 'react';
import type { TableColumnType } from 'antd';

/** One page of a server list, as every list route answers it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** What a DataTable passes to `fetch`: paging, the sort (`name,-createdAt`) and the filters by their parameter names. */
export interface ListParams {
  page: number;
  pageSize: number;
  sort?: string;
  [filter: string]: string | number | undefined;
}

/** The filters and the sort without paging: what an export is asked for. */
export type ExportParams = Record<string, string>;

interface FilterBase {
  /** The URL and API parameter name (`q`, `status`, `countyId`). */
  name: string;
  label: ReactNode;
  placeholder?: string;
}

export interface TextFilter extends FilterBase {
  type: 'text';
}

export interface SelectFilter extends FilterBase {
  type: 'select';
  options: { value: string; label: string }[];
  /** Several values, sent comma-separated (`status=active,paused`). */
  multiple?: boolean;
}

export interface DateRangeFilter extends FilterBase {
  type: 'dateRange';
  /** Parameter names of the range's ends; default `<name>From` and `<name>To`. */
  from?: string;
  to?: string;
}

export type FilterDef = TextFilter | SelectFilter | DateRangeFilter;

/** An antd column, sorted by the server: `sorter: true` sends `sort=<sortKey>` or `sort=-<sortKey>`. */
export interface DataTableColumn<T> extends Omit<TableColumnType<T>, 'sorter' | 'sortOrder' | 'key' | 'title'> {
  /** Stable key: names the column in the column settings (and is the default sort key). */
  key: string;
  title: ReactNode;
  /** The column can be sorted by the server. */
  sorter?: boolean;
  /** The API's sort field; defaults to `key`. */
  sortKey?: string;
  /** Name in the column settings when `title` is not plain text. */
  settingsLabel?: string;
  /** The user may hide it (default true). */
  hideable?: boolean;
  /** Hidden until the user shows it in the column settings. */
  defaultHidden?: boolean;
}

/** The state a DataTable keeps in the URL. */
export interface TableState {
  page: number;
  pageSize: number;
  sort: string | undefined;
  /** Filter values by parameter name; absent when empty. */
  filters: Record<string, string>;
}
