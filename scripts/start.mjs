// `npm start`: build what the API needs, then run it (PORT, DATA_DIR, DATABASE_URL… in README).
import { buildApi } from './build.mjs';
import { runApiEntry } from './run-node.mjs';

buildApi();
runApiEntry('main.js');
