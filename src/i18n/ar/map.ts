import type { map as fr } from '../fr/map.ts';
import type { Translation } from '../types.ts';

export const map: Translation<typeof fr> = {
  'map.region': 'الخريطة',
  'map.loading': 'جارٍ تحميل الخريطة…',
  'map.loadFailed': 'تعذّر تحميل الخريطة (هل أنت غير متصل؟). تبقى حقول الإحداثيات قابلة للاستخدام.',
  'map.pin': 'الدبوس',
  'map.hint':
    'انقر على الخريطة لوضع الدبوس، واسحبه لضبط مكانه. بلوحة المفاتيح: الأسهم تحرّك الخريطة، و+ و− للتكبير والتصغير، ثم «وضع الدبوس في وسط الخريطة».',
  'map.placeAtCentre': 'وضع الدبوس في وسط الخريطة',
  'map.pinPlaced': 'وُضع الدبوس عند {latitude}، {longitude}.',

  'map.paste.label': 'لصق الإحداثيات',
  'map.paste.placeholder': '33.5731, -7.5898 أو رابط خريطة',
  'map.paste.hint':
    'درجات عشرية، أو درجات ودقائق وثوانٍ (\u206633°34′23″N 7°35′23″W\u2069)، أو رابط OpenStreetMap / Google Maps.',
  'map.paste.unrecognized':
    'صيغة غير معروفة. جرّب «\u206633.5731, -7.5898\u2069» أو «\u206633°34′23″N 7°35′23″W\u2069» أو رابط OpenStreetMap / Google Maps.',
  'map.paste.outOfRange': 'الإحداثيات خارج النطاق: خط العرض من −90 إلى 90، وخط الطول من −180 إلى 180.',

  'map.search.label': 'البحث عن عنوان',
  'map.search.placeholder': 'Twin Center, Casablanca',
  'map.search.hint':
    'يبدأ البحث بعد ثانية من آخر ضغطة مفتاح، أو فورًا بمفتاح Enter. استخدم الأسهم للتنقل بين النتائج.',
  'map.search.results': 'العناوين التي عُثر عليها',
  'map.search.searching': 'جارٍ البحث عن «{query}»…',
  'map.search.count': {
    one: 'عُثر على عنوان واحد.',
    two: 'عُثر على عنوانين.',
    few: 'عُثر على {count} عناوين.',
    many: 'عُثر على {count} عنوانًا.',
    other: 'عُثر على {count} عنوان.',
  },
  'map.search.none': 'لم يُعثر على أي عنوان لـ«{query}».',
  'map.search.tooShort': {
    one: 'اكتب حرفًا واحدًا على الأقل.',
    two: 'اكتب حرفين على الأقل.',
    few: 'اكتب {count} أحرف على الأقل.',
    many: 'اكتب {count} حرفًا على الأقل.',
    other: 'اكتب {count} حرف على الأقل.',
  },

  'map.geocoder.offline':
    'خدمة العناوين غير متاحة (لا اتصال أو محجوبة). تبقى الخريطة والحقول قابلة للاستخدام.',
  'map.geocoder.rateLimited': 'تطلب خدمة العناوين الانتظار. أعد المحاولة بعد بضع ثوانٍ.',
  'map.geocoder.failed': 'ردّت خدمة العناوين بخطأ. تبقى الخريطة والحقول قابلة للاستخدام.',

  'map.fill.fromPin': 'ملء الاسم والعنوان من موضع الدبوس',
  'map.fill.pending': 'جارٍ البحث عن عنوان موضع الدبوس…',
  'map.fill.noPin': 'ضع الدبوس أولًا.',
  'map.fill.nothing': 'لا يوجد عنوان معروف في هذا الموضع.',
  'map.fill.done': 'مُلئ الاسم والعنوان من موضع الدبوس.',
  'map.fill.unchanged': 'الاسم والعنوان يطابقان موضع الدبوس بالفعل.',
  'map.fill.offerTitle': 'استخدام هذا المكان للاسم والعنوان؟',
  'map.fill.replaceTitle': 'استبدال ما كتبته؟',
  'map.fill.field.name': 'الاسم',
  'map.fill.field.address': 'العنوان',
  'map.fill.replaces': 'يحلّ محلّ «{current}»',
  'map.fill.confirm': 'ملء الاسم والعنوان',
  'map.fill.replace': 'استبدال',
  'map.fill.keep': 'الإبقاء على نصي',
  'map.fill.dismiss': 'لا، شكرًا',
  'map.fill.applied': 'مُلئ الاسم والعنوان.',

  'map.locate.button': 'استخدام موقعي',
  'map.locate.pending': 'جارٍ تحديد الموقع…',
  'map.locate.found': 'تم العثور على الموقع (بدقة {accuracy} م).',
  'map.locate.denied':
    'لا يملك المتصفح إذنًا بمعرفة موقعك. اسمح بذلك في إعدادات الموقع الإلكتروني، أو ضع الدبوس يدويًا.',
  'map.locate.unavailable': 'موقعك غير متاح حاليًا (خدمة تحديد الموقع متوقفة أو لا توجد إشارة).',
  'map.locate.timeout': 'لم يصل موقعك في الوقت المحدد. أعد المحاولة.',
  'map.locate.unsupported': 'لا يستطيع هذا المتصفح تحديد موقعك هنا (يجب تقديم الصفحة عبر HTTPS).',

  'map.thumbnail.label': 'الخريطة: الدبوس عند {latitude}، {longitude}',
};
