import './style.css';
import { HubError, request, UnauthenticatedError } from './api';
import { el, fill } from './dom';
import type { AttRegion, BodyCode, DashboardParticipationQuery, Language } from './gql/graphql';
import { applyLanguage, LANGUAGES, type MessageKey, t } from './i18n';
import { WorldMap } from './map';
import { Participation, PublishedActivities, ViewerPanels } from './operations';
import { renderCounts, renderMap, renderRegions, renderStatesTable, renderTimeline } from './participation';
import { SignIn } from './signin';
import { StatePage } from './state-operations';
import { renderStatePage } from './state-page';
import { RegionPage } from './region-operations';
import { renderRegionPage } from './region-page';
import { BodyPage } from './body-operations';
import { renderBodyPage } from './body-page';
import { routeOf } from './routes';
import { renderActivities, renderBodies, renderFollowUps, renderNeeds, renderPipeline, renderPlans, renderViewer } from './viewer-panels';
import { DateSlider } from './slider';
import { downloads } from './downloads';
import { DeskPage, isDeskPath } from './desk';
import { WorkspacePage, isWorkspacePath } from './workspace';
import { ChangesPage, isChangesPath } from './changes-page';
import { workPages } from './work-nav';

/**
 * The dashboard: public participation for everyone, and for a signed-in viewer the panels its
 * rights open. All it shows comes from the API for the current token; changing the token
 * clears every panel first, and answers to an earlier token are dropped, never shown.
 */
const app = document.getElementById('app')!;
const slot = (testid: string) => el('div', { class: 'panel-body', 'data-testid': testid });
/** A text of the page's own, kept in the current language (see `translate`). */
const words = <K extends keyof HTMLElementTagNameMap>(tag: K, key: MessageKey) => el(tag, { 'data-i18n': key }, t('EN', key));
const panel = (title: MessageKey, name: string, body: Element, ...extra: Element[]) => el('section', { class: 'panel', 'data-panel': name }, words('h2', title), ...extra, body);

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
  bodies: slot('bodies-list'),
};
const map = new WorldMap();
const slider = new DateSlider((day) => void loadParticipation(day));
const filter = el('input', {
  type: 'search',
  placeholder: t('EN', 'filterPlaceholder'),
  'aria-label': t('EN', 'filterLabel'),
  'data-i18n-placeholder': 'filterPlaceholder',
  'data-i18n-aria': 'filterLabel',
  'data-testid': 'states-filter',
});
const language = el(
  'select',
  { 'aria-label': t('EN', 'language'), 'data-i18n-aria': 'language', 'data-testid': 'language' },
  LANGUAGES.map((l) => el('option', { value: l.code, lang: l.code.toLowerCase(), selected: l.code === 'EN' }, l.label)),
);
const signIn = new SignIn(
  (token) => void setToken(token),
  () => lang,
);

let token: string | null = null;
let lang: Language = 'EN';
/** Moves on with every token or language change: an answer for an older one is dropped. */
let generation = 0;
let pending = 0;
let participation: DashboardParticipationQuery | null = null;

/** The state, region and body pages (`/states/<ISO3>`, `/regions/<CODE>`, `/bodies/<CODE>`): the same page and token, another view. */
const statePage = el('main', { class: 'state-page', 'data-testid': 'state-page', hidden: true });
const dashboard = el(
  'main',
  {},
  panel('participation', 'overview', view.counts, slider.element),
  panel('worldMap', 'map', view.legend, map.element),
  el('div', { class: 'columns' }, panel('byRegion', 'regions', view.regions), panel('joinsPerYear', 'timeline', view.timeline)),
  panel('states', 'states', view.states, filter),
  panel('publishedActivities', 'activities', view.activities),
  el(
    'section',
    { class: 'viewer', 'data-panel': 'viewer' },
    words('h2', 'yourView'),
    view.viewer,
    panel('pipelineByRegion', 'pipeline', view.pipeline),
    panel('planProgress', 'plans', view.plans),
    panel('openFollowUps', 'follow-ups', view.followUps),
    panel('needsAwaiting', 'needs', view.needs),
  ),
  panel('bodies', 'bodies', view.bodies),
  panel(
    'exports',
    'exports',
    downloads(
      () => token,
      () => lang,
    ),
  ),
);
/** The partner's workspace (`/workspace`) and the Secretariat's desk (`/desk`): the same page and token. */
const workspace = new WorkspacePage((work) => track(work));
const desk = new DeskPage((work) => track(work));
/** What changed since a day (`/changes`): the same page and token. */
const changes = new ChangesPage((work) => track(work));
const nav = workPages();
app.append(
  el('header', {}, words('h1', 'appName'), el('p', { class: 'muted', 'data-i18n': 'tagline' }, t('EN', 'tagline')), nav.element, language, signIn.element),
  dashboard,
  statePage,
  workspace.element,
  desk.element,
  changes.element,
  el('footer', { class: 'muted', 'data-i18n': 'footer' }, t('EN', 'footer')),
);

