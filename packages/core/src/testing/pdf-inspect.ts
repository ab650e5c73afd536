/**
 * Reads back what renderOfficialDocument wrote, with nothing but Node (no poppler on a fresh machine):
 * the page tree, the embedded fonts and each page's text decoded through the fonts' ToUnicode maps.
 * It understands the PDF pdfkit writes (direct /Length, FlateDecode, Identity-H fonts), not PDF at large.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

export interface TextRun {
  text: string;
  x: number;
  /** From the bottom of the page, as PDF counts. */
  y: number;
  font: string;
  size: number;
}

export interface InspectedPdf {
  version: string;
  info: Record<string, string>;
  pages: { runs: TextRun[]; text: string; mediaBox: number[] }[];
  /** BaseFont names of the embedded fonts: XXXXXX+NotoSansSC-Regular. */
  fonts: string[];
  /** Whether every font has its program embedded (FontFile2/FontFile3). */
  fontsEmbedded: boolean;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = re.lastIndex;
    // a stream's keyword comes before its data, so before any 'endobj' the data may contain
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    const head = streamAt >= 0 && streamAt < endAt ? text.slice(start, streamAt) : '';
    const length = /\/Length (\d+)/.exec(head);
    if (head && length) {
      let dataStart = streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const dataEnd = dataStart + Number(length[1]);
      let data = pdf.subarray(dataStart, dataEnd);
      if (/\/Filter \/FlateDecode/.test(head)) data = inflateSync(data);
      found.set(Number(m[1]), { dict: head, stream: data });
      // binary data may hold anything: resume after it
      re.lastIndex = text.indexOf('endobj', dataEnd);
    } else {
      found.set(Number(m[1]), { dict: text.slice(start, endAt), stream: null });
      re.lastIndex = endAt;
    }
  }
  return found;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** A PDF string literal as pdfkit writes info values: (…) with escapes, UTF-16BE with a BOM for non-ASCII. */
function pdfString(literal: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < literal.length; i++) {
    let c = literal[i]!;
    if (c === '\\') {
      c = literal[++i]!;
      if (/[0-7]/.test(c)) {
        let oct = c;
        while (oct.length < 3 && /[0-7]/.test(literal[i + 1] ?? '')) oct += literal[++i];
        bytes.push(parseInt(oct, 8));
        continue;
      }
      bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[c] ?? c.charCodeAt(0));
    } else bytes.push(c.charCodeAt(0));
  }
  const buf = Buffer.from(bytes);
  if (buf[0] === 0xfe && buf[1] === 0xff) return buf.subarray(2).swap16().toString('utf16le');
  return buf.toString('latin1');
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(line[1]!, 16);
      const to = parseInt(line[2]!, 16);
      if (line[3]!.startsWith('[')) {
        [...line[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((h, i) => map.set(from + i, hexText(h[1]!)));
      } else {
        const base = parseInt(line[3]!.slice(1, -1), 16);
        for (let c = from; c <= to; c++) map.set(c, String.fromCodePoint(base + c - from));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(line[1]!, 16), hexText(line[2]!));
  }
  return map;
}

export function inspectPdf(pdf: Buffer): InspectedPdf {
  const version = /^%PDF-(\d\.\d)/.exec(pdf.subarray(0, 16).toString('latin1'))?.[1] ?? '';
  const objs = objects(pdf);
  const trailer = pdf.toString('latin1', pdf.lastIndexOf('trailer'));
  const infoObj = objs.get(ref(trailer, 'Info') ?? -1);
  const info: Record<string, string> = {};
  // pdfkit writes each value as its own object holding a string literal
  const literal = (v: string) => /^\s*\(((?:\\.|[^\\)])*)\)/.exec(v)?.[1];
  if (infoObj) {
    for (const m of infoObj.dict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const value = literal(objs.get(Number(m[2]))?.dict ?? '');
      if (value !== undefined) info[m[1]!] = pdfString(value);
    }
  }

  const root = objs.get(ref(trailer, 'Root')!)!;
  const pagesTree = objs.get(ref(root.dict, 'Pages')!)!;
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesTree.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]));

  const fontCache = new Map<number, { name: string; map: Map<number, string> }>();
  const fontOf = (id: number) => {
    let f = fontCache.get(id);
    if (!f) {
      const dict = objs.get(id)!.dict;
      const name = /\/BaseFont \/([^\s/]+)/.exec(dict)?.[1] ?? '';
      const tu = ref(dict, 'ToUnicode');
      f = { name, map: tu === null ? new Map() : toUnicodeMap(objs.get(tu)!.stream!.toString('latin1')) };
      fontCache.set(id, f);
    }
    return f;
  };

  const pages = kids.map((pageId) => {
    const page = objs.get(pageId)!.dict;
    const resId = ref(page, 'Resources');
    const resources = resId === null ? page : objs.get(resId)!.dict;
    const fontRefs = new Map<string, number>();
    const fontDict = /\/Font <<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    for (const m of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) fontRefs.set(m[1]!, Number(m[2]));
    const contentIds = [...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((c) => Number(c[1]));
    const content = contentIds.map((id) => objs.get(id)!.stream!.toString('latin1')).join('\n');
    const runs: TextRun[] = [];
    let font = '';
    let size = 0;
    let x = 0;
    let y = 0;
    const tokens = content.matchAll(/\/(\w+) ([\d.]+) Tf|1 0 0 -?1 ([-\d.]+) ([-\d.]+) Tm|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\] TJ|<([0-9a-fA-F]*)> Tj/g);
    for (const t of tokens) {
      if (t[1]) {
        font = t[1];
        size = Number(t[2]);
      } else if (t[3]) {
        x = Number(t[3]);
        y = Number(t[4]);
      } else {
        const f = fontOf(fontRefs.get(font)!);
        const hex = t[5] !== undefined ? [...t[5].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join('') : t[6]!;
        let text = '';
        for (let i = 0; i < hex.length; i += 4) text += f.map.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
        runs.push({ text, x, y, font: f.name, size });
      }
    }
    const mediaBox = (/\/MediaBox \[([^\]]*)\]/.exec(page)?.[1] ?? '').trim().split(/\s+/).map(Number);
    return { runs, text: runs.map((r) => r.text).join(''), mediaBox };
  });

  const fontObjs = [...objs.values()].filter((o) => /\/Type \/FontDescriptor/.test(o.dict));
  return {
    version,
    info,
    pages,
    fonts: fontObjs.map((o) => /\/FontName \/([^\s/]+)/.exec(o.dict)?.[1] ?? ''),
    fontsEmbedded: fontObjs.length > 0 && fontObjs.every((o) => /\/FontFile[23] \d+ 0 R/.test(o.dict)),
  };
}
