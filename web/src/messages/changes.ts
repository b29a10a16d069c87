import type { ChangeKind, Language } from '../gql/graphql';

type Six = Record<Language, string>;

/** The "what changed since" page (web/src/changes-page.ts): its words in the six languages. `{name}` is filled in at run time. */
export const CHANGES = {
  nav: { EN: 'What changed', FR: 'Ce qui a changé', ES: 'Qué ha cambiado', RU: 'Что изменилось', ZH: '有哪些变化', AR: 'ما الذي تغيّر' },
  title: { EN: 'What changed since a day', FR: 'Ce qui a changé depuis un jour donné', ES: 'Qué ha cambiado desde un día', RU: 'Что изменилось с указанного дня', ZH: '自某日以来的变化', AR: 'ما الذي تغيّر منذ يوم معيّن' },
  intro: {
    EN: 'Pick a day, such as your body’s last meeting, and see every change since then that you may see.',
    FR: 'Choisissez un jour, par exemple la dernière réunion de votre organe, et voyez tous les changements survenus depuis que vous pouvez voir.',
    ES: 'Elija un día, por ejemplo la última reunión de su órgano, y vea todos los cambios desde entonces que puede ver.',
    RU: 'Выберите день, например последнее заседание вашего органа, и посмотрите все доступные вам изменения с тех пор.',
    ZH: '选择一个日期（例如贵机构上次会议的日期），查看此后您有权查看的所有变化。',
    AR: 'اختر يومًا، مثل آخر اجتماع لهيئتك، واطّلع على كل تغيير منذ ذلك الحين يُسمح لك برؤيته.',
  },
  publicView: {
    EN: 'The public view: sign in to see what your office gives you.',
    FR: 'La vue publique : connectez-vous pour voir ce que votre fonction vous ouvre.',
    ES: 'La vista pública: inicie sesión para ver lo que su cargo le permite.',
    RU: 'Общедоступный вид: войдите, чтобы увидеть то, что открывает ваша должность.',
    ZH: '公开视图：请登录以查看您的职务所允许查看的内容。',
    AR: 'العرض العام: سجّل الدخول لترى ما يتيحه لك منصبك.',
  },
  since: { EN: 'Since', FR: 'Depuis le', ES: 'Desde el', RU: 'С даты', ZH: '起始日期', AR: 'منذ' },
  lastMeeting: {
    EN: 'Since the last meeting of {body} ({date})',
    FR: 'Depuis la dernière réunion de {body} ({date})',
    ES: 'Desde la última reunión de {body} ({date})',
    RU: 'С последнего заседания {body} ({date})',
    ZH: '自{body}上次会议（{date}）以来',
    AR: 'منذ آخر اجتماع لـ {body} ({date})',
  },
  state: { EN: 'State', FR: 'État', ES: 'Estado', RU: 'Государство', ZH: '国家', AR: 'الدولة' },
  region: { EN: 'Region', FR: 'Région', ES: 'Región', RU: 'Регион', ZH: '区域', AR: 'المنطقة' },
  body: { EN: 'Body', FR: 'Organe', ES: 'Órgano', RU: 'Орган', ZH: '机构', AR: 'الهيئة' },
  allStates: { EN: 'All states', FR: 'Tous les États', ES: 'Todos los Estados', RU: 'Все государства', ZH: '所有国家', AR: 'جميع الدول' },
  allRegions: { EN: 'All regions', FR: 'Toutes les régions', ES: 'Todas las regiones', RU: 'Все регионы', ZH: '所有区域', AR: 'جميع المناطق' },
  allBodies: { EN: 'All bodies', FR: 'Tous les organes', ES: 'Todos los órganos', RU: 'Все органы', ZH: '所有机构', AR: 'جميع الهيئات' },
  show: { EN: 'Show the changes', FR: 'Afficher les changements', ES: 'Mostrar los cambios', RU: 'Показать изменения', ZH: '显示变化', AR: 'عرض التغييرات' },
  results: { EN: 'Changes since {date}', FR: 'Changements depuis le {date}', ES: 'Cambios desde el {date}', RU: 'Изменения с {date}', ZH: '{date}以来的变化', AR: 'التغييرات منذ {date}' },
  date: { EN: 'Date', FR: 'Date', ES: 'Fecha', RU: 'Дата', ZH: '日期', AR: 'التاريخ' },
  kind: { EN: 'Kind', FR: 'Type', ES: 'Tipo', RU: 'Вид', ZH: '类型', AR: 'النوع' },
  what: { EN: 'What changed', FR: 'Ce qui a changé', ES: 'Qué ha cambiado', RU: 'Что изменилось', ZH: '变化内容', AR: 'ما الذي تغيّر' },
  source: { EN: 'Source', FR: 'Source', ES: 'Fuente', RU: 'Источник', ZH: '来源', AR: 'المصدر' },
  isNew: { EN: 'new', FR: 'nouveau', ES: 'nuevo', RU: 'новое', ZH: '新增', AR: 'جديد' },
  updated: { EN: 'updated', FR: 'mis à jour', ES: 'actualizado', RU: 'обновлено', ZH: '已更新', AR: 'محدَّث' },
  noSource: { EN: 'No source given.', FR: 'Aucune source indiquée.', ES: 'No se indica ninguna fuente.', RU: 'Источник не указан.', ZH: '未注明来源。', AR: 'لم يُذكر مصدر.' },
  statedBy: { EN: 'Stated by', FR: 'Exprimé par', ES: 'Expresada por', RU: 'Заявлено:', ZH: '提出方', AR: 'عبّر عنه' },
  none: {
    EN: 'No change you may see is recorded since {date}.',
    FR: 'Aucun changement que vous pouvez voir n’est enregistré depuis le {date}.',
    ES: 'No consta ningún cambio que pueda ver desde el {date}.',
    RU: 'С {date} не записано изменений, доступных вам.',
    ZH: '自{date}以来，没有记录您有权查看的变化。',
    AR: 'لم يُسجَّل منذ {date} أي تغيير يُسمح لك برؤيته.',
  },
  shown: { EN: 'Changes shown: {n}.', FR: 'Changements affichés : {n}.', ES: 'Cambios mostrados: {n}.', RU: 'Показано изменений: {n}.', ZH: '已显示 {n} 项变化。', AR: 'التغييرات المعروضة: {n}.' },
  more: { EN: 'More changes', FR: 'Plus de changements', ES: 'Más cambios', RU: 'Ещё изменения', ZH: '更多变化', AR: 'مزيد من التغييرات' },
  refused: { EN: 'The hub refused the question:', FR: 'Le hub a refusé la demande :', ES: 'El hub rechazó la consulta:', RU: 'Хаб отклонил запрос:', ZH: '中心拒绝了此查询：', AR: 'رفض المركز الطلب:' },
  pickDay: { EN: 'Pick a day.', FR: 'Choisissez un jour.', ES: 'Elija un día.', RU: 'Выберите день.', ZH: '请选择日期。', AR: 'اختر يومًا.' },
  summaryNote: {
    EN: 'The hub writes each summary in English; kinds, states and dates are in your language.',
    FR: 'Le hub rédige chaque résumé en anglais ; les types, les États et les dates sont dans votre langue.',
    ES: 'El hub redacta cada resumen en inglés; los tipos, los Estados y las fechas están en su idioma.',
    RU: 'Хаб составляет каждое краткое описание на английском языке; виды, государства и даты даны на вашем языке.',
    ZH: '中心以英文撰写每条摘要；类型、国家和日期以您的语言显示。',
    AR: 'يكتب المركز كل ملخص بالإنكليزية؛ أما الأنواع والدول والتواريخ فبلغتك.',
  },
} satisfies Record<string, Six>;
export type ChangesText = keyof typeof CHANGES;

