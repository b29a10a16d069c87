// `npm start` and `npm run start:server`: the builds of what changed (build-changed.mjs), then the
// compiled hub in this same process, with the flags the script gave Node. (A prestart step of its
// own started Node once more before the hub: about 0.1 s of a warm start.)
import { createRequire } from 'node:module';
import { buildChanged } from './build-changed.mjs';

buildChanged();
const require = createRequire(import.meta.url);
// The build (and Node's own start) as the ready line's first phase, so "first modules" is the hub's.
require('../dist/src/kernel/start-phases.js').markStart('build check');
require('../dist/src/server.js');
