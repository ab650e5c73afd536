/**
 * The admin's Ant Design theme. Ant Design's default colours fail WCAG AA contrast on white
 * (primary #1677ff 4.1:1, tertiary text 3.4:1, error #ff4d4f 3.3:1, warning and success far less),
 * so the shell sets darker tokens that pass 4.5:1 for normal text on white and on the pale
 * backgrounds of tags and alerts (UI.md), instead of switching the contrast rule off.
 *
 * Contrast on white (WCAG 2 relative luminance):
 *   primary / link / info  #0958d9  6.2:1   (on #e6f4ff 5.5:1, on the #f5f5f5 page 5.6:1)
 *   secondary text         #595959  7.0:1   (on #f5f5f5 6.4:1)
 *   tertiary text          #666666  5.7:1   (on #f5f5f5 5.3:1)
 *   placeholder            #6e6e6e  5.1:1   (on #f5f5f5 4.7:1)
 *   error                  #cf1322  5.6:1   (on its tag background 5.1:1; white on it 5.6:1)
 *   warning                #a15c00  5.4:1   (on its tag background 5.0:1)
 *   success                #237804  5.6:1   (on its tag background 5.4:1)
 */
import type { ThemeConfig } from 'antd';

export const themeColors = {
  primary: '#0958d9',
  link: '#0958d9',
  textSecondary: '#595959',
  textTertiary: '#666666',
  /** Placeholders of inputs and selects ("请选择"): Ant Design's #bfbfbf is 1.8:1. */
  placeholder: '#6e6e6e',
  error: '#cf1322',
  warning: '#a15c00',
  success: '#237804',
} as const;

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = hex.replace('#', '');
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const v = parseInt(n.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The pale backgrounds status tags and alerts put the colours on. */
export const themeBackgrounds = { error: '#fff2f0', warning: '#fffbe6', success: '#f6ffed', info: '#e6f4ff', page: '#f5f5f5' } as const;

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: themeColors.primary,
    // a primary button under the pointer keeps white text at AA (the default lighter hover, #2e7ae6, is 4.2:1)
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorInfo: themeColors.primary,
    colorLink: themeColors.link,
    colorLinkHover: '#1677ff',
    colorLinkActive: '#003eb3',
    colorTextSecondary: themeColors.textSecondary,
    colorTextTertiary: themeColors.textTertiary,
    colorTextPlaceholder: themeColors.placeholder,
    colorTextDescription: themeColors.textTertiary,
    colorTextLabel: themeColors.textSecondary,
    colorError: themeColors.error,
    colorErrorText: themeColors.error,
    colorWarning: themeColors.warning,
    colorWarningText: themeColors.warning,
    colorSuccess: themeColors.success,
    colorSuccessText: themeColors.success,
    // the pale backgrounds and borders of the default palette: a dark seed would grey them out
    colorErrorBg: themeBackgrounds.error,
    colorErrorBorder: '#ffccc7',
    colorWarningBg: themeBackgrounds.warning,
    colorWarningBorder: '#ffe58f',
    colorSuccessBg: themeBackgrounds.success,
    colorSuccessBorder: '#b7eb8f',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56 },
    Menu: { itemSelectedColor: themeColors.primary },
    // an unchecked switch is drawn in colorTextQuaternary (#bfbfbf): its white inner label read at 1.8:1
    Switch: { colorTextQuaternary: '#6e6e6e', colorTextTertiary: '#595959' },
  },
};
