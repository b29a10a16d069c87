import type { ApiError } from './api';
import { bdi, el, fill } from './dom';
import type { FundingMechanism, Language, StatePageQuery } from './gql/graphql';
import { formatDate, LANGUAGES, regionLabel, type StatusKey, statusLabel, t } from './i18n';
import { codeLabel } from './messages/codes';
import { TIER } from './messages/enums';
import { backLink, deniedWithin, demoMark as demo, none, period, section as part } from './page-parts';

type Data = StatePageQuery;
type State = NonNullable<Data['state']>;


/** The funders' programmes by their own names. */
const MECHANISM: Record<FundingMechanism, string> = {
  ATT_SPONSORSHIP: 'ATT Sponsorship Programme',
  ATT_VTF: 'ATT Voluntary Trust Fund',
  BILATERAL: 'Bilateral',
  EU_ATT_OUTREACH: 'EU ATT Outreach Project',
  OTHER: 'Other',
  UNSCAR: 'UNSCAR',
};
/** A source as a link when it is a web address (it opens elsewhere; the page itself loads nothing from there). */
const linkOrText = (src: string) => (/^https?:\/\//.test(src) ? el('a', { href: src, rel: 'noreferrer noopener', target: '_blank' }, src) : src);
const sourceItem = (src: string) => el('li', { dir: 'auto' }, linkOrText(src));
/** The page's language while one page is rendered (each render sets it first). */
let lang: Language = 'EN';
const demoMark = (d: boolean | null | undefined) => demo(d, lang);
const section = (name: string, title: Parameters<typeof t>[1], denied: boolean, body: () => Element | Element[]) => part(lang, name, t(lang, title), denied, body);

function dateText(d: State['actions'][number]['date']): string {
  if (d.precision === 'DAY' && d.date) return formatDate(d.date, lang);
  if (d.precision === 'YEAR' && d.year) return t(lang, 'yearOnly', { year: d.year });
  return `${t(lang, 'between', { from: formatDate(d.earliest, lang), to: formatDate(d.latest, lang) })} (${codeLabel(d.precision, lang)})`;
}

function history(s: State): Element | Element[] {
  if (!s.actions.length) return none(t(lang, 'noAction'));
  return el(
    'table',
    { 'data-testid': 'treaty-actions' },
    el('thead', {}, el('tr', {}, (['action', 'date', 'precision', 'sources'] as const).map((k) => el('th', {}, t(lang, k))))),
    el(
      'tbody',
      {},
      s.actions.map((a) =>
        el(
          'tr',
          { 'data-kind': a.kind },
          el('td', {}, codeLabel(a.kind, lang), a.instrument ? ` (${codeLabel(a.instrument, lang)})` : null, a.note ? el('div', { class: 'note', dir: 'auto' }, a.note) : null),
          el('td', {}, dateText(a.date)),
          el('td', {}, codeLabel(a.date.precision, lang)),
          el(
            'td',
            {},
            a.sources.length
              ? el(
                  'ul',
                  { class: 'sources' },
                  a.sources.map((src) =>
                    el('li', { dir: 'auto' }, src.title, src.location ? el('span', { class: 'source-location' }, ' ', linkOrText(src.location)) : null, ` (${src.confidence})`),
                  ),
                )
              : el('span', { class: 'muted' }, t(lang, 'noSource')),
          ),
        ),
      ),
    ),
  );
}

function definitions(rows: [Parameters<typeof t>[1], string | number | null | undefined][]): HTMLElement {
  return el(
    'dl',
    { class: 'facts' },
    rows.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [el('dt', {}, t(lang, k)), el('dd', { dir: 'auto' }, String(v))]),
  );
}

