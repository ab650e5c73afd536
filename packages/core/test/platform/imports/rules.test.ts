import { describe, expect, it } from 'vitest';
import { cellText, findHeader, headerKey, numberText, rowTexts, trailingNoteCount, type ImportColumn } from '../../../src/index.js';

const COLUMNS: ImportColumn[] = [
  { key: 'code', header: { 'zh-CN': '学籍号', en: 'Registry number' }, aliases: ['学号'], required: true },
  { key: 'name', header: { 'zh-CN': '姓名', en: 'Name' }, required: true },
  { key: 'idNumber', header: { 'zh-CN': '身份证号', en: 'ID number' }, aliases: ['身份证号码'] },
];

const row = (...cells: unknown[]) => rowTexts(cells);

describe('cell texts', () => {
  it('trims, flattens rich text and formulas, writes dates as YYYY-MM-DD and numbers without float artefacts', () => {
    expect(cellText('  张三\u3000')).toEqual({ text: '张三', precisionLost: false });
    expect(cellText({ richText: [{ text: '李' }, { text: '四 ' }] }).text).toBe('李四');
    expect(cellText({ formula: 'A1+1', result: 0.1 + 0.2 }).text).toBe('0.3');
    expect(cellText({ text: '链接', hyperlink: 'http://example.test' }).text).toBe('链接');
    expect(cellText(new Date(Date.UTC(2026, 2, 1))).text).toBe('2026-03-01');
    expect(cellText(12).text).toBe('12');
    expect(numberText(1234567.1 * 3)).toBe('3703701.3');
    expect(cellText(null).text).toBe('');
  });

  it('flags a number longer than the 15 digits Excel keeps (an ID number stored as a number)', () => {
    expect(cellText(430102201001010000)).toEqual({ text: '430102201001010000', precisionLost: true });
    expect(cellText(999999999999999).precisionLost).toBe(false);
  });
});

describe('header and notes', () => {
  it('normalises headers: full-width, spaces, required marks and remarks', () => {
    expect(headerKey(' *身份证号（必填） ')).toBe('身份证号(必填)');
    expect(headerKey('Registry  Number')).toBe('registrynumber');
  });

  it('finds the header below title rows, by any language or alias, and names unknown columns', () => {
    const rows = [row('2026 年学生名单'), row('填报单位：某某小学'), row('序号', '*学号', '姓名', '身份证号码（18位）')];
    const result = findHeader(rows, COLUMNS);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.header.index).toBe(2);
    expect([...result.header.positions]).toEqual([
      ['code', 1],
      ['name', 2],
      ['idNumber', 3],
    ]);
    expect(result.header.unknownHeaders).toEqual(['序号']);
    expect(findHeader([row('Registry number', 'Name')], COLUMNS).found).toBe(true);
  });

  it('names the required columns missing from the best candidate row', () => {
    expect(findHeader([row('标题'), row('学籍号', '性别')], COLUMNS)).toEqual({ found: false, missing: [COLUMNS[1]] });
    expect(findHeader([row('x')], COLUMNS)).toEqual({ found: false, missing: [COLUMNS[0], COLUMNS[1]] });
  });

  it('counts the run of note rows at the end, and keeps single-cell data rows when a row can be just its first cell', () => {
    const header = { index: 0, positions: new Map([['code', 0], ['name', 1]]), unknownHeaders: [] };
    expect(trailingNoteCount([row('A1', '张三'), row('注：本表由学校填写'), row('填表人：王五')], header, COLUMNS)).toBe(2);
    expect(trailingNoteCount([row('A1', '张三'), row('A2', '李四')], header, COLUMNS)).toBe(0);
    const codeOnly: ImportColumn[] = [{ key: 'code', header: { 'zh-CN': '代码', en: 'Code' }, required: true }];
    const h2 = { index: 0, positions: new Map([['code', 0]]), unknownHeaders: [] };
    expect(trailingNoteCount([row('A1'), row('A2'), row('说明：以上为全部')], h2, codeOnly)).toBe(1);
  });
});
