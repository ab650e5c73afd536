import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@schoolbridge/ui';
import type { FiguresReport } from '../src/api/types';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { exportFileName, figuresWorkbook, sheetName } from '../src/pages/figures/export-xlsx';

const report: FiguresReport = {
  region: { id: 'r1', code: '439901', name: '示范县', kind: 'region' },
  period: { kind: 'calendarYear', text: '2026', from: '2026-01-01', to: '2026-12-31', label: '2026年' },
  sections: [
    {
      id: 'platform.usage',
      owner: 'platform',
      title: 'platform.usage.title',
      order: 1,
      figures: [
        { key: 'a.amount', label: 'a.amount', value: 19_081_250, unit: 'fen', source: 'entered' },
        { key: 'platform.usage.accounts', label: 'platform.usage.accounts', value: 10, unit: 'persons', source: 'computed' },
        { key: 'a.trips', label: 'a.trips', value: 35, unit: 'personTimes', source: 'computed' },
      ],
      tables: [
        {
          key: 'platform.usage.byRole',
          title: 'platform.usage.byRole',
          columns: [
            { key: 'roleName', label: 'platform.usage.roleName' },
            { key: 'accounts', label: 'platform.usage.accounts', unit: 'persons' },
          ],
          rows: [{ roleName: '校长', accounts: 3 }],
        },
      ],
    },
  ],
  checks: [],
  mismatches: [],
};

describe('the figures export', () => {
  it('writes one sheet of figures (section, label, value, unit, source) and one per table', async () => {
    const i18n = createI18n({ 'zh-CN': zhCN, en }, { language: 'zh-CN' });
    const buffer = await figuresWorkbook(report, i18n.t);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['统计数据', '各角色账号数']);
    const rows = wb.worksheets[0]!.getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['部分', '指标', '数值', '单位', '来源'],
      ['系统使用情况', 'amount', 19.08125, '万元', '手工填报'],
      ['系统使用情况', '账号数', 10, '人', '系统统计'],
      ['系统使用情况', 'trips', 35, '人次', '系统统计'],
    ]);
    const table = wb.worksheets[1]!.getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(table).toEqual([
      ['角色', '账号数'],
      ['校长', 3],
    ]);
    expect(exportFileName(i18n.t, '示范县', '2026年')).toBe('统计-示范县-2026年.xlsx');
  });

  it('keeps sheet names within Excel’s rules', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c', taken)).toBe('a b c');
    expect(sheetName('a/b:c', taken)).toBe('a b c-2');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
  });
});
