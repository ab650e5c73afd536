import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TemplateDetailPage from '../../../src/admin/templates/pages/TemplateDetailPage';
import TemplateEditorPage from '../../../src/admin/templates/pages/TemplateEditorPage';
import TemplatesPage from '../../../src/admin/templates/pages/TemplatesPage';
import { TEMPLATE_ID, V1_ID, detail, fakeTemplates } from './fake-templates';
import { currentPath, problem, renderPage, stubApi } from './harness';

afterEach(() => vi.unstubAllGlobals());

describe('检查表 pages', { timeout: 120_000 }, () => {
  it('lists the templates with their current version; only managers get 新建', async () => {
    stubApi(fakeTemplates());
    const { unmount } = renderPage(<TemplatesPage />, { url: '/food-safety/templates', path: '/food-safety/templates' });
    const link = await screen.findByRole('link', { name: '学校食堂食品安全专项检查表（六项）' });
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('系统内置')).toBeInTheDocument();
    expect(within(row).getByText('监督检查')).toBeInTheDocument();
    expect(within(row).getByText('第 2 版')).toBeInTheDocument();
    expect(within(row).getByText('2 个区域，2 项')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建检查表/ })).toBeInTheDocument();
    unmount();

    stubApi(fakeTemplates());
    renderPage(<TemplatesPage />, { url: '/food-safety/templates', path: '/food-safety/templates', permissions: ['food-safety.read'] });
    await screen.findByRole('link', { name: '学校食堂食品安全专项检查表（六项）' });
    expect(screen.queryByRole('button', { name: /新建检查表/ })).toBeNull();
  });

  it('shows the areas and items of the current version, and a past version picked from the history', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = stubApi(fakeTemplates());
    renderPage(<TemplateDetailPage />, { url: `/food-safety/templates/${TEMPLATE_ID}`, path: '/food-safety/templates/:id' });
    const area = await screen.findByTestId('area-school-canteen-A3');
    expect(within(area).getByText('2. 索证索票/贮存')).toBeInTheDocument();
    const row = within(area).getByText('冷藏设备内生熟食品分开存放，无生熟混放').closest('tr') as HTMLElement;
    expect(within(row).getByText('关键项')).toBeInTheDocument();
    expect(within(row).getByText('6')).toBeInTheDocument();
    expect(within(row).getByText('生熟混放、混用')).toBeInTheDocument();
    expect(within(row).getByText('2.1')).toBeInTheDocument();

    await user.click(screen.getByText('版本记录'));
    await user.click(await screen.findByLabelText('查看 第 1 版'));
    await screen.findByText('正在查看第 1 版（历史版本），当前为第 2 版');
    expect(await screen.findByText('库房整洁')).toBeInTheDocument();
    expect(screen.getByText('冷藏设备内生熟分开')).toBeInTheDocument();
    expect(currentPath()).toBe(`/food-safety/templates/${TEMPLATE_ID}?version=${V1_ID}`);
    expect(calls.some((c) => c.path === `/api/food-safety/templates/${TEMPLATE_ID}/versions/${V1_ID}`)).toBe(true);
  });

  it('warns that saving a used version makes the next one, and sends kept codes with new items', async () => {
    const user = userEvent.setup({ delay: null });
    const saved = detail({ currentVersionNumber: 3, version: 5, currentVersionUsed: false });
    const calls = stubApi(fakeTemplates((call) => (call.method === 'PATCH' ? { body: saved } : undefined)));
    renderPage(<TemplateEditorPage />, { url: `/food-safety/templates/${TEMPLATE_ID}/edit`, path: '/food-safety/templates/:id/edit' });
    await screen.findByText('已有检查使用此版本，保存将生成第 3 版；已完成的检查仍按原版本显示');

    const first = screen.getByRole('textbox', { name: '区域 1 第 1 项 检查内容' });
    await user.clear(first);
    await user.type(first, '食堂持有有效的食品经营许可证');
    const area2 = screen.getByTestId('area-editor-1');
    await user.click(within(area2).getByRole('button', { name: /添加检查项/ }));
    await user.type(screen.getByRole('textbox', { name: '区域 2 第 2 项 检查内容' }), '设置专门的留样冰箱');
    const weight = screen.getByRole('spinbutton', { name: '区域 2 第 2 项 分值' });
    await user.clear(weight);
    await user.type(weight, '4');
    await user.type(screen.getByLabelText('修订说明'), '增加留样冰箱');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    const body = calls.find((c) => c.method === 'PATCH')!.body as {
      version: number;
      note: string;
      areas: { code?: string; items: { code?: string; text: string; weight: number }[] }[];
    };
    expect(body.version).toBe(4);
    expect(body.note).toBe('增加留样冰箱');
    expect(body.areas.map((a) => a.code)).toEqual(['school-canteen-A1', 'school-canteen-A3']);
    expect(body.areas[0]!.items).toEqual([
      { code: 'school-canteen-1', text: '食堂持有有效的食品经营许可证', severity: 'critical', weight: 6, defectCode: null },
    ]);
    expect(body.areas[1]!.items[1]).toEqual({ text: '设置专门的留样冰箱', severity: 'minor', weight: 4, defectCode: null });
    await screen.findByText('已保存为第 3 版');
    await waitFor(() => expect(currentPath()).toBe(`/food-safety/templates/${TEMPLATE_ID}`));
  });

  it('shows the API’s field error under the item it names', async () => {
    const user = userEvent.setup({ delay: null });
    stubApi(
      fakeTemplates((call) =>
        call.method === 'PATCH'
          ? {
              status: 400,
              body: problem(400, 'validation.failed', '提交的内容有误', {
                errors: [
                  { field: 'areas.1.items.0.code', code: 'foodSafety.template.duplicateCode', message: '编码 school-canteen-5 重复出现' },
                  { field: 'areas.0.items.0.weight', code: 'validation.max', message: '数值太大' },
                ],
              }),
            }
          : undefined,
      ),
    );
    renderPage(<TemplateEditorPage />, { url: `/food-safety/templates/${TEMPLATE_ID}/edit`, path: '/food-safety/templates/:id/edit' });
    const text = await screen.findByRole('textbox', { name: '区域 1 第 1 项 检查内容' });
    await user.type(text, '。');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('数值太大')).toBeInTheDocument();
    expect(currentPath()).toBe(`/food-safety/templates/${TEMPLATE_ID}/edit`);
  });

  it('refuses an area without items before saving', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = stubApi(fakeTemplates());
    renderPage(<TemplateEditorPage />, { url: '/food-safety/templates/new', path: '/food-safety/templates/new' });
    await user.type(await screen.findByLabelText('名称'), '春季专项检查表');
    await user.type(screen.getByRole('textbox', { name: '区域 1 区域名称' }), '许可证');
    await user.click(screen.getByRole('button', { name: '区域 1 第 1 项 删除检查项' }));
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('每个区域至少要有一个检查项')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});