function whoWorksHere(w: State['whoWorksHere']): Element[] {
  const projects = w.projects.length
    ? el(
        'ul',
        { class: 'projects', 'data-testid': 'projects' },
        w.projects.map((p) =>
          el(
            'li',
            { 'data-project': p.id },
            el('strong', { dir: 'auto' }, p.title),
            demoMark(p.demo),
            el('span', { class: 'muted' }, ' ', el('bdi', {}, `${MECHANISM[p.mechanism]}${p.reference ? `, ${p.reference}` : ''}`), '; ', period(p.periodFrom, p.periodTo, lang)),
            p.implementerName ? [' · ', bdi(p.implementerName)] : null,
            p.sources.length
              ? el(
                  'ul',
                  { class: 'sources', 'data-testid': 'project-sources' },
                  p.sources.map(sourceItem),
                )
              : el('p', { class: 'muted' }, t(lang, 'noSource')),
          ),
        ),
      )
    : none(t(lang, 'noProject'));
  const organisations = w.organisations.length
    ? el(
        'ul',
        { class: 'inline-list', 'data-testid': 'organisations' },
        w.organisations.map((o) => el('li', {}, bdi(o.name), o.shortName ? ` (${o.shortName})` : null, demoMark(o.demo))),
      )
    : none(t(lang, 'noOrganisation'));
  return [
    el('h3', {}, t(lang, 'organisations')),
    organisations,
    w.otherImplementers.length
      ? [
          el('h3', {}, t(lang, 'alsoNamed')),
          el(
            'ul',
            { class: 'inline-list' },
            w.otherImplementers.map((n) => el('li', {}, bdi(n))),
          ),
        ]
      : [],
    el('h3', {}, t(lang, 'projects')),
    projects,
  ].flat();
}

function overlaps(list: NonNullable<Data['projectOverlaps']>): Element {
  if (!list.length) return none(t(lang, 'noOverlap'));
  return el(
    'ul',
    { 'data-testid': 'overlaps' },
    list.map((o) =>
      el(
        'li',
        {},
        [...o.projects.map((p) => p.title), ...o.activities.map((a) => a.title)].map((t, i) => [i ? ' and ' : '', bdi(t)]).flat(),
        el('span', { class: 'muted' }, ` (${t(lang, 'overlapScore', { score: o.score, days: o.sharedDays })}): `, bdi(o.reasons.join('; '))),
      ),
    ),
  );
}

