import { el, fill } from './dom';
import type { Language } from './gql/graphql';
import { t } from './i18n';

/** What is wrong with a refused token that the page can tell by itself: not a JWT, or past its expiry (`exp`). */
function tokenProblem(token: string): 'tokenMalformed' | 'tokenExpired' | 'tokenRefused' {
  const parts = token.split('.');
  if (parts.length !== 3) return 'tokenMalformed';
  try {
    const claims = JSON.parse(atob(parts[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now() ? 'tokenExpired' : 'tokenRefused';
  } catch {
    return 'tokenMalformed';
  }
}

interface DemoPrincipal {
  principal: string;
  name: string;
  sees: string;
}

/**
 * Signing in: paste a token, or, on the embedded default only, pick a demo principal and let
 * the hub issue one (GET /demo/principals answers 404 everywhere else, and the picker stays
 * hidden). The token lives in this page's memory only: a reload is the public view again.
 */
export class SignIn {
  readonly element: HTMLElement;
  private readonly tokenInput = el('input', {
    type: 'password',
    id: 'token',
    name: 'token',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t('EN', 'tokenPlaceholder'),
    'data-i18n-placeholder': 'tokenPlaceholder',
    'data-testid': 'token',
  });
  private readonly status = el('span', { class: 'signin-status', 'data-testid': 'signin-status', role: 'status' });
  private readonly demo = el('span', { class: 'demo' });
  private picker: HTMLSelectElement | undefined;

  constructor(
    private readonly onChange: (token: string | null) => void,
    private readonly lang: () => Language,
  ) {
    const signIn = el('button', { type: 'submit', 'data-testid': 'sign-in', 'data-i18n': 'signInButton' }, t('EN', 'signInButton'));
    const signOut = el('button', { type: 'button', 'data-testid': 'sign-out', 'data-i18n': 'signOutButton' }, t('EN', 'signOutButton'));
    signOut.addEventListener('click', () => {
      this.report('');
      this.set(null);
    });
    const form = el('form', { class: 'signin' }, el('label', { for: 'token', 'data-i18n': 'tokenLabel' }, t('EN', 'tokenLabel')), this.tokenInput, signIn, signOut, this.demo, this.status);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.set(this.tokenInput.value.trim() || null);
    });
    this.element = form;
    void this.offerDemo();
  }

  /** Shown after the hub answered for the token (or refused it). */
  report(text: string | (Node | string)[], failed = false): void {
    fill(this.status, text);
    this.status.classList.toggle('error', failed);
  }

  /**
   * The hub refused `token` (HTTP 401): why, in the page's language. An expired or malformed token
   * is told apart here, from the token itself; any other reason is the hub's own words, in English.
   */
  refused(token: string | null, reason: string | null): void {
    const problem = token ? tokenProblem(token) : 'tokenRefused';
    const lang = this.lang();
    const hubSays = problem === 'tokenRefused' && reason ? [' ', t(lang, 'hubReason'), ' ', el('bdi', { lang: 'en' }, reason)] : [];
    this.report([t(lang, problem), ...hubSays], true);
  }

  /** Anything else that went wrong: the hub's own words (English) after the page's. */
  failed(status: number | null, reason: string | null): void {
    const lang = this.lang();
    this.report([status === null ? '' : t(lang, 'hubAnswered', { status }), reason ? el('bdi', { lang: 'en' }, ' ', reason) : ''], true);
  }

  /** `fromDemo`: the token came from the demo picker, which keeps showing whose it is. */
  set(token: string | null, fromDemo = false): void {
    this.tokenInput.value = token ?? '';
    if (!fromDemo && this.picker) this.picker.value = '';
    this.onChange(token);
  }

  private async offerDemo(): Promise<void> {
    const res = await fetch('/demo/principals').catch(() => null);
    if (!res?.ok) return;
    const { principals } = (await res.json()) as { principals: DemoPrincipal[] };
    const select = el(
      'select',
      { 'data-testid': 'demo-principal', 'aria-label': t(this.lang(), 'demoPrincipal'), 'data-i18n-aria': 'demoPrincipal' },
      el('option', { value: '', 'data-i18n': 'demoPrincipal' }, t(this.lang(), 'demoPrincipal')),
      principals.map((p) => el('option', { value: p.principal, title: `${p.name}: ${p.sees}` }, p.principal)),
    );
    select.addEventListener('change', () => void this.signInAsDemo(select.value));
    this.picker = select;
    fill(this.demo, select);
  }

  private async signInAsDemo(principal: string): Promise<void> {
    if (!principal) return this.set(null);
    const res = await fetch('/demo/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ principal }),
    });
    const body = (await res.json()) as { token?: string; errors?: { message: string }[] };
    const reason = body.errors?.[0]?.message;
    if (!body.token) return this.report([t(this.lang(), 'noTokenIssued'), reason ? el('bdi', { lang: 'en' }, ' ', reason) : ''], true);
    this.set(body.token, true);
  }
}