export const CHANGE_KIND: Record<ChangeKind, Six> = {
  STATUS_CHANGE: { EN: 'Status change', FR: 'Changement de statut', ES: 'Cambio de estado', RU: 'Изменение статуса', ZH: '地位变化', AR: 'تغيّر الوضع' },
  APPOINTMENT: { EN: 'Appointment', FR: 'Nomination', ES: 'Nombramiento', RU: 'Назначение', ZH: '任命', AR: 'تعيين' },
  TERM_END: { EN: 'End of a term', FR: 'Fin de mandat', ES: 'Fin de mandato', RU: 'Окончание срока полномочий', ZH: '任期结束', AR: 'انتهاء ولاية' },
  DECISION_OUTCOME: { EN: 'Outcome of a decision', FR: 'Suite donnée à une décision', ES: 'Resultado de una decisión', RU: 'Итог решения', ZH: '决定的结果', AR: 'نتيجة قرار' },
  ENGAGEMENT: { EN: 'Contact with a state', FR: 'Contact avec un État', ES: 'Contacto con un Estado', RU: 'Контакт с государством', ZH: '与国家的接触', AR: 'اتصال بدولة' },
  ACTIVITY: { EN: 'Activity', FR: 'Activité', ES: 'Actividad', RU: 'Мероприятие', ZH: '活动', AR: 'نشاط' },
  NEED: { EN: 'Assistance need', FR: 'Besoin d’assistance', ES: 'Necesidad de asistencia', RU: 'Потребность в помощи', ZH: '援助需求', AR: 'احتياج إلى المساعدة' },
  MATCH: { EN: 'Need matched with an offer', FR: 'Besoin apparié à une offre', ES: 'Necesidad emparejada con una oferta', RU: 'Потребность сопоставлена с предложением', ZH: '需求与提议匹配', AR: 'مطابقة احتياج مع عرض' },
  PRIORITY_ASSESSMENT: { EN: 'Priority tier', FR: 'Niveau de priorité', ES: 'Nivel de prioridad', RU: 'Уровень приоритета', ZH: '优先层级', AR: 'فئة الأولوية' },
  NATIONAL_PROCESS: { EN: 'National process', FR: 'Processus national', ES: 'Proceso nacional', RU: 'Национальный процесс', ZH: '国内进程', AR: 'العملية الوطنية' },
};

/** A string of the page in `lang`, its `{name}` slots filled with text. */
export function changesText(key: ChangesText, lang: Language, slots: Record<string, string> = {}): string {
  return (CHANGES[key] as Six)[lang].replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? '');
}

/** The message with its slots left in, for a page that fills them with elements (a name in <bdi>). */
export const changesMessage = (key: ChangesText, lang: Language): string => (CHANGES[key] as Six)[lang];
