// `npm start`: build the API and the admin it serves at `/`, then run it (PORT, DATA_DIR, DATABASE_URL… in README).
import { buildApi } from './build.mjs';
import { runApiEntry } from './run-node.mjs';

buildApi({ admin: true });
runApiEntry('main.js');
