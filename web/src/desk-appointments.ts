import { request } from './api';
import { el, fill } from './dom';
import { Appoint, DeskBodies, DeskHolders, EndTerm } from './desk-operations';
import { DeskForm, today } from './desk-forms';
import type { AttRegion, BodyCode, DeskHoldersQuery, Language, OfficeKind } from './gql/graphql';
import { regionLabel } from './i18n';
import { deskText, type DeskText } from './messages/desk';
import { OFFICE } from './messages/enums';
import { holdingItem } from './page-parts';
import { bdi, type Track } from './work-common';

type Holder = NonNullable<DeskHoldersQuery['body']>['all'][number];

const OFFICES = Object.keys(OFFICE) as OfficeKind[];
const REGIONS: AttRegion[] = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'];

/**
 * Appointments: the Secretariat picks a body and an office and records who holds it, from when,
 * on what source; the body's office holders (today's, and those appointed from a later day) are
 * listed below, each term not yet ended with its own form to end it.
 */
export class AppointmentsPanel {
  readonly element = el('section', { class: 'panel', 'data-testid': 'desk-appointments' });
  private readonly holders = el('div', { 'data-testid': 'desk-holders', 'aria-live': 'polite' });
  private body: BodyCode = 'WGTU';

  constructor(
    private readonly track: Track,
    private readonly token: string | null,
    private readonly lang: Language,
  ) {}

  private t = (key: DeskText) => deskText(key, this.lang);

  load(): Promise<void> {
    return this.track(async (current) => {
      const { data } = await request(DeskBodies, {}, this.token);
      if (!current() || !data) return;
      fill(this.element, el('h2', {}, this.t('app.title')), this.form(data.bodies), el('h3', {}, this.t('app.holders')), this.holders);
      await this.list();
    });
  }

