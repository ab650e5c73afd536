import { runCli } from './commands.js';
import { processOutput } from './output.js';
import { installedPlugins } from './plugins.js';

/** `npm run cli -- <command>` runs this (scripts/cli.mjs builds first). */
process.exitCode = await runCli(process.argv.slice(2), { env: process.env, plugins: installedPlugins, output: processOutput });
