import { type ApiError, denied } from './api';
import { el, fill, notAvailable } from './dom';
import type { AttRegion, DashboardActivitiesQuery, DashboardViewerPanelsQuery, Language, PriorityTier } from './gql/graphql';
import { collator, regionLabel } from './i18n';

type Panels = DashboardViewerPanelsQuery;

const TIERS: readonly { tier: PriorityTier; label: string }[] = [
  { tier: 'TIER_1_SIGNATORY', label: 'Tier 1: signatories' },
  { tier: 'TIER_2_READY_SOON', label: 'Tier 2: ready to join soon' },
  { tier: 'TIER_3_OTHER', label: 'Tier 3: the others' },
];
const humanize = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
const stateList = (states: readonly { iso3: string; name: string }[]) =>
  states.length ? el('ul', { class: 'inline-list' }, states.map((s) => el('li', { 'data-iso3': s.iso3 }, s.name))) : el('span', { class: 'muted' }, 'none');

export function renderViewer(target: Element, viewer: Panels['viewer']): void {
  const regions = viewer.coordinatedRegions.length ? `, coordinating ${viewer.coordinatedRegions.map(humanize).join(', ')}` : '';
  const own = viewer.ownStates.length ? `, point of contact for ${viewer.ownStates.map((s) => s.iso3).join(', ')}` : '';
  fill(
    target,
    viewer.signedIn
      ? el('p', { 'data-testid': 'viewer' }, `Signed in as ${viewer.name ?? 'unnamed'}: reads ${viewer.level}${viewer.secretariat ? ' (Secretariat)' : ''}${regions}${own}.`)
      : el('p', { 'data-testid': 'viewer' }, 'The public view. Sign in to see what your office gives you.'),
  );
}

/**
 * The stepwise pipeline, by region and tier: a viewer sees only the tiers the API lets it
 * see (a Vice-President: its own region's), so the regions shown are those in the answer.
 */
