import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportWizard, type ImportJob, type ImportRow } from '../../src/kit/import-wizard';
import { renderWithProviders } from './helpers';

afterEach(() => vi.unstubAllGlobals());

const JOB_ID = '01900000-0000-7000-8000-00000000f001';

function job(overrides: Omit<Partial<ImportJob>, 'counts'> & { counts?: Partial<ImportJob['counts']> } = {}): ImportJob {
  const { counts, ...rest } = overrides;
  return {
    id: JOB_ID,
    importerId: 'directory.teachers',
    fileName: '教师名单.xlsx',
    status: 'ready',
    progress: { processed: 0, total: 0 },
    warnings: [],
    failure: null,
    ...rest,
    counts: { total: 0, valid: 0, invalid: 0, toCreate: 0, toUpdate: 0, created: 0, updated: 0, skipped: 0, ...counts },
  };
}

interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

/**
 * A fake of the import engine at the fetch edge: each GET of the job answers the next state of
 * `states` (the last one repeats); apply answers `afterApply` states the same way.
 */
function fakeEngine(opts: { states: ImportJob[]; afterApply?: ImportJob[]; rows?: ImportRow[]; applyProblem?: { status: number; detail: string } }) {
  const calls: Call[] = [];
  let states = [...opts.states];
  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = init?.body instanceof FormData ? init.body : typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: url.pathname, search: url.searchParams, body });
    const json = (status: number, value: unknown) =>
      new Response(JSON.stringify(value), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
    if (method === 'POST' && /^\/api\/imports\/[^/]+\/jobs$/.test(url.pathname)) {
      states = [...opts.states];
      return json(202, { id: JOB_ID, status: 'parsing' });
    }
    if (method === 'GET' && url.pathname === `/api/imports/jobs/${JOB_ID}`) {
      const next = states.length > 1 ? states.shift()! : states[0]!;
      return json(200, next);
    }
    if (method === 'GET' && url.pathname === `/api/imports/jobs/${JOB_ID}/rows`) {
      const rows = opts.rows ?? [];
      return json(200, { items: rows, total: rows.length, page: 1, pageSize: 20 });
    }
    if (method === 'POST' && url.pathname === `/api/imports/jobs/${JOB_ID}/apply`) {
      if (opts.applyProblem) {
        return json(opts.applyProblem.status, { title: 'Error', status: opts.applyProblem.status, code: 'import.hasInvalidRows', detail: opts.applyProblem.detail });
      }
      states = [...(opts.afterApply ?? [])];
      return json(200, states.length > 1 ? states.shift() : states[0]);
    }
    return json(404, { title: 'Not found', status: 404, code: 'notFound', detail: `no fake for ${method} ${url.pathname}` });
  };
  vi.stubGlobal('fetch', vi.fn(handler));
  return { calls };
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

