import { UnauthenticatedError } from './api';
import { bdi, el, fill } from './dom';
import type { Language, UserErrorCode } from './gql/graphql';
import { deskText } from './messages/desk';

/** The desk's forms: each input labelled, its own error under it; user errors go to the input the API names. */

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface UserErrorLike {
  readonly field: readonly string[];
  readonly code: UserErrorCode;
  readonly message: string;
}

/** A form's inputs by the name the API gives them (its user errors' field), and where the rest of its errors go. */
export class DeskForm {
  private readonly errors = new Map<string, { control: Control; error: HTMLElement }>();
  readonly status = el('p', { role: 'status', class: 'form-status' });

  constructor(private readonly lang: Language) {}

  /** A labelled input for the API's input field `name` (and `also`, fields whose errors it answers); its error is read with it. */
  field(id: string, name: string, label: string, control: Control, also: string[] = []): HTMLElement {
    control.id = id;
    const error = el('p', { class: 'error', id: `${id}-error`, 'data-error-for': name, hidden: true });
    control.setAttribute('aria-describedby', error.id);
    const slot = { control, error };
    for (const key of [name, ...also]) this.errors.set(key, slot);
    return el('div', { class: 'field' }, el('label', { for: id }, label), control, error);
  }

  /** Clears the errors shown; `done` (if given) is said in the status line. */
  clear(done?: string): void {
    for (const { control, error } of new Set(this.errors.values())) {
      control.removeAttribute('aria-invalid');
      error.hidden = true;
      fill(error);
    }
    this.status.className = 'form-status';
    fill(this.status, done ?? '');
  }

  /** Shows each user error by its input (the first wrong input takes the focus); errors of no input in the status line. */
  show(userErrors: readonly UserErrorLike[]): void {
    this.clear();
    const general: HTMLElement[] = [];
    let first: Control | null = null;
    for (const e of userErrors) {
      const slot = this.errors.get(e.field[e.field.length - 1] ?? '');
      const text = this.words(e, slot?.control.value ?? '');
      if (!slot) {
        general.push(el('span', {}, ...text, ' '));
        continue;
      }
      slot.control.setAttribute('aria-invalid', 'true');
      slot.error.hidden = false;
      slot.error.append(...text);
      first ??= slot.control;
    }
    this.status.className = 'form-status error';
    fill(this.status, general);
    first?.focus();
  }

  /** A GraphQL error (the API refused the operation): said plainly, nothing written. A refused token still signs out. */
  refused(error: unknown): void {
    if (error instanceof UnauthenticatedError) throw error;
    this.clear();
    this.status.className = 'form-status error';
    fill(this.status, deskText('err.refused', this.lang), ' ', el('bdi', { lang: 'en' }, error instanceof Error ? error.message : String(error)));
  }

  /** The error in the page's language; the API's own words (English) only where they name what is wrong. */
  private words(e: UserErrorLike, value: string): (Node | string)[] {
    const l = this.lang;
    const api = bdi(e.message)!;
    api.lang = 'en';
    switch (e.code) {
      case 'INVALID':
        return value.trim() === '' ? [deskText('err.required', l)] : [deskText('err.invalid', l), ' ', api];
      case 'NOT_FOUND':
        return [deskText('err.notFound', l), ' ', api];
      case 'CONFLICT':
        return [deskText('err.conflict', l)];
      case 'FORBIDDEN':
        return [deskText('err.forbidden', l)];
      case 'DUPLICATE':
        return [deskText('err.duplicate', l)];
    }
  }
}

/** Today, as the hub counts days (UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);