export function renderPipeline(target: Element, data: Panels, errors: readonly ApiError[], lang: Language): void {
  if (!data.pipeline || denied(errors, 'pipeline')) return fill(target, notAvailable());
  const cells = new Map<string, { iso3: string; name: string; stage: string | null }[]>();
  for (const tier of data.pipeline) {
    for (const e of tier.entries) {
      const key = `${e.state.region}:${tier.tier}`;
      cells.set(key, [...(cells.get(key) ?? []), { iso3: e.state.iso3, name: e.state.name, stage: e.stage }]);
    }
  }
  const regions = [...new Set(data.pipeline.flatMap((t) => t.entries.map((e) => e.state.region)))].sort() as AttRegion[];
  if (!regions.length) return fill(target, el('p', { class: 'muted' }, 'No state is in the pipeline you may see.'));
  const sort = collator(lang);
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'pipeline' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Region'), TIERS.map((t) => el('th', {}, t.label)))),
      el(
        'tbody',
        {},
        regions.map((region) =>
          el(
            'tr',
            { 'data-region': region },
            el('th', {}, regionLabel(region, lang)),
            TIERS.map(({ tier }) => {
              const entries = (cells.get(`${region}:${tier}`) ?? []).sort((a, b) => sort.compare(a.name, b.name));
              return el(
                'td',
                {},
                el('ul', { class: 'inline-list' }, entries.map((e) => el('li', { 'data-iso3': e.iso3 }, e.name, e.stage ? el('small', {}, ` ${humanize(e.stage)}`) : null))),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

export function renderPlans(target: Element, data: Panels, errors: readonly ApiError[]): void {
  if (denied(errors, 'plans')) return fill(target, notAvailable());
  if (!data.plans.length) return fill(target, el('p', { class: 'muted' }, 'No multi-year plan is recorded.'));
  fill(
    target,
    data.plans.map((plan, i) => {
      const p = plan.progress;
      return el(
        'article',
        { class: 'plan', 'data-testid': 'plan' },
        el('h3', {}, plan.name),
        el('p', { class: 'muted' }, `${plan.periodFrom} to ${plan.periodTo}; focus: ${plan.focusRegions.map(humanize).join(', ')}; measured to ${p.measuredTo}.`),
        el(
          'dl',
          {},
          el('dt', {}, 'Signatories that became States Parties'),
          el('dd', {}, stateList(p.signatoriesToParties)),
          el('dt', {}, 'Non-signatories that signed'),
          el('dd', {}, stateList(p.nonSignatoriesToSignatories)),
          el('dt', {}, 'Non-signatories that joined'),
          el('dd', {}, stateList(p.nonSignatoriesToParties)),
          el('dt', {}, 'Activities held'),
          el('dd', {}, String(p.activitiesHeld)),
          el('dt', {}, 'Needs matched'),
          // Counts of needs are for the treaty bodies: a viewer without the right is told so.
          el('dd', { 'data-testid': 'needs-matched' }, denied(errors, 'plans', i, 'progress', 'needsMatched') || p.needsMatched === null ? notAvailable() : String(p.needsMatched)),
          p.undetermined ? [el('dt', {}, 'States the data cannot place'), el('dd', {}, String(p.undetermined))] : null,
        ),
      );
    }),
  );
}

export function renderFollowUps(target: Element, data: Panels, errors: readonly ApiError[]): void {
  if (denied(errors, 'followUpActions')) return fill(target, notAvailable());
  if (!data.followUpActions.length) return fill(target, el('p', { class: 'muted' }, 'No open follow-up action.'));
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'follow-ups' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Decision'), el('th', {}, 'Action'), el('th', {}, 'Owner'), el('th', {}, 'Due'), el('th', {}, 'Status'))),
      el(
        'tbody',
        {},
        data.followUpActions.map((f) =>
          el(
            'tr',
            {},
            el('td', {}, `${f.decision.decidedBy.code}, ${f.decision.reference}`),
            el('td', {}, f.description),
            el('td', {}, f.owner),
            el('td', {}, f.dueOn ?? f.dueInCycle?.code ?? ''),
            el('td', {}, humanize(f.status)),
          ),
        ),
      ),
    ),
  );
}

export function renderNeeds(target: Element, data: Panels, errors: readonly ApiError[]): void {
  if (!data.needs || denied(errors, 'needs')) return fill(target, notAvailable());
  const needs = data.needs.edges.map((e) => e.node);
  if (!needs.length) return fill(target, el('p', { class: 'muted' }, 'No need awaits a match.'));
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'needs' },
      el('thead', {}, el('tr', {}, el('th', {}, 'State'), el('th', {}, 'Kind'), el('th', {}, 'Need'), el('th', {}, 'Stated'))),
      el(
        'tbody',
        {},
        needs.map((n) =>
          el(
            'tr',
            { 'data-iso3': n.state?.iso3 ?? '' },
            el('td', {}, n.state?.name ?? ''),
            el('td', {}, n.kind ? humanize(n.kind) : ''),
            el('td', {}, n.description ?? ''),
            el('td', {}, [n.statedOn, n.statedBy].filter(Boolean).join(', ')),
          ),
        ),
      ),
    ),
  );
}

export function renderActivities(target: Element, data: DashboardActivitiesQuery): void {
  const items = data.activities.edges.map((e) => e.node);
  if (!items.length) return fill(target, el('p', { class: 'muted' }, 'No published activity.'));
  fill(
    target,
    el(
      'ul',
      { class: 'activities', 'data-testid': 'activities' },
      items.map((a) =>
        el(
          'li',
          {},
          el('strong', {}, a.title),
          el('span', { class: 'muted' }, ` ${humanize(a.kind)}; ${[a.startDate, a.endDate].filter(Boolean).join(' to ') || 'date not given'}`),
          a.place ? ` · ${a.place}` : null,
          ` · ${a.organiserName}`,
        ),
      ),
    ),
    data.activities.totalCount > items.length ? el('p', { class: 'muted' }, `The latest ${items.length} of ${data.activities.totalCount}.`) : null,
  );
}
