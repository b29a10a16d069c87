import './style.css';
import { request, UnauthenticatedError } from './api';
import { el, fill } from './dom';
import type { DashboardParticipationQuery, Language } from './gql/graphql';
import { applyLanguage, LANGUAGES } from './i18n';
import { WorldMap } from './map';
import { Participation, PublishedActivities, ViewerPanels } from './operations';
import { renderCounts, renderMap, renderRegions, renderStatesTable, renderTimeline } from './participation';
import { SignIn } from './signin';
import { StatePage } from './state-operations';
import { renderStatePage, stateOfPath } from './state-page';
import { renderActivities, renderFollowUps, renderNeeds, renderPipeline, renderPlans, renderViewer } from './viewer-panels';
import { DateSlider } from './slider';
import { downloads } from './downloads';
import { DeskPage, isDeskPath } from './desk';
import { WorkspacePage, isWorkspacePath } from './workspace';
import { workPages } from './work-nav';

/**
 * The dashboard: public participation for everyone, and for a signed-in viewer the panels its
 * rights open. All it shows comes from the API for the current token; changing the token
 * clears every panel first, and answers to an earlier token are dropped, never shown.
 */
const app = document.getElementById('app')!;
const slot = (testid: string) => el('div', { class: 'panel-body', 'data-testid': testid });
const panel = (title: string, name: string, body: Element, ...extra: Element[]) => el('section', { class: 'panel', 'data-panel': name }, el('h2', {}, title), ...extra, body);

const view = {
  counts: slot('counts'),
  legend: slot('legend'),
  regions: slot('by-region'),
  timeline: slot('joins-per-year'),
  states: slot('states-table'),
  activities: slot('published-activities'),
  viewer: slot('viewer-line'),
  pipeline: slot('pipeline-panel'),
  plans: slot('plans-panel'),
  followUps: slot('follow-ups-panel'),
  needs: slot('needs-panel'),
};
const map = new WorldMap();
const slider = new DateSlider((day) => void loadParticipation(day));
const filter = el('input', {
  type: 'search',
  placeholder: 'Filter by name or code',
  'aria-label': 'Filter states',
  'data-testid': 'states-filter',
});
const language = el(
  'select',
  { 'aria-label': 'Language', 'data-testid': 'language' },
  LANGUAGES.map((l) => el('option', { value: l.code, selected: l.code === 'EN' }, l.label)),
);
const signIn = new SignIn((token) => void setToken(token));

let token: string | null = null;
let lang: Language = 'EN';
/** Moves on with every token or language change: an answer for an older one is dropped. */
let generation = 0;
let pending = 0;
let participation: DashboardParticipationQuery | null = null;

/** The state page (`/states/<ISO3>`): the same page and token, another view. */
const statePage = el('main', {
  class: 'state-page',
  'data-testid': 'state-page',
  hidden: true,
});
const dashboard = el(
  'main',
  {},
  panel('Participation', 'overview', view.counts, slider.element),
  panel('World map', 'map', view.legend, map.element),
  el('div', { class: 'columns' }, panel('By region', 'regions', view.regions), panel('States joining per year', 'timeline', view.timeline)),
  panel('States', 'states', view.states, filter),
  panel('Published activities', 'activities', view.activities),
  el(
    'section',
    { class: 'viewer', 'data-panel': 'viewer' },
    el('h2', {}, 'Your view'),
    view.viewer,
    panel('Pipeline by region and tier', 'pipeline', view.pipeline),
    panel('Multi-year plan: progress', 'plans', view.plans),
    panel('Open follow-up actions', 'follow-ups', view.followUps),
    panel('Needs awaiting a match', 'needs', view.needs),
  ),
  panel(
    'Exports',
    'exports',
    downloads(() => token),
  ),
);
/** The partner's workspace (`/workspace`) and the Secretariat's desk (`/desk`): the same page and token. */
const workspace = new WorkspacePage((work) => track(work));
const desk = new DeskPage((work) => track(work));
const nav = workPages();
app.append(
  el('header', {}, el('h1', {}, 'ATT Coordination Hub'), el('p', { class: 'muted' }, 'Arms Trade Treaty participation and universalization work'), nav.element, language, signIn.element),
  dashboard,
  statePage,
  workspace.element,
  desk.element,
  el(
    'footer',
    { class: 'muted' },
    'Data: treaty actions with their sources and date precision, as the hub serves them. A status the data cannot decide on a day is shown as undetermined, never guessed.',
  ),
);

