import { request } from './api';
import { el, fill } from './dom';
import { DeskDecisions, RecordOutcome, UpdateFollowUp } from './desk-operations';
import { DeskForm } from './desk-forms';
import type { DecisionOutcome, DeskDecisionsQuery, DeskFollowUpFragment, FollowUpStatus, Language } from './gql/graphql';
import { deskText, type DeskText } from './messages/desk';
import { FOLLOW_UP, OUTCOME } from './messages/enums';
import { bdi, type Track } from './work-common';

type Awaiting = DeskDecisionsQuery['awaiting'][number];
type Recorded = DeskDecisionsQuery['recorded'][number];

/** What the Secretariat may record: every outcome but NOT_RECORDED, which is what the hub says until then. */
const OUTCOMES = (Object.keys(OUTCOME) as DecisionOutcome[]).filter((o) => o !== 'NOT_RECORDED');
const STATUSES = Object.keys(FOLLOW_UP) as FollowUpStatus[];

/**
 * The decisions awaiting an outcome, and the form that records one with its source: nothing is
 * written without a source, and each refusal is shown by the input it concerns. Once recorded, the
 * decision moves to the list of recorded outcomes. Follow-up actions are tracked on both lists.
 */
export class DecisionsPanel {
  readonly element = el('section', { class: 'panel', 'data-testid': 'desk-decisions' });
  private done = '';
  /** Each decision's follow-up actions. */
  private followUps = new Map<string, DeskFollowUpFragment[]>();

  constructor(
    private readonly track: Track,
    private readonly token: string | null,
    private readonly lang: Language,
  ) {}

  private t = (key: DeskText) => deskText(key, this.lang);

  load(): Promise<void> {
    return this.track(async (current) => {
      const { data } = await request(DeskDecisions, {}, this.token);
      if (!current() || !data) return;
      this.followUps = new Map();
      for (const f of data.followUpActions) this.followUps.set(f.decision.id, [...(this.followUps.get(f.decision.id) ?? []), f]);
      fill(this.element, ...this.render(data));
    });
  }

