import type { AttRegion, Language, ParticipationStatus } from './gql/graphql';
import { ar } from './messages/ar';
import { en, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { ru } from './messages/ru';
import { zh } from './messages/zh';

/**
 * The six UN languages. State names come from the API (`name(lang:)`); the page's own words
 * from messages/ (one file a language), statuses and regions from here. Arabic is right to left.
 */
export const LANGUAGES: readonly { code: Language; label: string }[] = [
  { code: 'AR', label: 'العربية' },
  { code: 'ZH', label: '中文' },
  { code: 'EN', label: 'English' },
  { code: 'FR', label: 'Français' },
  { code: 'RU', label: 'Русский' },
  { code: 'ES', label: 'Español' },
];

export type StatusKey = ParticipationStatus | 'UNDETERMINED';

const STATUS: Record<StatusKey, Record<Language, string>> = {
  STATE_PARTY: { EN: 'State Party', FR: 'État partie', ES: 'Estado parte', RU: 'Государство-участник', ZH: '缔约国', AR: 'دولة طرف' },
  SIGNATORY: { EN: 'Signatory', FR: 'Signataire', ES: 'Signatario', RU: 'Подписавшее государство', ZH: '签署国', AR: 'دولة موقّعة' },
  NON_SIGNATORY: {
    EN: 'Non-signatory',
    FR: 'Non signataire',
    ES: 'No signatario',
    RU: 'Неподписавшее государство',
    ZH: '非签署国',
    AR: 'دولة غير موقّعة',
  },
  UNDETERMINED: { EN: 'Undetermined', FR: 'Indéterminé', ES: 'Indeterminado', RU: 'Не определено', ZH: '无法确定', AR: 'غير محدد' },
};

const REGION: Record<AttRegion, Record<Language, string>> = {
  AFRICA: { EN: 'Africa', FR: 'Afrique', ES: 'África', RU: 'Африка', ZH: '非洲', AR: 'أفريقيا' },
  AMERICAS: { EN: 'Americas', FR: 'Amériques', ES: 'Américas', RU: 'Америка', ZH: '美洲', AR: 'الأمريكتان' },
  ASIA: { EN: 'Asia', FR: 'Asie', ES: 'Asia', RU: 'Азия', ZH: '亚洲', AR: 'آسيا' },
  EUROPE: { EN: 'Europe', FR: 'Europe', ES: 'Europa', RU: 'Европа', ZH: '欧洲', AR: 'أوروبا' },
  OCEANIA: { EN: 'Oceania', FR: 'Océanie', ES: 'Oceanía', RU: 'Океания', ZH: '大洋洲', AR: 'أوقيانوسيا' },
};

export const statusLabel = (status: StatusKey, lang: Language): string => STATUS[status][lang];
export const regionLabel = (region: AttRegion, lang: Language): string => REGION[region][lang];

/** Sets the page's language and writing direction. */
export function applyLanguage(lang: Language): void {
  const root = document.documentElement;
  root.lang = lang.toLowerCase();
  root.dir = lang === 'AR' ? 'rtl' : 'ltr';
}

/** Names sorted as a reader of the language expects. */
export const collator = (lang: Language): Intl.Collator => new Intl.Collator(lang.toLowerCase());

const MESSAGES: Record<Language, Messages> = { AR: ar, ZH: zh, EN: en, FR: fr, RU: ru, ES: es };
export type MessageKey = keyof Messages;

/** The page's word for `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** The message with its placeholders left in, for a page that fills them with elements (see page-parts `words`). */
export const message = (lang: Language, key: MessageKey): string => MESSAGES[lang][key];

const locale = (lang: Language) => lang.toLowerCase();

/** A calendar day (YYYY-MM-DD) as the language writes it; the day is the same everywhere (UTC). */
export function formatDate(day: string | null | undefined, lang: Language): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A count as the language writes it. */
export const formatNumber = (n: number, lang: Language): string => new Intl.NumberFormat(locale(lang)).format(n);

/** A list ("A, B and C") as the language joins it. */
export const formatList = (items: readonly string[], lang: Language): string => new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(items);
