### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = عبارة مرور ملف مفاتيح المنظمة:
inbox-prompt-again = اكتبها مرة أخرى:
inbox-keygen-done =
    تم إنشاء المفاتيح.
    المفاتيح الخاصة (مشفّرة؛ احفظها على حاسوب المنظمة واحتفظ بنسخة): { $keys }
    إعدادات الخادم (انسخها إلى الخادم): { $config }
    المفاتيح العامة (للهواتف): { $public }
    معرّف مفتاح الدليل: { $keyid }
inbox-directory-signed = تم توقيع مدخل الدليل، صالح حتى { $expires }: { $file }
inbox-pull-done = بلاغات جديدة تم تنزيلها: { $new }. بلاغات مفتوحة في المخزن المحلي: { $total }.
inbox-pull-unopened = أظرف لم يستطع هذا المفتاح فتحها (محفوظة دون تغيير): { $count }.
inbox-reply-sent = تم ختم الرد وإرساله. لا يستطيع قراءته إلا هاتف صاحب البلاغ.
inbox-serve-listening = صندوق الوارد يستمع على { $address }. أوقفه بـ Ctrl-C.
inbox-serve-stopped = توقف صندوق الوارد.
inbox-desk-listening = المكتب مفتوح على { $url } على هذا الحاسوب فقط. افتحه في متصفحك وسجّل الدخول بعبارة مرور ملف المفاتيح. أوقفه بـ Ctrl-C.
inbox-serve-created = تم إنشاء صندوق تجريبي في { $dir }. ترسل الهواتف إلى { $url }.
inbox-error-config = إعدادات صندوق الوارد غير صالحة: { $setting }.
inbox-error-file = تعذّرت قراءة ملف أو كتابته ({ $file }).
inbox-error-already-exists = توجد مفاتيح في هذا المجلد. لم يُستبدل شيء.
inbox-error-wrong-passphrase = عبارة المرور خاطئة، أو تم تغيير ملف المفاتيح.
inbox-error-weak-passphrase = عبارة المرور قصيرة جدًا. استخدم 10 أحرف على الأقل؛ الأفضل بضع كلمات عشوائية.
inbox-error-key-file = هذا ليس ملف مفاتيح منظمة من Waymark، أو أنه تالف.
inbox-error-schema-too-new = أنشأ قاعدة البيانات إصدار أحدث من صندوق الوارد. حدّث هذا البرنامج.
inbox-error-storage = لا يمكن استخدام قاعدة البيانات الآن.
inbox-error-unreachable = تعذّر الوصول إلى خادم صندوق الوارد.
inbox-error-refused = رفض خادم صندوق الوارد الطلب ({ $status }، { $code }).
inbox-error-bad-response = رد خادم صندوق الوارد غير صالح.
inbox-error-unknown-report = لم يُنزَّل بعد أي بلاغ بهذا المعرّف. شغّل pull أولًا.
inbox-error-reply-text = الرد فارغ أو طويل جدًا.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = الرد طويل جدًا: يتسع الرد الواحد لـ { $max } بايت على الأكثر. أرسله في عدة ردود أقصر.
inbox-error-argument = هذه القيمة غير صالحة: { $option }.
inbox-error-no-terminal = لا توجد طرفية لطلب عبارة المرور. اضبط WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = عبارتا المرور مختلفتان. لم يتغير شيء.
inbox-error-not-loopback = الأمر waymark inbox serve يستمع على هذا الحاسوب فقط (127.0.0.1). لخادم حقيقي استخدم waymark-inbox serve.
