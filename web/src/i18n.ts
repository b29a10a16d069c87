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

/* The partner's workspace and the Secretariat's desk (web/src/workspace.ts, desk.ts): their strings in the six languages. */
type Six = Record<Language, string>;
const WORK = {
  'nav.dashboard': { EN: 'Dashboard', FR: 'Tableau de bord', ES: 'Panel', RU: 'Сводка', ZH: '总览', AR: 'لوحة المتابعة' },
  'nav.workspace': { EN: 'Partner workspace', FR: 'Espace partenaire', ES: 'Espacio del asociado', RU: 'Рабочее место партнёра', ZH: '合作伙伴工作区', AR: 'مساحة عمل الشريك' },
  'nav.desk': { EN: 'Secretariat desk', FR: 'Bureau du Secrétariat', ES: 'Mesa de la Secretaría', RU: 'Рабочее место Секретариата', ZH: '秘书处工作台', AR: 'مكتب الأمانة' },
  'ws.title': { EN: 'Your workspace', FR: 'Votre espace', ES: 'Su espacio de trabajo', RU: 'Ваше рабочее место', ZH: '您的工作区', AR: 'مساحة عملك' },
  'ws.signIn': {
    EN: 'Sign in to record your organisation’s activities.',
    FR: 'Connectez-vous pour enregistrer les activités de votre organisation.',
    ES: 'Inicie sesión para registrar las actividades de su organización.',
    RU: 'Войдите, чтобы вносить мероприятия вашей организации.',
    ZH: '请登录以记录贵组织的活动。',
    AR: 'سجّل الدخول لتسجيل أنشطة منظمتك.',
  },
  'ws.new': { EN: 'Record an activity', FR: 'Enregistrer une activité', ES: 'Registrar una actividad', RU: 'Внести мероприятие', ZH: '记录一项活动', AR: 'تسجيل نشاط' },
  'ws.editing': { EN: 'Edit the activity', FR: 'Modifier l’activité', ES: 'Editar la actividad', RU: 'Изменить мероприятие', ZH: '编辑活动', AR: 'تعديل النشاط' },
  'f.kind': { EN: 'Kind', FR: 'Type', ES: 'Tipo', RU: 'Вид', ZH: '类型', AR: 'النوع' },
  'f.title': { EN: 'Title', FR: 'Titre', ES: 'Título', RU: 'Название', ZH: '标题', AR: 'العنوان' },
  'f.startDate': { EN: 'Start date', FR: 'Date de début', ES: 'Fecha de inicio', RU: 'Дата начала', ZH: '开始日期', AR: 'تاريخ البدء' },
  'f.place': { EN: 'Place', FR: 'Lieu', ES: 'Lugar', RU: 'Место', ZH: '地点', AR: 'المكان' },
  'f.targetStates': {
    EN: 'Target states (ISO3 codes, separated by ;)',
    FR: 'États visés (codes ISO3, séparés par ;)',
    ES: 'Estados destinatarios (códigos ISO3, separados por ;)',
    RU: 'Целевые государства (коды ISO3 через ;)',
    ZH: '目标国家（ISO3 代码，以 ; 分隔）',
    AR: 'الدول المستهدفة (رموز ISO3 مفصولة بـ ;)',
  },
  'f.description': { EN: 'Description', FR: 'Description', ES: 'Descripción', RU: 'Описание', ZH: '说明', AR: 'الوصف' },
  'ws.save': { EN: 'Save as draft', FR: 'Enregistrer le brouillon', ES: 'Guardar como borrador', RU: 'Сохранить черновик', ZH: '保存为草稿', AR: 'حفظ كمسودة' },
  'ws.saveChanges': { EN: 'Save changes', FR: 'Enregistrer les modifications', ES: 'Guardar los cambios', RU: 'Сохранить изменения', ZH: '保存更改', AR: 'حفظ التغييرات' },
  'ws.cancel': { EN: 'Cancel', FR: 'Annuler', ES: 'Cancelar', RU: 'Отмена', ZH: '取消', AR: 'إلغاء' },
  'ws.saved': { EN: 'Saved.', FR: 'Enregistré.', ES: 'Guardado.', RU: 'Сохранено.', ZH: '已保存。', AR: 'تم الحفظ.' },
  'ws.mine': {
    EN: 'Your organisation’s activities',
    FR: 'Les activités de votre organisation',
    ES: 'Las actividades de su organización',
    RU: 'Мероприятия вашей организации',
    ZH: '贵组织的活动',
    AR: 'أنشطة منظمتك',
  },
  'ws.none': { EN: 'No activity recorded yet.', FR: 'Aucune activité enregistrée.', ES: 'Ninguna actividad registrada.', RU: 'Мероприятий пока нет.', ZH: '尚未记录任何活动。', AR: 'لم يُسجَّل أي نشاط بعد.' },
  'col.status': { EN: 'Status', FR: 'Statut', ES: 'Estado', RU: 'Статус', ZH: '状态', AR: 'الحالة' },
  'col.reason': { EN: 'Reason for rejection', FR: 'Motif du rejet', ES: 'Motivo del rechazo', RU: 'Причина отклонения', ZH: '退回理由', AR: 'سبب الرفض' },
  'col.actions': { EN: 'Actions', FR: 'Actions', ES: 'Acciones', RU: 'Действия', ZH: '操作', AR: 'الإجراءات' },
  'col.organiser': { EN: 'Organiser', FR: 'Organisateur', ES: 'Organizador', RU: 'Организатор', ZH: '组织方', AR: 'الجهة المنظمة' },
  'ws.edit': { EN: 'Edit', FR: 'Modifier', ES: 'Editar', RU: 'Изменить', ZH: '编辑', AR: 'تعديل' },
  'ws.submit': { EN: 'Submit', FR: 'Soumettre', ES: 'Enviar', RU: 'Отправить', ZH: '提交', AR: 'إرسال' },
  'imp.title': { EN: 'Import a file', FR: 'Importer un fichier', ES: 'Importar un archivo', RU: 'Импорт файла', ZH: '导入文件', AR: 'استيراد ملف' },
  'imp.help': {
    EN: 'A CSV, JSON or Excel (.xlsx) file whose first row names the columns: kind, title, startDate, place, targetStates, … Nothing is kept before you import.',
    FR: 'Un fichier CSV, JSON ou Excel (.xlsx) dont la première ligne nomme les colonnes : kind, title, startDate, place, targetStates, … Rien n’est conservé avant l’import.',
    ES: 'Un archivo CSV, JSON o Excel (.xlsx) cuya primera fila nombra las columnas: kind, title, startDate, place, targetStates, … No se guarda nada antes de importar.',
    RU: 'Файл CSV, JSON или Excel (.xlsx), первая строка которого называет столбцы: kind, title, startDate, place, targetStates, … До импорта ничего не сохраняется.',
    ZH: 'CSV、JSON 或 Excel（.xlsx）文件，首行为列名：kind、title、startDate、place、targetStates……导入前不会保存任何内容。',
    AR: 'ملف CSV أو JSON أو Excel ‏(.xlsx) يسمّي صفه الأول الأعمدة: kind وtitle وstartDate وplace وtargetStates… لا يُحفظ شيء قبل الاستيراد.',
  },
  'imp.file': { EN: 'File', FR: 'Fichier', ES: 'Archivo', RU: 'Файл', ZH: '文件', AR: 'الملف' },
  'imp.preview': { EN: 'Preview', FR: 'Aperçu', ES: 'Vista previa', RU: 'Предпросмотр', ZH: '预览', AR: 'معاينة' },
  'imp.run': { EN: 'Import', FR: 'Importer', ES: 'Importar', RU: 'Импортировать', ZH: '导入', AR: 'استيراد' },
  'imp.ready': {
    EN: 'New rows ready to import: {n}; imported before: {k}.',
    FR: 'Nouvelles lignes prêtes à importer : {n} ; déjà importées : {k}.',
    ES: 'Filas nuevas listas para importar: {n}; ya importadas: {k}.',
    RU: 'Новых строк к импорту: {n}; импортированы ранее: {k}.',
    ZH: '{n} 行新数据可导入；{k} 行此前已导入。',
    AR: 'صفوف جديدة جاهزة للاستيراد: {n}؛ مستوردة من قبل: {k}.',
  },
  'imp.rowErrors': {
    EN: 'Rows that will not be imported',
    FR: 'Lignes qui ne seront pas importées',
    ES: 'Filas que no se importarán',
    RU: 'Строки, которые не будут импортированы',
    ZH: '不会导入的行',
    AR: 'صفوف لن تُستورد',
  },
  'imp.done': {
    EN: 'Activities imported as drafts: {n}.',
    FR: 'Activités importées comme brouillons : {n}.',
    ES: 'Actividades importadas como borradores: {n}.',
    RU: 'Импортировано мероприятий (черновики): {n}.',
    ZH: '已导入 {n} 项活动（草稿）。',
    AR: 'أنشطة مستوردة كمسودات: {n}.',
  },
  'imp.tooLarge': {
    EN: 'The file is larger than 10 MB: split it into files of at most 1,000 rows.',
    FR: 'Le fichier dépasse 10 Mo : découpez-le en fichiers d’au plus 1 000 lignes.',
    ES: 'El archivo supera los 10 MB: divídalo en archivos de 1.000 filas como máximo.',
    RU: 'Файл больше 10 МБ: разделите его на файлы не более чем по 1000 строк.',
    ZH: '文件超过 10 MB：请拆分为每个不超过 1,000 行的文件。',
    AR: 'حجم الملف أكبر من 10 ميغابايت: قسّمه إلى ملفات لا يتجاوز كل منها 1000 صف.',
  },
  'imp.line': { EN: 'Line', FR: 'Ligne', ES: 'Línea', RU: 'Строка', ZH: '行', AR: 'السطر' },
  'imp.column': { EN: 'Column', FR: 'Colonne', ES: 'Columna', RU: 'Столбец', ZH: '列', AR: 'العمود' },
  'imp.problem': { EN: 'Problem', FR: 'Problème', ES: 'Problema', RU: 'Проблема', ZH: '问题', AR: 'المشكلة' },
  'desk.title': { EN: 'Secretariat desk', FR: 'Bureau du Secrétariat', ES: 'Mesa de la Secretaría', RU: 'Рабочее место Секретариата', ZH: '秘书处工作台', AR: 'مكتب الأمانة' },
  'desk.only': {
    EN: 'This desk is the Secretariat’s: sign in as the Secretariat.',
    FR: 'Ce bureau est celui du Secrétariat : connectez-vous en tant que Secrétariat.',
    ES: 'Esta mesa es de la Secretaría: inicie sesión como Secretaría.',
    RU: 'Это рабочее место Секретариата: войдите как Секретариат.',
    ZH: '此工作台供秘书处使用：请以秘书处身份登录。',
    AR: 'هذا المكتب للأمانة: سجّل الدخول بصفتك الأمانة.',
  },
  'desk.queue': { EN: 'Moderation queue', FR: 'File de modération', ES: 'Cola de moderación', RU: 'Очередь модерации', ZH: '待审核队列', AR: 'قائمة الإشراف' },
  'desk.empty': {
    EN: 'No activity awaits moderation.',
    FR: 'Aucune activité n’attend de modération.',
    ES: 'Ninguna actividad espera moderación.',
    RU: 'Нет мероприятий, ожидающих модерации.',
    ZH: '没有待审核的活动。',
    AR: 'لا يوجد نشاط ينتظر الإشراف.',
  },
  'desk.publish': { EN: 'Publish', FR: 'Publier', ES: 'Publicar', RU: 'Опубликовать', ZH: '发布', AR: 'نشر' },
  'desk.reject': { EN: 'Reject', FR: 'Rejeter', ES: 'Rechazar', RU: 'Отклонить', ZH: '退回', AR: 'رفض' },
  'desk.needs': { EN: 'Needs awaiting a match', FR: 'Besoins en attente d’une offre', ES: 'Necesidades a la espera de una oferta', RU: 'Потребности, ожидающие предложения', ZH: '待匹配的需求', AR: 'احتياجات تنتظر المطابقة' },
  'desk.noNeeds': { EN: 'No need awaits a match.', FR: 'Aucun besoin en attente.', ES: 'Ninguna necesidad en espera.', RU: 'Нет ожидающих потребностей.', ZH: '没有待匹配的需求。', AR: 'لا توجد احتياجات تنتظر المطابقة.' },
  'desk.suggest': { EN: 'Suggested offers', FR: 'Offres suggérées', ES: 'Ofertas sugeridas', RU: 'Предлагаемые предложения', ZH: '建议的援助提议', AR: 'العروض المقترحة' },
  'desk.noSuggest': { EN: 'No offer is suggested.', FR: 'Aucune offre suggérée.', ES: 'Ninguna oferta sugerida.', RU: 'Подходящих предложений нет.', ZH: '没有建议的提议。', AR: 'لا توجد عروض مقترحة.' },
  'desk.score': { EN: 'Score', FR: 'Score', ES: 'Puntuación', RU: 'Оценка', ZH: '得分', AR: 'الدرجة' },
  'desk.state': { EN: 'State', FR: 'État', ES: 'Estado', RU: 'Государство', ZH: '国家', AR: 'الدولة' },
  'desk.need': { EN: 'Need', FR: 'Besoin', ES: 'Necesidad', RU: 'Потребность', ZH: '需求', AR: 'الاحتياج' },
  'desk.offer': { EN: 'Offer', FR: 'Offre', ES: 'Oferta', RU: 'Предложение', ZH: '提议', AR: 'العرض' },
  'desk.why': { EN: 'Why', FR: 'Pourquoi', ES: 'Por qué', RU: 'Почему', ZH: '理由', AR: 'السبب' },
} satisfies Record<string, Six>;
export type WorkText = keyof typeof WORK;

