import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useNavigate } from 'react-router';
import { DataTable } from '../../src/kit/data-table/data-table';
import { ExportButton } from '../../src/kit/data-table/export-button';
import { rowActionsColumn } from '../../src/kit/data-table/row-actions';
import type { DataTableColumn, FilterDef, ListParams, Page } from '../../src/kit/data-table/types';
import { ProblemError } from '../../src/kit/problem';
import { currentSearch, renderWithProviders } from './helpers';

interface School {
  id: string;
  name: string;
  county: string;
  createdAt: string;
}

const ALL: School[] = Array.from({ length: 45 }, (_, i) => ({
  id: `s${i + 1}`,
  name: `学校 ${i + 1}`,
  county: i % 2 ? '示范县' : '样板县',
  createdAt: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
}));

function pageOf(params: ListParams): Page<School> {
  const start = (params.page - 1) * params.pageSize;
  return { items: ALL.slice(start, start + params.pageSize), total: ALL.length, page: params.page, pageSize: params.pageSize };
}

const columns: DataTableColumn<School>[] = [
  { key: 'name', title: '学校名称', dataIndex: 'name', sorter: true },
  { key: 'county', title: '所在县', dataIndex: 'county' },
  { key: 'createdAt', title: '创建日期', dataIndex: 'createdAt', sorter: true },
  rowActionsColumn<School>(
    (row) => ({ view: `/schools/${row.id}`, edit: `/schools/${row.id}/edit`, more: [{ key: 'archive', label: '归档', onClick: () => archived.push(row.id) }] }),
    {
      name: (row) => row.name,
    },
  ),
];
let archived: string[] = [];

const filters: FilterDef[] = [
  { type: 'text', name: 'q', label: '关键词' },
  {
    type: 'select',
    name: 'status',
    label: '状态',
    options: [
      { value: 'active', label: '进行中' },
      { value: 'closed', label: '已结束' },
    ],
  },
  { type: 'dateRange', name: 'date', label: '创建日期' },
];

function BackButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      history back
    </button>
  );
}

function lastParams(fetch: ReturnType<typeof vi.fn>): ListParams {
  return fetch.mock.calls.at(-1)![0] as ListParams;
}

beforeEach(() => {
  window.localStorage.clear();
  archived = [];
});
afterEach(() => vi.restoreAllMocks());

function renderTable(url = '/schools', fetch = vi.fn(async (p: ListParams) => pageOf(p)), extra: Partial<React.ComponentProps<typeof DataTable<School>>> = {}) {
  const utils = renderWithProviders(
    <DataTable<School> id="schools" queryKey={['schools']} fetch={fetch} columns={columns} rowKey="id" filters={filters} {...extra} />,
    { url },
  );
  return { ...utils, fetch };
}

