import type { Language } from '../gql/graphql';

/**
 * The API's codes for treaty actions, date precision, instruments, national process stages and
 * the kinds of activities, contacts and needs, in the six languages (EN, FR, ES, RU, ZH, AR).
 * A code the API adds later shows in English words until it is translated here.
 */
const CODES: Record<string, [string, string, string, string, string, string]> = {
  SIGNATURE: ['Signature', 'Signature', 'Firma', 'Подписание', '签署', 'التوقيع'],
  CONSENT: ['Consent to be bound', 'Consentement à être lié', 'Consentimiento en obligarse', 'Согласие на обязательность', '同意受约束', 'الموافقة على الالتزام'],
  ENTRY_INTO_FORCE: ['Entry into force', 'Entrée en vigueur', 'Entrada en vigor', 'Вступление в силу', '生效', 'بدء النفاذ'],
  DAY: ['Day', 'Jour', 'Día', 'День', '日', 'اليوم'],
  YEAR: ['Year', 'Année', 'Año', 'Год', '年', 'السنة'],
  UNKNOWN: ['Unknown', 'Inconnue', 'Desconocida', 'Неизвестна', '不详', 'غير معروفة'],
  ACCEPTANCE: ['Acceptance', 'Acceptation', 'Aceptación', 'Принятие', '接受', 'القبول'],
  ACCESSION: ['Accession', 'Adhésion', 'Adhesión', 'Присоединение', '加入', 'الانضمام'],
  APPROVAL: ['Approval', 'Approbation', 'Aprobación', 'Утверждение', '核准', 'الموافقة'],
  RATIFICATION: ['Ratification', 'Ratification', 'Ratificación', 'Ратификация', '批准', 'التصديق'],
  NOT_STARTED: ['Not started', 'Pas commencé', 'No iniciado', 'Не начат', '尚未开始', 'لم يبدأ'],
  UNDER_CONSIDERATION: ['Under consideration', 'À l’étude', 'En estudio', 'На рассмотрении', '正在审议', 'قيد النظر'],
  DOMESTIC_REVIEW: ['Domestic review', 'Examen national', 'Examen interno', 'Внутреннее рассмотрение', '国内审查', 'المراجعة الداخلية'],
  PARLIAMENTARY_APPROVAL: ['Parliamentary approval', 'Approbation parlementaire', 'Aprobación parlamentaria', 'Одобрение парламентом', '议会批准', 'موافقة البرلمان'],
  READY_TO_DEPOSIT: ['Ready to deposit', 'Prêt au dépôt', 'Listo para depositar', 'Готов к сдаче на хранение', '准备交存', 'جاهز للإيداع'],
  DEPOSITED: ['Deposited', 'Déposé', 'Depositado', 'Сдан на хранение', '已交存', 'أُودع'],
  ADVOCACY: ['Advocacy', 'Plaidoyer', 'Promoción', 'Пропаганда', '倡导', 'المناصرة'],
  REGIONAL_MEETING: ['Regional meeting', 'Réunion régionale', 'Reunión regional', 'Региональное совещание', '区域会议', 'اجتماع إقليمي'],
  TOOLKIT_TRANSLATION: ['Toolkit translation', 'Traduction de la boîte à outils', 'Traducción del conjunto de herramientas', 'Перевод набора материалов', '工具包翻译', 'ترجمة مجموعة الأدوات'],
  TRAINING: ['Training', 'Formation', 'Capacitación', 'Обучение', '培训', 'التدريب'],
  UNGA_RESOLUTION: ['UNGA resolution', 'Résolution de l’AGNU', 'Resolución de la AGNU', 'Резолюция ГА ООН', '联大决议', 'قرار الجمعية العامة'],
  WORKSHOP: ['Workshop', 'Atelier', 'Taller', 'Семинар', '讲习班', 'حلقة عمل'],
  OTHER: ['Other', 'Autre', 'Otro', 'Другое', '其他', 'أخرى'],
  BILATERAL_MEETING: ['Bilateral meeting', 'Réunion bilatérale', 'Reunión bilateral', 'Двусторонняя встреча', '双边会晤', 'اجتماع ثنائي'],
  CALL: ['Call', 'Appel', 'Llamada', 'Звонок', '通话', 'مكالمة'],
  LETTER: ['Letter', 'Lettre', 'Carta', 'Письмо', '信函', 'رسالة'],
  VISIT: ['Visit', 'Visite', 'Visita', 'Визит', '访问', 'زيارة'],
  WORKSHOP_SIDE_MEETING: ['Meeting on the side of a workshop', 'Réunion en marge d’un atelier', 'Reunión al margen de un taller', 'Встреча на полях семинара', '讲习班期间的会晤', 'اجتماع على هامش حلقة عمل'],
  INSTITUTIONAL: ['Institutional', 'Institutionnel', 'Institucional', 'Институциональная', '机构', 'مؤسسية'],
  LEGAL: ['Legal', 'Juridique', 'Jurídica', 'Правовая', '法律', 'قانونية'],
  OUTREACH: ['Outreach', 'Sensibilisation', 'Divulgación', 'Информационная работа', '外联', 'التوعية'],
  TECHNICAL: ['Technical', 'Technique', 'Técnica', 'Техническая', '技术', 'تقنية'],
  TRANSLATION: ['Translation', 'Traduction', 'Traducción', 'Перевод', '翻译', 'الترجمة'],
  OPEN: ['Open', 'Ouvert', 'Abierta', 'Открыта', '未满足', 'مفتوح'],
  MATCHED: ['Matched', 'Appariée', 'Emparejada', 'Подобрано предложение', '已匹配', 'تمت المطابقة'],
  MET: ['Met', 'Satisfaite', 'Atendida', 'Удовлетворена', '已满足', 'مُلبّى'],
  WITHDRAWN: ['Withdrawn', 'Retirée', 'Retirada', 'Отозвана', '已撤回', 'مسحوب'],
};
const ORDER: Language[] = ['EN', 'FR', 'ES', 'RU', 'ZH', 'AR'];

/** A code of the API in words of the language. */
export function codeLabel(code: string, lang: Language): string {
  const words = CODES[code];
  return words ? words[ORDER.indexOf(lang)]! : code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}
