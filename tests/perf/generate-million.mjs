// Benchmark (not part of `npm test`): writes about a million directory rows with the data generator
// (`npm run cli -- generate`) and prints how long it took.
//
//   DATABASE_URL=postgres://…/scratch node tests/perf/generate-million.mjs   PostgreSQL (the figure that counts)
//   node tests/perf/generate-million.mjs --sqlite                           a throw-away SQLite file, for comparison
//
// Point DATABASE_URL at a throw-away database: every run adds a county of generated data to it.
// Sizes can be changed with --schools, --teachers and --students.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApi, root } from '../../scripts/build.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const sqlite = args.includes('--sqlite');
// 1,000 schools, 45,000 teachers (+ subjects and assignments), 800,000 students (+ difficulty records):
// about 1.05 million rows in all.
const sizes = { schools: flag('schools', '1000'), teachers: flag('teachers', '45000'), students: flag('students', '800000') };

if (!sqlite && !process.env.DATABASE_URL) {
  process.stderr.write('请设置 DATABASE_URL（PostgreSQL），或加 --sqlite / Set DATABASE_URL (PostgreSQL), or pass --sqlite\n');
  process.exit(2);
}
const env = { ...process.env, LOG_LEVEL: 'warn' };
let dataDir = null;
if (sqlite) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'schoolbridge-perf-'));
  delete env.DATABASE_URL;
  env.DATA_DIR = dataDir;
}

buildApi();
const started = process.hrtime.bigint();
const child = spawn(
  process.execPath,
  [path.join(root, 'apps', 'api', 'dist', 'cli.js'), 'generate', '--schools', sizes.schools, '--teachers', sizes.teachers, '--students', sizes.students],
  { env, stdio: ['ignore', 'pipe', 'inherit'] },
);
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('exit', (code) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (code !== 0) {
    process.stderr.write(`generate failed (exit ${code})\n`);
    process.exit(code ?? 1);
  }
  const rows = Number(/共 (\d+) 行 rows/.exec(output)?.[1] ?? NaN);
  process.stdout.write(
    `\nperf generate on ${sqlite ? 'sqlite' : 'postgres'}: ${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s ` +
      `(${Math.round(rows / seconds).toLocaleString('en-US')} rows/s, including start-up and migrations)\n`,
  );
});