  private form(bodies: readonly { code: BodyCode; name: string }[]): HTMLElement {
    const form = new DeskForm(this.lang);
    const body = el('select', { required: true, 'data-testid': 'appoint-body' }, bodies.map((b) => el('option', { value: b.code, selected: b.code === this.body }, b.name)));
    const office = el('select', { required: true, 'data-testid': 'appoint-office' }, OFFICES.map((o) => el('option', { value: o }, OFFICE[o][this.lang])));
    const person = el('input', { maxlength: 300, dir: 'auto', 'data-testid': 'appoint-person' });
    const state = el('input', { maxlength: 3, size: 4, 'data-testid': 'appoint-state' });
    const region = el('select', { 'data-testid': 'appoint-region' }, el('option', { value: '' }, this.t('app.noRegion')), REGIONS.map((r) => el('option', { value: r }, regionLabel(r, this.lang))));
    const cycle = el('input', { maxlength: 16, size: 8, 'data-testid': 'appoint-cycle' });
    const from = el('input', { type: 'date', required: true, value: today(), 'data-testid': 'appoint-from' });
    const to = el('input', { type: 'date', 'data-testid': 'appoint-to' });
    const source = el('input', { maxlength: 2000, dir: 'auto', 'data-testid': 'appoint-source' });
    const note = el('input', { maxlength: 2000, dir: 'auto', 'data-testid': 'appoint-note' });
    body.addEventListener('change', () => {
      this.body = body.value as BodyCode;
      void this.track(() => this.list());
    });
    const element = el(
      'form',
      { class: 'work-form', 'data-testid': 'appoint-form' },
      el('h3', {}, this.t('app.form')),
      form.field('desk-appoint-body', 'body', this.t('app.body'), body),
      form.field('desk-appoint-office', 'office', this.t('app.office'), office),
      form.field('desk-appoint-person', 'personName', this.t('app.person'), person, ['personId']),
      form.field('desk-appoint-state', 'representingState', this.t('app.state'), state),
      form.field('desk-appoint-region', 'region', this.t('app.region'), region),
      form.field('desk-appoint-cycle', 'cycle', this.t('app.cycle'), cycle),
      form.field('desk-appoint-from', 'validFrom', this.t('app.from'), from),
      form.field('desk-appoint-to', 'validTo', this.t('app.to'), to),
      form.field('desk-appoint-source', 'source', this.t('app.source'), source),
      form.field('desk-appoint-note', 'note', this.t('dec.note'), note),
      el('div', { class: 'actions' }, el('button', { type: 'submit', 'data-testid': 'appoint-save' }, this.t('app.save'))),
      form.status,
    );
    element.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = {
        body: body.value as BodyCode,
        office: office.value as OfficeKind,
        personName: person.value,
        representingState: state.value.trim() || null,
        region: (region.value || null) as AttRegion | null,
        cycle: cycle.value.trim() || null,
        validFrom: from.value,
        validTo: to.value || null,
        source: source.value,
        note: note.value.trim() || null,
      };
      void this.track(async (current) => {
        try {
          const { data } = await request(Appoint, { input }, this.token);
          if (!current() || !data) return;
          const errors = data.appointOfficeHolder.userErrors;
          if (errors.length) return form.show(errors);
          form.clear(this.t('app.saved'));
          for (const control of [person, state, cycle, to, source, note]) control.value = '';
          await this.list();
        } catch (error) {
          form.refused(error);
        }
      });
    });
    return element;
  }

  /** The chosen body's office holders: today's, then those whose term starts later. */
  private async list(): Promise<void> {
    const day = today();
    const { data } = await request(DeskHolders, { code: this.body, today: day, lang: this.lang }, this.token);
    const body = data?.body;
    if (!body) return fill(this.holders);
    const shown = [...body.current, ...body.all.filter((h) => h.validFrom && h.validFrom > day)];
    if (!shown.length) return fill(this.holders, el('p', { class: 'muted', 'data-none': true }, this.t('app.noHolders')));
    fill(
      this.holders,
      el(
        'table',
        { 'data-testid': 'desk-holders-table' },
        el('thead', {}, el('tr', {}, [this.t('app.holding'), this.t('app.end')].map((h) => el('th', {}, h)))),
        el('tbody', {}, shown.map((h) => this.holder(h))),
      ),
    );
  }

  /** One holding, with the form that ends its term (a term once ended says where its end comes from). */
  private holder(h: Holder): HTMLElement {
    const item = holdingItem(h, this.lang);
    const who = `${OFFICE[h.office][this.lang]} ${h.person?.name ?? ''}`.trim();
    const row = (end: HTMLElement | (HTMLElement | string | null)[]) =>
      el('tr', { 'data-holding': h.id, 'data-ended': h.endSource ? 'true' : 'false' }, el('td', {}, ...item.childNodes), el('td', {}, end));
    if (h.endSource) return row([el('span', { class: 'muted' }, this.t('app.endedOn')), ' ', bdi(h.endSource)]);
    const form = new DeskForm(this.lang);
    const validTo = el('input', { type: 'date', required: true, value: today(), 'data-testid': 'end-day' });
    const source = el('input', { maxlength: 2000, dir: 'auto', 'data-testid': 'end-source' });
    const key = h.id.replace(/[^A-Za-z0-9_-]/g, '');
    const end = el(
      'form',
      { class: 'end-term' },
      form.field(`desk-end-day-${key}`, 'validTo', `${this.t('app.endDay')}: ${who}`, validTo),
      form.field(`desk-end-source-${key}`, 'source', `${this.t('app.endSource')}: ${who}`, source, ['id', 'version']),
      el('button', { type: 'submit', 'data-action': 'end', 'aria-label': `${this.t('app.end')}: ${who}` }, this.t('app.end')),
      form.status,
    );
    end.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.track(async (current) => {
        try {
          const { data } = await request(EndTerm, { input: { id: h.id, version: h.version!, validTo: validTo.value, source: source.value } }, this.token);
          if (!current() || !data) return;
          const errors = data.endOfficeHolding.userErrors;
          if (errors.length) return form.show(errors);
          await this.list();
        } catch (error) {
          form.refused(error);
        }
      });
    });
    return row(end);
  }
}
