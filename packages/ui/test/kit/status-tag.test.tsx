import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { StatusTag, TONE_COLORS, defineStatusMap, type StatusTone } from '../../src/kit/status-tag';
import { createTestI18n } from './helpers';

const STATUS = defineStatusMap({
  met: { label: 'demo.met', tone: 'success' },
  missed: { label: 'demo.missed', tone: 'error' },
});

/** WCAG relative luminance contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('StatusTag', () => {
  it('shows the status as a word with an icon, not only a colour', () => {
    render(
      <I18nextProvider i18n={createTestI18n('zh-CN')}>
        <StatusTag value="met" map={STATUS} />
        <StatusTag value="missed" map={STATUS} />
      </I18nextProvider>,
    );
    const met = screen.getByText('达标').closest('.ant-tag') as HTMLElement;
    expect(met).toHaveAttribute('data-tone', 'success');
    expect(met.querySelector('.anticon-check-circle')).not.toBeNull();
    const missed = screen.getByText('未达标').closest('.ant-tag') as HTMLElement;
    expect(missed).toHaveAttribute('data-tone', 'error');
    expect(missed.querySelector('.anticon-close-circle')).not.toBeNull();
    expect(met.style.color).not.toBe(missed.style.color);
  });

  it('speaks the current language', () => {
    render(
      <I18nextProvider i18n={createTestI18n('en')}>
        <StatusTag value="missed" map={STATUS} />
      </I18nextProvider>,
    );
    expect(screen.getByText('Missed')).toBeInTheDocument();
  });

  it('shows an unknown value as it is, in the neutral tone, and nothing for no value', () => {
    const { container } = render(
      <I18nextProvider i18n={createTestI18n('zh-CN')}>
        <StatusTag value={'paused' as 'met'} map={STATUS} />
        <StatusTag value={null} map={STATUS} />
      </I18nextProvider>,
    );
    expect(screen.getByText('paused').closest('.ant-tag')).toHaveAttribute('data-tone', 'default');
    expect(container.querySelectorAll('.ant-tag')).toHaveLength(1);
  });

  it('uses text colours with at least 4.5:1 contrast on their backgrounds (WCAG AA)', () => {
    for (const tone of Object.keys(TONE_COLORS) as StatusTone[]) {
      expect(contrast(TONE_COLORS[tone].color, TONE_COLORS[tone].background), tone).toBeGreaterThanOrEqual(4.5);
    }
  });
});
