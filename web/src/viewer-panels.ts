import { type ApiError, denied } from './api';
import { bdi, el, fill, notAvailable } from './dom';
import type { AttRegion, DashboardActivitiesQuery, DashboardViewerPanelsQuery, Language, PriorityTier } from './gql/graphql';
import { collator, formatDate, formatList, formatNumber, regionLabel, t } from './i18n';
import { codeLabel } from './messages/codes';
import { FOLLOW_UP, TIER } from './messages/enums';
import { period, words } from './page-parts';

type Panels = DashboardViewerPanelsQuery;

const TIERS: readonly PriorityTier[] = ['TIER_1_SIGNATORY', 'TIER_2_READY_SOON', 'TIER_3_OTHER'];
const denial = (lang: Language) => notAvailable(t(lang, 'notAvailable'));
const stateList = (states: readonly { iso3: string; name: string }[], lang: Language) =>
  states.length
    ? el('ul', { class: 'inline-list' }, states.map((s) => el('li', { 'data-iso3': s.iso3 }, el('a', { href: `/states/${s.iso3}` }, bdi(s.name)))))
    : el('span', { class: 'muted' }, t(lang, 'none'));

export function renderViewer(target: Element, viewer: Panels['viewer'], lang: Language): void {
  const regions = viewer.coordinatedRegions.length ? t(lang, 'viewerCoordinating', { regions: formatList(viewer.coordinatedRegions.map((r) => regionLabel(r, lang)), lang) }) : '';
  const own = viewer.ownStates.length ? t(lang, 'viewerContact', { states: viewer.ownStates.map((s) => s.iso3).join(', ') }) : '';
  fill(
    target,
    viewer.signedIn
      ? el(
          'p',
          { 'data-testid': 'viewer' },
          words(lang, 'viewerLine', { name: bdi(viewer.name ?? t(lang, 'unnamed')), level: el('bdi', {}, viewer.level) }),
          viewer.secretariat ? t(lang, 'viewerSecretariat') : '',
          regions,
          own ? el('bdi', {}, own) : null,
          '.',
        )
      : el('p', { 'data-testid': 'viewer' }, t(lang, 'publicView')),
  );
}

/**
 * The stepwise pipeline, by region and tier: a viewer sees only the tiers the API lets it
 * see (a Vice-President: its own region's), so the regions shown are those in the answer.
 */
