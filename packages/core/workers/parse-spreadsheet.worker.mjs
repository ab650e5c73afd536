// Reads an uploaded spreadsheet off the main thread (ARCHITECTURE §4: "an import's file is parsed in
// a worker thread (parsing only)"). Plain JavaScript so the same file runs from the sources (tests)
// and from the build; the rules that give the cells meaning live in src/platform/imports/rules.
//
// In:  workerData { format: 'xlsx' | 'csv', bytes: ArrayBuffer, maxRows: number }
// Out: { type: 'hash', sha256 } once, then { type: 'rows', rows: [{ n, cells }] } in batches
//      (n: the row number the user sees; cells: exceljs values or strings, index 0 = column A),
//      then { type: 'done' } or { type: 'error', code, params }.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

const BATCH = 2000;

class ParseFailure extends Error {
  constructor(code, params = {}) {
    super(code);
    this.code = code;
    this.params = params;
  }
}

function post(message) {
  parentPort.postMessage(message);
}

function makeBatcher(maxRows) {
  let batch = [];
  let count = 0;
  let posted = 0;
  return {
    /** Rows already handed to the main thread (a second reading may start over only while this is 0). */
    get posted() {
      return posted;
    },
    reset() {
      batch = [];
      count = 0;
    },
    add(n, cells) {
      count++;
      if (count > maxRows) throw new ParseFailure('import.tooManyRows', { max: maxRows });
      batch.push({ n, cells });
      if (batch.length >= BATCH) this.flush();
    },
    flush() {
      if (batch.length) post({ type: 'rows', rows: batch });
      posted += batch.length;
      batch = [];
    },
  };
}

/** Excel writes CSV in the system code page: GBK/GB18030 on Chinese Windows, UTF-8 (with BOM) when asked. */
function decodeText(buf) {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16-le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16-be');
  if (buf.subarray(0, 8192).includes(0)) throw new ParseFailure('import.unreadableFile', { reason: 'binary' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'gb18030');
  }
}

function parseCsv(buf, batcher) {
  const text = decodeText(buf);
  const firstLine = text.slice(0, 4096).split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const delimiter = (firstLine.match(/\t/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? '\t' : ',';
  let records;
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (err) {
    throw new ParseFailure('import.unreadableFile', { reason: String(err && err.message).slice(0, 200) });
  }
  records.forEach((cells, i) => batcher.add(i + 1, cells));
}

async function parseXlsx(buf, batcher) {
  if (!(buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b)) throw new ParseFailure('import.unreadableFile', { reason: 'not an xlsx (zip) file' });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    entries: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        // row.values is 1-based (index 0 unused) and sparse
        const values = row.values;
        const cells = [];
        for (let i = 1; i < values.length; i++) cells.push(values[i] === undefined ? null : values[i]);
        batcher.add(row.number, cells);
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof ParseFailure) throw err;
    // The streaming reader (exceljs over unzipper) has failed on valid workbooks now and then; read
    // the whole workbook in memory instead (this is a worker, and uploads are capped), unless rows
    // have already gone to the main thread.
    if (batcher.posted > 0) throw new ParseFailure('import.unreadableFile', { reason: String(err && err.message).slice(0, 200) });
    batcher.reset();
    await parseXlsxInMemory(buf, batcher, err);
  }
}

async function parseXlsxInMemory(buf, batcher, streamError) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf);
  } catch (err) {
    throw new ParseFailure('import.unreadableFile', { reason: String((err && err.message) || (streamError && streamError.message)).slice(0, 200) });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values;
    const cells = [];
    for (let i = 1; i < values.length; i++) cells.push(values[i] === undefined ? null : values[i]);
    batcher.add(row.number, cells);
  });
}

async function main() {
  const { format, bytes, maxRows } = workerData;
  const buf = Buffer.from(bytes);
  post({ type: 'hash', sha256: createHash('sha256').update(buf).digest('hex') });
  const batcher = makeBatcher(maxRows);
  try {
    if (format === 'csv') parseCsv(buf, batcher);
    else await parseXlsx(buf, batcher);
    batcher.flush();
    post({ type: 'done' });
  } catch (err) {
    if (err instanceof ParseFailure) post({ type: 'error', code: err.code, params: err.params });
    else post({ type: 'error', code: 'import.unreadableFile', params: { reason: String(err && err.message).slice(0, 200) } });
  }
}

await main();
