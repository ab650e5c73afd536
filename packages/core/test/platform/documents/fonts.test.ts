import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faceFor, fontBytes, fontRuns, mainFace, missingGlyphs } from '../../../src/platform/documents/fonts.js';
import { woffToSfnt } from '../../../src/platform/documents/woff.js';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('the document font', () => {
  it('prints common Chinese, Latin and full-width punctuation from the main file', () => {
    for (const ch of '监督意见书张堃A1，〔〕（）') expect(faceFor(cp(ch))?.key).toBe('noto-sans-sc-chinese-simplified-400');
    expect(faceFor(cp('监'), 'bold')?.key).toBe('noto-sans-sc-chinese-simplified-700');
  });

  it('finds rare name characters in the numbered subset files, in both weights', () => {
    // 骉 and 堉 are not among the main file's ~8,000 characters (TOOLCHAIN.md)
    expect(faceFor(cp('骉'))?.key).toMatch(/^noto-sans-sc-\d+-400$/);
    expect(faceFor(cp('堉'))?.key).toMatch(/^noto-sans-sc-\d+-400$/);
    expect(faceFor(cp('骉'), 'bold')?.key).toMatch(/^noto-sans-sc-\d+-700$/);
  });

  it('splits text into runs of one face', () => {
    const runs = fontRuns('张骉、王堉');
    expect(runs.map((r) => r.text)).toEqual(['张', '骉', '、王', '堉']);
    expect(runs[0]!.face).toEqual(mainFace());
    expect(runs[1]!.face.key).not.toBe(mainFace().key);
  });

  it('tells which characters no file has', () => {
    // U+20000 (CJK extension B) is in no subset of the package
    expect(missingGlyphs('张骉 𠀀堃𠀀')).toEqual(['𠀀']);
    expect(missingGlyphs('李堃、王堉')).toEqual([]);
  });
});

describe('woffToSfnt', () => {
  it('unpacks the WOFF file into TrueType with the same tables', () => {
    const woff = readFileSync(mainFace().file);
    const ttf = fontBytes(mainFace());
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour: 0x00010000 for TrueType
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16)); // WOFF's totalSfntSize
  });

  it('refuses what is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all, not at all, no'))).toThrow(TypeError);
    expect(() => woffToSfnt(Buffer.alloc(10))).toThrow(TypeError);
  });
});
