import type { ApiError } from './api';
import { el, fill, notAvailable } from './dom';
import type { FundingMechanism, Language, StatePageQuery } from './gql/graphql';
import { LANGUAGES, regionLabel, type StatusKey, statusLabel } from './i18n';

type Data = StatePageQuery;
type State = NonNullable<Data['state']>;

/** The ISO3 of a state page's path (`/states/GHA`), or null on any other page. */
export function stateOfPath(pathname: string): string | null {
  return /^\/states\/([A-Z]{3})\/?$/.exec(pathname)?.[1] ?? null;
}

const DENIALS = ['FORBIDDEN', 'UNAUTHENTICATED'];

/** Whether the API refused this viewer the part at `path` or anything inside it. */
function deniedWithin(errors: readonly ApiError[], ...path: string[]): boolean {
  return errors.some((e) => DENIALS.includes(e.extensions?.code ?? '') && path.every((p, i) => e.path?.[i] === p));
}

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
const humanize = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
const none = (text: string) => el('p', { class: 'muted', 'data-none': true }, text);
const demoMark = (demo: boolean | null | undefined) => (demo ? el('span', { class: 'demo-mark' }, ' [demo record]') : null);
/** Text from the records may mix scripts: each run takes its own direction. */
const bdi = (text: string | null | undefined) => (text ? el('bdi', {}, text) : null);

/** A section of the briefing; `body` is what the viewer may see, or null when the API denied it. */
function section(name: string, title: string, denied: boolean, body: () => Element | Element[]): HTMLElement {
  return el('section', { class: 'state-section', 'data-section': name }, el('h2', {}, title), denied ? el('p', {}, notAvailable()) : body());
}

function dateText(d: State['actions'][number]['date']): string {
  if (d.precision === 'DAY' && d.date) return d.date;
  if (d.precision === 'YEAR' && d.year) return `${d.year} (year only)`;
  return `between ${d.earliest} and ${d.latest} (${humanize(d.precision)})`;
}

function history(s: State): Element | Element[] {
  if (!s.actions.length) return none('No treaty action is recorded.');
  return el(
    'table',
    { 'data-testid': 'treaty-actions' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Action'), el('th', {}, 'Date'), el('th', {}, 'Precision'), el('th', {}, 'Sources'))),
    el(
      'tbody',
      {},
      s.actions.map((a) =>
        el(
          'tr',
          { 'data-kind': a.kind },
          el('td', {}, humanize(a.kind), a.instrument ? ` (${humanize(a.instrument)})` : null, a.note ? el('div', { class: 'note', dir: 'auto' }, a.note) : null),
          el('td', {}, dateText(a.date)),
          el('td', {}, humanize(a.date.precision)),
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
              : el('span', { class: 'muted' }, 'no source given'),
          ),
        ),
      ),
    ),
  );
}

function definitions(rows: [string, string | number | null | undefined][]): HTMLElement {
  return el(
    'dl',
    { class: 'facts' },
    rows.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', { dir: 'auto' }, String(v))]),
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
            el(
              'span',
              { class: 'muted' },
              ` ${MECHANISM[p.mechanism]}${p.reference ? `, ${p.reference}` : ''}; ${[p.periodFrom ?? 'start not known', p.periodTo ?? 'end not known'].join(' to ')}`,
            ),
            p.implementerName ? [' · ', bdi(p.implementerName)] : null,
            p.sources.length
              ? el(
                  'ul',
                  { class: 'sources', 'data-testid': 'project-sources' },
                  p.sources.map(sourceItem),
                )
              : el('p', { class: 'muted' }, 'No source given.'),
          ),
        ),
      )
    : none('No project is recorded.');
  const organisations = w.organisations.length
    ? el(
        'ul',
        { class: 'inline-list', 'data-testid': 'organisations' },
        w.organisations.map((o) => el('li', {}, bdi(o.name), o.shortName ? ` (${o.shortName})` : null, demoMark(o.demo))),
      )
    : none('No organisation the hub holds is recorded.');
  return [
    el('h3', {}, 'Organisations'),
    organisations,
    w.otherImplementers.length
      ? [
          el('h3', {}, 'Also named by the sources'),
          el(
            'ul',
            { class: 'inline-list' },
            w.otherImplementers.map((n) => el('li', {}, bdi(n))),
          ),
        ]
      : [],
    el('h3', {}, 'Projects'),
    projects,
  ].flat();
}

function overlaps(list: NonNullable<Data['projectOverlaps']>): Element {
  if (!list.length) return none('No possible duplication is flagged.');
  return el(
    'ul',
    { 'data-testid': 'overlaps' },
    list.map((o) =>
      el(
        'li',
        {},
        [...o.projects.map((p) => p.title), ...o.activities.map((a) => a.title)].map((t, i) => [i ? ' and ' : '', bdi(t)]).flat(),
        el('span', { class: 'muted' }, ` (score ${o.score}, ${o.sharedDays} days shared): ${o.reasons.join('; ')}`),
      ),
    ),
  );
}

