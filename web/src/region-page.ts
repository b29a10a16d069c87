import type { ApiError } from './api';
import { bdi, el, fill } from './dom';
import type { AttRegion, Language, RegionPageQuery } from './gql/graphql';
import { collator, formatDate, formatNumber, regionLabel, type StatusKey, statusLabel, t } from './i18n';
import { codeLabel } from './messages/codes';
import { TIER } from './messages/enums';
import { backLink, deniedWithin, demoMark, holdingItem, none, section } from './page-parts';

type Region = RegionPageQuery['region'];

const stateLink = (s: { iso3: string; name: string }) => el('a', { href: `/states/${s.iso3}`, 'data-iso3': s.iso3 }, bdi(s.name));
const COUNTS = [
  ['statesParties', 'STATE_PARTY'],
  ['signatories', 'SIGNATORY'],
  ['nonSignatories', 'NON_SIGNATORY'],
  ['undetermined', 'UNDETERMINED'],
] as const;

function statesTable(r: Region, lang: Language): HTMLElement {
  const sort = collator(lang);
  const rows = [...r.states].sort((a, b) => sort.compare(a.name, b.name));
  return el(
    'table',
    { 'data-testid': 'region-states' },
    el('thead', {}, el('tr', {}, el('th', {}, t(lang, 'state')), el('th', {}, t(lang, 'status')))),
    el(
      'tbody',
      {},
      rows.map((s) => {
        const status: StatusKey = s.status ?? 'UNDETERMINED';
        return el(
          'tr',
          { 'data-iso3': s.iso3 },
          el('td', { class: 'name' }, stateLink(s)),
          el('td', { class: `status status-${status}` }, statusLabel(status, lang), s.status ? null : ` (${s.possibleStatuses.map((p) => statusLabel(p, lang)).join(' / ')})`),
        );
      }),
    ),
  );
}

function pipeline(list: NonNullable<Region['pipeline']>, lang: Language): Element {
  const entries = list.flatMap((tier) => tier.entries.map((e) => ({ ...e, tier: tier.tier })));
  if (!entries.length) return none(t(lang, 'noPipeline'));
  return el(
    'table',
    { 'data-testid': 'region-pipeline' },
    el('thead', {}, el('tr', {}, [t(lang, 'tier'), t(lang, 'state'), t(lang, 'stage'), t(lang, 'assessedOn')].map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      entries.map((e) =>
        el('tr', { 'data-iso3': e.state.iso3 }, el('td', {}, TIER[e.tier][lang]), el('td', {}, stateLink(e.state)), el('td', {}, e.stage ? codeLabel(e.stage, lang) : ''), el('td', {}, formatDate(e.assessedOn, lang))),
      ),
    ),
  );
}

/** A region's page, from one answer of the API for the viewer's token. */
export function renderRegionPage(target: Element, data: RegionPageQuery, errors: readonly ApiError[], lang: Language): void {
  const r = data.region;
  const name = regionLabel(r.code as AttRegion, lang);
  document.title = `${t(lang, 'regionTitle', { name })}: ${t(lang, 'appName')}`;
  fill(
    target,
    backLink(lang),
    el('h1', { 'data-testid': 'region-name' }, t(lang, 'regionTitle', { name })),
    el(
      'p',
      { class: 'state-line', 'data-testid': 'region-counts' },
      COUNTS.map(([key, status]) => el('span', { class: `status status-${status}`, 'data-count': key }, `${statusLabel(status, lang)}: ${formatNumber(r.participation[key], lang)}`, ' · ')),
      `${t(lang, 'statesInAll')}: ${formatNumber(r.participation.total, lang)}`,
    ),
    section(lang, 'coordinators', t(lang, 'coordinators'), false, () =>
      r.coordinators.length ? el('ul', { 'data-testid': 'coordinators' }, r.coordinators.map((h) => holdingItem(h, lang))) : none(t(lang, 'noCoordinator')),
    ),
    section(lang, 'champions', t(lang, 'champions'), false, () =>
      r.champions.length ? el('ul', { 'data-testid': 'champions' }, r.champions.map((h) => holdingItem(h, lang))) : none(t(lang, 'noChampion')),
    ),
    section(lang, 'states', t(lang, 'statesOfRegion'), false, () => statesTable(r, lang)),
    section(lang, 'pipeline', t(lang, 'pipeline'), deniedWithin(errors, 'region', 'pipeline') || !r.pipeline, () => pipeline(r.pipeline ?? [], lang)),
    section(lang, 'needs', t(lang, 'openNeeds'), deniedWithin(errors, 'region', 'needs') || !r.needs, () =>
      r.needs?.length
        ? el(
            'ul',
            { 'data-testid': 'region-needs' },
            r.needs.map((n) =>
              el(
                'li',
                {},
                n.state ? [stateLink(n.state), ': '] : null,
                n.kind ? el('strong', {}, codeLabel(n.kind, lang)) : null,
                demoMark(n.demo, lang),
                n.description ? [' ', bdi(n.description)] : null,
                n.statedOn ? el('span', { class: 'muted' }, ` ${formatDate(n.statedOn, lang)}`) : null,
              ),
            ),
          )
        : none(t(lang, 'noNeed')),
    ),
    section(lang, 'engagements', t(lang, 'latestContacts'), deniedWithin(errors, 'region', 'engagements') || !r.engagements, () =>
      r.engagements?.length
        ? el(
            'ul',
            { 'data-testid': 'region-engagements' },
            r.engagements.map((e) =>
              el(
                'li',
                {},
                el('strong', {}, formatDate(e.date, lang) || t(lang, 'dateNotGiven')),
                ' ',
                e.state ? stateLink(e.state) : null,
                demoMark(e.demo, lang),
                e.kind ? ` ${codeLabel(e.kind, lang)}` : null,
                e.counterpart ? [' · ', bdi(e.counterpart)] : null,
                e.summary ? [': ', bdi(e.summary)] : null,
              ),
            ),
          )
        : none(t(lang, 'noEngagement')),
    ),
    section(lang, 'activities', t(lang, 'publishedActivities'), deniedWithin(errors, 'region', 'activities'), () =>
      r.activities.length
        ? el(
            'ul',
            { class: 'activities' },
            r.activities.map((a) =>
              el('li', {}, el('strong', {}, bdi(a.title)), demoMark(a.demo, lang), el('span', { class: 'muted' }, ` ${codeLabel(a.kind, lang)}; ${formatDate(a.startDate, lang) || t(lang, 'dateNotGiven')}`), ' · ', bdi(a.organiserName)),
            ),
          )
        : none(t(lang, 'noActivity')),
    ),
  );
}
