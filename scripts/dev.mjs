// `npm run dev`: the API (built, on PORT or 3000) and the admin's Vite dev server on 5173 with
// /api proxied to it, so admin changes show at once. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildApi, root } from './build.mjs';

buildApi({ admin: false });
const port = process.env.PORT ?? '3000';
const children = [
  spawn(process.execPath, ['--enable-source-maps', path.join(root, 'apps', 'api', 'dist', 'main.js')], { stdio: 'inherit', env: { ...process.env, PORT: port } }),
  spawn(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', '5173'], {
    cwd: path.join(root, 'apps', 'admin'),
    stdio: 'inherit',
    env: { ...process.env, SCHOOLBRIDGE_API_URL: `http://localhost:${port}` },
  }),
];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
process.stdout.write(`\nSchoolBridge dev: admin with hot reload on http://localhost:5173 (API on http://localhost:${port}/api)\n\n`);
