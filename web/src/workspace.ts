import { request } from './api';
import { el, fill } from './dom';
import type { ActivityKind, Language, WorkspaceActivitiesQuery } from './gql/graphql';
import { ACTIVITY_KINDS, activityKindLabel, activityStatusLabel, workText } from './i18n';
import { ImportPanel } from './import-panel';
import { bdi, dayText, field, firstError, type Track } from './work-common';
import { CreateDraft, SubmitDraft, UpdateDraft, WorkspaceActivities } from './work-operations';

type Activity = WorkspaceActivitiesQuery['activities']['edges'][number]['node'];

/** `/workspace`: a partner records, edits and submits its organisation's activities, and imports files. */
export const isWorkspacePath = (pathname: string): boolean => /^\/workspace\/?$/.test(pathname);

export class WorkspacePage {
  readonly element = el('main', { class: 'work-page', 'data-testid': 'workspace', hidden: true });
  private token: string | null = null;
  private lang: Language = 'EN';
  /** The activity the form edits (null: a new one). */
  private editing: Activity | null = null;
  private readonly imports: ImportPanel;

  constructor(private readonly track: Track) {
    this.imports = new ImportPanel(track, () => this.refresh());
  }

  load(token: string | null, lang: Language): Promise<void> {
    this.token = token;
    this.lang = lang;
    this.editing = null;
    return this.refresh();
  }

  private refresh(): Promise<void> {
    return this.track(async (current) => {
      const { data } = await request(WorkspaceActivities, {}, this.token);
      if (!current() || !data) return;
      this.render(data);
    });
  }

  private render(data: WorkspaceActivitiesQuery): void {
    const t = (key: Parameters<typeof workText>[0]) => workText(key, this.lang);
    document.title = `ATT Coordination Hub: ${t('ws.title')}`;
    if (!data.viewer.signedIn) return fill(this.element, el('h1', {}, t('ws.title')), el('p', { 'data-testid': 'ws-sign-in' }, t('ws.signIn')));
    const org = data.viewer.organisation;
    // Only its organisation's drafts reach a partner; published ones are everyone's, so they are told apart by organiser.
    const mine = data.activities.edges.map((e) => e.node).filter((a) => (org ? a.organiser?.id === org.id : a.status !== 'PUBLISHED'));
    fill(
      this.element,
      el('h1', {}, t('ws.title'), org ? el('span', { class: 'muted' }, ' · ', bdi(org.name)) : null),
      this.form(),
      el('section', { class: 'panel' }, el('h2', {}, t('ws.mine')), this.table(mine)),
      this.imports.render(this.token, this.lang),
    );
  }

  private form(): HTMLElement {
    const t = (key: Parameters<typeof workText>[0]) => workText(key, this.lang);
    const a = this.editing;
    const kind = el('select', { required: true }, ACTIVITY_KINDS.map((k) => el('option', { value: k, selected: a?.kind === k }, activityKindLabel(k, this.lang))));
    const title = el('input', { required: true, maxlength: 300, value: a?.title ?? '', dir: 'auto' });
    const startDate = el('input', { type: 'date', value: a?.startDate ?? '' });
    const place = el('input', { maxlength: 300, value: a?.place ?? '', dir: 'auto' });
    const states = el('input', { value: a?.targetStates.map((s) => s.iso3).join('; ') ?? '', 'data-testid': 'ws-states' });
    const description = el('textarea', { rows: 3, maxlength: 5000, dir: 'auto' }, a?.description ?? '');
    const status = el('p', { role: 'status', 'data-testid': 'ws-status' });
    const save = el('button', { type: 'submit', 'data-testid': 'ws-save' }, t(a ? 'ws.saveChanges' : 'ws.save'));
    const cancel = a ? el('button', { type: 'button' }, t('ws.cancel')) : null;
    cancel?.addEventListener('click', () => {
      this.editing = null;
      void this.refresh();
    });
    const form = el(
      'form',
      { class: 'panel work-form', 'data-testid': 'ws-form' },
      el('h2', {}, t(a ? 'ws.editing' : 'ws.new')),
      field('ws-kind', t('f.kind'), kind),
      field('ws-title', t('f.title'), title),
      field('ws-start', t('f.startDate'), startDate),
      field('ws-place', t('f.place'), place),
      field('ws-target-states', t('f.targetStates'), states),
      field('ws-description', t('f.description'), description),
      el('div', { class: 'actions' }, save, cancel),
      status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const content = {
        kind: kind.value as ActivityKind,
        title: title.value,
        startDate: startDate.value || null,
        place: place.value.trim() || null,
        targetStates: states.value.split(/[;,\s]+/).filter(Boolean),
        description: description.value.trim() || null,
      };
      void this.track(async (current) => {
        const answer = a
          ? (await request(UpdateDraft, { input: { id: a.id, version: a.version!, ...content } }, this.token)).data?.updateActivity
          : (await request(CreateDraft, { input: content }, this.token)).data?.createActivity;
        if (!current()) return;
        const problem = firstError(answer);
        if (problem) {
          status.textContent = problem;
          status.className = 'error';
          return;
        }
        this.editing = null;
        await this.refresh();
        this.element.querySelector('[data-testid=ws-status]')!.textContent = t('ws.saved');
      });
    });
    return form;
  }

  private table(mine: Activity[]): HTMLElement {
    const t = (key: Parameters<typeof workText>[0]) => workText(key, this.lang);
    if (!mine.length) return el('p', { class: 'muted', 'data-none': true }, t('ws.none'));
    return el(
      'table',
      { 'data-testid': 'ws-activities' },
      el('thead', {}, el('tr', {}, [t('f.title'), t('f.kind'), t('f.startDate'), t('col.status'), t('col.reason'), t('col.actions')].map((h) => el('th', {}, h)))),
      el('tbody', {}, mine.map((a) => this.row(a))),
    );
  }

  private row(a: Activity): HTMLElement {
    const t = (key: Parameters<typeof workText>[0]) => workText(key, this.lang);
    const open = a.status === 'DRAFT' || a.status === 'REJECTED';
    const edit = open ? el('button', { type: 'button', 'data-action': 'edit', 'aria-label': `${t('ws.edit')}: ${a.title}` }, t('ws.edit')) : null;
    const submit = open ? el('button', { type: 'button', 'data-action': 'submit', 'aria-label': `${t('ws.submit')}: ${a.title}` }, t('ws.submit')) : null;
    const problem = el('span', { class: 'error', role: 'status' });
    edit?.addEventListener('click', () => {
      this.editing = a;
      void this.refresh().then(() => this.element.querySelector<HTMLElement>('#ws-title')?.focus());
    });
    submit?.addEventListener('click', () =>
      void this.track(async (current) => {
        const { data } = await request(SubmitDraft, { input: { id: a.id, version: a.version! } }, this.token);
        if (!current()) return;
        const error = firstError(data?.submitActivity);
        if (error) problem.textContent = error;
        else await this.refresh();
      }),
    );
    return el(
      'tr',
      { 'data-activity': a.id, 'data-status': a.status },
      el('td', {}, bdi(a.title)),
      el('td', {}, activityKindLabel(a.kind, this.lang)),
      el('td', {}, dayText(a.startDate, this.lang)),
      el('td', { 'data-testid': 'ws-activity-status' }, activityStatusLabel(a.status, this.lang)),
      el('td', { dir: 'auto', 'data-testid': 'ws-rejection-reason' }, a.rejectionReason ?? ''),
      el('td', { class: 'actions' }, edit, submit, problem),
    );
  }
}
