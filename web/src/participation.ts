import { el, fill } from './dom';
import type { DashboardParticipationQuery, Language } from './gql/graphql';
import { bdi } from './dom';
import { collator, formatNumber, regionLabel, type StatusKey, statusLabel, t } from './i18n';
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
        el('span', { class: 'count-value', 'data-count': key }, formatNumber(Number(summary[key]), lang)),
        el('span', { class: 'count-label' }, statusLabel(status, lang)),
      ),
    ),
    el('div', { class: 'count total' }, el('span', { class: 'count-value', 'data-count': 'total' }, formatNumber(summary.total, lang)), el('span', { class: 'count-label' }, t(lang, 'statesInAll'))),
  );
}

export function renderLegend(target: Element, lang: Language, missing: readonly MapState[]): void {
  fill(
    target,
    COUNTS.map(({ status }) => el('span', { class: 'legend-item' }, el('span', { class: `swatch status-${status}` }), statusLabel(status, lang))),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch no-data' }), t(lang, 'notInData')),
    missing.length ? el('p', { class: 'note' }, t(lang, 'tooSmall', { list: missing.map((m) => `${m.name} (${m.label})`).join(', ') })) : null,
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
      el('thead', {}, el('tr', {}, el('th', {}, t(lang, 'region')), COUNTS.map((c) => el('th', {}, statusLabel(c.status, lang))), el('th', {}, t(lang, 'total')))),
      el(
        'tbody',
        {},
        summary.byRegion.map((r) =>
          el(
            'tr',
            { 'data-region': r.region },
            el('th', {}, el('a', { href: `/regions/${r.region}`, 'data-region-link': r.region }, regionLabel(r.region, lang))),
            COUNTS.map((c) => el('td', { 'data-count': c.key }, formatNumber(Number(r[c.key as keyof typeof r]), lang))),
            el('td', {}, formatNumber(r.total, lang)),
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

export function renderTimeline(target: Element, data: Data, lang: Language): void {
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
        return el('li', { 'data-year': r.label }, el('span', { class: 'year' }, r.label === 'year unknown' ? t(lang, 'yearUnknown') : r.label), el('span', { class: 'bar-track' }, bar), el('span', { class: 'n' }, formatNumber(r.count, lang)));
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
      el('thead', {}, el('tr', {}, (['state', 'iso', 'region', 'status'] as const).map((k) => el('th', {}, t(lang, k))))),
      el(
        'tbody',
        {},
        rows.map((s) =>
          el(
            'tr',
            { 'data-iso3': s.iso3 },
            el('td', { class: 'name' }, el('a', { href: `/states/${s.iso3}` }, bdi(s.name))),
            el('td', {}, s.iso3),
            el('td', {}, el('a', { href: `/regions/${s.region}` }, regionLabel(s.region, lang))),
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
