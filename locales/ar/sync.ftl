### إرسال البلاغات إلى منظمة: صندوق الصادر، قواعد الإرسال، الردود. ترجمة آلية؛ تحتاج إلى مراجعة.

## لماذا لا يُرسل شيء الآن

sync-held-waiting-for-user = في انتظار أن تضغط على إرسال.
sync-held-no-network = في انتظار اتصال.
sync-held-captive-portal = هذه الشبكة تطلب تسجيل الدخول أولًا. في الانتظار.
sync-held-not-validated = في انتظار اتصال إنترنت يعمل.
sync-held-transport = في انتظار نوع اتصال سمحت به.
sync-held-metered = في انتظار اتصال لا يُدفع حسب كمية البيانات.
sync-held-roaming = لا إرسال أثناء التجوال.
sync-held-vpn = في انتظار شبكتك الافتراضية الخاصة (VPN).
sync-held-untrusted-network = في انتظار شبكة تثق بها.
sync-held-time-window = في انتظار وقت من اليوم سمحت به.
sync-held-not-charging = في انتظار شحن الهاتف.

## لماذا فشل الإرسال (يُحفظ البلاغ ويُعاد إرساله)

sync-failure-connect = تعذّر الوصول إلى خادم المنظمة.
sync-failure-timeout = تأخر خادم المنظمة كثيرًا في الرد.
sync-failure-tls = تعذّر التحقق من الاتصال الآمن.
sync-failure-pin-mismatch = مفتاح أمان الخادم ليس مفتاح المنظمة. لم يُرسل شيء.
sync-failure-interrupted = انقطع الاتصال.
sync-failure-server-error = حدثت مشكلة في خادم المنظمة.
sync-failure-rate-limited = خادم المنظمة مشغول. ستتم المحاولة لاحقًا.
sync-failure-too-large = البلاغ كبير جدًا بالنسبة لهذه المنظمة.
sync-failure-refused = رفض خادم المنظمة البلاغ.
sync-failure-malformed = أعطى خادم المنظمة ردًا غير مفهوم.
sync-failure-no-endpoint = لا يمكن الوصول إلى هذه المنظمة بالإعدادات الحالية.
sync-failure-setup = تعذّر تجهيز الاتصال. تحقق من إعدادات الوكيل (proxy).
sync-failure-bad-receipt = تعذّر التحقق من إيصال الخادم، لذلك يبقى البلاغ محفوظًا.

## الأخطاء

sync-error-unknown-ngo = هذه المنظمة ليست في قائمتك.
sync-error-no-directory = لم تُنزَّل بيانات هذه المنظمة بعد.
sync-error-directory-expired = بيانات هذه المنظمة قديمة. حدّثها أولًا.
sync-error-invalid-key = هذا ليس مفتاح منظمة صالحًا.
sync-error-unknown-report = لا يوجد بلاغ كهذا في صندوق الصادر.
sync-error-nothing-to-send = لا يوجد ما يُرسل.
sync-error-already-queued = هذا موجود بالفعل في صندوق الصادر.
sync-error-too-large = البلاغ كبير جدًا لإرساله.
sync-error-seal = تعذّر ختم البلاغ.
sync-error-signature = توقيع المنظمة غير صالح.
sync-error-directory-rollback = بيانات المنظمة هذه أقدم من الموجودة على هذا الهاتف، لذلك لم تُستخدم.
sync-error-bad-answer = أعطى خادم المنظمة ردًا غير مفهوم.
sync-error-damaged = بيانات الإرسال المحفوظة تالفة.
sync-error-invalid-setting = هذا الإعداد غير مسموح: { $setting }.

## waymark ngo

cli-ngo-added = أنت الآن تثق بـ { $name } (المفتاح { $key_id }). البلاغات إليها مختومة بحيث لا يقرؤها غيرها.
cli-ngo-refreshed = بيانات { $name } محدّثة.
cli-ngo-none = لا تثق بأي منظمة بعد.
cli-ngo-line-ready = { $key_id }  { $name }  (البيانات صالحة حتى { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (لم تُنزَّل البيانات بعد)

## waymark outbox

cli-outbox-queued =
    خُتم ووُضع في صندوق الصادر: { $id }.
    رمز الإيصال (يطلب به هذا الهاتف الردود؛ ولا يقرؤها إلا هذا الهاتف): { $code }
    الرمز نفسه بالأرقام: { $digits }
cli-outbox-fingerprint = بصمة البلاغ (يرى موظف المنظمة البصمة نفسها على بلاغك؛ اقرأها له بدلًا من الرمز): { $fingerprint }
cli-outbox-empty = صندوق الصادر فارغ.
cli-outbox-kind-questionnaire = استبيان
cli-outbox-kind-journal = ملاحظات اليوميات
cli-outbox-kind-assistant = المساعد
cli-outbox-kind-text = نص
cli-outbox-line-queued = { $id }  { $kind }  في الانتظار (المحاولات: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  تم التسليم ({ $day })
cli-outbox-last-problem = آخر مشكلة: { $reason }
cli-outbox-status = في الانتظار: { $queued }. تم التسليم: { $sent }.
cli-outbox-policy-allows = قواعدك تسمح بالإرسال الآن.
cli-sync-held = لا إرسال الآن. { $reason }
cli-sync-delayed = سيُرسل قريبًا، في لحظة عشوائية.
cli-sync-idle = لا يوجد ما يُرسل.
cli-sync-ran = تم التسليم: { $sent }. فشل: { $failed }. ما زال في الانتظار: { $queued }. ردود جديدة: { $replies }.

## waymark policy

cli-yes = نعم
cli-no = لا
cli-policy-any-time = في أي وقت
cli-policy-no-proxy = لا يوجد
cli-policy-bad-window = اكتب الأوقات بالشكل HH:MM-HH:MM، مثلًا 22:00-06:00.
cli-policy-saved = حُفظت قواعدك.
cli-policy-show =
    فقط عندما أضغط إرسال: { $manual }
    Wi-Fi: { $wifi }. بيانات الجوال: { $cellular }. شبكات تُدفع حسب البيانات: { $metered }. التجوال: { $roaming }.
    يلزم VPN: { $vpn }. الشبكات الموثوقة فقط: { $trusted } (المحفوظة: { $trusted_count }).
    الأوقات: { $windows }. أثناء الشحن فقط: { $charging }.
    انتظار عشوائي قبل الإرسال، بالثواني: من { $delay_min } إلى { $delay_max }. إرسال وهمي: { $dummy }.
    وكيل Tor أو SOCKS: { $proxy }

## waymark replies

cli-replies-none = لا توجد ردود بعد.
cli-replies-line = رد بتاريخ { $day } على البلاغ { $id }:
