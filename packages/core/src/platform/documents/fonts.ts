/**
 * The Chinese font of server-made documents: Noto Sans SC from @fontsource/noto-sans-sc, embedded
 * (subset) in every PDF, so a document prints the same on a machine without any Chinese font.
 *
 * The package splits the font into web subsets. `chinese-simplified` holds the ~8,000 common
 * characters; rarer ones (骉 and some other characters of people's names) are only in the numbered
 * subset files. No npm package ships a single full CJK font (TOOLCHAIN.md), so each character is
 * printed in the first face that has its glyph: the main file, else the subset that has it (found with
 * fontkit's cmap). A character no file has prints as the main font's empty box; `missingGlyphs` tells
 * which, so a caller can warn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

/** The two calls used of fontkit (pdfkit's own font engine, so the same cmap pdfkit prints with). */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  readonly characterSet: number[];
}
const fontkit = require('fontkit') as { create(buffer: Buffer): FontkitFont };

export type FontWeight = 'regular' | 'bold';

const WEIGHTS: Record<FontWeight, number> = { regular: 400, bold: 700 };

/** A font file pdfkit embeds, under the name a document registers it by. */
export interface FontFace {
  key: string;
  file: string;
}

/** A stretch of text printed in one face. */
export interface FontRun {
  face: FontFace;
  text: string;
}

let filesDir: string | null = null;
function fontFilesDir(): string {
  // the package's main entry is its index.css, beside files/
  filesDir ??= path.join(path.dirname(require.resolve('@fontsource/noto-sans-sc')), 'files');
  return filesDir;
}

const MAIN_SUBSET = 'chinese-simplified';

interface WeightFaces {
  main: FontFace;
  mainFont: FontkitFont;
  /** Code point → the other face that has it; built on the first character the main face lacks. */
  others: Map<number, FontFace> | null;
}

const weights = new Map<FontWeight, WeightFaces>();
const buffers = new Map<string, Buffer>();

function faceOf(subset: string, weight: FontWeight): FontFace {
  const n = WEIGHTS[weight];
  return { key: `noto-sans-sc-${subset}-${n}`, file: path.join(fontFilesDir(), `noto-sans-sc-${subset}-${n}-normal.woff`) };
}

/** The font as plain TrueType bytes (unpacked from the WOFF file once per process): what pdfkit embeds. */
export function fontBytes(face: FontFace): Buffer {
  let bytes = buffers.get(face.key);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(face.file));
    buffers.set(face.key, bytes);
  }
  return bytes;
}

function facesOf(weight: FontWeight): WeightFaces {
  let faces = weights.get(weight);
  if (!faces) {
    const main = faceOf(MAIN_SUBSET, weight);
    faces = { main, mainFont: fontkit.create(fontBytes(main)), others: null };
    weights.set(weight, faces);
  }
  return faces;
}

/**
 * Every other subset file of the weight, read once: the named ones (latin, latin-ext, cyrillic,
 * vietnamese) first, then the numbered ones in order; the first that has a code point wins. Only the
 * code points are kept, not the fonts (about 100 files, ~0.1 s).
 */
function otherFaces(weight: FontWeight, faces: WeightFaces): Map<number, FontFace> {
  if (faces.others) return faces.others;
  const n = WEIGHTS[weight];
  const pattern = new RegExp(`^noto-sans-sc-(.+)-${n}-normal\\.woff$`);
  const subsets = readdirSync(fontFilesDir())
    .map((f) => pattern.exec(f)?.[1])
    .filter((s): s is string => s !== undefined && s !== MAIN_SUBSET)
    .sort((a, b) => {
      const na = /^\d+$/.test(a) ? Number(a) : -1;
      const nb = /^\d+$/.test(b) ? Number(b) : -1;
      return na !== nb ? na - nb : a.localeCompare(b);
    });
  const map = new Map<number, FontFace>();
  for (const subset of subsets) {
    const face = faceOf(subset, weight);
    let codePoints: number[];
    try {
      codePoints = fontkit.create(readFileSync(face.file)).characterSet;
    } catch {
      // one numbered file of 5.3.0 (101) has a cmap fontkit cannot read; the others still cover their characters
      continue;
    }
    for (const cp of codePoints) if (!map.has(cp)) map.set(cp, face);
  }
  faces.others = map;
  return map;
}

/** The face that prints a code point, or null when no file of the package has its glyph. */
export function faceFor(codePoint: number, weight: FontWeight = 'regular'): FontFace | null {
  const faces = facesOf(weight);
  if (faces.mainFont.hasGlyphForCodePoint(codePoint)) return faces.main;
  return otherFaces(weight, faces).get(codePoint) ?? null;
}

/** The main face of a weight: line heights and boxes for missing characters come from it. */
export function mainFace(weight: FontWeight = 'regular'): FontFace {
  return facesOf(weight).main;
}

/** Splits text into runs of one face each; a character without a glyph anywhere stays in the main face. */
export function fontRuns(text: string, weight: FontWeight = 'regular'): FontRun[] {
  const runs: FontRun[] = [];
  const main = mainFace(weight);
  for (const ch of text) {
    const face = faceFor(ch.codePointAt(0)!, weight) ?? main;
    const last = runs[runs.length - 1];
    if (last && last.face.key === face.key) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

/** The distinct characters of `text` that no file of the font has (they print as empty boxes). */
export function missingGlyphs(text: string, weight: FontWeight = 'regular'): string[] {
  const missing: string[] = [];
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    if (faceFor(ch.codePointAt(0)!, weight) === null && !missing.includes(ch)) missing.push(ch);
  }
  return missing;
}
