import { bdi, el } from './dom';
import type { Language } from './gql/graphql';
import { type MessageKey, t } from './i18n';

const FILES = [
  { path: '/exports/participation.csv', label: 'participation', format: 'CSV' },
  { path: '/exports/participation.json', label: 'participation', format: 'JSON' },
  { path: '/exports/activities.csv', label: 'publishedActivities', format: 'CSV' },
  { path: '/exports/activities.json', label: 'publishedActivities', format: 'JSON' },
] as const satisfies readonly { path: string; label: MessageKey; format: string }[];

/**
 * Download buttons for the exports. They fetch with the viewer's token (a plain link could
 * not send it), so a signed-in viewer gets the export within its own rights.
 */
export function downloads(token: () => string | null, lang: () => Language): HTMLElement {
  const status = el('span', { class: 'muted', role: 'status' });
  const buttons = FILES.map(({ path, label, format }) => {
    const button = el('button', { type: 'button', 'data-export': path }, el('span', { 'data-i18n': label }, t('EN', label)), ' (', bdi(format), ')');
    button.addEventListener('click', async () => {
      status.textContent = t(lang(), 'preparing');
      const bearer = token();
      const res = await fetch(path, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
      if (!res.ok) {
        status.textContent = t(lang(), 'exportFailed', { status: res.status });
        return;
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? path.split('/').pop()!;
      const url = URL.createObjectURL(await res.blob());
      el('a', { href: url, download: name }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.textContent = '';
    });
    return button;
  });
  return el('div', { class: 'panel-body' }, el('p', { 'data-i18n': 'exportsIntro' }, t('EN', 'exportsIntro')), buttons, status);
}
