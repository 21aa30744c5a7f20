import type { preview as fr } from '../fr/preview.ts';
import type { Translation } from '../types.ts';

export const preview: Translation<typeof fr> = {
  'preview.phone': 'معاينة الهاتف',
  'preview.darkTheme': 'المظهر الداكن',
  'preview.online': 'متصل الآن',
  'preview.composerPlaceholder': 'رسالة',
  'preview.empty': 'ستظهر رسالتك هنا',
  'preview.readMore': 'قراءة المزيد',
  'preview.read': 'مقروءة',
  'preview.list.open': 'فتح القائمة',
  'preview.sheet.close': 'إغلاق',
  'preview.sheet.send': 'إرسال الاختيار',
  'preview.locationRequest.send': 'إرسال الموقع',
  'preview.location.map': 'الخريطة: {latitude}، {longitude}',
  'preview.location.invalid': 'الإحداثيات ناقصة أو غير صالحة',
  'preview.reply.currentLocation': 'الموقع الحالي',
  'preview.webhook.title': 'حمولة الـwebhook',
  'preview.webhook.description':
    'ما يرسله Digishare إلى الـwebhook الخاص بك (live_chat.new_message) عندما يردّ العميل.',
  'preview.webhook.hint': 'المس زر رد أو صفًّا في القائمة أو «إرسال الموقع» في الهاتف لمحاكاة ردّ العميل.',
  'preview.webhook.copy': 'نسخ الحمولة',
  'preview.webhook.reset': 'إعادة ضبط المحاكاة',
  'preview.webhook.replies': {
    zero: 'لا توجد ردود محاكاة',
    one: 'ردّ واحد بالمحاكاة',
    two: 'ردّان بالمحاكاة',
    few: '{count} ردود بالمحاكاة',
    many: '{count} ردًّا بالمحاكاة',
    other: '{count} ردّ بالمحاكاة',
  },
};