function upload(name = '教师名单.xlsx') {
  const file = new File(['PK fake xlsx'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  fireEvent.change(fileInput(), { target: { files: [file] } });
}

describe('ImportWizard', () => {
  it('goes from template and upload through the check to an applied import (happy path)', async () => {
    const user = userEvent.setup();
    const { calls } = fakeEngine({
      states: [
        job({ status: 'parsing' }),
        job({ status: 'validating', progress: { processed: 5, total: 10 } }),
        job({ status: 'ready', progress: { processed: 10, total: 10 }, counts: { total: 10, valid: 10, toCreate: 8, toUpdate: 2 } }),
      ],
      afterApply: [
        job({ status: 'applying', progress: { processed: 4, total: 10 }, counts: { total: 10, valid: 10, toCreate: 8, toUpdate: 2 } }),
        job({ status: 'applied', progress: { processed: 10, total: 10 }, counts: { total: 10, valid: 10, toCreate: 8, toUpdate: 2, created: 8, updated: 2 } }),
      ],
    });
    const onClose = vi.fn();
    renderWithProviders(<ImportWizard importerId="directory.teachers" name="教师" open onClose={onClose} pollIntervalMs={10} />);

    const dialog = await screen.findByRole('dialog', { name: '导入教师' });
    expect(within(dialog).getByRole('link', { name: /下载 Excel 模板/ })).toHaveAttribute('href', '/api/imports/directory.teachers/template?format=xlsx');
    expect(within(dialog).getByRole('link', { name: /下载 CSV 模板/ })).toHaveAttribute('href', '/api/imports/directory.teachers/template?format=csv');
    expect(within(dialog).getByLabelText('选择或拖入要导入的文件')).toBe(fileInput());

    upload();
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/imports/directory.teachers/jobs')).toBe(true));
    const post = calls.find((c) => c.method === 'POST' && c.path === '/api/imports/directory.teachers/jobs')!;
    expect(post.body).toBeInstanceOf(FormData);
    expect(((post.body as FormData).get('file') as File).name).toBe('教师名单.xlsx');

    // the progress bar while it is checked, then the counts
    await screen.findByRole('progressbar');
    expect(await screen.findByTestId('import-counts')).toHaveTextContent('共 10 行，可导入 10 行（新增 8，更新 2），有错误 0 行');
    expect(screen.getByText('所有行都检查通过，可以导入。')).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/rows'))).toBe(false);

    await user.click(screen.getByRole('button', { name: '下一步' }));
    const all = screen.getByRole('radio', { name: /全部无误才导入/ });
    expect(all).toBeChecked();
    expect(all).toBeEnabled();
    await user.click(screen.getByRole('button', { name: '开始导入' }));

    expect(await screen.findByText('导入完成：新增 8 行，更新 2 行，跳过 0 行')).toBeInTheDocument();
    const apply = calls.find((c) => c.method === 'POST' && c.path.endsWith('/apply'))!;
    expect(apply.body).toEqual({ mode: 'all' });

    await user.click(screen.getByRole('button', { name: /^完\s?成$/ }));
    expect(onClose).toHaveBeenCalledWith({ applied: true });
  });

  it('lists the row errors, refuses all-or-nothing and applies the valid rows when told to skip (error path)', async () => {
    const user = userEvent.setup();
    const counts = { total: 12, valid: 10, invalid: 2, toCreate: 10 };
    const { calls } = fakeEngine({
      states: [job({ status: 'validating', progress: { processed: 6, total: 12 } }), job({ status: 'ready', progress: { processed: 12, total: 12 }, counts })],
      rows: [
        {
          rowNumber: 5,
          values: { name: '张三' },
          errors: [{ column: 'idNumber', header: '身份证号', code: 'directory.idNumber.checksum', message: '身份证号校验位不正确' }],
        },
        {
          rowNumber: 9,
          values: { name: '李四' },
          errors: [
            { column: 'schoolCode', header: '学校代码', code: 'directory.school.notFound', message: '找不到学校代码 4399019999' },
            { column: null, header: null, code: 'import.duplicateInFile', message: '与第 3 行重复' },
          ],
        },
      ],
      afterApply: [job({ status: 'applied', progress: { processed: 12, total: 12 }, counts: { ...counts, created: 10, skipped: 2 } })],
    });
    const onClose = vi.fn();
    renderWithProviders(<ImportWizard importerId="directory.teachers" open onClose={onClose} pollIntervalMs={10} />);
    await screen.findByRole('dialog', { name: '导入' });
    upload();

    expect(await screen.findByTestId('import-counts')).toHaveTextContent('共 12 行，可导入 10 行（新增 10，更新 0），有错误 2 行');
    const table = await screen.findByRole('region', { name: '错误列表' });
    await within(table).findByText('身份证号校验位不正确');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['5', '身份证号', '身份证号校验位不正确'],
      ['9', '学校代码', '找不到学校代码 4399019999'],
      ['9', '整行', '与第 3 行重复'],
    ]);
    const rowsCall = calls.find((c) => c.path.endsWith('/rows'))!;
    expect(rowsCall.search.get('errorsOnly')).toBe('true');

    await user.click(screen.getByRole('button', { name: '下一步' }));
    const all = screen.getByRole('radio', { name: /全部无误才导入/ });
    expect(all).toBeDisabled();
    expect(all).not.toBeChecked();
    expect(screen.getByText(/文件中有 2 行有错误，不能选择“全部无误才导入”/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '开始导入' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /跳过有错误的行/ }));
    await user.click(screen.getByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('导入完成：新增 10 行，更新 0 行，跳过 2 行')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/apply'))!.body).toEqual({ mode: 'skipInvalid' });
    expect(calls.filter((c) => c.method === 'POST' && c.path.endsWith('/apply'))).toHaveLength(1);
  });

  it('shows why a file failed, and uploading again starts over with the same importer', async () => {
    const user = userEvent.setup();
    const { calls } = fakeEngine({
      states: [
        job({
          status: 'failed',
          failure: { code: 'import.missingColumns', message: '文件缺少必填列：身份证号、学校代码' },
        }),
      ],
    });
    renderWithProviders(<ImportWizard importerId="directory.students" open onClose={() => {}} pollIntervalMs={10} />);
    await screen.findByRole('dialog');
    upload('学生.csv');

    const alert = await screen.findByText('文件缺少必填列：身份证号、学校代码');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('文件没有通过检查');
    expect(screen.getByRole('button', { name: '下一步' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /重新上传/ }));
    expect(await screen.findByLabelText('选择或拖入要导入的文件')).toBeInTheDocument();
    upload('学生-已改.csv');
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST' && c.path === '/api/imports/directory.students/jobs')).toHaveLength(2));
  });

  it('refuses a file that is not .xlsx or .csv without uploading it', async () => {
    const { calls } = fakeEngine({ states: [job()] });
    renderWithProviders(<ImportWizard importerId="directory.schools" open onClose={() => {}} />);
    await screen.findByRole('dialog');
    fireEvent.change(fileInput(), { target: { files: [new File(['x'], '学校.xls', { type: 'application/vnd.ms-excel' })] } });
    expect(await screen.findByText(/只能导入 .xlsx 或 .csv 文件/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
