/**
 * Lays an OfficialDocument out on A4 with pdfkit and the embedded Noto Sans SC (see fonts.ts).
 * Margins follow the paper documents (GB/T 9704: left 28 mm, right 26 mm); the text is drawn line by
 * line at computed positions (pdfkit never wraps or adds a page by itself here), so tables can repeat
 * their header and split a tall row, and page numbers go on once the page count is known.
 */
import PDFDocument from 'pdfkit';
import { fontBytes, fontRuns, mainFace, type FontFace, type FontWeight } from './fonts.js';
import { breakLines } from './line-break.js';
import {
  assertOfficialDocument,
  chineseDate,
  type DocumentFooter,
  type FieldsBlock,
  type OfficialDocument,
  type ParagraphBlock,
  type TableBlock,
} from './official-document.js';

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 30 * MM, bottom: 27 * MM, left: 28 * MM, right: 26 * MM };
/** Noto Sans SC's ascender, in em: where the baseline sits below the top of the glyph box. */
const ASCENT = 0.88;
const INK = '#000000';
const RULE_WIDTH = 0.6;
const HEADER_FILL = '#eeeeee';
const LABEL_FILL = '#f5f5f5';

interface TextStyle {
  size: number;
  weight: FontWeight;
  /** Line height as a multiple of the size. */
  leading: number;
}

const STYLES = {
  title: { size: 22, weight: 'bold', leading: 1.35 },
  number: { size: 12, weight: 'regular', leading: 1.6 },
  note: { size: 10.5, weight: 'regular', leading: 1.4 },
  heading: { size: 14, weight: 'bold', leading: 1.7 },
  body: { size: 12, weight: 'regular', leading: 1.8 },
  cell: { size: 10.5, weight: 'regular', leading: 1.5 },
  headerCell: { size: 10.5, weight: 'bold', leading: 1.5 },
  label: { size: 10.5, weight: 'bold', leading: 1.5 },
  pageNumber: { size: 9, weight: 'regular', leading: 1.2 },
} satisfies Record<string, TextStyle>;

const CELL_PAD = { x: 5, y: 4 };

type Align = 'left' | 'center' | 'right';

/** Tabs print as spaces; other control characters have no glyph and would print as boxes. */
// eslint-disable-next-line no-control-regex
const printable = (text: string) => text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');

interface Cell {
  text: string;
  x: number;
  width: number;
  style: TextStyle;
  align: Align;
  fill?: string;
}

/** A cell with its lines broken, ready to draw (a part of them when a row continues on the next page). */
interface LaidCell extends Cell {
  lines: string[];
}

class Renderer {
  readonly pdf: PDFKit.PDFDocument;
  private y = MARGIN.top;
  private readonly registered = new Set<string>();
  private readonly widths = new Map<string, number>();
  private readonly left = MARGIN.left;
  private readonly right = A4.width - MARGIN.right;
  private readonly width = A4.width - MARGIN.left - MARGIN.right;
  private readonly top = MARGIN.top;
  private readonly bottom = A4.height - MARGIN.bottom;

