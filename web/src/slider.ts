import { el } from './dom';
import { t } from './i18n';

/** The treaty opened for signature on 3 June 2013: no status is older than that. */
const OPENED = Date.UTC(2013, 5, 3);
const DAY_MS = 86_400_000;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The day the participation is shown for: a range input over the days from the treaty's
 * opening to today (its value is the number of days since the opening), and the day it stands
 * for. The data is asked for when the reader lets go of the slider, not on every step.
 */
export class DateSlider {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly label: HTMLOutputElement;

  constructor(onChange: (day: string) => void) {
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const days = Math.round((today - OPENED) / DAY_MS);
    this.input = el('input', {
      type: 'range',
      min: 0,
      max: days,
      step: 1,
      value: days,
      id: 'as-of',
      'data-testid': 'as-of',
      'data-opened': isoDay(OPENED),
    });
    this.label = el('output', { for: 'as-of', 'data-testid': 'as-of-day' }, isoDay(today));
    const toToday = el('button', { type: 'button', 'data-i18n': 'today' }, t('EN', 'today'));
    this.input.addEventListener('input', () => (this.label.value = this.day));
    this.input.addEventListener('change', () => onChange(this.day));
    toToday.addEventListener('click', () => {
      this.input.value = String(days);
      this.label.value = this.day;
      onChange(this.day);
    });
    this.element = el('div', { class: 'slider' }, el('label', { for: 'as-of', 'data-i18n': 'asOf' }, t('EN', 'asOf')), this.input, ' ', this.label, ' ', toToday);
  }

  get day(): string {
    return isoDay(OPENED + Number(this.input.value) * DAY_MS);
  }
}
