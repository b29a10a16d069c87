// `npm start` and `npm run start:server`: the builds of what changed (build-changed.mjs), then the
// compiled hub in this same process, with the flags the script gave Node. (A prestart step of its
// own started Node once more before the hub: about 0.1 s of a warm start.)
import { createRequire } from 'node:module';
import { buildChanged } from './build-changed.mjs';

buildChanged();
createRequire(import.meta.url)('../dist/src/server.js');
