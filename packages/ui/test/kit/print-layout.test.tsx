import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PrintLayout } from '../../src/kit/print-layout';
import { renderWithProviders } from './helpers';

describe('PrintLayout', () => {
  it('shows the title, the number line, the body and the signature and stamp area', () => {
    renderWithProviders(
      <PrintLayout title="送培到校签到表" number="SP-2026-0012" signatures={[{ label: '送培组长' }, { label: '受援学校', stamp: true }]}>
        <table>
          <tbody>
            <tr>
              <td>张三</td>
            </tr>
          </tbody>
        </table>
      </PrintLayout>,
    );
    const sheet = screen.getByRole('article', { name: '打印预览' });
    expect(within(sheet).getByRole('heading', { level: 1, name: '送培到校签到表' })).toBeInTheDocument();
    expect(within(sheet).getByText('编号：SP-2026-0012')).toBeInTheDocument();
    expect(within(sheet).getByText('张三')).toBeInTheDocument();
    expect(within(sheet).getByText('送培组长')).toBeInTheDocument();
    expect(within(sheet).getByText('受援学校')).toBeInTheDocument();
    expect(within(sheet).getAllByText('签字：')).toHaveLength(2);
    expect(within(sheet).getAllByText('盖章：')).toHaveLength(2);
    expect(within(sheet).getAllByText('日期：')).toHaveLength(2);
  });

  it('prints with the 打印 button, which itself is hidden in print', async () => {
    const user = userEvent.setup();
    const onPrint = vi.fn();
    renderWithProviders(
      <PrintLayout title="公示" onPrint={onPrint} signatures={false}>
        <p>正文</p>
      </PrintLayout>,
    );
    const button = screen.getByRole('button', { name: /打\s*印/ });
    expect(button.closest('.sb-print-hide')).not.toBeNull();
    expect(screen.queryByText('签字：')).not.toBeInTheDocument();
    expect(screen.queryByText(/编号/)).not.toBeInTheDocument();
    await user.click(button);
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('calls window.print by default', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithProviders(
      <PrintLayout title="公示">
        <p>正文</p>
      </PrintLayout>,
    );
    await user.click(screen.getByRole('button', { name: /打\s*印/ }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
