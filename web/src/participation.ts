import { el, fill } from './dom';
import type { DashboardParticipationQuery, Language } from './gql/graphql';
import { collator, regionLabel, type StatusKey, statusLabel } from './i18n';
import type { MapState, WorldMap } from './map';

type Data = DashboardParticipationQuery;
type StateNode = Data['states']['edges'][number]['node'];
type Summary = Data['participationSummary'];

const COUNTS: readonly { key: keyof Summary & string; status: StatusKey }[] = [
  { key: 'statesParties', status: 'STATE_PARTY' },
  { key: 'signatories', status: 'SIGNATORY' },
  { key: 'nonSignatories', status: 'NON_SIGNATORY' },
  { key: 'undetermined', status: 'UNDETERMINED' },
];

const statusOf = (s: StateNode): StatusKey => s.status ?? 'UNDETERMINED';

/** The four counts of the day; they add up to the total. */
export function renderCounts(target: Element, summary: Summary, lang: Language): void {
  fill(
    target,
    COUNTS.map(({ key, status }) =>
      el(
        'div',
        { class: `count status-${status}` },
        el('span', { class: 'count-value', 'data-count': key }, String(summary[key])),
        el('span', { class: 'count-label' }, statusLabel(status, lang)),
      ),
    ),
    el('div', { class: 'count total' }, el('span', { class: 'count-value', 'data-count': 'total' }, String(summary.total)), el('span', { class: 'count-label' }, 'States in all')),
  );
}

export function renderLegend(target: Element, lang: Language, missing: readonly MapState[]): void {
  fill(
    target,
    COUNTS.map(({ status }) => el('span', { class: 'legend-item' }, el('span', { class: `swatch status-${status}` }), statusLabel(status, lang))),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch no-data' }), 'Not in the data'),
    missing.length ? el('p', { class: 'note' }, `Too small for the map data: ${missing.map((m) => `${m.name} (${m.label})`).join(', ')}.`) : null,
  );
}

export function mapStates(data: Data, lang: Language): MapState[] {
  return data.states.edges.map(({ node }) => ({ iso3: node.iso3, name: node.name, status: statusOf(node), label: statusLabel(statusOf(node), lang) }));
}

export async function renderMap(map: WorldMap, legend: Element, data: Data, lang: Language): Promise<void> {
  const missing = await map.update(mapStates(data, lang));
  renderLegend(legend, lang, missing);
}

/** participationSummary.byRegion as a table. */
export function renderRegions(target: Element, summary: Summary, lang: Language): void {
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'regions' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Region'), COUNTS.map((c) => el('th', {}, statusLabel(c.status, lang))), el('th', {}, 'Total'))),
      el(
        'tbody',
        {},
        summary.byRegion.map((r) =>
          el(
            'tr',
            { 'data-region': r.region },
            el('th', {}, regionLabel(r.region, lang)),
            COUNTS.map((c) => el('td', { 'data-count': c.key }, String(r[c.key as keyof typeof r]))),
            el('td', {}, String(r.total)),
          ),
        ),
      ),
    ),
  );
}

/**
 * States joining per year, from their CONSENT actions: a date known to the day or only to
 * the year counts in its year; a deposit whose date the sources do not give, as "year unknown".
 */
export function joinsPerYear(data: Data): { label: string; count: number }[] {
  const years = new Map<string, number>();
  for (const { node } of data.states.edges) {
    const consent = node.actions.find((a) => a.kind === 'CONSENT');
    if (!consent) continue;
    const { precision, date, year } = consent.date;
    const key = precision === 'DAY' && date ? date.slice(0, 4) : precision === 'YEAR' && year ? String(year) : 'year unknown';
    years.set(key, (years.get(key) ?? 0) + 1);
  }
  const known = [...years.keys()].filter((k) => /^\d{4}$/.test(k)).map(Number);
  const rows: { label: string; count: number }[] = [];
  if (known.length) for (let y = Math.min(...known); y <= Math.max(...known); y++) rows.push({ label: String(y), count: years.get(String(y)) ?? 0 });
  if (years.has('year unknown')) rows.push({ label: 'year unknown', count: years.get('year unknown') ?? 0 });
  return rows;
}

export function renderTimeline(target: Element, data: Data): void {
  const rows = joinsPerYear(data);
  const most = Math.max(1, ...rows.map((r) => r.count));
  fill(
    target,
    el(
      'ol',
      { class: 'timeline', 'data-testid': 'timeline' },
      rows.map((r) => {
        const bar = el('span', { class: 'bar' });
        // A style property, not a style attribute: allowed under the page's CSP.
        bar.style.inlineSize = `${(100 * r.count) / most}%`;
        return el('li', { 'data-year': r.label }, el('span', { class: 'year' }, r.label), el('span', { class: 'bar-track' }, bar), el('span', { class: 'n' }, String(r.count)));
      }),
    ),
  );
}

/** Every state with its status on the day, filtered by a text the reader types. */
export function renderStatesTable(target: Element, data: Data, lang: Language, filter: string): void {
  const needle = filter.trim().toLocaleLowerCase();
  const sort = collator(lang);
  const rows = data.states.edges
    .map((e) => e.node)
    .filter((s) => !needle || s.name.toLocaleLowerCase().includes(needle) || s.iso3.toLowerCase().includes(needle))
    .sort((a, b) => sort.compare(a.name, b.name));
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'states' },
      el('thead', {}, el('tr', {}, el('th', {}, 'State'), el('th', {}, 'ISO'), el('th', {}, 'Region'), el('th', {}, 'Status'))),
      el(
        'tbody',
        {},
        rows.map((s) =>
          el(
            'tr',
            { 'data-iso3': s.iso3 },
            el('td', { class: 'name' }, el('a', { href: `/states/${s.iso3}`, dir: 'auto' }, s.name)),
            el('td', {}, s.iso3),
            el('td', {}, regionLabel(s.region, lang)),
            el(
              'td',
              { class: `status status-${statusOf(s)}` },
              statusLabel(statusOf(s), lang),
              // Undetermined: say what the data allows instead of guessing.
              s.status ? null : ` (${s.possibleStatuses.map((p) => statusLabel(p, lang)).join(' / ')})`,
            ),
          ),
        ),
      ),
    ),
  );
}
