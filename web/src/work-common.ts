import { el } from './dom';
import type { Language } from './gql/graphql';

/** Runs a piece of the page's work (the page marks itself busy meanwhile); `current` is false once the token or language changed. */
export type Track = (work: (current: () => boolean) => Promise<void>) => Promise<void>;

/** A day (YYYY-MM-DD) as the language writes it; the day itself, never shifted by the reader's time zone. */
export function dayText(day: string | null | undefined, lang: Language): string {
  if (!day) return '';
  return new Intl.DateTimeFormat(lang.toLowerCase(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A labelled control: the label names it for screen readers and keyboard users. */
export function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

/** The first user error of a payload, as the API words it (null: none). */
export const firstError = (payload: { userErrors: readonly { message: string }[] } | null | undefined): string | null =>
  payload?.userErrors[0]?.message ?? null;

/** Record text may mix scripts: each run takes its own direction. */
export const bdi = (text: string | null | undefined) => (text ? el('bdi', {}, text) : null);
