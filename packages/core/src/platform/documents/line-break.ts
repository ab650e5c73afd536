/**
 * Line breaking for Chinese documents, done here rather than by pdfkit so that text can change font
 * inside a line (rare name characters come from another font file) and so that every line's height
 * is known before it is drawn (tables split rows across pages and repeat their header).
 *
 * Chinese breaks between any two characters; Latin words and numbers stay whole; the usual
 * 禁则 keeps closing punctuation (，。、）〕” …) off the start of a line and opening punctuation
 * (（〔“ …) off its end. A unit wider than the whole line is broken by character.
 */

/** Not at the start of a line: attached to the unit before. */
const CLOSING = new Set([...'，。、；：！？）》」』】〕〉”’…—·％,.;:!?)]}%']);
/** Not at the end of a line: attached to the unit after. */
const OPENING = new Set([...'（《「『【〔〈“‘([{']);

/** East Asian wide characters: each is a break unit of its own. */
function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) || // radicals, punctuation, kana, CJK unified
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    cp >= 0x20000 // CJK extensions B and later
  );
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u3000';

/** Break units of one paragraph (no newlines in it). */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  let pendingOpen = '';
  const push = (unit: string) => {
    units.push(pendingOpen + unit);
    pendingOpen = '';
  };
  const flushWord = () => {
    if (word) push(word);
    word = '';
  };
  for (const ch of text) {
    if (CLOSING.has(ch)) {
      flushWord();
      if (pendingOpen) pendingOpen += ch;
      else if (units.length && !isSpace(units[units.length - 1]!)) units[units.length - 1] += ch;
      else units.push(ch);
    } else if (OPENING.has(ch)) {
      flushWord();
      pendingOpen += ch;
    } else if (isSpace(ch)) {
      flushWord();
      if (pendingOpen) {
        units.push(pendingOpen);
        pendingOpen = '';
      }
      units.push(ch);
    } else if (isWide(ch)) {
      flushWord();
      push(ch);
    } else {
      if (pendingOpen && !word) {
        word = pendingOpen;
        pendingOpen = '';
      }
      word += ch;
    }
  }
  flushWord();
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/**
 * Lines of `text` at most `width` wide; `firstIndent` narrows the first line (首行缩进). `measure`
 * gives the width of a break unit or a character (a line's width is the sum: Chinese has no
 * kerning, and Latin words are units). Newlines are kept as breaks; an empty paragraph is an empty
 * line; spaces at a break are dropped.
 */
export function breakLines(text: string, width: number, measure: (s: string) => number, firstIndent = 0): string[] {
  const lines: string[] = [];
  const room = () => (lines.length === 0 ? width - firstIndent : width) + 0.01;
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let used = 0;
    const pushLine = () => {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    };
    const add = (piece: string, w: number) => {
      line += piece;
      used += w;
    };
    for (const unit of breakUnits(paragraph)) {
      if (line === '' && isSpace(unit)) continue;
      const w = measure(unit);
      if (used + w <= room()) {
        add(unit, w);
        continue;
      }
      if (line !== '') pushLine();
      if (isSpace(unit)) continue;
      if (w <= room()) {
        add(unit, w);
        continue;
      }
      // wider than a whole line (a long number or address): by character
      for (const ch of unit) {
        const cw = measure(ch);
        if (line !== '' && used + cw > room()) pushLine();
        add(ch, cw);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
