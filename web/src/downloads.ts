import { el } from './dom';

const FILES = [
  { path: '/exports/participation.csv', label: 'Participation (CSV)' },
  { path: '/exports/participation.json', label: 'Participation (JSON)' },
  { path: '/exports/activities.csv', label: 'Published activities (CSV)' },
  { path: '/exports/activities.json', label: 'Published activities (JSON)' },
];

/**
 * Download buttons for the exports. They fetch with the viewer's token (a plain link could
 * not send it), so a signed-in viewer gets the export within its own rights.
 */
export function downloads(token: () => string | null): HTMLElement {
  const status = el('span', { class: 'muted', role: 'status' });
  const buttons = FILES.map(({ path, label }) => {
    const button = el('button', { type: 'button', 'data-export': path }, label);
    button.addEventListener('click', async () => {
      status.textContent = 'Preparing…';
      const t = token();
      const res = await fetch(path, { headers: t ? { authorization: `Bearer ${t}` } : {} });
      if (!res.ok) {
        status.textContent = `The export failed (${res.status}).`;
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
  return el('div', { class: 'panel-body' }, el('p', {}, 'Every state with its treaty actions, dates, precision and sources; and the activities you may see.'), buttons, status);
}
