import type { issues as fr } from '../fr/issues.ts';
import type { Translation } from '../types.ts';

export const issues: Translation<typeof fr> = {
  'issue.required': 'حقل إلزامي.',
  'issue.blank': 'لا يمكن أن يقتصر على مسافات أو أحرف غير مرئية.',
  'issue.tooLong': {
    one: '{length}/{limit} حرف: احذف حرفًا واحدًا.',
    two: '{length}/{limit} حرف: احذف حرفين.',
    few: '{length}/{limit} حرف: احذف {count} أحرف.',
    many: '{length}/{limit} حرف: احذف {count} حرفًا.',
    other: '{length}/{limit} حرف: احذف {count} حرف.',
  },
  'issue.tooMany': '{count}/{limit} {item}: هذا أكثر من المسموح.',
  'issue.tooFew': 'يلزم {limit} {item} على الأقل.',
  'issue.duplicate': '«{value}» مستخدَم أكثر من مرة؛ يجب أن تكون كل قيمة فريدة.',
  'issue.outOfRange': 'يجب أن تكون القيمة بين {min} و{max}.',
  'issue.notANumber': 'هذا ليس رقمًا (مثال: 33.5731).',
  'issue.invalidType': 'النوع المتوقَّع: {expected}.',
  'issue.invalidValue': 'القيمة المتوقَّعة: {expected}.',
  'issue.invalidValueGeneric': 'قيمة غير صالحة.',
  'issue.unknownKey': 'حقل لا تعرفه الواجهة البرمجية (API).',
  'issue.unknownType': 'نوع غير معروف؛ المتوقَّع: {expected}.',
  'issue.invalidJson': 'JSON غير صالح في السطر {line}، العمود {column}.',
  'issue.invalidEncoding': 'المحتوى تالف: ليس base64url بترميز UTF-8 صالحًا.',
  'issue.loneSurrogate': 'يحتوي على حرف تالف (نصف زوج بديل) لا يمكن إرساله.',
  'issue.edgeSpace': 'لا يمكن أن يبدأ المعرِّف أو ينتهي بمسافة.',
  'issue.duplicateTitle': 'العنوان «{value}» مستخدَم بالفعل في صف آخر: بعض المزوّدين يرفضون العناوين المكررة.',

  'issue.undocumentedFooter':
    'يعرض واتساب هذا التذييل، لكن وثائق Digishare لا تذكر «footer»: سيطلب زر الإرسال تأكيدك قبل إرساله.',
  'issue.server': 'رفضه الخادم: {message}',
  'issue.unfilled': 'لا توجد قيمة لـ{name} بعد.',
};