/** Runs `work` for the current generation; its rendering is skipped if the token or language changed meanwhile. */
async function track(work: (current: () => boolean) => Promise<void>): Promise<void> {
  const mine = generation;
  pending++;
  document.body.dataset.busy = 'true';
  try {
    await work(() => mine === generation);
  } catch (error) {
    if (mine !== generation) return;
    if (error instanceof UnauthenticatedError) {
      signIn.set(null);
      signIn.report(`Token refused: ${error.message}`, true);
      return;
    }
    signIn.report(error instanceof Error ? error.message : String(error), true);
  } finally {
    if (--pending === 0) delete document.body.dataset.busy;
  }
}

function loadParticipation(day: string): Promise<void> {
  return track(async (current) => {
    const { data } = await request(Participation, { asOf: day, lang }, token);
    if (!current() || !data) return;
    participation = data;
    renderCounts(view.counts, data.participationSummary, lang);
    renderRegions(view.regions, data.participationSummary, lang);
    renderTimeline(view.timeline, data);
    renderStatesTable(view.states, data, lang, filter.value);
    await renderMap(map, view.legend, data, lang);
  });
}

function loadState(iso3: string): Promise<void> {
  return track(async (current) => {
    const { data, errors } = await request(StatePage, { iso3, lang }, token);
    if (!current() || !data) return;
    if (token) signIn.report(data.viewer.signedIn ? `Signed in: ${data.viewer.name ?? ''}` : '');
    renderStatePage(statePage, data, errors, lang);
  });
}

/** Loads the view the address asks for: a state's page, or the dashboard. */
function loadAll(): Promise<unknown> {
  const iso3 = stateOfPath(location.pathname);
  const work = isWorkspacePath(location.pathname) ? workspace : isDeskPath(location.pathname) ? desk : null;
  dashboard.hidden = iso3 !== null || work !== null;
  statePage.hidden = iso3 === null;
  workspace.element.hidden = work !== workspace;
  desk.element.hidden = work !== desk;
  nav.update(lang);
  if (work) return work.load(token, lang);
  if (iso3) return loadState(iso3);
  document.title = 'ATT Coordination Hub: participation dashboard';
  return Promise.all([
    loadParticipation(slider.day),
    track(async (current) => {
      const { data } = await request(PublishedActivities, {}, token);
      if (current() && data) renderActivities(view.activities, data);
    }),
    track(async (current) => {
      const { data, errors } = await request(ViewerPanels, { lang }, token);
      if (!current() || !data) return;
      renderViewer(view.viewer, data.viewer);
      if (token) signIn.report(data.viewer.signedIn ? `Signed in: ${data.viewer.name ?? ''}` : '');
      renderPipeline(view.pipeline, data, errors, lang);
      renderPlans(view.plans, data, errors);
      renderFollowUps(view.followUps, data, errors);
      renderNeeds(view.needs, data, errors);
    }),
  ]);
}

/** A new token: nothing shown for the previous one survives. */
async function setToken(next: string | null): Promise<void> {
  token = next;
  generation++;
  participation = null;
  for (const body of [...Object.values(view), statePage]) fill(body, el('p', { class: 'muted' }, 'Loading…'));
  await loadAll();
}

language.addEventListener('change', () => {
  lang = language.value as Language;
  applyLanguage(lang);
  generation++;
  void loadAll();
});
filter.addEventListener('input', () => {
  if (participation) renderStatesTable(view.states, participation, lang, filter.value);
});

/** Moving between the dashboard and a state's page keeps the token (held in memory only): no reload. */
function navigate(href: string): void {
  history.pushState(null, '', href);
  window.scrollTo(0, 0);
  generation++;
  void loadAll();
}
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a[href]');
  const href = link?.getAttribute('href') ?? '';
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (href !== '/' && !stateOfPath(href) && !isWorkspacePath(href) && !isDeskPath(href)) return;
  event.preventDefault();
  navigate(href);
});
map.element.addEventListener('click', (event) => {
  const iso3 = (event.target as Element).getAttribute('data-iso3');
  if (iso3) navigate(`/states/${iso3}`);
});
window.addEventListener('popstate', () => {
  generation++;
  void loadAll();
});

applyLanguage(lang);
void setToken(null);