  constructor(private readonly doc: OfficialDocument) {
    const title = doc.metadata?.title ?? [doc.title, doc.number].filter(Boolean).join(' ');
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'zh-CN',
      displayTitle: true,
      info: {
        Title: title,
        ...(doc.metadata?.author ? { Author: doc.metadata.author } : {}),
        ...(doc.metadata?.subject ? { Subject: doc.metadata.subject } : {}),
        ...(doc.metadata?.keywords ? { Keywords: doc.metadata.keywords } : {}),
        Creator: 'SchoolBridge',
        CreationDate: doc.createdAt,
        ModDate: doc.createdAt,
      },
    });
  }

  // ---- text primitives -------------------------------------------------------------------------

  private use(face: FontFace, size: number): PDFKit.PDFDocument {
    if (!this.registered.has(face.key)) {
      this.pdf.registerFont(face.key, fontBytes(face));
      this.registered.add(face.key);
    }
    return this.pdf.font(face.key).fontSize(size);
  }

  private measure(text: string, style: TextStyle): number {
    const key = `${style.weight}|${style.size}|${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = 0;
      for (const run of fontRuns(printable(text), style.weight)) w += this.use(run.face, style.size).widthOfString(run.text);
      this.widths.set(key, w);
    }
    return w;
  }

  private lines(text: string, width: number, style: TextStyle, firstIndent = 0): string[] {
    return breakLines(text, width, (s) => this.measure(s, style), firstIndent);
  }

  private lineHeight(style: TextStyle): number {
    return style.size * style.leading;
  }

  /** Draws one line whose box starts at `top`, from `x`; `spacing` is added after every character (justification). */
  private drawLine(text: string, x: number, top: number, style: TextStyle, spacing = 0): void {
    const baseline = top + (this.lineHeight(style) - style.size) / 2 + style.size * ASCENT;
    let cx = x;
    for (const run of fontRuns(printable(text), style.weight)) {
      const pdf = this.use(run.face, style.size);
      pdf.fillColor(INK).text(run.text, cx, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing });
      cx += pdf.widthOfString(run.text) + spacing * [...run.text].length;
    }
  }

  private alignedX(text: string, style: TextStyle, align: Align, x: number, width: number): number {
    if (align === 'left') return x;
    const w = this.measure(text, style);
    return align === 'center' ? x + (width - w) / 2 : x + width - w;
  }

  // ---- pages -----------------------------------------------------------------------------------

  private newPage(): void {
    this.pdf.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` fits below the current position (never on an empty page). */
  private ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  // ---- blocks ----------------------------------------------------------------------------------

  private header(): void {
    const { doc } = this;
    if (doc.revisionNote) {
      const s = STYLES.note;
      const top = this.top - 10 * MM;
      this.drawLine(doc.revisionNote, this.alignedX(doc.revisionNote, s, 'right', this.left, this.width), top, s);
    }
    const t = STYLES.title;
    for (const line of this.lines(doc.title.trim(), this.width, t)) {
      this.drawLine(line, this.alignedX(line, t, 'center', this.left, this.width), this.y, t);
      this.y += this.lineHeight(t);
    }
    if (doc.number) {
      this.y += 4;
      const n = STYLES.number;
      for (const line of this.lines(doc.number, this.width, n)) {
        this.drawLine(line, this.alignedX(line, n, 'center', this.left, this.width), this.y, n);
        this.y += this.lineHeight(n);
      }
    }
    this.y += 14;
  }

  private heading(text: string): void {
    const h = STYLES.heading;
    const lines = this.lines(text, this.width, h);
    // keep a heading with at least two lines of what follows
    this.y += 4;
    this.ensure(lines.length * this.lineHeight(h) + 2 * this.lineHeight(STYLES.body));
    for (const line of lines) {
      this.drawLine(line, this.left, this.y, h);
      this.y += this.lineHeight(h);
    }
  }

  private paragraph(block: ParagraphBlock): void {
    const s = STYLES.body;
    const align = block.align ?? 'left';
    const indent = align === 'left' && block.indent !== false ? 2 * s.size : 0;
    const paragraphs = block.text.replace(/\r\n?/g, '\n').split('\n');
    for (const text of paragraphs) {
      const lines = this.lines(text, this.width, s, indent);
      lines.forEach((line, i) => {
        this.ensure(this.lineHeight(s));
        const x0 = i === 0 ? this.left + indent : this.left;
        const w = i === 0 ? this.width - indent : this.width;
        let spacing = 0;
        // justified like the paper documents: every line but the last reaches the right margin
        if (align === 'left' && i < lines.length - 1) {
          const gaps = [...line].length - 1;
          const extra = w - this.measure(line, s);
          if (gaps > 0 && extra > 0) spacing = Math.min(extra / gaps, s.size / 2);
        }
        this.drawLine(line, this.alignedX(line, s, align, x0, w), this.y, s, spacing);
        this.y += this.lineHeight(s);
      });
    }
    this.y += 2;
  }

  private layCells(cells: Cell[]): LaidCell[] {
    return cells.map((c) => ({ ...c, lines: this.lines(c.text, c.width - 2 * CELL_PAD.x, c.style) }));
  }

  private rowHeight(cells: LaidCell[]): number {
    return Math.max(...cells.map((c) => Math.max(1, c.lines.length) * this.lineHeight(c.style))) + 2 * CELL_PAD.y;
  }

  private drawRow(cells: LaidCell[], height: number): void {
    for (const c of cells) {
      if (c.fill) this.pdf.rect(c.x, this.y, c.width, height).fill(c.fill);
      this.pdf.rect(c.x, this.y, c.width, height).lineWidth(RULE_WIDTH).strokeColor(INK).stroke();
      // a cell with fewer lines than its row sits in the middle, as on the paper forms
      let top = this.y + Math.max(CELL_PAD.y, (height - c.lines.length * this.lineHeight(c.style)) / 2);
      for (const line of c.lines) {
        this.drawLine(line, this.alignedX(line, c.style, c.align, c.x + CELL_PAD.x, c.width - 2 * CELL_PAD.x), top, c.style);
        top += this.lineHeight(c.style);
      }
    }
    this.y += height;
  }

  /**
   * Draws rows of a grid; before each page's first row the header (if any) is drawn again. A row
   * that does not fit goes to the next page; one taller than a whole page is split between lines.
   */
  private grid(rows: Cell[][], header: Cell[] | null): void {
    const laidHeader = header ? this.layCells(header) : null;
    const headerHeight = laidHeader ? this.rowHeight(laidHeader) : 0;
    const drawHeader = () => {
      if (laidHeader) this.drawRow(laidHeader, headerHeight);
    };
    const firstRow = rows[0] ? this.layCells(rows[0]) : null;
    // the header never ends a page alone: with the first row, or two lines of it when it is taller than a page
    const firstNeed = firstRow ? Math.min(this.rowHeight(firstRow), 2 * Math.max(...firstRow.map((c) => this.lineHeight(c.style))) + 2 * CELL_PAD.y) : 0;
    this.ensure(headerHeight + firstNeed);
    drawHeader();
    const pageRoom = this.bottom - this.top - headerHeight;
    rows.forEach((row, index) => {
      let laid = index === 0 && firstRow ? firstRow : this.layCells(row);
      for (;;) {
        const height = this.rowHeight(laid);
        if (this.y + height <= this.bottom) {
          this.drawRow(laid, height);
          return;
        }
        if (height <= pageRoom) {
          this.newPage();
          drawHeader();
          continue;
        }
        const lh = Math.max(...laid.map((c) => this.lineHeight(c.style)));
        const fit = Math.floor((this.bottom - this.y - 2 * CELL_PAD.y) / lh);
        if (fit < 2) {
          this.newPage();
          drawHeader();
          continue;
        }
        const part = laid.map((c) => ({ ...c, lines: c.lines.slice(0, fit) }));
        this.drawRow(part, fit * lh + 2 * CELL_PAD.y);
        laid = laid.map((c) => ({ ...c, lines: c.lines.slice(fit) }));
        this.newPage();
        drawHeader();
      }
    });
    this.y += 8;
  }

  private table(block: TableBlock): void {
    const total = block.columns.reduce((a, c) => a + (c.width ?? 1), 0);
    let x = this.left;
    const geometry = block.columns.map((c) => {
      const width = (this.width * (c.width ?? 1)) / total;
      const g = { x, width, align: c.align ?? 'left' };
      x += width;
      return g;
    });
    const header = block.columns.map((c, i) => ({ text: c.header, ...geometry[i]!, align: 'center' as const, style: STYLES.headerCell, fill: HEADER_FILL }));
    const rows: Cell[][] = block.rows.map((r) => r.map((text, i) => ({ text, ...geometry[i]!, style: STYLES.cell })));
    if (rows.length === 0 && block.emptyText) rows.push([{ text: block.emptyText, x: this.left, width: this.width, align: 'center', style: STYLES.cell }]);
    this.grid(rows, header);
  }

  private fields(block: FieldsBlock): void {
    const perRow = block.perRow ?? 1;
    const labelWidth = perRow === 1 ? this.width * 0.26 : this.width * 0.17;
    const pairWidth = this.width / perRow;
    const rows: Cell[][] = [];
    let row: Cell[] = [];
    const label = (text: string, x: number): Cell => ({ text, x, width: labelWidth, style: STYLES.label, align: 'center', fill: LABEL_FILL });
    for (const f of block.fields) {
      if (perRow === 2 && f.wide) {
        if (row.length) rows.push(row);
        rows.push([label(f.label, this.left), { text: f.value, x: this.left + labelWidth, width: this.width - labelWidth, style: STYLES.cell, align: 'left' }]);
        row = [];
        continue;
      }
      const x = this.left + (row.length / 2) * pairWidth;
      row.push(label(f.label, x), { text: f.value, x: x + labelWidth, width: pairWidth - labelWidth, style: STYLES.cell, align: 'left' });
      if (row.length === perRow * 2) {
        rows.push(row);
        row = [];
      }
    }
    if (row.length) {
      // an odd last pair: its value runs to the right edge
      const last = row[row.length - 1]!;
      last.width = this.right - last.x;
      rows.push(row);
    }
    this.grid(rows, null);
  }

  private footer(footer: DocumentFooter): void {
    const s = STYLES.body;
    const lh = this.lineHeight(s);
    const signatures = footer.signatures ?? [];
    const sigRows = Math.ceil(signatures.length / 2);
    const signatureGap = 2.2 * lh;
    const authorityLines = this.lines(footer.authority, this.width * 0.6, s);
    const stamp = footer.stamp !== false;
    // the seal is about 42 mm across and sits over the authority and the date
    const authorityHeight = Math.max((authorityLines.length + 1) * lh, stamp ? 42 * MM : 0);
    const height = 12 + sigRows * signatureGap + 16 + authorityHeight;
    this.ensure(height);
    this.y += 12;

    const half = this.width / 2;
    for (let r = 0; r < sigRows; r++) {
      for (let c = 0; c < 2; c++) {
        const sig = signatures[r * 2 + c];
        if (!sig) continue;
        const x = this.left + c * half;
        const label = `${sig.label}：`;
        const labelWidth = this.measure(label, s);
        const top = this.y + signatureGap - lh;
        this.drawLine(label, x, top, s);
        const lineStart = x + labelWidth + 2;
        const lineEnd = x + half - 12;
        const rule = top + (lh - s.size) / 2 + s.size * (ASCENT + 0.14);
        this.pdf.moveTo(lineStart, rule).lineTo(lineEnd, rule).lineWidth(RULE_WIDTH).strokeColor(INK).stroke();
        if (sig.name) this.drawLine(sig.name, lineStart + 6, top, s);
      }
      this.y += signatureGap;
    }
    this.y += 16;

    // 成文日期 right-aligned four characters in; the authority centred over it (GB/T 9704)
    const date = chineseDate(footer.date);
    const dateWidth = this.measure(date, s);
    const dateRight = this.right - 4 * s.size;
    const centre = dateRight - dateWidth / 2;
    const top = this.y + Math.max(0, authorityHeight - (authorityLines.length + 1) * lh) / 2;
    authorityLines.forEach((line, i) => {
      const text = stamp && i === authorityLines.length - 1 ? `${line}（盖章）` : line;
      const w = this.measure(text, s);
      const x = Math.min(centre - w / 2, this.right - w);
      this.drawLine(text, x, top + i * lh, s);
    });
    this.drawLine(date, dateRight - dateWidth, top + authorityLines.length * lh, s);
    this.y += authorityHeight;
  }

  private pageNumbers(): void {
    const range = this.pdf.bufferedPageRange();
    const s = STYLES.pageNumber;
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      const text = `第 ${i - range.start + 1} 页 / 共 ${range.count} 页`;
      this.drawLine(text, this.alignedX(text, s, 'center', this.left, this.width), A4.height - 16 * MM, s);
    }
  }

  render(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)));
      this.pdf.on('error', reject);
    });
    // the main face first, so it is F1 in every document whatever the text
    this.use(mainFace('regular'), STYLES.body.size);
    this.header();
    for (const block of this.doc.blocks) {
      if (block.kind === 'heading') this.heading(block.text);
      else if (block.kind === 'paragraph') this.paragraph(block);
      else if (block.kind === 'fields') this.fields(block);
      else this.table(block);
    }
    if (this.doc.footer) this.footer(this.doc.footer);
    this.pageNumbers();
    this.pdf.end();
    return done;
  }
}

/**
 * Renders an official document to PDF bytes: A4, Noto Sans SC embedded (subset, with the rare
 * characters from the package's other subset files), the same bytes for the same input.
 */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  assertOfficialDocument(doc);
  return new Renderer(doc).render();
}