describe('DataTable', () => {
  it('shows skeleton rows on the first load, then the rows', async () => {
    let resolve!: (p: Page<School>) => void;
    const fetch = vi.fn(() => new Promise<Page<School>>((r) => (resolve = r)));
    renderTable('/schools', fetch);
    expect(screen.getByRole('status', { name: '正在加载' })).toBeInTheDocument();
    expect(screen.getAllByTestId('skeleton-row').length).toBeGreaterThan(0);
    await act(async () => resolve(pageOf({ page: 1, pageSize: 20 })));
    expect(await screen.findByText('学校 1')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: '正在加载' })).not.toBeInTheDocument();
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
  });

  it('requests page 2 when paging and puts page=2 in the URL', async () => {
    const user = userEvent.setup();
    const { fetch } = renderTable();
    await screen.findByText('学校 1');
    expect(lastParams(fetch)).toEqual({ page: 1, pageSize: 20 });
    await user.click(screen.getByTitle('2'));
    expect(await screen.findByText('学校 21')).toBeInTheDocument();
    expect(lastParams(fetch)).toEqual({ page: 2, pageSize: 20 });
    expect(currentSearch(screen).get('page')).toBe('2');
    expect(screen.queryByText('学校 1')).not.toBeInTheDocument();
  });

  it('goes back to the previous page with the browser history', async () => {
    const user = userEvent.setup();
    const { fetch } = renderTable('/schools', undefined, { toolbar: <BackButton /> });
    await screen.findByText('学校 1');
    await user.click(screen.getByTitle('3'));
    expect(await screen.findByText('学校 41')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'history back' }));
    expect(await screen.findByText('学校 1')).toBeInTheDocument();
    expect(currentSearch(screen).get('page')).toBeNull();
    expect(lastParams(fetch)).toEqual({ page: 1, pageSize: 20 });
  });

  it('applies a column sort to the fetch parameters and the URL, and resets to page 1', async () => {
    const user = userEvent.setup();
    const { fetch } = renderTable('/schools?page=2');
    await screen.findByText('学校 21');
    await user.click(screen.getByRole('columnheader', { name: /创建日期/ }));
    await waitFor(() => expect(lastParams(fetch)).toEqual({ page: 1, pageSize: 20, sort: 'createdAt' }));
    expect(currentSearch(screen).get('sort')).toBe('createdAt');
    expect(currentSearch(screen).get('page')).toBeNull();
    await user.click(screen.getByRole('columnheader', { name: /创建日期/ }));
    await waitFor(() => expect(lastParams(fetch).sort).toBe('-createdAt'));
    expect(currentSearch(screen).get('sort')).toBe('-createdAt');
    expect(screen.getByRole('columnheader', { name: /创建日期/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('writes a submitted filter into the URL and goes back to page 1', async () => {
    const user = userEvent.setup();
    const { fetch } = renderTable('/schools?page=3');
    await screen.findByText('学校 41');
    await user.type(screen.getByLabelText('关键词'), ' 一中 ');
    await user.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => expect(lastParams(fetch)).toEqual({ page: 1, pageSize: 20, q: '一中' }));
    const search = currentSearch(screen);
    expect(search.get('q')).toBe('一中');
    expect(search.get('page')).toBeNull();
  });

  it('reads the initial page, size, sort and filters from the URL', async () => {
    const { fetch } = renderTable('/schools?page=2&pageSize=50&sort=-createdAt&q=一中&status=active&dateFrom=2026-01-01&dateTo=2026-03-31');
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(fetch.mock.calls[0]![0]).toEqual({
      page: 2,
      pageSize: 50,
      sort: '-createdAt',
      q: '一中',
      status: 'active',
      dateFrom: '2026-01-01',
      dateTo: '2026-03-31',
    });
    await screen.findByText('学校 45');
    expect(screen.getByLabelText('关键词')).toHaveValue('一中');
    expect(screen.getByText('进行中')).toBeInTheDocument();
    expect(screen.getByDisplayValue('2026-01-01')).toBeInTheDocument();
    expect(screen.getByDisplayValue('2026-03-31')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /创建日期/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('reset clears the filters from the form, the URL and the request', async () => {
    const user = userEvent.setup();
    const { fetch } = renderTable('/schools?q=一中&status=active&page=2&sort=name&other=kept');
    await screen.findByText('学校 21');
    await user.click(screen.getByRole('button', { name: /重\s*置/ }));
    await waitFor(() => expect(lastParams(fetch)).toEqual({ page: 1, pageSize: 20, sort: 'name' }));
    const search = currentSearch(screen);
    expect(search.get('q')).toBeNull();
    expect(search.get('status')).toBeNull();
    expect(search.get('page')).toBeNull();
    expect(search.get('other')).toBe('kept');
    expect(screen.getByLabelText('关键词')).toHaveValue('');
  });

  it('shows the empty state with its call to action', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn();
    renderTable(
      '/schools',
      vi.fn(async (p: ListParams) => ({ items: [], total: 0, page: p.page, pageSize: p.pageSize })),
      {
        empty: { description: '还没有学校，点击新建学校', action: { label: '新建学校', onClick: onCreate } },
      },
    );
    expect(await screen.findByText('还没有学校，点击新建学校')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /新建学校/ }));
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  it('offers to clear the filters when nothing matches them', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn(async (p: ListParams) => (p.q ? { items: [], total: 0, page: 1, pageSize: 20 } : pageOf(p)));
    renderTable('/schools?q=不存在', fetch);
    expect(await screen.findByText('没有符合查询条件的记录')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /清除查询条件/ }));
    expect(await screen.findByText('学校 1')).toBeInTheDocument();
    expect(currentSearch(screen).get('q')).toBeNull();
  });

  it('shows the problem detail when loading fails, and retries', async () => {
    const user = userEvent.setup();
    let fail = true;
    const fetch = vi.fn(async (p: ListParams) => {
      if (fail) throw new ProblemError({ status: 503, title: '服务暂不可用', detail: '数据库正在维护，请稍后再试。', code: 'db.unavailable' });
      return pageOf(p);
    });
    renderTable('/schools', fetch);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('列表没有加载出来')).toBeInTheDocument();
    expect(within(alert).getByText('数据库正在维护，请稍后再试。')).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByText('学校 1')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not ask again after a refusal, but retries a server failure as the client says', async () => {
    const { QueryClient } = await import('@tanstack/react-query');
    const client = new QueryClient({ defaultOptions: { queries: { retry: 2, retryDelay: 0 } } });
    const refused = vi.fn(async () => {
      throw new ProblemError({ status: 403, title: '没有权限', detail: '你没有查看结对的权限。', code: 'auth.forbidden' });
    });
    const first = renderWithProviders(<DataTable<School> id="a" queryKey={['a']} fetch={refused} columns={columns} rowKey="id" />, { client });
    expect(await screen.findByText('你没有查看结对的权限。')).toBeInTheDocument();
    expect(refused).toHaveBeenCalledTimes(1);
    first.unmount();

    const failing = vi.fn(async () => {
      throw new ProblemError({ status: 502, title: '网关错误' });
    });
    renderWithProviders(<DataTable<School> id="b" queryKey={['b']} fetch={failing} columns={columns} rowKey="id" />, { client });
    expect(await screen.findByText('网关错误')).toBeInTheDocument();
    expect(failing).toHaveBeenCalledTimes(3);
  });

  it('hides a column from the column settings and remembers it for the table', async () => {
    const user = userEvent.setup();
    const first = renderTable();
    await screen.findByText('学校 1');
    expect(screen.getByRole('columnheader', { name: '所在县' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '列设置' }));
    const group = await screen.findByRole('group', { name: '显示的列' });
    await user.click(within(group).getByRole('checkbox', { name: '所在县' }));
    expect(screen.queryByRole('columnheader', { name: '所在县' })).not.toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem('sb.table.schools.columns')!)).toEqual({ county: false });
    first.unmount();

    renderTable();
    await screen.findByText('学校 1');
    expect(screen.queryByRole('columnheader', { name: '所在县' })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /学校名称/ })).toBeInTheDocument();
  });

  it('gives the export button the current filters and sort', async () => {
    const exportUrl = vi.fn((p: Record<string, string>) => `/api/schools/export?${new URLSearchParams(p).toString()}`);
    renderTable('/schools?q=一中&sort=name&page=2', undefined, { toolbar: <ExportButton exportUrl={exportUrl} /> });
    await screen.findByText('学校 21');
    const link = screen.getByRole('link', { name: /导\s*出/ });
    expect(exportUrl).toHaveBeenLastCalledWith({ q: '一中', sort: 'name' });
    expect(link.getAttribute('href')).toBe(`/api/schools/export?q=${encodeURIComponent('一中')}&sort=name`);
  });

  it('runs an export function with the current filters', async () => {
    const user = userEvent.setup();
    const onExport = vi.fn(async () => undefined);
    renderTable('/schools?status=active', undefined, { toolbar: <ExportButton onExport={onExport} /> });
    await screen.findByText('学校 1');
    await user.click(screen.getByRole('button', { name: /导\s*出/ }));
    expect(onExport).toHaveBeenCalledWith({ status: 'active' });
  });

  it('has 查看 / 编辑 links and a 更多 menu per row', async () => {
    const user = userEvent.setup();
    renderTable();
    await screen.findByText('学校 1');
    expect(screen.getByRole('link', { name: '查看 学校 1' })).toHaveAttribute('href', '/schools/s1');
    expect(screen.getByRole('link', { name: '编辑 学校 1' })).toHaveAttribute('href', '/schools/s1/edit');
    await user.click(screen.getByRole('button', { name: '更多操作 学校 2' }));
    await user.click(await screen.findByRole('menuitem', { name: '归档' }));
    expect(archived).toEqual(['s2']);
  });
});
