import type { app as fr } from '../fr/app.ts';
import type { Translation } from '../types.ts';

export const app: Translation<typeof fr> = {
  'app.title': 'Digishare Composer',
  'app.tagline': 'إنشاء رسائل Digishare ومعاينتها وإرسالها',
  'app.editor': 'المحرِّر',
  'app.phone': 'المعاينة',
  'app.send': 'الإرسال',
  'app.language': 'اللغة',
  'app.language.fr': 'Français',
  'app.language.en': 'English',
  'app.language.ar': 'العربية',
  'app.theme.dark': 'المظهر الداكن للهاتف',
  'app.copy': 'نسخ',
  'app.copied': 'تم النسخ',
  'app.copyFailed': 'تعذّر النسخ: النص محدَّد أدناه، انسخه يدويًا (Ctrl+C).',
  'app.close': 'إغلاق',
  'app.error.title': 'حدث خطأ غير متوقَّع',
  'app.error.body': 'ما كتبته محفوظ. أعد تحميل الصفحة للمتابعة.',
  'app.error.reload': 'إعادة التحميل',
  'app.tabs.label': 'العرض',
  'app.tabs.edit': 'التحرير',
  'app.tabs.preview': 'المعاينة',
};
