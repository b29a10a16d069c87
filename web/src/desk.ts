import { request } from './api';
import { el, fill } from './dom';
import type { DeskQueueQuery, Language } from './gql/graphql';
import { activityKindLabel, workText } from './i18n';
import { AppointmentsPanel } from './desk-appointments';
import { DecisionsPanel } from './desk-decisions';
import { bdi, dayText, firstError, type Track } from './work-common';
import { DeskQueue, Publish, Reject, Suggestions } from './work-operations';

type Queued = DeskQueueQuery['activities']['edges'][number]['node'];
type Need = NonNullable<DeskQueueQuery['needs']>['edges'][number]['node'];

/**
 * `/desk`: the Secretariat moderates submitted activities, looks at needs awaiting a match, and keeps
 * the record of the bodies: decisions' outcomes and appointments (desk-decisions.ts, desk-appointments.ts).
 */
export const isDeskPath = (pathname: string): boolean => /^\/desk\/?$/.test(pathname);

export class DeskPage {
  readonly element = el('main', { class: 'work-page', 'data-testid': 'desk', hidden: true });
  private token: string | null = null;
  private lang: Language = 'EN';
  /** The record of the bodies: built anew for each token and language, kept across the queue's refreshes. */
  private record: { decisions: DecisionsPanel; appointments: AppointmentsPanel; loaded: boolean } | null = null;

  constructor(private readonly track: Track) {}

  load(token: string | null, lang: Language): Promise<void> {
    this.token = token;
    this.lang = lang;
    this.record = { decisions: new DecisionsPanel(this.track, token, lang), appointments: new AppointmentsPanel(this.track, token, lang), loaded: false };
    return this.refresh();
  }

  private t = (key: Parameters<typeof workText>[0]) => workText(key, this.lang);

  private refresh(): Promise<void> {
    return this.track(async (current) => {
      const { data } = await request(DeskQueue, { lang: this.lang }, this.token);
      if (!current() || !data) return;
      document.title = `ATT Coordination Hub: ${this.t('desk.title')}`;
      if (!data.viewer.secretariat) {
        return fill(this.element, el('h1', {}, this.t('desk.title')), el('p', { 'data-testid': 'desk-only' }, this.t('desk.only')));
      }
      const queue = data.activities.edges.map((e) => e.node);
      const needs = data.needs?.edges.map((e) => e.node) ?? [];
      fill(
        this.element,
        el('h1', {}, this.t('desk.title')),
        el(
          'section',
          { class: 'panel' },
          el('h2', {}, this.t('desk.queue')),
          queue.length ? this.queue(queue) : el('p', { class: 'muted', 'data-none': true }, this.t('desk.empty')),
        ),
        el(
          'section',
          { class: 'panel' },
          el('h2', {}, this.t('desk.needs')),
          needs.length ? this.needs(needs) : el('p', { class: 'muted', 'data-none': true }, this.t('desk.noNeeds')),
        ),
        this.record?.decisions.element,
        this.record?.appointments.element,
      );
      if (this.record && !this.record.loaded) {
        this.record.loaded = true;
        await Promise.all([this.record.decisions.load(), this.record.appointments.load()]);
      }
    });
  }

  private queue(items: Queued[]): HTMLElement {
    const head = [this.t('f.title'), this.t('col.organiser'), this.t('f.kind'), this.t('f.startDate'), this.t('col.actions')];
    return el(
      'table',
      { 'data-testid': 'desk-queue' },
      el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
      el('tbody', {}, items.map((a) => this.queued(a))),
    );
  }

  private queued(a: Queued): HTMLElement {
    const publish = el('button', { type: 'button', 'data-action': 'publish', 'aria-label': `${this.t('desk.publish')}: ${a.title}` }, this.t('desk.publish'));
    const reason = el('input', { 'aria-label': `${this.t('col.reason')}: ${a.title}`, placeholder: this.t('col.reason'), maxlength: 2000, dir: 'auto', 'data-testid': 'reject-reason' });
    const reject = el('button', { type: 'button', 'data-action': 'reject', 'aria-label': `${this.t('desk.reject')}: ${a.title}` }, this.t('desk.reject'));
    const problem = el('span', { class: 'error', role: 'status' });
    const moderate = (reject: boolean) =>
      this.track(async (current) => {
        const input = { id: a.id, version: a.version!, ...(reject ? { reason: reason.value } : {}) };
        const payload = reject
          ? (await request(Reject, { input }, this.token)).data?.rejectActivity
          : (await request(Publish, { input }, this.token)).data?.publishActivity;
        if (!current()) return;
        const error = firstError(payload);
        if (error) problem.textContent = error;
        else await this.refresh();
      });
    publish.addEventListener('click', () => void moderate(false));
    reject.addEventListener('click', () => void moderate(true));
    return el(
      'tr',
      { 'data-activity': a.id },
      el('td', {}, bdi(a.title)),
      el('td', {}, bdi(a.organiserName)),
      el('td', {}, activityKindLabel(a.kind, this.lang)),
      el('td', {}, dayText(a.startDate, this.lang)),
      el('td', { class: 'actions' }, publish, reason, reject, problem),
    );
  }

  private needs(items: Need[]): HTMLElement {
    const head = [this.t('desk.state'), this.t('desk.need'), this.t('desk.suggest')];
    return el(
      'table',
      { 'data-testid': 'desk-needs' },
      el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        items.map((n) => {
          // Suggestions are asked for one need at a time, when the Secretariat opens them.
          const show = el('button', { type: 'button', 'aria-expanded': 'false', 'data-action': 'suggest' }, this.t('desk.suggest'));
          const list = el('div', { 'data-testid': 'suggestions' });
          show.addEventListener('click', () => void this.suggest(n.id, list, show));
          return el('tr', { 'data-need': n.id, 'data-iso3': n.state?.iso3 ?? '' }, el('td', {}, bdi(n.state?.name)), el('td', { dir: 'auto' }, n.description ?? ''), el('td', {}, show, list));
        }),
      ),
    );
  }

  private suggest(needId: string, target: HTMLElement, button: HTMLButtonElement): Promise<void> {
    return this.track(async (current) => {
      const { data } = await request(Suggestions, { needId }, this.token);
      if (!current() || !data) return;
      button.setAttribute('aria-expanded', 'true');
      const ranked = data.matchSuggestions ?? [];
      if (!ranked.length) return fill(target, el('p', { class: 'muted', 'data-none': true }, this.t('desk.noSuggest')));
      fill(
        target,
        el(
          'ol',
          {},
          ranked.map((s) =>
            el(
              'li',
              { 'data-offer': s.offer.id },
              bdi(s.offer.providerName),
              s.offer.description ? el('span', { dir: 'auto' }, ': ', s.offer.description) : null,
              el('span', { class: 'muted' }, ` (${this.t('desk.score')} ${new Intl.NumberFormat(this.lang.toLowerCase()).format(s.score)}: `, s.reasons.join('; '), ')'),
            ),
          ),
        ),
      );
    });
  }
}