/** The page's own texts, placeholders and labels in the current language. */
function translate(): void {
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(lang, node.dataset.i18n as MessageKey);
  for (const node of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) node.placeholder = t(lang, node.dataset.i18nPlaceholder as MessageKey);
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-aria]')) node.setAttribute('aria-label', t(lang, node.dataset.i18nAria as MessageKey));
}

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
      const refused = token;
      signIn.set(null);
      signIn.refused(refused, error.reason);
      return;
    }
    if (error instanceof HubError) signIn.failed(error.status, error.reason);
    else signIn.failed(null, error instanceof Error ? error.message : String(error));
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
    renderTimeline(view.timeline, data, lang);
    renderStatesTable(view.states, data, lang, filter.value);
    await renderMap(map, view.legend, data, lang);
  });
}

function loadState(iso3: string): Promise<void> {
  return track(async (current) => {
    const { data, errors } = await request(StatePage, { iso3, lang }, token);
    if (!current() || !data) return;
    if (token) signIn.report(data.viewer.signedIn ? t(lang, 'signedIn', { name: data.viewer.name ?? '' }) : '');
    renderStatePage(statePage, data, errors, lang);
  });
}

function loadRegion(code: string): Promise<void> {
  return track(async (current) => {
    const { data, errors } = await request(RegionPage, { code: code as AttRegion, lang }, token);
    if (!current() || !data) return;
    if (token) signIn.report(data.viewer.signedIn ? t(lang, 'signedIn', { name: data.viewer.name ?? '' }) : '');
    renderRegionPage(statePage, data, errors, lang);
  });
}

function loadBody(code: string): Promise<void> {
  return track(async (current) => {
    const { data, errors } = await request(BodyPage, { code: code as BodyCode, lang }, token);
    if (!current() || !data) return;
    if (token) signIn.report(data.viewer.signedIn ? t(lang, 'signedIn', { name: data.viewer.name ?? '' }) : '');
    renderBodyPage(statePage, data, errors, lang);
  });
}

/** Loads the view the address asks for: a state's, region's or body's page, or the dashboard. */
function loadAll(): Promise<unknown> {
  const route = routeOf(location.pathname) ?? { page: 'dashboard' };
  const work = isWorkspacePath(location.pathname) ? workspace : isDeskPath(location.pathname) ? desk : isChangesPath(location.pathname) ? changes : null;
  dashboard.hidden = route.page !== 'dashboard' || work !== null;
  statePage.hidden = route.page === 'dashboard';
  workspace.element.hidden = work !== workspace;
  desk.element.hidden = work !== desk;
  changes.element.hidden = work !== changes;
  nav.update(lang);
  if (work) return work.load(token, lang);
  if (route.page === 'state') return loadState(route.code);
  if (route.page === 'region') return loadRegion(route.code);
  if (route.page === 'body') return loadBody(route.code);
  document.title = t(lang, 'dashboardTitle');
  return Promise.all([
    loadParticipation(slider.day),
    track(async (current) => {
      const { data } = await request(PublishedActivities, {}, token);
      if (!current() || !data) return;
      renderActivities(view.activities, data, lang);
      renderBodies(view.bodies, data);
    }),
    track(async (current) => {
      const { data, errors } = await request(ViewerPanels, { lang }, token);
      if (!current() || !data) return;
      renderViewer(view.viewer, data.viewer, lang);
      if (token) signIn.report(data.viewer.signedIn ? t(lang, 'signedIn', { name: data.viewer.name ?? '' }) : '');
      renderPipeline(view.pipeline, data, errors, lang);
      renderPlans(view.plans, data, errors, lang);
      renderFollowUps(view.followUps, data, errors, lang);
      renderNeeds(view.needs, data, errors, lang);
    }),
  ]);
}

/** A new token: nothing shown for the previous one survives. */
async function setToken(next: string | null): Promise<void> {
  token = next;
  generation++;
  participation = null;
  for (const body of [...Object.values(view), statePage]) fill(body, el('p', { class: 'muted' }, t(lang, 'loading')));
  await loadAll();
}

language.addEventListener('change', () => {
  lang = language.value as Language;
  applyLanguage(lang);
  translate();
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
  if (!routeOf(href) && !isWorkspacePath(href) && !isDeskPath(href) && !isChangesPath(href)) return;
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
