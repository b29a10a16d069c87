/**
 * A warm start resolves some 1,900 `require` calls (stat calls, package.json reads, realpath for
 * each) and gets the same files every time: about a quarter of the start's module loading. The
 * compiled hub (`npm start`) remembers where each request resolved, by the requiring module's
 * folder and the request, in `dist/.resolutions.json`, and the next start answers from it.
 *
 * Going around Node's module resolution. Invariant: a remembered file is the one Node's own
 * resolution gives, as long as Node, the installed packages and the build are the ones it was
 * recorded with. The record carries their fingerprint (Node's version, node_modules/.package-lock.json,
 * which npm writes at every install, and dist/.tsbuildinfo, which tsc writes at every build that
 * emits) and is set aside when it differs. A remembered file that is gone all the same (a hand
 * edit) is noticed when its load fails, and the record is set aside for the rest of the start.
 * Only plain `require` calls are remembered: `require.resolve` with options goes to Node.
 * test/unit/remembered-resolutions.test.ts fails when either breaks.
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, parent: NodeModule | undefined, isMain: boolean, options?: unknown) => string;
type Load = (request: string, parent: NodeModule | undefined, isMain: boolean) => unknown;
/** Node's CommonJS loader, as it is (these two are not in its typings). */
interface Loader {
  _resolveFilename: Resolve;
  _load: Load;
}

/** What `dist/.resolutions.json` holds. */
interface SavedResolutions {
  fingerprint: string;
  resolutions: { [key: string]: string };
}

export interface RememberedResolutionsOptions {
  /** Where the record is kept. */
  file: string;
  /** Files whose size and modification time, with Node's version, say whether the record still holds. */
  fingerprintOf: string[];
}

function fingerprintOf(files: string[]): string {
  const parts = [process.version];
  for (const file of files) {
    try {
      const stat = fs.statSync(file);
      parts.push(`${file}:${stat.size}:${stat.mtimeMs}`);
    } catch {
      parts.push(`${file}:missing`);
    }
  }
  return parts.join('|');
}

export class RememberedResolutions {
  private remembered = new Map<string, string>();
  /** Files answered from the record: a load failing on one of them means the record is stale. */
  private readonly answered = new Set<string>();
  private readonly learned = new Map<string, string>();
  private readonly fingerprint: string;
  private readonly loader = Module as unknown as Loader;
  private readonly resolve: Resolve;
  private readonly load: Load;
  /** True once the record was set aside during this process (a stale file). */
  setAside = false;

  constructor(private readonly options: RememberedResolutionsOptions) {
    this.fingerprint = fingerprintOf(options.fingerprintOf);
    try {
      const record = JSON.parse(fs.readFileSync(options.file, 'utf8')) as SavedResolutions;
      if (record.fingerprint === this.fingerprint) this.remembered = new Map(Object.entries(record.resolutions));
    } catch {
      // No record yet, or an unreadable one: Node resolves everything, and this start records it.
    }
    this.resolve = this.loader._resolveFilename;
    this.load = this.loader._load;
  }

  /** How many resolutions the record held for this start. */
  get size(): number {
    return this.remembered.size;
  }

  /** How many requires this process answered from the record. */
  get answeredFromRecord(): number {
    return this.answered.size;
  }

  install(): this {
    const { resolve, load } = this;
    // Arrows keep the record; the two replacements keep the loader as `this`, as Node calls them.
    const recorded = (key: string) => this.answer(key);
    const learn = (key: string, file: string) => this.learned.set(key, file);
    const staleRecord = (error: unknown) => this.setAsideIfStale(error);
    this.loader._resolveFilename = function (request, parent, isMain, options) {
      // The requiring module's folder and the request are all a plain require's answer depends on (Node keys its own cache so).
      if (options !== undefined || !parent?.filename) return resolve.call(this, request, parent, isMain, options);
      const key = `${path.dirname(parent.filename)}\0${request}`;
      const hit = recorded(key);
      if (hit !== undefined) return hit;
      const file = resolve.call(this, request, parent, isMain, options);
      // Built-in modules resolve to their names: only files are remembered.
      if (path.isAbsolute(file)) learn(key, file);
      return file;
    };
    this.loader._load = function (request, parent, isMain) {
      try {
        return load.call(this, request, parent, isMain);
      } catch (error) {
        if (!staleRecord(error)) throw error;
        return load.call(this, request, parent, isMain);
      }
    };
    return this;
  }

  private answer(key: string): string | undefined {
    const hit = this.remembered.get(key);
    if (hit !== undefined) this.answered.add(hit);
    return hit;
  }

  /** True when the error is a remembered file gone missing: the record is set aside (Node resolves everything again). */
  private setAsideIfStale(error: unknown): boolean {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as NodeJS.ErrnoException).path : undefined;
    if (missing === undefined || !this.answered.has(missing) || this.setAside) return false;
    this.setAside = true;
    this.remembered = new Map();
    return true;
  }

  uninstall(): void {
    this.loader._resolveFilename = this.resolve;
    this.loader._load = this.load;
  }

  /** Writes what this start resolved (with what it reused) when it resolved anything new; false when nothing was to be written or it could not be. */
  save(): boolean {
    if (this.learned.size === 0 && !this.setAside) return false;
    const resolutions = Object.fromEntries([...this.remembered, ...this.learned]);
    const temporary = `${this.options.file}.${process.pid}`;
    try {
      fs.writeFileSync(temporary, JSON.stringify({ fingerprint: this.fingerprint, resolutions } satisfies SavedResolutions));
      fs.renameSync(temporary, this.options.file);
      this.learned.clear();
      return true;
    } catch {
      // A read-only build folder: the next start resolves through Node, as without the record.
      fs.rmSync(temporary, { force: true });
      return false;
    }
  }
}

/**
 * The compiled hub's record, installed as this module loads (the first import of src/server.ts)
 * and taken off once the hub is ready (src/server.ts saves it first): modules loaded on demand
 * later go to Node itself. Run from the TypeScript (tests, scripts through swc), nothing is remembered.
 */
function forTheBuild(): RememberedResolutions | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  const dist = path.resolve(__dirname, '../..');
  const root = path.dirname(dist);
  if (path.basename(dist) !== 'dist') return undefined;
  return new RememberedResolutions({
    file: path.join(dist, '.resolutions.json'),
    fingerprintOf: [path.join(root, 'node_modules/.package-lock.json'), path.join(dist, '.tsbuildinfo')],
  }).install();
}

export const startResolutions = forTheBuild();
