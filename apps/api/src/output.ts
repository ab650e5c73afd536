import { AppError, ConfigError, PluginBootError, problemMessage } from '@schoolbridge/core';

/** Where the API and the CLI write what a person reads (not the JSON log). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};

/** An error a person can act on: printed as zh-CN then English, without a stack trace. */
export class OperatorError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'OperatorError';
  }
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Lines in a frame, so a one-time password stands out from the log lines around it. */
export function box(lines: string[]): string {
  const inner = Math.max(...lines.map(displayWidth));
  const rule = '─'.repeat(inner + 2);
  return [`┌${rule}┐`, ...lines.map((l) => `│ ${l}${' '.repeat(inner - displayWidth(l))} │`), `└${rule}┘`].join('\n');
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EADDRINUSE', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** PostgreSQL: wrong password, no such role, no such database. */
const PG_CONNECT_CODES = new Set(['28P01', '28000', '3D000']);

function appErrorLines(err: AppError): string[] {
  const lines = [`错误：${problemMessage(err.code, 'zh-CN', err.params)}`, `Error: ${problemMessage(err.code, 'en', err.params)}`];
  if (err.code !== 'validation.failed') return lines;
  return [
    ...lines,
    ...err.fieldErrors.map((f) => `  ${f.field}: ${problemMessage(f.code, 'zh-CN', f.params ?? {})} / ${problemMessage(f.code, 'en', f.params ?? {})}`),
  ];
}

/**
 * What to print when starting or a command fails. Expected faults (configuration, a bad plugin,
 * an unreachable database, a rejected value) print their message only; anything else prints its
 * stack too, because then it is a bug to report.
 */
export function describeError(err: unknown): { text: string; expected: boolean } {
  if (err instanceof OperatorError) return { text: `错误：${err.zh}\nError: ${err.en}`, expected: true };
  if (err instanceof ConfigError) return { text: `配置错误 / Configuration error: ${err.message}`, expected: true };
  if (err instanceof PluginBootError || (err instanceof Error && err.message.startsWith('Plugin "'))) {
    return { text: `插件错误 / Plugin error: ${err.message}`, expected: true };
  }
  if (err instanceof AppError) return { text: appErrorLines(err).join('\n'), expected: true };
  const code = (err as { code?: unknown } | null)?.code;
  if (err instanceof Error && typeof code === 'string' && (NETWORK_CODES.has(code) || PG_CONNECT_CODES.has(code))) {
    return { text: `无法连接或监听 / Cannot connect or listen: ${err.message} (${code})`, expected: true };
  }
  if (err instanceof Error) return { text: err.stack ?? err.message, expected: false };
  return { text: String(err), expected: false };
}
