import { describe, expect, it } from 'vitest';
import { breakLines, breakUnits } from '../../../src/platform/documents/line-break.js';

/** Wide characters 10 wide, everything else 5: a monospaced stand-in for the font. */
const measure = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 10 : 5), 0);

describe('breakUnits', () => {
  it('makes each Chinese character a unit and keeps Latin words and numbers whole', () => {
    expect(breakUnits('检查JY3520 食堂')).toEqual(['检', '查', 'JY3520', ' ', '食', '堂']);
  });

  it('attaches closing punctuation to the unit before and opening punctuation to the unit after', () => {
    expect(breakUnits('某监餐意〔2026〕第015号，（盖章）')).toEqual(['某', '监', '餐', '意', '〔2026〕', '第', '015', '号，', '（盖', '章）']);
    expect(breakUnits('“留样”。')).toEqual(['“留', '样”。']);
  });
});

describe('breakLines', () => {
  it('breaks Chinese between any two characters', () => {
    expect(breakLines('一二三四五六七八九十', 50, measure)).toEqual(['一二三四五', '六七八九十']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(breakLines('一二三四，五', 40, measure)).toEqual(['一二三', '四，五']);
    expect(breakLines('一二三（四）', 40, measure)).toEqual(['一二三', '（四）']);
  });

  it('moves a Latin word or number whole to the next line, dropping the space at the break', () => {
    expect(breakLines('许可证 JY35203210', 60, measure)).toEqual(['许可证', 'JY35203210']);
    expect(breakLines('ab cd ef', 25, measure)).toEqual(['ab cd', 'ef']);
  });

  it('breaks a unit wider than the line by character', () => {
    expect(breakLines('AAAAAAAAAAAA', 20, measure)).toEqual(['AAAA', 'AAAA', 'AAAA']);
  });

  it('narrows the first line by the indent', () => {
    expect(breakLines('一二三四五六七八', 50, measure, 20)).toEqual(['一二三', '四五六七八']);
  });

  it('keeps newlines as breaks and empty paragraphs as empty lines', () => {
    expect(breakLines('一二\n\n三', 100, measure)).toEqual(['一二', '', '三']);
    expect(breakLines('', 100, measure)).toEqual(['']);
    expect(breakLines('一\r\n二', 100, measure)).toEqual(['一', '二']);
  });

  it('measures units, not whole lines', () => {
    const seen: string[] = [];
    breakLines('食品安全检查', 100, (s) => {
      seen.push(s);
      return measure(s);
    });
    expect(Math.max(...seen.map((s) => [...s].length))).toBe(1);
  });
});
