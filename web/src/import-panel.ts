import { postImport, request, TooLargeError } from './api';
import { el, fill } from './dom';
import type { ImportFormat, Language, WorkspaceImportMutation } from './gql/graphql';
import { workText } from './i18n';
import { field, type Track } from './work-common';
import { ImportFile } from './work-operations';

type Result = WorkspaceImportMutation['importActivities'];

/** The format a file's name tells, or null for one the import does not read. */
export function formatOf(name: string): ImportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'csv' ? 'CSV' : ext === 'json' ? 'JSON' : ext === 'xlsx' ? 'XLSX' : null;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a file to the import: a CSV or an .xlsx as it is, to POST /imports/activities (the browser
 * streams it, the hub parses it as it arrives); a JSON file through the importActivities mutation.
 */
async function sendFile(file: File, format: ImportFormat, dryRun: boolean, token: string | null): Promise<Result | null> {
  if (format === 'JSON') {
    const { data } = await request(ImportFile, { input: { format, content: await file.text(), dryRun } }, token);
    return data?.importActivities ?? null;
  }
  return postImport<Result>(file, format === 'XLSX' ? XLSX_TYPE : 'text/csv', dryRun, token);
}

/**
 * Bulk import: the file is first checked with nothing kept (dryRun), every row's error shown;
 * only then can it be imported, as drafts.
 */
export class ImportPanel {
  private token: string | null = null;
  private lang: Language = 'EN';
  /** Kept across the workspace's refreshes, so an import's outcome stays in view; built anew for another language or token. */
  private element: HTMLElement | undefined;

  constructor(
    private readonly track: Track,
    private readonly imported: () => Promise<void>,
  ) {}

  render(token: string | null, lang: Language): HTMLElement {
    if (this.element && token === this.token && lang === this.lang) return this.element;
    this.token = token;
    this.lang = lang;
    const t = (key: Parameters<typeof workText>[0]) => workText(key, lang);
    const file = el('input', { type: 'file', accept: '.csv,.json,.xlsx', 'data-testid': 'import-file' });
    const preview = el('button', { type: 'button', 'data-testid': 'import-preview' }, t('imp.preview'));
    const run = el('button', { type: 'button', 'data-testid': 'import-run', disabled: true }, t('imp.run'));
    const outcome = el('div', { 'data-testid': 'import-outcome', 'aria-live': 'polite' });
    file.addEventListener('change', () => {
      run.disabled = true;
      fill(outcome);
    });
    preview.addEventListener('click', () => void this.send(file, true, outcome, run));
    run.addEventListener('click', () => void this.send(file, false, outcome, run));
    this.element = el(
      'section',
      { class: 'panel', 'data-testid': 'import' },
      el('h2', {}, t('imp.title')),
      el('p', { class: 'muted' }, t('imp.help')),
      field('import-file', t('imp.file'), file),
      el('div', { class: 'actions' }, preview, run),
      outcome,
    );
    return this.element;
  }

  private send(input: HTMLInputElement, dryRun: boolean, outcome: HTMLElement, run: HTMLButtonElement): Promise<void> {
    const file = input.files?.[0];
    const format = file ? formatOf(file.name) : null;
    if (!file || !format) {
      fill(outcome, el('p', { class: 'error', 'data-testid': 'import-error' }, workText('imp.help', this.lang)));
      return Promise.resolve();
    }
    return this.track(async (current) => {
      let result: Result | null;
      try {
        result = await sendFile(file, format, dryRun, this.token);
      } catch (error) {
        if (!(error instanceof TooLargeError)) throw error;
        if (current()) fill(outcome, el('p', { class: 'error', 'data-testid': 'import-error' }, workText('imp.tooLarge', this.lang)));
        return;
      }
      if (!current() || !result) return;
      // An import is offered only after a preview of this file found something new to write.
      run.disabled = !dryRun || !!result.userErrors.length || result.newRows === 0;
      fill(outcome, ...this.summary(result, dryRun));
      if (!dryRun) await this.imported();
    });
  }

  private summary(result: Result, dryRun: boolean): HTMLElement[] {
    const t = (key: Parameters<typeof workText>[0], slots?: Record<string, number>) => workText(key, this.lang, slots);
    if (result.userErrors.length) {
      return result.userErrors.map((e) => el('p', { class: 'error', 'data-testid': 'import-error' }, e.message));
    }
    const counts = dryRun
      ? t('imp.ready', { n: result.newRows, k: result.alreadyImported })
      : t('imp.done', { n: result.newRows });
    const parts = [el('p', { 'data-testid': 'import-summary' }, counts)];
    if (result.rowErrors.length) {
      parts.push(
        el(
          'table',
          { 'data-testid': 'import-errors' },
          el('caption', {}, t('imp.rowErrors')),
          el('thead', {}, el('tr', {}, [t('imp.line'), t('imp.column'), t('imp.problem')].map((h) => el('th', {}, h)))),
          el(
            'tbody',
            {},
            result.rowErrors.map((e) => el('tr', { 'data-line': e.line }, el('td', {}, e.line), el('td', {}, e.field ?? ''), el('td', { dir: 'auto' }, e.message))),
          ),
        ),
      );
    }
    return parts;
  }
}
