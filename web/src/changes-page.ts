import { type ApiError, HubError, request, UnauthenticatedError } from './api';
import { ChangesList, ChangesSetup, BodyMeetings } from './changes-operations';
import { bdi, el, fill, notAvailable } from './dom';
import type { AttRegion, BodyCode, ChangesListQuery, ChangesSetupQuery, Language } from './gql/graphql';
import { formatDate, formatNumber, regionLabel, t } from './i18n';
import { CHANGE_KIND, changesMessage, changesText, type ChangesText } from './messages/changes';
import { deniedWithin, none } from './page-parts';
import { field, type Track } from './work-common';

type Edge = ChangesListQuery['changes']['edges'][number];
type Record_ = Edge['node']['record'];

/** `/changes`: a chair picks a day (its body's last meeting) and sees the changes it may see since, page by page. */
export const isChangesPath = (pathname: string): boolean => /^\/changes\/?$/.test(pathname);

/** The API's bounds for `since` (docs/changes.md): the Treaty's adoption to today. */
const EARLIEST = '2013-04-02';
const REGIONS: AttRegion[] = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'];

interface Question {
  since: string;
  state: string | null;
  region: AttRegion | null;
  body: BodyCode | null;
}

/** A body the viewer holds an office in, and the first day of its latest meeting held by today. */
interface LastMeeting {
  body: BodyCode;
  day: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Text the hub writes in English (summaries, sources): marked so, isolated in a right-to-left page. */
const english = (text: string) => el('bdi', { lang: 'en' }, text);

const linkOrText = (text: string) => (/^https?:\/\//.test(text) ? el('a', { href: text, rel: 'noreferrer noopener', target: '_blank' }, text) : text);

export class ChangesPage {
  readonly element = el('main', { class: 'work-page changes-page', 'data-testid': 'changes-page', hidden: true });
  private token: string | null = null;
  private lang: Language = 'EN';
  private setup: ChangesSetupQuery | null = null;
  private meetings: LastMeeting[] = [];
  /** The question asked (kept across a language change; a new token starts afresh). */
  private question: Question | null = null;
  private edges: Edge[] = [];
  private errors: ApiError[] = [];
  private endCursor: string | null = null;
  private hasNext = false;
  /** Why the hub refused the question (shown in place of the list), null when it answered. */
  private problem: (Node | string)[] | null = null;

  constructor(private readonly track: Track) {}

  load(token: string | null, lang: Language): Promise<void> {
    if (token !== this.token) this.question = null;
    this.token = token;
    this.lang = lang;
    return this.track(async (current) => {
      const { data } = await request(ChangesSetup, { lang }, token);
      if (!current() || !data) return;
      const bodies = [...new Set(data.viewer.officeHoldings.map((h) => h.body).filter((b): b is BodyCode => !!b))];
      const meetings = await Promise.all(bodies.map((body) => this.lastMeeting(body)));
      if (!current()) return;
      this.setup = data;
      this.meetings = meetings.filter((m): m is LastMeeting => !!m);
      this.question ??= { since: this.meetings[0]?.day ?? (await this.lastMeeting('CSP'))?.day ?? daysAgo(30), state: null, region: null, body: null };
      if (!current()) return;
      await this.ask(this.question, current);
    });
  }

  /** The first day of the body's latest meeting held by today (meetings come newest first). */
  private async lastMeeting(body: BodyCode): Promise<LastMeeting | null> {
    const { data } = await request(BodyMeetings, { body }, this.token);
    const day = data?.meetings.map((m) => m.date).find((d) => d <= today());
    return day ? { body, day } : null;
  }

  /** The first page for a question; `more` goes on from the last one. */
  private async ask(question: Question, current: () => boolean, more = false): Promise<void> {
    const after = more ? this.endCursor : null;
    let answer;
    try {
      answer = await request(ChangesList, { ...question, after }, this.token);
    } catch (error) {
      // A day out of bounds is the API's BAD_USER_INPUT; its message says what is wrong.
      if (!current() || error instanceof UnauthenticatedError) throw error;
      this.question = question;
      const reason = error instanceof HubError ? error.reason : error instanceof Error ? error.message : String(error);
      this.problem = reason ? [this.text('refused'), ' ', english(reason)] : [t(this.lang, 'hubAnswered', { status: (error as HubError).status })];
      this.edges = [];
      this.hasNext = false;
      return this.render();
    }
    if (!current() || !answer.data) return;
    const offset = more ? this.edges.length : 0;
    // Error paths count from this page's first edge: shift them to the rows' places in the whole list.
    const shifted = answer.errors.map((e) => (e.path?.[1] === 'edges' && typeof e.path[2] === 'number' ? { ...e, path: [e.path[0]!, 'edges', e.path[2] + offset, ...e.path.slice(3)] } : e));
    this.question = question;
    this.problem = null;
    this.edges = more ? [...this.edges, ...answer.data.changes.edges] : answer.data.changes.edges;
    this.errors = more ? [...this.errors, ...shifted] : shifted;
    this.endCursor = answer.data.changes.pageInfo.endCursor ?? null;
    this.hasNext = answer.data.changes.pageInfo.hasNextPage;
    this.render();
  }

  private text(key: ChangesText, slots: Record<string, string> = {}): string {
    return changesText(key, this.lang, slots);
  }

  private render(): void {
    const q = this.question!;
    document.title = `${this.text('title')}: ${t(this.lang, 'appName')}`;
    fill(
      this.element,
      el('h1', {}, this.text('title')),
      el('p', { class: 'muted' }, this.text('intro'), this.setup?.viewer.signedIn ? null : [' ', this.text('publicView')]),
      this.form(q),
      this.problem ? el('p', { class: 'error', role: 'alert', 'data-testid': 'changes-error' }, this.problem) : this.results(q),
    );
  }

  private form(q: Question): HTMLElement {
    const since = el('input', { type: 'date', min: EARLIEST, max: today(), value: q.since, 'data-testid': 'changes-since' });
    const states = this.setup?.states.edges.map((e) => e.node) ?? [];
    const state = el(
      'select',
      { 'data-testid': 'changes-state' },
      el('option', { value: '' }, this.text('allStates')),
      states.map((s) => el('option', { value: s.iso3, selected: q.state === s.iso3 }, s.name)),
    );
    const region = el(
      'select',
      { 'data-testid': 'changes-region' },
      el('option', { value: '' }, this.text('allRegions')),
      REGIONS.map((r) => el('option', { value: r, selected: q.region === r }, regionLabel(r, this.lang))),
    );
    const body = el(
      'select',
      { 'data-testid': 'changes-body' },
      el('option', { value: '' }, this.text('allBodies')),
      (this.setup?.bodies ?? []).map((b) => el('option', { value: b.code, selected: q.body === b.code, dir: 'auto' }, b.name)),
    );
    const read = (): Question => ({ since: since.value, state: state.value || null, region: (region.value || null) as AttRegion | null, body: (body.value || null) as BodyCode | null });
    const meetings = this.meetings.map((m) => {
      const button = el(
        'button',
        { type: 'button', 'data-testid': 'since-meeting', 'data-body': m.body, 'data-day': m.day },
        fillSlots(changesMessage('lastMeeting', this.lang), { body: bdi(m.body), date: formatDate(m.day, this.lang) }),
      );
      button.addEventListener('click', () => this.submit({ ...read(), since: m.day }));
      return button;
    });
    // The API, not the browser, judges the day: its message says what is wrong (novalidate).
    const form = el(
      'form',
      { class: 'panel work-form no-print', 'data-testid': 'changes-form', novalidate: true },
      meetings.length ? el('div', { class: 'actions' }, meetings) : null,
      field('changes-since', this.text('since'), since),
      field('changes-state', this.text('state'), state),
      field('changes-region', this.text('region'), region),
      field('changes-body', this.text('body'), body),
      el('div', { class: 'actions' }, el('button', { type: 'submit', 'data-testid': 'changes-show' }, this.text('show'))),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit(read());
    });
    return form;
  }

  private submit(question: Question): void {
    if (!question.since) {
      this.question = question;
      this.problem = null;
      this.render();
      this.element.querySelector('[data-testid=changes-form]')!.append(el('p', { class: 'error', role: 'alert', 'data-testid': 'changes-error' }, this.text('pickDay')));
      return;
    }
    void this.track((current) => this.ask(question, current));
  }

  private results(q: Question): HTMLElement {
    const heading = el('h2', { 'data-testid': 'changes-heading' }, this.text('results', { date: formatDate(q.since, this.lang) }));
    if (!this.edges.length) return el('section', { class: 'state-section', 'data-testid': 'changes-results' }, heading, none(this.text('none', { date: formatDate(q.since, this.lang) })));
    const more = this.hasNext ? el('button', { type: 'button', class: 'no-print', 'data-testid': 'changes-more' }, this.text('more')) : null;
    more?.addEventListener('click', () => void this.track((current) => this.ask(q, current, true)));
    return el(
      'section',
      { class: 'state-section', 'data-testid': 'changes-results' },
      heading,
      el('p', { class: 'note' }, this.text('summaryNote')),
      el(
        'table',
        { 'data-testid': 'changes-table' },
        el('thead', {}, el('tr', {}, (['date', 'kind', 'state', 'what', 'source'] as const).map((k) => el('th', { scope: 'col' }, this.text(k))))),
        el('tbody', {}, this.edges.map((edge, i) => this.row(edge, i))),
      ),
      el('p', { class: 'muted', 'data-testid': 'changes-shown' }, this.text('shown', { n: formatNumber(this.edges.length, this.lang) })),
      more,
    );
  }

  private row(edge: Edge, i: number): HTMLElement {
    const c = edge.node;
    const names = new Map(this.setup?.states.edges.map((e) => [e.node.iso3, e.node.name]) ?? []);
    const concerns: (Node | string)[] = c.states.length
      ? c.states.flatMap((iso3, k) => [k ? ', ' : '', el('a', { href: `/states/${iso3}`, 'data-iso3': iso3 }, bdi(names.get(iso3) ?? iso3))])
      : [c.region ? regionLabel(c.region, this.lang) : null, c.body ? bdi(c.body) : null].filter((p): p is string | HTMLElement => !!p).flatMap((part, k) => (k ? [' · ', part] : [part]));
    const denied = deniedWithin(this.errors, 'changes', 'edges', i, 'node', 'record');
    return el(
      'tr',
      { 'data-kind': c.kind, 'data-record': c.record.id },
      el('td', { class: 'nowrap' }, when(c.at, this.lang)),
      el('td', {}, CHANGE_KIND[c.kind][this.lang], isHubRecord(c.kind) ? el('span', { class: 'muted' }, ' (', this.text(c.isNew ? 'isNew' : 'updated'), ')') : null),
      el('td', { 'data-testid': 'change-concerns' }, concerns),
      el('td', {}, english(c.summary)),
      el('td', { class: 'change-source' }, denied ? notAvailable(t(this.lang, 'notAvailable')) : this.source(c.record)),
    );
  }

  private source(record: Record_): (Node | string)[] | Node | string {
    const r = record as Partial<{ sources: { id: string; title: string; location?: string | null }[]; source: string | null; outcomeSource: string | null; statedBy: string | null }>;
    if (r.sources?.length) return el('ul', { class: 'sources' }, r.sources.map((s) => el('li', { dir: 'auto' }, english(s.title), s.location ? [' ', linkOrText(s.location)] : null)));
    const text = r.source ?? r.outcomeSource;
    if (text) return el('ul', { class: 'sources' }, text.split(' | ').map((s) => el('li', { dir: 'auto' }, linkOrText(s))));
    if (r.statedBy) return [this.text('statedBy'), ' ', english(r.statedBy)];
    return el('span', { class: 'muted', 'data-none': true }, this.text('noSource'));
  }
}

/** The records the hub keeps (their `at` is when it last wrote them), as against facts dated by their sources. */
const isHubRecord = (kind: string): boolean => !['STATUS_CHANGE', 'APPOINTMENT', 'TERM_END'].includes(kind);

/** A day at midnight UTC is a day (the same everywhere); another instant is shown in the reader's time zone. */
function when(at: string, lang: Language): string {
  if (at.endsWith('T00:00:00.000Z')) return formatDate(at.slice(0, 10), lang);
  return new Intl.DateTimeFormat(lang.toLowerCase(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

/** A message whose `{slots}` are elements or text. */
function fillSlots(message: string, slots: Record<string, Node | string | null>): (Node | string)[] {
  return message
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (slots[part] ?? '') : part))
    .filter((part) => part !== '');
}
