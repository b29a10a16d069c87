import type { ApiError } from './api';
import { bdi, el, notAvailable } from './dom';
import type { HoldingFragment, Language } from './gql/graphql';
import { formatDate, message, type MessageKey, t } from './i18n';
import { OFFICE } from './messages/enums';

/** The pieces the state, region and body pages share. */

const DENIALS = ['FORBIDDEN', 'UNAUTHENTICATED'];

/** Whether the API refused this viewer the part at `path` or anything inside it. */
export function deniedWithin(errors: readonly ApiError[], ...path: (string | number)[]): boolean {
  return errors.some((e) => DENIALS.includes(e.extensions?.code ?? '') && path.every((p, i) => e.path?.[i] === p));
}

/** A message whose placeholders are elements (a name in <bdi>, a link): the text around them stays the language's. */
export function words(lang: Language, key: MessageKey, vars: Record<string, Node | string | null>): (Node | string)[] {
  return message(lang, key)
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (vars[part] ?? '') : part))
    .filter((part) => part !== '');
}

/** "None recorded": distinct from "not available to you" (data-none against data-not-available). */
export const none = (text: string): HTMLElement => el('p', { class: 'muted', 'data-none': true }, text);

export const demoMark = (demo: boolean | null | undefined, lang: Language): HTMLElement | null => (demo ? el('span', { class: 'demo-mark' }, ' ', t(lang, 'demoRecord')) : null);

/** A section of a page; `body` is what the viewer may see, or "not available to you" when the API denied it. */
export function section(lang: Language, name: string, title: string, denied: boolean, body: () => Element | Element[]): HTMLElement {
  return el('section', { class: 'state-section', 'data-section': name }, el('h2', {}, title), denied ? el('p', {}, notAvailable(t(lang, 'notAvailable'))) : body());
}

/** The link back to the dashboard, left out of print. */
export const backLink = (lang: Language): HTMLElement => el('p', { class: 'no-print' }, el('a', { href: '/' }, t(lang, 'back')));

/** A period of two days, either end possibly unknown; isolated so that it reads in order in Arabic too. */
export function period(from: string | null | undefined, to: string | null | undefined, lang: Language): HTMLElement {
  return el('bdi', { class: 'period' }, t(lang, 'period', { from: formatDate(from, lang) || t(lang, 'startUnknown'), to: formatDate(to, lang) || t(lang, 'endUnknown') }));
}

/** An office holding: the office, who holds it (or that no source names them), for which state, its term. */
export function holdingItem(h: HoldingFragment, lang: Language): HTMLElement {
  return el(
    'li',
    { 'data-holding': h.id },
    el('strong', {}, OFFICE[h.office][lang]),
    ': ',
    h.person ? bdi(h.person.name) : el('span', { class: 'muted' }, t(lang, 'holderNotNamed')),
    demoMark(h.demo || h.person?.demo, lang),
    h.representingState ? [' (', el('a', { href: `/states/${h.representingState.iso3}` }, bdi(h.representingState.name)), ')'] : null,
    h.representingOrganisation ? [' (', bdi(h.representingOrganisation.name), ')'] : null,
    el('span', { class: 'muted' }, ' ', h.cycle ? el('bdi', {}, h.cycle) : null, ' ', h.validFrom ? (h.validTo ? period(h.validFrom, h.validTo, lang) : t(lang, 'runs', { from: formatDate(h.validFrom, lang) })) : null),
  );
}