/** The briefing on one state, from one answer of the API for the viewer's token. */
export function renderStatePage(target: Element, data: Data, errors: readonly ApiError[], lang: Language): void {
  const s = data.state;
  if (!s) return fill(target, el('p', { class: 'error' }, 'The hub holds no such state.'));
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
  document.title = `${s.en}: ATT Coordination Hub`;
  fill(
    target,
    el('p', { class: 'no-print' }, el('a', { href: '/', 'data-nav': true }, 'Back to the dashboard')),
    el('h1', { 'data-testid': 'state-name', dir: 'auto' }, s.name),
    el(
      'p',
      { class: 'state-line' },
      el('span', { class: `status status-${status}`, 'data-testid': 'state-status' }, statusLabel(status, lang)),
      s.status ? null : ` (${s.possibleStatuses.map((p) => statusLabel(p, lang)).join(' / ')})`,
      ` · ${s.iso3} / ${s.iso2} · ${regionLabel(s.region, lang)} · `,
      s.inForce === null ? 'in force: not determinable' : s.inForce ? 'treaty in force for it' : 'treaty not in force for it',
      s.unMember ? ' · UN member' : null,
    ),
    s.note ? el('p', { class: 'note', dir: 'auto' }, s.note) : null,
    section('names', 'UN names in the six languages', false, () =>
      el(
        'dl',
        { class: 'facts', 'data-testid': 'names' },
        LANGUAGES.map((l) => [el('dt', {}, l.label), el('dd', { lang: l.code.toLowerCase() }, el('bdi', {}, names[l.code]))]).flat(),
      ),
    ),
    section('history', 'Status and its history', false, () => history(s)),
    section('national-process', 'National process', deniedWithin(errors, 'state', 'nationalProcess'), () =>
      np
        ? definitions([
            ['Stage', np.stage ? humanize(np.stage) : null],
            ['Next step', np.nextStep],
            ['Who takes it', np.owner],
            ['Obstacles', np.obstacles],
            ['Last assessed', np.lastAssessed],
            ['Source', np.source],
          ])
        : none('No national process is recorded.'),
    ),
    section('priority', 'Priority tier', deniedWithin(errors, 'state', 'currentPriority'), () =>
      pr
        ? definitions([
            ['Tier', pr.tier ? humanize(pr.tier) : null],
            ['Cycle', pr.cycle],
            ['Assessed on', pr.assessedOn],
            ['Rationale', pr.rationale],
            ['Source', pr.source],
          ])
        : none('No priority assessment is recorded.'),
    ),
    section('engagements', 'Engagements', deniedWithin(errors, 'state', 'engagements') || !s.engagements, () =>
      s.engagements?.length
        ? el(
            'ul',
            {},
            s.engagements.map((e) =>
              el(
                'li',
                { dir: 'auto' },
                el('strong', {}, e.date ?? 'date not given'),
                demoMark(e.demo),
                ` ${e.kind ? humanize(e.kind) : ''}`,
                e.counterpart ? ` with ${e.counterpart}` : null,
                e.summary ? `: ${e.summary}` : null,
                e.outcome ? ` Outcome: ${e.outcome}.` : null,
                e.nextStep ? ` Next: ${e.nextStep}${e.nextStepDue ? ` (due ${e.nextStepDue})` : ''}.` : null,
              ),
            ),
          )
        : none('No engagement is recorded.'),
    ),
    section('needs', 'Needs', deniedWithin(errors, 'state', 'needs') || !s.needs, () =>
      s.needs?.length
        ? el(
            'ul',
            {},
            s.needs.map((n) =>
              el(
                'li',
                { dir: 'auto' },
                n.kind ? el('strong', {}, humanize(n.kind)) : null,
                demoMark(n.demo),
                n.description ? ` ${n.description}` : null,
                el('span', { class: 'muted' }, ` ${[n.status ? humanize(n.status) : null, n.statedOn, n.statedBy].filter(Boolean).join(', ')}`),
              ),
            ),
          )
        : none('No need is recorded.'),
    ),
    section('activities', 'Activities', deniedWithin(errors, 'state', 'activities'), () =>
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
                el('span', { class: 'muted' }, ` ${humanize(a.kind)}; ${[a.startDate, a.endDate].filter(Boolean).join(' to ') || 'date not given'}`),
                a.place ? [' · ', bdi(a.place)] : null,
                ' · ',
                bdi(a.organiserName),
              ),
            ),
          )
        : none('No activity is recorded.'),
    ),
    section('who-works-here', 'Who works here', deniedWithin(errors, 'state', 'whoWorksHere'), () => whoWorksHere(s.whoWorksHere)),
    section('overlaps', 'Possible duplication between organisations', deniedWithin(errors, 'projectOverlaps') || !data.projectOverlaps, () => overlaps(data.projectOverlaps ?? [])),
    el(
      'p',
      { class: 'note' },
      'From the hub for the viewer signed in when printed. Dates are as precise as the sources give them; a status the data cannot decide is shown as undetermined, never guessed.',
    ),
  );
}
