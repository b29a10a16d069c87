import { el } from './dom';
import type { Language } from './gql/graphql';
import { workText } from './i18n';
import { changesText } from './messages/changes';

/** Links from every page to the dashboard, what changed since a day, the partner's workspace and the Secretariat's desk. */
export function workPages(): { element: HTMLElement; update: (lang: Language) => void } {
  const links = {
    '/': el('a', { href: '/' }),
    '/changes': el('a', { href: '/changes', 'data-testid': 'nav-changes' }),
    '/workspace': el('a', { href: '/workspace', 'data-testid': 'nav-workspace' }),
    '/desk': el('a', { href: '/desk', 'data-testid': 'nav-desk' }),
  };
  const keys = { '/': 'nav.dashboard', '/workspace': 'nav.workspace', '/desk': 'nav.desk' } as const;
  return {
    element: el('nav', { class: 'work-nav' }, Object.values(links)),
    update(lang) {
      const here = location.pathname.replace(/(.)\/$/, '$1');
      for (const [href, link] of Object.entries(links)) {
        link.textContent = href === '/changes' ? changesText('nav', lang) : workText(keys[href as keyof typeof keys], lang);
        if (href === here) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
    },
  };
}
