import type { ApiError } from './api';
import { bdi, el, fill, notAvailable } from './dom';
import type { BodyPageQuery, Language } from './gql/graphql';
import { formatDate, formatNumber, t } from './i18n';
import { FOLLOW_UP, OUTCOME } from './messages/enums';
import { backLink, deniedWithin, holdingItem, none, section } from './page-parts';

type Body = NonNullable<BodyPageQuery['body']>;

const bodyLink = (b: { code: string; name: string }) => el('a', { href: `/bodies/${b.code}`, 'data-body': b.code }, bdi(b.name));
/** Document symbols and cycle codes are Latin runs: isolated, they keep their order in Arabic. */
const code = (text: string | null | undefined) => (text ? el('bdi', { dir: 'ltr' }, text) : null);

function meetings(b: Body, lang: Language): Element {
  if (!b.meetings.length) return none(t(lang, 'noMeeting'));
  return el(
    'ul',
    { 'data-testid': 'meetings' },
    b.meetings.map((m) =>
      el(
        'li',
        { 'data-meeting': m.id },
        el('strong', {}, formatDate(m.date, lang), m.endDate && m.endDate !== m.date ? ` – ${formatDate(m.endDate, lang)}` : null),
        ' ',
        bdi(m.title),
        el(
          'span',
          { class: 'muted' },
          m.cycle ? [' · ', code(m.cycle.code)] : null,
          m.ordinal ? ` · ${t(lang, 'ordinal', { n: formatNumber(m.ordinal, lang) })}` : null,
          m.reportedIn?.symbol ? [' · ', t(lang, 'reportedIn', { symbol: '' }), code(m.reportedIn.symbol)] : null,
        ),
      ),
    ),
  );
}

function decisions(b: Body, lang: Language): Element {
  if (!b.decisions.length) return none(t(lang, 'noDecision'));
  return el(
    'table',
    { 'data-testid': 'decisions' },
    el('thead', {}, el('tr', {}, [t(lang, 'cycle'), t(lang, 'reference'), t(lang, 'text'), t(lang, 'outcome')].map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      b.decisions.map((d) =>
        el(
          'tr',
          { 'data-decision': d.id },
          el('td', {}, code(d.decidedBy.code)),
          el('td', {}, code(d.document.symbol), el('div', { class: 'note', dir: 'auto' }, d.reference)),
          // The Chinese text where the source gives it.
          el('td', { dir: 'auto' }, lang === 'ZH' && d.textZh ? d.textZh : d.text),
          el('td', { class: 'outcome' }, OUTCOME[d.outcome][lang]),
        ),
      ),
    ),
  );
}

function agenda(b: Body, errors: readonly ApiError[], lang: Language): Element {
  if (!b.agenda.length) return none(t(lang, 'noFollowUp'));
  return el(
    'ul',
    { 'data-testid': 'agenda' },
    b.agenda.map((f, i) =>
      el(
        'li',
        { 'data-follow-up': f.id },
        el('strong', {}, FOLLOW_UP[f.status][lang]),
        ' ',
        bdi(f.description),
        el('span', { class: 'muted' }, ' · ', bdi(f.owner), f.dueOn || f.dueInCycle ? [` · ${t(lang, 'due')}: `, f.dueOn ? formatDate(f.dueOn, lang) : code(f.dueInCycle?.code)] : null),
        // Progress notes are for the treaty bodies: denied is said as such, distinct from none.
        deniedWithin(errors, 'body', 'agenda', i, 'notes')
          ? el('div', { class: 'note' }, `${t(lang, 'progressNotes')}: `, notAvailable(t(lang, 'notAvailable')))
          : f.notes
            ? el('div', { class: 'note', dir: 'auto' }, `${t(lang, 'progressNotes')}: `, bdi(f.notes))
            : null,
      ),
    ),
  );
}

/** A body's page, from one answer of the API for the viewer's token. */
export function renderBodyPage(target: Element, data: BodyPageQuery, errors: readonly ApiError[], lang: Language): void {
  const b = data.body;
  if (!b) return fill(target, backLink(lang), el('p', { class: 'error' }, t(lang, 'noSuchBody')));
  document.title = `${b.name}: ${t(lang, 'appName')}`;
  fill(
    target,
    backLink(lang),
    el('h1', { 'data-testid': 'body-name' }, bdi(b.name)),
    el(
      'p',
      { class: 'state-line' },
      code(b.code),
      b.parent ? [` · ${t(lang, 'partOf')}: `, bodyLink(b.parent)] : null,
      b.subBodies.length ? [` · ${t(lang, 'subBodies')}: `, ...b.subBodies.flatMap((s, i) => [i ? ', ' : '', bodyLink(s)])] : null,
    ),
    b.mandate ? section(lang, 'mandate', t(lang, 'mandate'), false, () => el('p', { dir: 'auto' }, b.mandate)) : null,
    b.note ? el('p', { class: 'note', dir: 'auto' }, b.note) : null,
    section(lang, 'office-holders', t(lang, 'officeHolders'), deniedWithin(errors, 'body', 'officeHoldings'), () =>
      b.officeHoldings.length ? el('ul', { 'data-testid': 'office-holders' }, b.officeHoldings.map((h) => holdingItem(h, lang))) : none(t(lang, 'noHolder')),
    ),
    section(lang, 'meetings', t(lang, 'meetings'), deniedWithin(errors, 'body', 'meetings'), () => meetings(b, lang)),
    section(lang, 'decisions', t(lang, 'decisions'), deniedWithin(errors, 'body', 'decisions'), () => decisions(b, lang)),
    section(lang, 'follow-ups', t(lang, 'openFollowUps'), deniedWithin(errors, 'body', 'agenda') && !b.agenda.length, () => agenda(b, errors, lang)),
    b.source ? el('p', { class: 'note', dir: 'auto' }, `${t(lang, 'source')}: `, b.source) : null,
  );
}