  private render(data: DeskDecisionsQuery): HTMLElement[] {
    const form = new DeskForm(this.lang);
    const decision = el('select', { required: true, 'data-testid': 'outcome-decision' }, data.awaiting.map((d) => el('option', { value: d.id }, `${d.decidedBy.code} · ${d.reference}`)));
    const outcome = el('select', { required: true, 'data-testid': 'outcome-outcome' }, OUTCOMES.map((o) => el('option', { value: o }, OUTCOME[o][this.lang])));
    const source = el('input', { maxlength: 2000, dir: 'auto', 'data-testid': 'outcome-source' });
    const note = el('input', { maxlength: 2000, dir: 'auto', 'data-testid': 'outcome-note' });
    const save = el('button', { type: 'submit', 'data-testid': 'outcome-save', disabled: !data.awaiting.length }, this.t('dec.save'));
    const record = el(
      'form',
      { class: 'work-form', 'data-testid': 'outcome-form' },
      el('h3', {}, this.t('dec.form')),
      form.field('desk-outcome-decision', 'id', this.t('dec.decision'), decision, ['version']),
      form.field('desk-outcome', 'outcome', this.t('dec.outcome'), outcome),
      form.field('desk-outcome-source', 'source', this.t('dec.source'), source),
      form.field('desk-outcome-note', 'note', this.t('dec.note'), note),
      el('div', { class: 'actions' }, save),
      form.status,
    );
    if (this.done) form.clear(this.done);
    this.done = '';
    record.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = data.awaiting.find((d) => d.id === decision.value);
      if (!chosen) return;
      const input = { id: chosen.id, version: chosen.version!, outcome: outcome.value as DecisionOutcome, source: source.value, note: note.value.trim() || null };
      void this.track(async (current) => {
        try {
          const { data: answer } = await request(RecordOutcome, { input }, this.token);
          if (!current() || !answer) return;
          const errors = answer.recordDecisionOutcome.userErrors;
          if (errors.length) return form.show(errors);
          this.done = this.t('dec.saved');
          await this.load();
        } catch (error) {
          form.refused(error);
        }
      });
    });
    const choose = (d: Awaiting) => {
      const button = el('button', { type: 'button', 'data-action': 'choose', 'aria-label': `${this.t('dec.choose')}: ${d.decidedBy.code} ${d.reference}` }, this.t('dec.choose'));
      button.addEventListener('click', () => {
        decision.value = d.id;
        outcome.focus();
      });
      return button;
    };
    return [
      el('h2', {}, this.t('dec.title')),
      data.awaiting.length
        ? this.table('desk-awaiting', [this.t('dec.conference'), this.t('dec.reference'), this.t('dec.text'), this.t('dec.followUps'), this.t('dec.outcome')], data.awaiting, (d) => [
            el('td', {}, choose(d)),
          ])
        : el('p', { class: 'muted', 'data-none': true }, this.t('dec.none')),
      record,
      el('h3', {}, this.t('dec.recorded')),
      data.recorded.length
        ? this.table('desk-recorded', [this.t('dec.conference'), this.t('dec.reference'), this.t('dec.text'), this.t('dec.followUps'), this.t('dec.outcome'), this.t('dec.sourceCol')], data.recorded, (d: Recorded) => [
            el('td', { 'data-outcome': d.outcome }, OUTCOME[d.outcome][this.lang]),
            el('td', { dir: 'auto' }, d.outcomeSource ?? '', d.outcomeNote ? el('span', { class: 'muted' }, ' · ', bdi(d.outcomeNote)) : null),
          ])
        : el('p', { class: 'muted', 'data-none': true }, this.t('dec.noneRecorded')),
    ];
  }

  private table<D extends Awaiting | Recorded>(testid: string, head: string[], rows: D[], cells: (d: D) => HTMLElement[]): HTMLElement {
    return el(
      'table',
      { 'data-testid': testid },
      el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        rows.map((d) => {
          // The hub keeps the text in English (unofficial translation) and in the Chinese of the source.
          const zh = this.lang === 'ZH' && d.textZh;
          return el(
            'tr',
            { 'data-decision': d.id },
            el('td', {}, bdi(d.decidedBy.code)),
            el('td', {}, bdi(d.reference)),
            el('td', { dir: 'auto', lang: zh ? 'zh' : 'en' }, zh ? d.textZh : d.text),
            el('td', {}, this.followUps.has(d.id) ? el('ul', {}, this.followUps.get(d.id)!.map((f) => this.followUp(f))) : ''),
            ...cells(d),
          );
        }),
      ),
    );
  }

  /** A follow-up action: what, who, and its status, which the Secretariat updates. */
  private followUp(f: DeskFollowUpFragment): HTMLElement {
    const form = new DeskForm(this.lang);
    const status = el('select', { 'data-testid': 'follow-up-status' }, STATUSES.map((s) => el('option', { value: s, selected: s === f.status }, FOLLOW_UP[s][this.lang])));
    const save = el('button', { type: 'submit', 'aria-label': `${this.t('fu.save')}: ${f.description.slice(0, 80)}` }, this.t('fu.save'));
    const item = el(
      'form',
      { class: 'follow-up', 'data-follow-up': f.id },
      el('span', { dir: 'auto' }, f.description),
      ' (',
      bdi(f.owner),
      ')',
      form.field(`desk-fu-${f.id.replace(/[^A-Za-z0-9_-]/g, '')}`, 'status', this.t('fu.status'), status),
      save,
      form.status,
    );
    item.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.track(async (current) => {
        try {
          const { data } = await request(UpdateFollowUp, { input: { id: f.id, version: f.version!, status: status.value as FollowUpStatus } }, this.token);
          if (!current() || !data) return;
          const errors = data.updateFollowUpAction.userErrors;
          if (errors.length) return form.show(errors);
          await this.load();
        } catch (error) {
          form.refused(error);
        }
      });
    });
    return el('li', {}, item);
  }
}
