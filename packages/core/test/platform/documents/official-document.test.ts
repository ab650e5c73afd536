import { describe, expect, it } from 'vitest';
import {
  assertOfficialDocument,
  chineseDate,
  pdfResponse,
  renderOfficialDocument,
  PDF_MEDIA_TYPE,
  type OfficialDocument,
} from '../../../src/platform/index.js';
import { inspectPdf } from '../../../src/testing/index.js';
import { sampleLetter } from './sample-document.js';

const A4 = [0, 0, 595.28, 841.89];
const TABLE_HEADER = '序号检查项目发现的问题类别整改期限';

describe('renderOfficialDocument', () => {
  it('prints an opinion letter on A4 pages, numbered 第 n 页 / 共 m 页, with the Chinese text in it', async () => {
    const pdf = inspectPdf(await renderOfficialDocument(sampleLetter()));
    expect(pdf.version).toBe('1.7');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, i) => {
      expect(page.mediaBox).toEqual(A4);
      expect(page.text.endsWith(`第 ${i + 1} 页 / 共 ${pdf.pages.length} 页`)).toBe(true);
    });
    const first = pdf.pages[0]!;
    expect(first.text.startsWith('监督意见书某监餐意〔2026〕第015号被检查单位某县城关镇中心小学食堂负责人张骉')).toBe(true);
    expect(first.text).toContain('检查人员李堃、王堉');
    expect(first.text).toContain('一、检查情况根据《中华人民共和国食品安全法》');
  });

  it('sets the title big, bold and centred, with the number centred under it', async () => {
    const [title, number] = inspectPdf(await renderOfficialDocument(sampleLetter())).pages[0]!.runs;
    expect(title).toMatchObject({ text: '监督意见书', size: 22 });
    expect(title!.font).toMatch(/Bold$/);
    // five characters of 22 pt, centred on the text column (28 mm left, 26 mm right margin)
    const columnCentre = ((28 + (210 - 26)) / 2) * (72 / 25.4);
    expect(title!.x + (5 * 22) / 2).toBeCloseTo(columnCentre, 0);
    expect(number).toMatchObject({ text: '某监餐意〔2026〕第015号', size: 12 });
    expect(number!.y).toBeLessThan(title!.y);
  });

  it('carries a long table over pages, repeating its header, losing and doubling no row', async () => {
    const pdf = inspectPdf(await renderOfficialDocument(sampleLetter()));
    const all = pdf.pages.map((p) => p.text).join('');
    for (const page of pdf.pages) expect(page.text).toContain(TABLE_HEADER);
    for (let n = 1; n <= 38; n++) expect(all.split(`（第${n}项）`).length - 1).toBe(1);
    expect(all.indexOf('（第38项）')).toBeLessThan(all.indexOf('二、监督意见'));
  });

  it('prints rare name characters from the font’s subset files and embeds every font it uses', async () => {
    const pdf = inspectPdf(await renderOfficialDocument(sampleLetter()));
    const runs = pdf.pages[0]!.runs;
    const zhang = runs.find((r) => r.text.endsWith('张'))!;
    const biao = runs.find((r) => r.text === '骉')!;
    expect(biao).toBeDefined();
    expect(biao.font).not.toBe(zhang.font);
    expect(biao.x).toBeGreaterThan(zhang.x);
    expect(biao.y).toBe(zhang.y);
    expect(pdf.fontsEmbedded).toBe(true);
    // subsets (XXXXXX+name) of the main regular and bold faces and of the rare characters' files
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of pdf.fonts) expect(f).toMatch(/^[A-Z]{6}\+NotoSansSC/);
  });

  it('ends with the signatures, the issuing authority with the stamp mark, and the date in Chinese', async () => {
    const pdf = inspectPdf(await renderOfficialDocument(sampleLetter()));
    const last = pdf.pages[pdf.pages.length - 1]!;
    expect(last.text).toContain('检查人员（签名）：被检查单位负责人（签名）：张骉某县市场监督管理局餐饮服务监管所（盖章）2026年3月2日第');
    const date = last.runs.find((r) => r.text === '2026年3月2日')!;
    const authority = last.runs.find((r) => r.text.startsWith('某县市场监督管理局'))!;
    expect(date.x).toBeGreaterThan(595.28 / 2);
    expect(date.y).toBeLessThan(authority.y);
  });

  it('puts the revision note at the top right of the first page only', async () => {
    const pdf = inspectPdf(await renderOfficialDocument(sampleLetter({ revisionNote: '第2版（更正）' })));
    const note = pdf.pages[0]!.runs[0]!;
    expect(note.text).toBe('第2版（更正）');
    expect(note.x).toBeGreaterThan(400);
    expect(note.y).toBeGreaterThan(pdf.pages[0]!.runs[1]!.y);
    expect(pdf.pages[1]!.text).not.toContain('更正');
  });

  it('writes the metadata and the caller’s creation date', async () => {
    const pdf = inspectPdf(await renderOfficialDocument(sampleLetter()));
    expect(pdf.info).toMatchObject({
      Title: '监督意见书 某监餐意〔2026〕第015号',
      Author: '某县市场监督管理局餐饮服务监管所',
      Subject: '学校食堂食品安全监督检查',
      Creator: 'SchoolBridge',
      CreationDate: 'D:20260302083000Z',
    });
    const titled = inspectPdf(await renderOfficialDocument(sampleLetter({ metadata: { title: '意见书 015' } })));
    expect(titled.info.Title).toBe('意见书 015');
  });

  it('gives the same bytes for the same input', async () => {
    const a = await renderOfficialDocument(sampleLetter());
    const b = await renderOfficialDocument(sampleLetter());
    expect(a.equals(b)).toBe(true);
    const later = await renderOfficialDocument(sampleLetter({ createdAt: new Date('2026-03-03T08:30:00Z') }));
    expect(later.equals(a)).toBe(false);
  });

  it('splits a row taller than a page between lines, with the header on each page', async () => {
    const text = Array.from({ length: 220 }, (_, i) => `第${i + 1}条整改措施落实到人。`).join('');
    const doc: OfficialDocument = {
      title: '整改通知书',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: '序号', width: 1 },
            { header: '整改措施', width: 6 },
          ],
          rows: [['1', text]],
        },
      ],
      createdAt: new Date('2026-03-02T00:00:00Z'),
    };
    const pdf = inspectPdf(await renderOfficialDocument(doc));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pdf.pages) expect(page.text).toContain('序号整改措施');
    const cellText = pdf.pages
      .flatMap((p) => p.runs)
      .filter((r) => r.size === 10.5 && !/Bold$/.test(r.font) && r.text !== '1')
      .map((r) => r.text)
      .join('');
    expect(cellText).toBe(text);
  });

  it('prints a short document on one page, and a table without rows with its empty text', async () => {
    const pdf = inspectPdf(
      await renderOfficialDocument({
        title: '整改通知书',
        blocks: [
          { kind: 'paragraph', text: '第一段。\n第二段：\t甲\u0007乙', indent: false },
          { kind: 'table', columns: [{ header: '问题' }, { header: '期限' }], rows: [], emptyText: '无' },
        ],
        createdAt: new Date('2026-03-02T00:00:00Z'),
      }),
    );
    expect(pdf.pages).toHaveLength(1);
    // a tab prints as a space, a control character not at all (it has no glyph)
    expect(pdf.pages[0]!.text).toBe('整改通知书第一段。第二段： 甲乙问题期限无第 1 页 / 共 1 页');
  });

  it('refuses a document built wrong', async () => {
    const base = sampleLetter();
    await expect(renderOfficialDocument({ ...base, title: ' ' })).rejects.toThrow(TypeError);
    await expect(renderOfficialDocument({ ...base, createdAt: new Date('x') })).rejects.toThrow(/createdAt/);
    const badRow: OfficialDocument = { ...base, blocks: [{ kind: 'table', columns: [{ header: 'a' }, { header: 'b' }], rows: [['only one']] }] };
    expect(() => assertOfficialDocument(badRow)).toThrow(/row 0 has 1 cells for 2 columns/);
    const numberCell = { ...base, blocks: [{ kind: 'table', columns: [{ header: 'a' }], rows: [[15]] }] } as unknown as OfficialDocument;
    expect(() => assertOfficialDocument(numberCell)).toThrow(/not text/);
    const unknownKind = { ...base, blocks: [{ kind: 'image' }] } as unknown as OfficialDocument;
    expect(() => assertOfficialDocument(unknownKind)).toThrow(/unknown kind image/);
    expect(() => assertOfficialDocument({ ...base, footer: { authority: '某所', date: '2026-02-30' } })).toThrow(/footer.date/);
    expect(() => assertOfficialDocument({ ...base, footer: { authority: '', date: '2026-03-02' } })).toThrow(/authority/);
  });
});

