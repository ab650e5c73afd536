import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { appTheme, contrastRatio, themeBackgrounds, themeColors } from '../../src/app/theme';

const WHITE = '#ffffff';

/** `rgba(0,0,0,a)` or `#rrggbb` on white, as the `#rrggbb` a reader sees. */
function onWhite(color: string): string {
  const m = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(color);
  if (!m) return color;
  const a = Number(m[4]);
  const mix = (c: string) =>
    Math.round(Number(c) * a + 255 * (1 - a))
      .toString(16)
      .padStart(2, '0');
  return `#${mix(m[1]!)}${mix(m[2]!)}${mix(m[3]!)}`;
}

describe('the theme', () => {
  it('uses the primary colour of UI.md', () => {
    expect(appTheme.token?.colorPrimary).toBe('#0958d9');
    expect(contrastRatio('#0958d9', WHITE)).toBeGreaterThan(6);
  });

  it('gives every text colour at least 4.5:1 on white and on the grey page', () => {
    for (const [name, color] of Object.entries(themeColors)) {
      expect(contrastRatio(color, WHITE), name).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(color, themeBackgrounds.page), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps status colours readable on their own tag and alert backgrounds', () => {
    const t = theme.getDesignToken(appTheme);
    for (const kind of ['Error', 'Warning', 'Success', 'Info'] as const) {
      const text = t[`color${kind}`];
      const bg = t[`color${kind}Bg`];
      expect(contrastRatio(text, bg), kind).toBeGreaterThanOrEqual(4.5);
    }
    // white text on a badge or a primary button
    expect(contrastRatio(WHITE, t.colorError)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(WHITE, t.colorPrimary)).toBeGreaterThanOrEqual(4.5);
  });

  it('darkens the text tokens Ant Design derives (secondary, tertiary, description, link)', () => {
    const t = theme.getDesignToken(appTheme);
    for (const key of [
      'colorTextSecondary',
      'colorTextTertiary',
      'colorTextDescription',
      'colorLink',
      'colorErrorText',
      'colorWarningText',
      'colorSuccessText',
    ] as const) {
      expect(contrastRatio(onWhite(t[key]), WHITE), key).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes contrast as WCAG 2 does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1677ff', '#ffffff')).toBeLessThan(4.5);
  });
});
