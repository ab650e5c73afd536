import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { ApiForm } from '../../src/kit/form/api-form';
import { ProblemError } from '../../src/kit/problem';
import { Providers } from './helpers';

interface Values {
  name: string;
  address: { city: string };
}

type Submit = (values: Values) => Promise<unknown>;

function SchoolForm({ onSubmit, onSuccess }: { onSubmit: Submit; onSuccess?: () => void }) {
  return (
    <>
      <Link to="/elsewhere">去别的页面</Link>
      <ApiForm<Values>
        initialValues={{ name: '示范县第一中学', address: { city: '示范市' } }}
        onSubmit={onSubmit}
        {...(onSuccess ? { onSuccess } : {})}
        fieldLabels={{ budget: '预算' }}
      >
        <Form.Item name="name" label="学校名称" rules={[{ required: true, message: '请输入学校名称' }]}>
          <Input />
        </Form.Item>
        <Form.Item name={['address', 'city']} label="所在市">
          <Input />
        </Form.Item>
      </ApiForm>
    </>
  );
}

function renderForm(onSubmit: Submit, onSuccess?: () => void) {
  const router = createMemoryRouter(
    [
      { path: '/form', element: <SchoolForm onSubmit={onSubmit} {...(onSuccess ? { onSuccess } : {})} /> },
      { path: '/elsewhere', element: <h1>别的页面</h1> },
    ],
    { initialEntries: ['/form'] },
  );
  render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

function itemOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

const saveButton = () => screen.getByRole('button', { name: /保\s*存/ });

describe('ApiForm', () => {
  it('shows the problem’s field errors under their fields, nested paths included', async () => {
    const user = userEvent.setup();
    renderForm(async () => {
      throw new ProblemError({
        status: 400,
        title: '提交的内容有误',
        code: 'validation.failed',
        errors: [
          { field: 'name', code: 'conflict.duplicate', message: '已有同名学校' },
          { field: 'address.city', code: 'validation.required', message: '请填写所在市' },
        ],
      });
    });
    await user.click(saveButton());
    expect(await within(itemOf('学校名称')).findByText('已有同名学校')).toBeInTheDocument();
    expect(within(itemOf('所在市')).getByText('请填写所在市')).toBeInTheDocument();
    expect(within(itemOf('学校名称')).queryByText('请填写所在市')).not.toBeInTheDocument();
    expect(screen.getByLabelText('学校名称')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('请修改以下内容后再保存')).not.toBeInTheDocument();
  });

  it('lists errors for fields the form does not have in an Alert', async () => {
    const user = userEvent.setup();
    renderForm(async () => {
      throw new ProblemError({
        status: 400,
        title: '提交的内容有误',
        errors: [
          { field: 'budget', code: 'validation.max', message: '不能超过 100 万元' },
          { field: 'name', code: 'validation.length', message: '名称太长' },
        ],
      });
    });
    await user.click(saveButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('请修改以下内容后再保存')).toBeInTheDocument();
    expect(within(alert).getByText('预算：不能超过 100 万元')).toBeInTheDocument();
    expect(within(itemOf('学校名称')).getByText('名称太长')).toBeInTheDocument();
  });

  it('shows other problems in an Alert with their detail', async () => {
    const user = userEvent.setup();
    renderForm(async () => {
      throw new ProblemError({ status: 409, title: '内容已被他人修改', detail: '这条记录已被他人修改，请刷新后再编辑。', code: 'conflict.staleVersion' });
    });
    await user.click(saveButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('内容已被他人修改')).toBeInTheDocument();
    expect(within(alert).getByText('这条记录已被他人修改，请刷新后再编辑。')).toBeInTheDocument();
  });

  it('explains a network failure in words', async () => {
    const user = userEvent.setup();
    renderForm(async () => {
      throw new TypeError('Failed to fetch');
    });
    await user.click(saveButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('无法连接服务器，请检查网络后重试。')).toBeInTheDocument();
    expect(within(alert).queryByText('Failed to fetch')).not.toBeInTheDocument();
  });

  it('explains the shell’s network problem (status 0) in words too', async () => {
    const user = userEvent.setup();
    renderForm(async () => {
      throw new ProblemError({ status: 0, title: 'Network error', code: 'http.network' });
    });
    await user.click(saveButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('无法连接服务器，请检查网络后重试。')).toBeInTheDocument();
    expect(within(alert).queryByText('Network error')).not.toBeInTheDocument();
  });

  it('disables the submit button while saving, then confirms with a toast', async () => {
    const user = userEvent.setup();
    let finish!: () => void;
    const onSubmit = vi.fn(() => new Promise<void>((r) => (finish = r)));
    renderForm(onSubmit);
    await user.clear(screen.getByLabelText('学校名称'));
    await user.type(screen.getByLabelText('学校名称'), '示范县第二中学');
    await user.click(saveButton());
    await waitFor(() => expect(saveButton()).toBeDisabled());
    expect(onSubmit).toHaveBeenCalledWith({ name: '示范县第二中学', address: { city: '示范市' } });
    await user.click(saveButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    await waitFor(() => expect(saveButton()).toBeEnabled());
    expect(await screen.findByText('保存成功')).toBeInTheDocument();
  });

  it('does not submit a form that fails its own rules', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => undefined);
    renderForm(onSubmit);
    await user.clear(screen.getByLabelText('学校名称'));
    await user.click(saveButton());
    expect(await within(itemOf('学校名称')).findByText('请输入学校名称')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks before leaving with unsaved changes, and stays or leaves', async () => {
    const user = userEvent.setup();
    const router = renderForm(async () => undefined);
    await user.type(screen.getByLabelText('所在市'), '（新）');
    await user.click(screen.getByRole('link', { name: '去别的页面' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('离开此页面？')).toBeInTheDocument();
    expect(within(dialog).getByText('你有未保存的修改，离开后这些修改将丢失。')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '留在此页' }));
    expect(router.state.location.pathname).toBe('/form');
    expect(screen.getByLabelText('所在市')).toHaveValue('示范市（新）');

    await user.click(screen.getByRole('link', { name: '去别的页面' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /离\s*开/ }));
    expect(await screen.findByRole('heading', { name: '别的页面' })).toBeInTheDocument();
  });

  it('warns when the tab is closed while dirty, and not when clean', async () => {
    const user = userEvent.setup();
    renderForm(async () => undefined);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    await user.type(screen.getByLabelText('所在市'), '区');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });

  it('clears the unsaved state after a successful save, so leaving needs no confirmation', async () => {
    const user = userEvent.setup();
    const router = renderForm(async () => ({ id: 's1' }));
    await user.type(screen.getByLabelText('所在市'), '区');
    await user.click(saveButton());
    await screen.findByText('保存成功');
    await user.click(screen.getByRole('link', { name: '去别的页面' }));
    expect(await screen.findByRole('heading', { name: '别的页面' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/elsewhere');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets onSuccess navigate away at once after saving', async () => {
    const user = userEvent.setup();
    const router: ReturnType<typeof createMemoryRouter> = renderForm(
      async () => undefined,
      () => void router.navigate('/elsewhere'),
    );
    await user.type(screen.getByLabelText('所在市'), '区');
    await user.click(saveButton());
    expect(await screen.findByRole('heading', { name: '别的页面' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
