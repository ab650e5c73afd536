// Runs a built entry of apps/api as a child with the terminal's stdio, passes SIGINT/SIGTERM on,
// and exits with the child's exit code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './build.mjs';

export function runApiEntry(entry, args = []) {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'apps', 'api', 'dist', entry), ...args], {
    cwd: process.cwd(),
    stdio: 'inherit',
  });
  const forward = (signal) => {
    // a terminal's Ctrl-C reaches the child too; passing it on again is harmless (shutdown is idempotent)
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  // `npm start` runs us under `sh -c`, which dies on SIGTERM without passing it on: when our
  // parent goes away, stop the server rather than leave it running without a supervisor.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) forward('SIGTERM');
  }, 1000).unref();
  child.on('error', (err) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1) : 1));
  });
}
