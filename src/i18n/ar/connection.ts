import type { connection as fr } from '../fr/connection.ts';
import type { Translation } from '../types.ts';

export const connection: Translation<typeof fr> = {
  'connection.title': 'الاتصال',

  'connection.target.label': 'وجهة الواجهة البرمجية (API)',
  'connection.target.sandbox': 'بيئة الاختبار',
  'connection.target.digishare': 'Digishare',
  'connection.target.custom': 'مخصَّصة',
  'connection.scenario.label': 'السيناريو',
  'connection.scenario.hint': 'تستجيب بيئة الاختبار وفق ما يطلبه هذا السيناريو (للاختبارات).',
  'connection.scenario.ok': 'عادي (201)',
  'connection.scenario.unauthorized': 'رمز مرفوض (401)',
  'connection.scenario.forbidden': 'ممنوع (403)',
  'connection.scenario.notFound': 'غير موجود (404)',
  'connection.scenario.rateLimited': 'طلبات كثيرة جدًا (429)',
  'connection.scenario.serverError': 'خطأ في الخادم (500)',
  'connection.scenario.htmlError': 'خطأ في الخادم بصيغة HTML (500)',
  'connection.scenario.slow': 'بطيء (يصل الرد بعد بضع ثوانٍ)',
  'connection.baseUrl.label': 'عنوان URL الأساسي',
  'connection.baseUrl.hint': 'يُستدعى مباشرة من المتصفح: يجب أن يسمح الخادم بـCORS.',
  'connection.baseUrl.error.empty': 'أدخل عنوان URL الأساسي، مثل https://api.example.com.',
  'connection.baseUrl.error.invalid': 'هذا ليس عنوان URL كاملًا، مثل https://api.example.com.',
  'connection.baseUrl.error.protocol': 'يجب أن يبدأ العنوان بـhttp://‎ أو https://‎.',
  'connection.baseUrl.error.credentials': 'احذف اسم المستخدم وكلمة المرور من العنوان.',
  'connection.baseUrl.error.queryOrHash':
    'احذف الجزء الذي يلي «?» أو «#»: ينتهي عنوان URL الأساسي عند المسار.',

  'connection.token.label': 'رمز API',
  'connection.token.show': 'إظهار الرمز',
  'connection.token.hide': 'إخفاء الرمز',
  'connection.token.remember': 'تذكُّر الرمز في علامة التبويب هذه',
  'connection.token.rememberHint':
    'دون تحديد، يبقى الرمز في الذاكرة ويختفي عند إعادة التحميل. مع التحديد، يُحفظ في تخزين الجلسة لعلامة التبويب هذه حتى إغلاقها؛ ولا يُحفظ في أي مكان آخر.',
  'connection.token.forget': 'نسيان الرمز',
  'connection.token.serverHeld': 'رمز يحتفظ به الخادم ({who})',
  'connection.token.serverHeldHint':
    'يضيف هذا الخادم بنفسه بيانات اعتماد Digishare الخاصة بالشركة إلى كل طلب؛ ولا تصل أبدًا إلى متصفحك.',
  'connection.destination.sandbox': 'لا يُرسَل الرمز إلا إلى {url}، بيئة الاختبار المدمجة في هذا التطبيق.',
  'connection.destination.digishare': 'لا يُرسَل الرمز إلا إلى {url}، الذي يمرّره إلى {upstream} (Digishare).',
  'connection.destination.custom': 'لا يُرسَل الرمز إلا إلى {url}.',
  'connection.destination.customPending':
    'لن يُرسَل الرمز إلا إلى عنوان URL الأساسي المُدخل أعلاه، بعد أن يصبح صالحًا.',
  'connection.test.button': 'اختبار الرمز',
  'connection.test.checking': 'جارٍ التحقق من الرمز…',
  'connection.test.ok': 'الرمز مقبول: {who}.',
  'connection.test.okAnonymous': 'الرمز مقبول.',

  'connection.conversation.label': 'معرِّف المحادثة',
  'connection.conversation.hint': 'المحادثة التي تستقبل الرسالة (إلزامي).',
  'connection.conversation.hintRecent':
    'المحادثة التي تستقبل الرسالة (إلزامي). تُقترح عليك آخر المعرِّفات المستخدَمة.',

  'connection.send.button': 'إرسال',
  'connection.send.shortcut': 'Ctrl+Enter',
  'connection.send.sending': 'جارٍ الإرسال…',
  'connection.send.blocked.message': 'صحّح الرسالة أولًا.',
  'connection.send.blocked.token': 'أدخل رمز API.',
  'connection.send.blocked.baseUrl': 'أدخل عنوان URL أساسيًا صالحًا.',
  'connection.send.blocked.conversationId': 'أدخل معرِّف المحادثة.',
  'connection.send.result': 'نتيجة الإرسال',
  'connection.send.sent': 'أُرسلت: الرسالة {id} · HTTP {status} · {ms} ms',
  'connection.send.sentNoId': 'أُرسلت · HTTP {status} · {ms} ms',
  'connection.send.responseBody': 'رد الخادم',
  'connection.send.formKept': 'لم تتغيّر رسالتك: صحّحها وأعد إرسالها متى شئت.',
  'connection.send.formKeptUnknown':
    'لم تتغيّر رسالتك. النتيجة غير معروفة: تحقّق من المحادثة قبل إعادة الإرسال.',
  'connection.send.resendBlocked': 'تتعذّر إعادة الإرسال: {reasons}',

  'connection.error.validation.send': 'رفض الخادم الرسالة (HTTP {status}).',
  'connection.error.validation.profile': 'رفض الخادم الطلب (HTTP {status}).',
  'connection.error.validation.local': 'تعذّر بناء الطلب: يحتوي الرمز على أحرف لا يمكن أن تحملها ترويسة HTTP.',
  'connection.error.unauthorized': 'رمز مرفوض (HTTP 401): تحقّق من رمز API.',
  'connection.error.forbidden.send': 'لا يملك هذا الرمز صلاحية الإرسال إلى هذه المحادثة (HTTP 403).',
  'connection.error.forbidden.profile': 'لا يملك هذا الرمز صلاحية قراءة هذا الملف الشخصي (HTTP 403).',
  'connection.error.notFound.send': 'غير موجود (HTTP 404): تحقّق من معرِّف المحادثة ووجهة الواجهة البرمجية.',
  'connection.error.notFound.profile': 'غير موجود (HTTP 404): تحقّق من وجهة الواجهة البرمجية.',
  'connection.error.tooLarge': 'الرسالة أكبر مما يقبله الخادم (HTTP 413): اختصرها.',
  'connection.error.rateLimited': 'طلبات كثيرة جدًا (HTTP 429). انتظر قليلًا قبل إعادة المحاولة.',
  'connection.error.rateLimited.retryAfter': 'طلبات كثيرة جدًا (HTTP 429). أعد المحاولة بعد {seconds} ث.',
  'connection.error.server': 'أخفق الخادم (HTTP {status}). أعد المحاولة لاحقًا.',
  'connection.error.http': 'ردّ الخادم بـHTTP {status}.',
  'connection.error.network': 'تعذّر الوصول إلى الخادم: تحقّق من اتصالك ومن وجهة الواجهة البرمجية.',
  'connection.error.network.cors':
    'إذا كان {origin} يعمل، فربما يرفض الطلبات القادمة من هذه الصفحة (CORS): يجب أن يسمح بالمصدر {pageOrigin} وبالترويستين Authorization وContent-Type.',
  'connection.error.network.mixedContent': 'لا يمكن لصفحة https استدعاء عنوان http: استخدم https.',
  'connection.error.timeout.send':
    'لم يصل رد في الوقت المحدد: النتيجة غير معروفة. ربما أُرسلت الرسالة؛ تحقّق من المحادثة قبل إعادة إرسالها.',
  'connection.error.timeout.profile': 'لم يصل رد في الوقت المحدد. أعد المحاولة.',
  'connection.error.timeout.status': 'توقّف وسيط عن الانتظار (HTTP {status}).',
  'connection.error.aborted': 'أُلغي الطلب.',
  'connection.error.serverSays': 'رسالة الخادم: {message}',
  'connection.error.htmlBody': 'ردّ الخادم بصفحة HTML بدلًا من JSON.',
  'connection.error.fieldErrors': {
    one: 'رفض الخادم حقلًا واحدًا:',
    two: 'رفض الخادم حقلين:',
    few: 'رفض الخادم {count} حقول:',
    many: 'رفض الخادم {count} حقلًا:',
    other: 'رفض الخادم {count} حقل:',
  },
  'connection.error.rateLimited.noDelay':
    'طلبات كثيرة جدًا (HTTP 429). لم يحدّد الخادم مدة الانتظار: انتظر دقيقة قبل إعادة المحاولة.',
  'connection.error.rateLimited.corsHint':
    'يجب على الخادم ذي المصدر المختلف أن يُدرج Retry-After في Access-Control-Expose-Headers لكي تتمكن الصفحة من قراءة مدة الانتظار.',
  'connection.error.redirect':
    'أعاد الخادم توجيه الطلب (HTTP {status}) إلى {location}: تحقّق من عنوان URL الأساسي.',
  'connection.error.redirect.noLocation':
    'أعاد الخادم توجيه الطلب (HTTP {status}) دون تحديد الوجهة: تحقّق من عنوان URL الأساسي.',
  'connection.error.redirect.hidden':
    'ردّ الخادم بإعادة توجيه يُخفي المتصفح وجهتها: تحقّق من عنوان URL الأساسي (https، والشرطة المائلة في آخره).',
  'connection.error.redirect.notResent': 'لم تُتَّبع إعادة التوجيه: لم يُعَد إرسال أي شيء.',
  'connection.error.upstreamUnreachable.send':
    'تعذّر على الخادم الوسيط الوصول إلى Digishare: لم تُرسَل الرسالة. أعد المحاولة لاحقًا.',
  'connection.error.upstreamUnreachable.profile':
    'تعذّر على الخادم الوسيط الوصول إلى Digishare. أعد المحاولة لاحقًا.',
  'connection.error.unexpectedResponse':
    'ردّ الخادم بـHTTP {status}، لكن الرد ليس من الواجهة البرمجية (لا يوجد معرِّف رسالة): النتيجة غير معروفة. تحقّق من المحادثة قبل إعادة الإرسال.',
  'connection.error.unexpectedResponse.empty': 'كان الرد فارغًا.',
  'connection.error.unexpectedResponse.html': 'ردّت صفحة HTML: {excerpt}',
  'connection.error.unexpectedResponse.body': 'الرد المستلَم: {excerpt}',
  'connection.error.unexpected': 'خطأ غير متوقَّع.',

  'connection.inspector.title': 'الطلب',
  'connection.inspector.reveal': 'كشف الرمز',
  'connection.inspector.hiddenHint': 'يظهر الرمز بصيغة {placeholder}، بما في ذلك ما تنسخه.',
  'connection.inspector.revealedHint': 'الرمز ظاهر وسيُنسخ: لا تشاركه.',
  'connection.inspector.tab.json': 'متن JSON',
  'connection.inspector.tab.curl': 'cURL',
  'connection.inspector.tab.fetch': 'fetch',
  'connection.inspector.copy.json': 'نسخ JSON',
  'connection.inspector.copy.curl': 'نسخ أمر cURL',
  'connection.inspector.copy.fetch': 'نسخ شيفرة fetch',

  'connection.thread.count': {
    zero: 'لا توجد رسائل في المحادثة',
    one: 'رسالة واحدة في المحادثة',
    two: 'رسالتان في المحادثة',
    few: '{count} رسائل في المحادثة',
    many: '{count} رسالةً في المحادثة',
    other: '{count} رسالة في المحادثة',
  },
  'connection.thread.clear': 'مسح المحادثة',
  'connection.help': 'مساعدة',
  'connection.fold.change': 'تغيير',
  'connection.fold.done': 'تم',
  'connection.summary.noConversation': 'لا توجد محادثة',
  'connection.summary.noToken': 'لا يوجد رمز',
  'connection.summary.tokenServer': 'رمز يحتفظ به الخادم',
  'connection.summary.tokenSet': 'تم إدخال الرمز',
  'connection.send.resting':
    'أُرسلت للتو: لإعادة الإرسال، غيّر الرسالة أو المحادثة أو الوجهة، أو انتظر بضع ثوانٍ.',
  'connection.send.clearAfterSend': 'التفريغ بعد الإرسال',
  'connection.send.sameAgain':
    'أُرسلت هذه الرسالة نفسها إلى {conversation} قبل {seconds} ث. هل تريد إرسالها مرة أخرى؟',
  'connection.send.sameAgainConfirm': 'إعادة الإرسال',
  'connection.send.sameAgainCancel': 'إلغاء',
  'connection.send.footerConfirm':
    'تحتوي هذه الرسالة على تذييل. يعرضه واتساب، لكن وثائق Digishare لا تذكر «footer»: قد ترفضه الواجهة البرمجية أو تتجاهله. أرسلها على أي حال، أو أزل التذييل من المحرر.',
  'connection.send.footerConfirmSend': 'الإرسال مع التذييل على أي حال',
};