const ACTIVITY_STATUS: Record<'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'REJECTED', Six> = {
  DRAFT: { EN: 'Draft', FR: 'Brouillon', ES: 'Borrador', RU: 'Черновик', ZH: '草稿', AR: 'مسودة' },
  SUBMITTED: { EN: 'Submitted', FR: 'Soumise', ES: 'Enviada', RU: 'На модерации', ZH: '已提交', AR: 'مُرسَل' },
  PUBLISHED: { EN: 'Published', FR: 'Publiée', ES: 'Publicada', RU: 'Опубликовано', ZH: '已发布', AR: 'منشور' },
  REJECTED: { EN: 'Rejected', FR: 'Rejetée', ES: 'Rechazada', RU: 'Отклонено', ZH: '已退回', AR: 'مرفوض' },
};
const ACTIVITY_KIND: Record<'ADVOCACY' | 'OTHER' | 'REGIONAL_MEETING' | 'TOOLKIT_TRANSLATION' | 'TRAINING' | 'UNGA_RESOLUTION' | 'WORKSHOP', Six> = {
  ADVOCACY: { EN: 'Advocacy', FR: 'Plaidoyer', ES: 'Promoción', RU: 'Пропаганда', ZH: '倡导', AR: 'مناصرة' },
  OTHER: { EN: 'Other', FR: 'Autre', ES: 'Otra', RU: 'Другое', ZH: '其他', AR: 'أخرى' },
  REGIONAL_MEETING: { EN: 'Regional meeting', FR: 'Réunion régionale', ES: 'Reunión regional', RU: 'Региональное совещание', ZH: '区域会议', AR: 'اجتماع إقليمي' },
  TOOLKIT_TRANSLATION: { EN: 'Toolkit translation', FR: 'Traduction de la boîte à outils', ES: 'Traducción del conjunto de herramientas', RU: 'Перевод методических материалов', ZH: '工具包翻译', AR: 'ترجمة مجموعة الأدوات' },
  TRAINING: { EN: 'Training', FR: 'Formation', ES: 'Capacitación', RU: 'Обучение', ZH: '培训', AR: 'تدريب' },
  UNGA_RESOLUTION: { EN: 'UNGA resolution', FR: 'Résolution de l’AGNU', ES: 'Resolución de la AGNU', RU: 'Резолюция ГА ООН', ZH: '联大决议', AR: 'قرار الجمعية العامة' },
  WORKSHOP: { EN: 'Workshop', FR: 'Atelier', ES: 'Taller', RU: 'Семинар', ZH: '研讨会', AR: 'ورشة عمل' },
};
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_KIND) as (keyof typeof ACTIVITY_KIND)[];

/** A workspace or desk string in `lang`, its `{name}` slots filled (numbers as the language writes them). */
export function workText(key: WorkText, lang: Language, slots: Record<string, number> = {}): string {
  const number = new Intl.NumberFormat(lang.toLowerCase());
  return (WORK[key] as Six)[lang].replace(/\{(\w+)\}/g, (_, name: string) => number.format(slots[name] ?? 0));
}
export const activityStatusLabel = (status: keyof typeof ACTIVITY_STATUS, lang: Language): string => ACTIVITY_STATUS[status][lang];
export const activityKindLabel = (kind: keyof typeof ACTIVITY_KIND, lang: Language): string => ACTIVITY_KIND[kind][lang];
