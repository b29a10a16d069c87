import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RememberedResolutions } from '../../src/performance/remembered-resolutions';

/**
 * The invariant of src/performance/remembered-resolutions.ts: what the record answers is what
 * Node's own resolution gives; a record made under other installed packages or another build is
 * not used; a remembered file that is gone is resolved again by Node. Each test loads a small
 * package tree of its own (a module, a file beside it, a package in node_modules with its own
 * dependency) through Node's real loader, with the record installed, then takes it off again.
 */
const resolveFilename = (Module as unknown as { _resolveFilename: (request: string, parent: NodeModule, isMain: boolean) => string })._resolveFilename;

let root: string;
let installed: RememberedResolutions[] = [];

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

function record(): RememberedResolutions {
  const made = new RememberedResolutions({ file: path.join(root, 'resolutions.json'), fingerprintOf: [path.join(root, 'installed.lock')] }).install();
  installed.push(made);
  return made;
}

/** Loads the tree's main module afresh, as a new process would (nothing of the tree left in Node's caches): its exports. */
function loadMain(): unknown {
  for (const file of Object.keys(require.cache)) if (file.startsWith(root)) delete require.cache[file];
  const found = (Module as unknown as { _pathCache: Record<string, string> })._pathCache;
  for (const key of Object.keys(found)) if (key.includes(root)) delete found[key];
  return createRequire(path.join(root, 'entry.js'))('./app/main');
}

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-resolutions-')));
  write('installed.lock', 'v1');
  write('app/main.js', "module.exports = [require('./util'), require('dep'), require('inner'), require('node:path').sep];");
  write('app/util.js', "module.exports = 'util.js';");
  write('node_modules/dep/package.json', JSON.stringify({ name: 'dep', main: 'lib/dep.js' }));
  write('node_modules/dep/lib/dep.js', "module.exports = 'dep:' + require('inner');");
  write('node_modules/inner/index.js', "module.exports = 'inner';");
  // The same request from another folder is another file: dep has a version of its own.
  write('node_modules/dep/node_modules/inner/index.js', "module.exports = 'inner of dep';");
});

afterEach(() => {
  for (const made of installed.reverse()) made.uninstall();
  installed = [];
  fs.rmSync(root, { recursive: true, force: true });
});

describe('remembered resolutions', () => {
  it('answers the next start from the record, with the files Node itself resolves', () => {
    const first = record();
    expect(first.size).toBe(0);
    expect(loadMain()).toEqual(['util.js', 'dep:inner of dep', 'inner', '/']);
    expect(first.save()).toBe(true);
    first.uninstall();

    const saved = JSON.parse(fs.readFileSync(path.join(root, 'resolutions.json'), 'utf8')) as { resolutions: Record<string, string> };
    const entries = Object.entries(saved.resolutions).filter(([key]) => key.startsWith(root));
    // main from the entry, util, dep and inner from main, dep's inner from dep; the built-in module is not remembered.
    expect(entries.map(([key]) => key.split('\0')[1]).sort()).toEqual(['./app/main', './util', 'dep', 'inner', 'inner']);
    for (const [key, file] of entries) {
      const [folder = '', request = ''] = key.split('\0');
      // A module in that folder, as Node makes one: the request resolved from it without the record.
      const parent = new Module(path.join(folder, 'x.js')) as NodeModule;
      parent.filename = parent.id;
      parent.paths = (Module as unknown as { _nodeModulePaths: (dir: string) => string[] })._nodeModulePaths(folder);
      expect(resolveFilename(request, parent, false)).toBe(file);
    }

    const second = record();
    expect(second.size).toBeGreaterThanOrEqual(5);
    expect(loadMain()).toEqual(['util.js', 'dep:inner of dep', 'inner', '/']);
    expect(second.answeredFromRecord).toBeGreaterThanOrEqual(5);
    // Nothing new was resolved: nothing to write.
    expect(second.save()).toBe(false);
  });

  it('sets the record aside when the installed packages changed', () => {
    const first = record();
    loadMain();
    first.save();
    first.uninstall();
    write('installed.lock', 'v2 (another install)');
    const second = record();
    expect(second.size).toBe(0);
    expect(loadMain()).toEqual(['util.js', 'dep:inner of dep', 'inner', '/']);
    expect(second.answeredFromRecord).toBe(0);
  });

  it('resolves again through Node when a remembered file is gone', () => {
    const first = record();
    loadMain();
    first.save();
    first.uninstall();
    // A hand edit the fingerprint does not see: util.js becomes util/index.js.
    fs.rmSync(path.join(root, 'app/util.js'));
    write('app/util/index.js', "module.exports = 'util/index.js';");
    const second = record();
    expect(second.size).toBeGreaterThan(0);
    expect(loadMain()).toEqual(['util/index.js', 'dep:inner of dep', 'inner', '/']);
    expect(second.setAside).toBe(true);
    // The next record holds the new file only.
    expect(second.save()).toBe(true);
    const saved = fs.readFileSync(path.join(root, 'resolutions.json'), 'utf8');
    expect(saved).toContain('util/index.js');
    expect(saved).not.toContain('app/util.js"');
  });

  it('leaves require.resolve with options, and a load that fails for another reason, to Node', () => {
    const first = record();
    expect(() => createRequire(path.join(root, 'entry.js'))('./app/missing')).toThrow(/Cannot find module/);
    expect(createRequire(path.join(root, 'entry.js')).resolve('dep', { paths: [root] })).toBe(path.join(root, 'node_modules/dep/lib/dep.js'));
    expect(first.save()).toBe(false);
  });
});
