import type { DecisionOutcome, FollowUpStatus, Language, OfficeKind, PriorityTier } from '../gql/graphql';

type Labels<K extends string> = Record<K, Record<Language, string>>;

/** The API's codes for offices, follow-up states, decisions' outcomes and priority tiers, in the six languages. */
export const OFFICE: Labels<OfficeKind> = {
  CHAIR: { EN: 'Chair', FR: 'Président(e)', ES: 'Presidencia', RU: 'Председатель', ZH: '主席', AR: 'الرئيس' },
  CO_CHAIR: { EN: 'Co-Chair', FR: 'Coprésident(e)', ES: 'Copresidencia', RU: 'Сопредседатель', ZH: '共同主席', AR: 'الرئيس المشارك' },
  FACILITATOR: { EN: 'Facilitator', FR: 'Facilitateur', ES: 'Facilitador', RU: 'Координатор', ZH: '协调人', AR: 'الميسِّر' },
  HEAD: { EN: 'Head', FR: 'Chef', ES: 'Jefatura', RU: 'Руководитель', ZH: '负责人', AR: 'الرئيس' },
  MEMBER: { EN: 'Member', FR: 'Membre', ES: 'Miembro', RU: 'Член', ZH: '成员', AR: 'العضو' },
  NATIONAL_POINT_OF_CONTACT: {
    EN: 'National point of contact',
    FR: 'Point de contact national',
    ES: 'Punto de contacto nacional',
    RU: 'Национальный контактный пункт',
    ZH: '国家联络点',
    AR: 'جهة الاتصال الوطنية',
  },
  PRESIDENT: { EN: 'President', FR: 'Président(e)', ES: 'Presidencia', RU: 'Председатель', ZH: '主席', AR: 'الرئيس' },
  REGIONAL_CHAMPION: { EN: 'Regional champion', FR: 'Champion régional', ES: 'Campeón regional', RU: 'Региональный поборник', ZH: '区域倡导者', AR: 'البطل الإقليمي' },
  STAFF: { EN: 'Staff', FR: 'Personnel', ES: 'Personal', RU: 'Сотрудник', ZH: '工作人员', AR: 'الموظفون' },
  VICE_PRESIDENT: { EN: 'Vice-President', FR: 'Vice-président(e)', ES: 'Vicepresidencia', RU: 'Заместитель Председателя', ZH: '副主席', AR: 'نائب الرئيس' },
};

export const FOLLOW_UP: Labels<FollowUpStatus> = {
  OPEN: { EN: 'Open', FR: 'Ouverte', ES: 'Abierta', RU: 'Открыта', ZH: '未开始', AR: 'مفتوح' },
  IN_PROGRESS: { EN: 'In progress', FR: 'En cours', ES: 'En curso', RU: 'Выполняется', ZH: '进行中', AR: 'قيد التنفيذ' },
  DONE: { EN: 'Done', FR: 'Achevée', ES: 'Concluida', RU: 'Выполнена', ZH: '已完成', AR: 'منجز' },
  DROPPED: { EN: 'Dropped', FR: 'Abandonnée', ES: 'Abandonada', RU: 'Снята', ZH: '已放弃', AR: 'متروك' },
};

export const OUTCOME: Labels<DecisionOutcome> = {
  ADOPTED: { EN: 'Adopted', FR: 'Adoptée', ES: 'Aprobada', RU: 'Принято', ZH: '通过', AR: 'اعتُمد' },
  ENDORSED: { EN: 'Endorsed', FR: 'Entérinée', ES: 'Refrendada', RU: 'Одобрено', ZH: '核可', AR: 'أُقرّ' },
  NOTED: { EN: 'Noted', FR: 'Prise en note', ES: 'Se tomó nota', RU: 'Принято к сведению', ZH: '注意到', AR: 'أُحيط علمًا' },
  DEFERRED: { EN: 'Deferred', FR: 'Reportée', ES: 'Aplazada', RU: 'Отложено', ZH: '推迟', AR: 'أُرجئ' },
  REJECTED: { EN: 'Rejected', FR: 'Rejetée', ES: 'Rechazada', RU: 'Отклонено', ZH: '否决', AR: 'رُفض' },
  NOT_RECORDED: { EN: 'Not recorded', FR: 'Non enregistré', ES: 'No consta', RU: 'Не записано', ZH: '未记录', AR: 'غير مسجل' },
};

export const TIER: Labels<PriorityTier> = {
  TIER_1_SIGNATORY: { EN: 'Tier 1: signatories', FR: 'Niveau 1 : signataires', ES: 'Nivel 1: signatarios', RU: 'Уровень 1: подписавшие', ZH: '第1层级：签署国', AR: 'الفئة 1: الدول الموقّعة' },
  TIER_2_READY_SOON: {
    EN: 'Tier 2: ready to join soon',
    FR: 'Niveau 2 : adhésion proche',
    ES: 'Nivel 2: adhesión próxima',
    RU: 'Уровень 2: скоро готовы присоединиться',
    ZH: '第2层级：即将加入',
    AR: 'الفئة 2: قريبة من الانضمام',
  },
  TIER_3_OTHER: { EN: 'Tier 3: the others', FR: 'Niveau 3 : les autres', ES: 'Nivel 3: los demás', RU: 'Уровень 3: остальные', ZH: '第3层级：其他', AR: 'الفئة 3: الدول الأخرى' },
};
