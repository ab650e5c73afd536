// Builds @schoolbridge/api and the workspace packages it depends on with turbo, and for `npm start`
// the admin too (cached: a second run takes about a second). The build's output is shown only when
// it fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `admin: true` also builds @schoolbridge/admin (vite build into apps/admin/dist, which the API serves at `/`). */
export function buildApi({ admin = false } = {}) {
  const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
  if (!existsSync(turbo)) {
    process.stderr.write('找不到 turbo：请先运行 npm install / turbo is missing: run npm install first\n');
    process.exit(1);
  }
  const started = Date.now();
  const filters = ['--filter=@schoolbridge/api...', ...(admin ? ['--filter=@schoolbridge/admin'] : [])];
  process.stderr.write(`构建中 / Building @schoolbridge/api${admin ? ' + @schoolbridge/admin' : ''}… `);
  const result = spawnSync(turbo, ['run', 'build', ...filters, '--output-logs=errors-only', '--ui=stream'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write('失败 / failed\n');
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    if (result.error) process.stderr.write(`${result.error.message}\n`);
    process.exit(result.status ?? 1);
  }
  process.stderr.write(`完成 / done (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
