import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json. The shipped data (data/) and the built dashboard (web/dist/)
 * are found from it, whether the hub runs from src/ (through swc) or from its compiled dist/src/.
 */
export const PROJECT_ROOT = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${__dirname}`);
  }
})();