export function renderPipeline(target: Element, data: Panels, errors: readonly ApiError[], lang: Language): void {
  if (!data.pipeline || denied(errors, 'pipeline')) return fill(target, denial(lang));
  const cells = new Map<string, { iso3: string; name: string; stage: string | null }[]>();
  for (const tier of data.pipeline) {
    for (const e of tier.entries) {
      const key = `${e.state.region}:${tier.tier}`;
      cells.set(key, [...(cells.get(key) ?? []), { iso3: e.state.iso3, name: e.state.name, stage: e.stage }]);
    }
  }
  const regions = [...new Set(data.pipeline.flatMap((t) => t.entries.map((e) => e.state.region)))].sort() as AttRegion[];
  if (!regions.length) return fill(target, el('p', { class: 'muted' }, t(lang, 'noPipeline')));
  const sort = collator(lang);
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'pipeline' },
      el('thead', {}, el('tr', {}, el('th', {}, t(lang, 'region')), TIERS.map((tier) => el('th', {}, TIER[tier][lang])))),
      el(
        'tbody',
        {},
        regions.map((region) =>
          el(
            'tr',
            { 'data-region': region },
            el('th', {}, el('a', { href: `/regions/${region}` }, regionLabel(region, lang))),
            TIERS.map((tier) => {
              const entries = (cells.get(`${region}:${tier}`) ?? []).sort((a, b) => sort.compare(a.name, b.name));
              return el(
                'td',
                {},
                el('ul', { class: 'inline-list' }, entries.map((e) => el('li', { 'data-iso3': e.iso3 }, bdi(e.name), e.stage ? el('small', {}, ` ${codeLabel(e.stage, lang)}`) : null))),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

export function renderPlans(target: Element, data: Panels, errors: readonly ApiError[], lang: Language): void {
  if (denied(errors, 'plans')) return fill(target, denial(lang));
  if (!data.plans.length) return fill(target, el('p', { class: 'muted' }, t(lang, 'noPlan')));
  fill(
    target,
    data.plans.map((plan, i) => {
      const p = plan.progress;
      return el(
        'article',
        { class: 'plan', 'data-testid': 'plan' },
        el('h3', {}, bdi(plan.name)),
        // The period is isolated: in Arabic its two Latin-digit dates would otherwise read reversed.
        el(
          'p',
          { class: 'muted', 'data-testid': 'plan-period' },
          period(plan.periodFrom, plan.periodTo, lang),
          `; ${t(lang, 'focus')}: ${formatList(plan.focusRegions.map((r) => regionLabel(r, lang)), lang)}; ${t(lang, 'measuredTo')}: `,
          el('bdi', {}, formatDate(p.measuredTo, lang)),
        ),
        el(
          'dl',
          {},
          el('dt', {}, t(lang, 'signatoriesToParties')),
          el('dd', {}, stateList(p.signatoriesToParties, lang)),
          el('dt', {}, t(lang, 'nonSignatoriesToSignatories')),
          el('dd', {}, stateList(p.nonSignatoriesToSignatories, lang)),
          el('dt', {}, t(lang, 'nonSignatoriesToParties')),
          el('dd', {}, stateList(p.nonSignatoriesToParties, lang)),
          el('dt', {}, t(lang, 'activitiesHeld')),
          el('dd', {}, formatNumber(p.activitiesHeld, lang)),
          el('dt', {}, t(lang, 'needsMatched')),
          // Counts of needs are for the treaty bodies: a viewer without the right is told so.
          el('dd', { 'data-testid': 'needs-matched' }, denied(errors, 'plans', i, 'progress', 'needsMatched') || p.needsMatched === null ? denial(lang) : String(p.needsMatched)),
          p.undetermined ? [el('dt', {}, t(lang, 'cannotPlace')), el('dd', {}, formatNumber(p.undetermined, lang))] : null,
        ),
      );
    }),
  );
}

export function renderFollowUps(target: Element, data: Panels, errors: readonly ApiError[], lang: Language): void {
  if (denied(errors, 'followUpActions')) return fill(target, denial(lang));
  if (!data.followUpActions.length) return fill(target, el('p', { class: 'muted' }, t(lang, 'noFollowUp')));
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'follow-ups' },
      el('thead', {}, el('tr', {}, (['decision', 'action', 'owner', 'due', 'status'] as const).map((k) => el('th', {}, t(lang, k))))),
      el(
        'tbody',
        {},
        data.followUpActions.map((f) =>
          el(
            'tr',
            {},
            el('td', { dir: 'auto' }, `${f.decision.decidedBy.code}, ${f.decision.reference}`),
            el('td', { dir: 'auto' }, f.description),
            el('td', { dir: 'auto' }, f.owner),
            el('td', {}, f.dueOn ? formatDate(f.dueOn, lang) : bdi(f.dueInCycle?.code)),
            el('td', {}, FOLLOW_UP[f.status][lang]),
          ),
        ),
      ),
    ),
  );
}

export function renderNeeds(target: Element, data: Panels, errors: readonly ApiError[], lang: Language): void {
  if (!data.needs || denied(errors, 'needs')) return fill(target, denial(lang));
  const needs = data.needs.edges.map((e) => e.node);
  if (!needs.length) return fill(target, el('p', { class: 'muted' }, t(lang, 'noNeedAwaits')));
  fill(
    target,
    el(
      'table',
      { 'data-testid': 'needs' },
      el('thead', {}, el('tr', {}, (['state', 'kind', 'need', 'stated'] as const).map((k) => el('th', {}, t(lang, k))))),
      el(
        'tbody',
        {},
        needs.map((n) =>
          el(
            'tr',
            { 'data-iso3': n.state?.iso3 ?? '' },
            el('td', {}, n.state ? el('a', { href: `/states/${n.state.iso3}` }, bdi(n.state.name)) : ''),
            el('td', {}, n.kind ? codeLabel(n.kind, lang) : ''),
            el('td', { dir: 'auto' }, n.description ?? ''),
            el('td', {}, formatDate(n.statedOn, lang), n.statedBy ? [', ', bdi(n.statedBy)] : null),
          ),
        ),
      ),
    ),
  );
}

export function renderActivities(target: Element, data: DashboardActivitiesQuery, lang: Language): void {
  const items = data.activities.edges.map((e) => e.node);
  if (!items.length) return fill(target, el('p', { class: 'muted' }, t(lang, 'noActivity')));
  fill(
    target,
    el(
      'ul',
      { class: 'activities', 'data-testid': 'activities' },
      items.map((a) =>
        el(
          'li',
          {},
          el('strong', {}, bdi(a.title)),
          el('span', { class: 'muted' }, ` ${codeLabel(a.kind, lang)}; `, a.startDate || a.endDate ? period(a.startDate, a.endDate, lang) : t(lang, 'dateNotGiven')),
          a.place ? [' · ', bdi(a.place)] : null,
          ' · ',
          bdi(a.organiserName),
        ),
      ),
    ),
    data.activities.totalCount > items.length
      ? el('p', { class: 'muted' }, t(lang, 'latestOf', { n: formatNumber(items.length, lang), total: formatNumber(data.activities.totalCount, lang) }))
      : null,
  );
}

/** The ATT bodies, each linking to its page; sub-bodies under their parent. */
export function renderBodies(target: Element, data: DashboardActivitiesQuery): void {
  const top = data.bodies.filter((b) => !b.parent);
  const link = (b: { code: string; name: string }) => el('a', { href: `/bodies/${b.code}`, 'data-body': b.code }, bdi(b.name));
  fill(
    target,
    el(
      'ul',
      { 'data-testid': 'bodies' },
      top.map((b) => {
        const subs = data.bodies.filter((s) => s.parent?.code === b.code);
        return el('li', {}, link(b), subs.length ? el('ul', {}, subs.map((s) => el('li', {}, link(s)))) : null);
      }),
    ),
  );
}