/** The briefing on one state, from one answer of the API for the viewer's token. */
export function renderStatePage(target: Element, data: Data, errors: readonly ApiError[], language: Language): void {
  lang = language;
  const s = data.state;
  if (!s) return fill(target, backLink(lang), el('p', { class: 'error' }, t(lang, 'noSuchState')));
  const status: StatusKey = s.status ?? 'UNDETERMINED';
  const names: Record<Language, string> = {
    AR: s.ar,
    ZH: s.zh,
    EN: s.en,
    FR: s.fr,
    RU: s.ru,
    ES: s.es,
  };
  const np = s.nationalProcess;
  const pr = s.currentPriority;
  document.title = `${s.name}: ${t(lang, 'appName')}`;
  fill(
    target,
    backLink(lang),
    el('h1', { 'data-testid': 'state-name', dir: 'auto' }, s.name),
    el(
      'p',
      { class: 'state-line' },
      el('span', { class: `status status-${status}`, 'data-testid': 'state-status' }, statusLabel(status, lang)),
      s.status ? null : ` (${s.possibleStatuses.map((p) => statusLabel(p, lang)).join(' / ')})`,
      ' · ',
      el('bdi', {}, `${s.iso3} / ${s.iso2}`),
      ' · ',
      el('a', { href: `/regions/${s.region}`, 'data-testid': 'state-region' }, regionLabel(s.region, lang)),
      ' · ',
      t(lang, s.inForce === null ? 'inForceUnknown' : s.inForce ? 'inForce' : 'notInForce'),
      s.unMember ? ` · ${t(lang, 'unMember')}` : null,
    ),
    s.note ? el('p', { class: 'note', dir: 'auto' }, s.note) : null,
    section('names', 'unNames', false, () =>
      el(
        'dl',
        { class: 'facts', 'data-testid': 'names' },
        LANGUAGES.map((l) => [el('dt', { lang: l.code.toLowerCase() }, l.label), el('dd', { lang: l.code.toLowerCase() }, el('bdi', {}, names[l.code]))]).flat(),
      ),
    ),
    section('history', 'history', false, () => history(s)),
    section('national-process', 'nationalProcess', deniedWithin(errors, 'state', 'nationalProcess'), () =>
      np
        ? definitions([
            ['stage', np.stage ? codeLabel(np.stage, lang) : null],
            ['nextStep', np.nextStep],
            ['whoTakesIt', np.owner],
            ['obstacles', np.obstacles],
            ['lastAssessed', formatDate(np.lastAssessed, lang)],
            ['source', np.source],
          ])
        : none(t(lang, 'noProcess')),
    ),
    section('priority', 'priorityTier', deniedWithin(errors, 'state', 'currentPriority'), () =>
      pr
        ? definitions([
            ['tier', pr.tier ? TIER[pr.tier][lang] : null],
            ['cycle', pr.cycle],
            ['assessedOn', formatDate(pr.assessedOn, lang)],
            ['rationale', pr.rationale],
            ['source', pr.source],
          ])
        : none(t(lang, 'noPriority')),
    ),
    section('engagements', 'engagements', deniedWithin(errors, 'state', 'engagements') || !s.engagements, () =>
      s.engagements?.length
        ? el(
            'ul',
            {},
            s.engagements.map((e) =>
              el(
                'li',
                { dir: 'auto' },
                el('strong', {}, formatDate(e.date, lang) || t(lang, 'dateNotGiven')),
                demoMark(e.demo),
                ` ${e.kind ? codeLabel(e.kind, lang) : ''}`,
                e.counterpart ? [' · ', bdi(e.counterpart)] : null,
                e.summary ? [': ', bdi(e.summary)] : null,
                e.outcome ? [` ${t(lang, 'outcome')}: `, bdi(e.outcome)] : null,
                e.nextStep ? [` ${t(lang, 'nextStep')}: `, bdi(e.nextStep), e.nextStepDue ? ` (${t(lang, 'due')}: ${formatDate(e.nextStepDue, lang)})` : null] : null,
              ),
            ),
          )
        : none(t(lang, 'noEngagement')),
    ),
    section('needs', 'needs', deniedWithin(errors, 'state', 'needs') || !s.needs, () =>
      s.needs?.length
        ? el(
            'ul',
            {},
            s.needs.map((n) =>
              el(
                'li',
                { dir: 'auto' },
                n.kind ? el('strong', {}, codeLabel(n.kind, lang)) : null,
                demoMark(n.demo),
                n.description ? ` ${n.description}` : null,
                el('span', { class: 'muted' }, ` ${[n.status ? codeLabel(n.status, lang) : null, formatDate(n.statedOn, lang), n.statedBy].filter(Boolean).join(', ')}`),
              ),
            ),
          )
        : none(t(lang, 'noNeed')),
    ),
    section('activities', 'activities', deniedWithin(errors, 'state', 'activities'), () =>
      s.activities.length
        ? el(
            'ul',
            { class: 'activities' },
            s.activities.map((a) =>
              el(
                'li',
                {},
                el('strong', { dir: 'auto' }, a.title),
                demoMark(a.demo),
                el('span', { class: 'muted' }, ` ${codeLabel(a.kind, lang)}; `, a.startDate || a.endDate ? period(a.startDate, a.endDate, lang) : t(lang, 'dateNotGiven')),
                a.place ? [' · ', bdi(a.place)] : null,
                ' · ',
                bdi(a.organiserName),
              ),
            ),
          )
        : none(t(lang, 'noActivity')),
    ),
    section('who-works-here', 'whoWorksHere', deniedWithin(errors, 'state', 'whoWorksHere'), () => whoWorksHere(s.whoWorksHere)),
    section('overlaps', 'overlaps', deniedWithin(errors, 'projectOverlaps') || !data.projectOverlaps, () => overlaps(data.projectOverlaps ?? [])),
    el('p', { class: 'note' }, t(lang, 'printNote')),
  );
}
