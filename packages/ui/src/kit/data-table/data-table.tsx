import { useCallback, useEffect, useMemo, useRef, type Key, type ReactNode } from 'react';
import { Alert, Button, Card, Flex, Space, Table, type TableColumnType, type TablePaginationConfig } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, type EmptyStateAction } from '../empty-state';
import { isNetworkError, problemOf } from '../problem';
import { TableSkeleton } from '../skeletons';
import { ColumnSettings, useColumnVisibility, type SettingsColumn } from './column-settings';
import { DataTableContext, type DataTableContextValue } from './context';
import { QueryForm } from './query-form';
import type { DataTableColumn, FilterDef, ListParams, Page, TableState } from './types';
import '../kit.css';
import { PAGE_SIZE_OPTIONS, parseSort, readTableState, toListParams, writeTableState } from './url-state';

export interface DataTableProps<T> {
  /** Names the table: its column settings are remembered under it. */
  id: string;
  /** TanStack Query key of the list; the parameters are appended. Invalidate it after writes. */
  queryKey: QueryKey;
  /** Loads one page: `(params) => api.GET('/api/pairs', { params: { query: params } })`. */
  fetch: (params: ListParams) => Promise<Page<T>>;
  columns: DataTableColumn<T>[];
  rowKey: (keyof T & string) | ((row: T) => Key);
  /** The query form's filters; their values live in the URL. */
  filters?: FilterDef[];
  /** Top left, e.g. the list's title. */
  title?: ReactNode;
  /** Top right: 新建, 导入, an ExportButton (which reads the table's current filters). */
  toolbar?: ReactNode;
  /** The empty list: what to do next ("还没有结对，点击新建结对") and the action. */
  empty?: { description: ReactNode; action?: EmptyStateAction };
  /** Prefix of this table's URL parameters when a page shows several tables. */
  urlPrefix?: string;
  defaultPageSize?: number;
  /** Sort before the user picks one, e.g. `-createdAt`. */
  defaultSort?: string;
  /** Passed through to antd Table. */
  scroll?: { x?: number | string | true; y?: number | string };
  size?: 'small' | 'middle' | 'large';
  rowSelection?: React.ComponentProps<typeof Table<T>>['rowSelection'];
}

function columnLabel<T>(c: DataTableColumn<T>): string {
  return c.settingsLabel ?? (typeof c.title === 'string' ? c.title : c.key);
}

/**
 * A server-paged list: query form, toolbar, column settings, sorting, paging — all in the URL,
 * so a link shows the same list and back/forward work. Skeleton rows on the first load, an
 * empty state with an action, the problem's detail with 重试 when loading fails.
 */