describe('chineseDate', () => {
  it('writes a date the way documents do', () => {
    expect(chineseDate('2026-03-02')).toBe('2026年3月2日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
    expect(() => chineseDate('2026-3-2')).toThrow(RangeError);
  });
});

describe('pdfResponse', () => {
  it('sends the bytes as a PDF download under a UTF-8 name, never cached', async () => {
    const headers: Record<string, string> = {};
    const reply = {
      header(name: string, value: string) {
        headers[name] = value;
        return reply;
      },
    };
    const bytes = Buffer.from('%PDF-1.7');
    const file = pdfResponse(reply as never, bytes, '监督意见书-015');
    expect(headers['content-type']).toBe(PDF_MEDIA_TYPE);
    expect(headers['content-disposition']).toBe(`attachment; filename="_-015.pdf"; filename*=UTF-8''${encodeURIComponent('监督意见书-015.pdf')}`);
    expect(headers['cache-control']).toBe('private, no-store');
    expect(headers['content-length']).toBe(String(bytes.length));
    expect(file.getHeaders().type).toBe(PDF_MEDIA_TYPE);
    pdfResponse(reply as never, bytes, 'letter', 'inline');
    expect(headers['content-disposition']).toMatch(/^inline; filename="letter.pdf"/);
  });
});
