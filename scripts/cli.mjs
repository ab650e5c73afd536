// `npm run cli -- <command>`: build what the CLI needs, then run it (`npm run cli -- help`).
import { buildApi } from './build.mjs';
import { runApiEntry } from './run-node.mjs';

buildApi();
runApiEntry('cli.js', process.argv.slice(2));