export function DataTable<T extends object>({
  id,
  queryKey,
  fetch,
  columns,
  rowKey,
  filters = [],
  title,
  toolbar,
  empty,
  urlPrefix,
  defaultPageSize,
  defaultSort,
  scroll,
  size,
  rowSelection,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const urlOpts = useMemo(
    () => ({ ...(urlPrefix ? { prefix: urlPrefix } : {}), ...(defaultPageSize ? { defaultPageSize } : {}), ...(defaultSort ? { defaultSort } : {}) }),
    [urlPrefix, defaultPageSize, defaultSort],
  );
  const search = searchParams.toString();
  const state = useMemo(() => readTableState(new URLSearchParams(search), filters, urlOpts), [search, filters, urlOpts]);
  const params = useMemo(() => toListParams(state), [state]);

  const queryClient = useQueryClient();
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;
  const query = useQuery({
    queryKey: [...queryKey, params],
    queryFn: () => fetchRef.current(params),
    placeholderData: keepPreviousData,
    // a refusal (4xx) will not change by asking again; other failures follow the client's default
    retry: (count, err) => {
      const p = problemOf(err);
      if (p && p.status >= 400 && p.status < 500) return false;
      const fallback = queryClient.getDefaultOptions().queries?.retry ?? 3;
      if (typeof fallback === 'function') return fallback(count, err);
      return typeof fallback === 'number' ? count < fallback : fallback;
    },
  });

  const go = useCallback(
    (next: TableState, replace = false) => {
      setSearchParams((prev) => writeTableState(prev, next, filters, urlOpts), { replace });
    },
    [setSearchParams, filters, urlOpts],
  );

  // a page past the end (rows were deleted meanwhile): show the last page instead
  const data = query.data;
  useEffect(() => {
    if (data && data.items.length === 0 && data.total > 0 && state.page > 1) {
      go({ ...state, page: Math.max(1, Math.ceil(data.total / state.pageSize)) }, true);
    }
  }, [data, state, go]);

  const settingsColumns: SettingsColumn[] = useMemo(
    () => columns.filter((c) => c.hideable !== false).map((c) => ({ key: c.key, label: columnLabel(c), hideable: true, defaultHidden: !!c.defaultHidden })),
    [columns],
  );
  const visibility = useColumnVisibility(id);
  const sortTerms = parseSort(state.sort);

  const antColumns: TableColumnType<T>[] = columns
    .filter((c) => {
      if (c.hideable === false) return true;
      return visibility.isVisible({ key: c.key, label: '', hideable: true, defaultHidden: !!c.defaultHidden });
    })
    .map((c) => {
      const { sorter, sortKey, settingsLabel: _label, hideable: _hideable, defaultHidden: _hidden, ...rest } = c;
      if (!sorter) return rest;
      const term = sortTerms.find((s) => s.key === (sortKey ?? c.key));
      return { ...rest, sorter: true, sortOrder: term?.order ?? null, sortDirections: ['ascend', 'descend'] } satisfies TableColumnType<T>;
    });

  const exportParams = useMemo(() => {
    const out: Record<string, string> = { ...state.filters };
    if (state.sort) out.sort = state.sort;
    return out;
  }, [state]);
  const refetch = useCallback(() => void query.refetch(), [query]);
  const ctx: DataTableContextValue = useMemo(() => ({ params, exportParams, refetch }), [params, exportParams, refetch]);

  const hasFilters = Object.keys(state.filters).length > 0;
  const reset = () => go({ ...state, page: 1, filters: {} });

  let body: ReactNode;
  if (query.isPending) {
    body = <TableSkeleton rows={Math.min(state.pageSize, 8)} columns={Math.max(1, antColumns.length)} />;
  } else if (query.isError && !data) {
    body = null;
  } else {
    const emptyText = hasFilters ? (
      <EmptyState description={t('kit.table.emptyFiltered')} action={{ label: t('kit.table.clearFilters'), icon: <ReloadOutlined />, onClick: reset }} />
    ) : empty ? (
      <EmptyState description={empty.description} {...(empty.action ? { action: empty.action } : {})} />
    ) : (
      <EmptyState description={t('kit.table.empty')} />
    );
    const pagination: TablePaginationConfig = {
      current: state.page,
      pageSize: state.pageSize,
      total: data?.total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: PAGE_SIZE_OPTIONS.map(String),
      showTotal: (total) => t('kit.table.total', { total }),
      hideOnSinglePage: false,
    };
    body = (
      <Table<T>
        columns={antColumns}
        dataSource={data?.items ?? []}
        rowKey={rowKey as string | ((row: T) => Key)}
        loading={query.isFetching && !query.isPending}
        locale={{ emptyText }}
        pagination={(data?.total ?? 0) > 0 ? pagination : false}
        scroll={scroll ?? { x: 'max-content' }}
        {...(size ? { size } : {})}
        {...(rowSelection ? { rowSelection } : {})}
        showSorterTooltip={false}
        onChange={(pg, _filters, sorter, extra) => {
          if (extra.action === 'paginate') {
            const pageSize = pg.pageSize ?? state.pageSize;
            go({ ...state, page: pageSize !== state.pageSize ? 1 : (pg.current ?? 1), pageSize });
          } else if (extra.action === 'sort') {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const col = columns.find((c) => c.key === String(s?.columnKey ?? ''));
            const key = col ? (col.sortKey ?? col.key) : undefined;
            const sort = key && s?.order ? `${s.order === 'descend' ? '-' : ''}${key}` : undefined;
            go({ ...state, page: 1, sort });
          }
        }}
      />
    );
  }

  const problem = query.isError ? problemOf(query.error) : null;
  const errorDetail = !query.isError
    ? ''
    : isNetworkError(query.error)
      ? t('kit.form.networkError')
      : problem
        ? problem.detail || problem.title
        : query.error instanceof Error
          ? query.error.message
          : '';

  // Ant Design measures column widths in a hidden copy of the header row (aria-hidden), which holds
  // a second select-all checkbox when rows are selectable; make it inert so keyboard and screen
  // reader users never land on the copy (WCAG aria-hidden-focus).
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    rootRef.current?.querySelectorAll('.ant-table-measure-row').forEach((row) => row.setAttribute('inert', ''));
  });

  return (
    <DataTableContext.Provider value={ctx}>
      <div className="sb-data-table" data-table-id={id} ref={rootRef}>
        {filters.length > 0 && (
          <Card className="sb-data-table-query" style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
            <QueryForm id={id} filters={filters} values={state.filters} onSearch={(f) => go({ ...state, page: 1, filters: f })} onReset={reset} />
          </Card>
        )}
        <Card className="sb-data-table-list">
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
            <div className="sb-data-table-title" style={{ fontSize: 16, fontWeight: 600 }}>
              {title}
            </div>
            <Space wrap>
              {toolbar}
              {settingsColumns.length > 0 && (
                <ColumnSettings columns={settingsColumns} isVisible={visibility.isVisible} setVisible={visibility.setVisible} reset={visibility.reset} />
              )}
            </Space>
          </Flex>
          {query.isError && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('kit.table.loadFailed')}
              description={
                <>
                  {errorDetail && <div>{errorDetail}</div>}
                  <div>{t('kit.table.loadFailedHint')}</div>
                </>
              }
              action={
                <Button icon={<ReloadOutlined />} onClick={refetch} loading={query.isFetching}>
                  {t('kit.common.retry')}
                </Button>
              }
            />
          )}
          {body}
        </Card>
      </div>
    </DataTableContext.Provider>
  );
}
