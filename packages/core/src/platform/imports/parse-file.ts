import { Worker } from 'node:worker_threads';

/** One sheet row as the worker read it: the row number the user sees, cell values from column A on. */
export interface ParsedRow {
  n: number;
  cells: unknown[];
}

export type SpreadsheetFormat = 'xlsx' | 'csv';

export class ParseFailure extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

// Plain JavaScript beside src/ and dist/ alike (packages/core/workers), so tests and the build run it.
const WORKER_URL = new URL('../../../workers/parse-spreadsheet.worker.mjs', import.meta.url);

export interface ParseRun {
  result: Promise<{ sha256: string; rows: ParsedRow[] }>;
  /** Stops the worker (the app is closing); `result` rejects. */
  stop(): Promise<void>;
}

/**
 * Parses the file in a worker thread, so a 50,000-row workbook never blocks the event loop.
 * `onProgress` hears how many rows have been read so far.
 */
export function parseSpreadsheet(format: SpreadsheetFormat, bytes: Buffer, maxRows: number, onProgress?: (rowsRead: number) => void): ParseRun {
  // a copy the worker owns, handed over without a second copy
  const owned = new Uint8Array(bytes.length);
  owned.set(bytes);
  const worker = new Worker(WORKER_URL, { workerData: { format, bytes: owned.buffer, maxRows }, transferList: [owned.buffer] });
  const result = new Promise<{ sha256: string; rows: ParsedRow[] }>((resolve, reject) => {
    const rows: ParsedRow[] = [];
    let sha256 = '';
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (msg: { type: string; sha256?: string; rows?: ParsedRow[]; code?: string; params?: Record<string, unknown> }) => {
      if (msg.type === 'hash') sha256 = msg.sha256!;
      else if (msg.type === 'rows') {
        for (const r of msg.rows!) rows.push(r);
        onProgress?.(rows.length);
      } else if (msg.type === 'done') settle(() => resolve({ sha256, rows }));
      else if (msg.type === 'error') settle(() => reject(new ParseFailure(msg.code!, msg.params ?? {})));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the spreadsheet worker stopped (exit code ${code})`))));
  });
  return {
    result,
    async stop() {
      await worker.terminate();
    },
  };
}
