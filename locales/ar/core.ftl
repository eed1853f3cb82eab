### Waymark: رسائل النواة. ترجمة بمساعدة الآلة؛ تحتاج إلى مراجعة من متحدث أصلي.

locale-name = العربية
i18n-text-missing = هذا النص غير متوفر بعد.

## أخطاء الخزنة

vault-error-not-found = لا توجد خزنة هنا.
vault-error-already-exists = توجد خزنة هنا بالفعل.
vault-error-locked = الخزنة مقفلة. افتحها أولاً برمز المرور.
vault-error-wrong-passcode = رمز المرور غير صحيح.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [zero] رمز المرور غير صحيح. لم تبقَ أي محاولة قبل مسح الخزنة.
        [one] رمز المرور غير صحيح. بقيت محاولة واحدة قبل مسح الخزنة.
        [two] رمز المرور غير صحيح. بقيت محاولتان قبل مسح الخزنة.
        [few] رمز المرور غير صحيح. بقيت { $remaining } محاولات قبل مسح الخزنة.
        [many] رمز المرور غير صحيح. بقيت { $remaining } محاولة قبل مسح الخزنة.
       *[other] رمز المرور غير صحيح. بقيت { $remaining } محاولة قبل مسح الخزنة.
    }
vault-error-invalid-passcode = يجب أن يكون طول رمز المرور من 1 إلى { $max } بايت.
vault-error-duress-same-as-passcode = يجب أن يكون رمز الطوارئ مختلفًا عن رمز المرور.
vault-error-header-corrupt = ملف مفتاح الخزنة تالف. لا يمكن فتح الخزنة.
vault-error-header-tampered = تم تغيير ملف مفتاح الخزنة. لا يمكن فتح الخزنة.
vault-error-unsupported-version = صُنعت هذه الخزنة بإصدار أحدث من التطبيق. حدّث التطبيق لفتحها.
vault-error-database-corrupt = بيانات الخزنة تالفة.
vault-error-schema-too-new = حُفظت هذه الخزنة بإصدار أحدث من التطبيق. حدّث التطبيق لفتحها.
vault-error-key-missing = مفتاح الأمان الخاص بهذه الخزنة لم يعد موجودًا في الهاتف. لا يمكن فتح الخزنة.
vault-error-key-unwrap-failed = لم يتمكن مفتاح الأمان في الهاتف من فتح الخزنة.
vault-error-key-store-unavailable = مخزن المفاتيح الآمن في الهاتف غير جاهز. حاول مرة أخرى.
vault-error-io = لم يتمكن الهاتف من قراءة ملفات الخزنة أو حفظها. تأكد من وجود مساحة فارغة وحاول مرة أخرى.
vault-error-database = حدث خطأ داخل الخزنة (الرمز { $code }).
vault-error-invalid-setting = هذا الإعداد غير صالح.

## أخطاء المذكرات

journal-error-not-found = لا توجد ملاحظة بهذا الرقم.
journal-error-empty = الملاحظة فارغة. اكتب شيئًا أولاً.
journal-error-too-long = الملاحظة طويلة جدًا. الحد الأقصى هو { $max } بايت.

## أخطاء حزم المحتوى

pack-error-manifest-missing = لا يوجد في الحزمة ملف manifest.json.
pack-error-manifest-invalid = الملف manifest.json غير صالح. التفاصيل: { $reason }.
pack-error-signature-missing = لا يوجد في الحزمة ملف manifest.sig.
pack-error-signature-invalid = التوقيع غير مطابق. تم تغيير الحزمة، أو وقّعها مفتاح آخر.
pack-error-unknown-publisher = الحزمة موقّعة من الناشر { $key_id }. هذا الناشر غير موثوق هنا.
pack-error-invalid-public-key = هذا ليس مفتاحًا عامًا صالحًا. يجب أن يتكون من 64 حرفًا ست عشريًا (Ed25519).
pack-error-development-key = مفتاح التطوير يوقّع الحزمة المدمجة في التطبيق فقط. لا يمكن الوثوق به لحزم أخرى.
pack-error-invalid-private-key = هذا ليس مفتاحًا خاصًا صالحًا. يلزم ملف مفتاح Ed25519 بصيغة PKCS#8.
pack-error-hash-mismatch = { $file }: المحتوى لا يطابق ملف البيان.
pack-error-size-mismatch = { $file }: الحجم لا يطابق ملف البيان.
pack-error-missing-file = { $file }: مذكور في ملف البيان، لكنه غير موجود في الحزمة.
pack-error-extra-file = { $file }: موجود في الحزمة، لكنه غير مذكور في ملف البيان.
pack-error-unsafe-path = { $file }: اسم الملف هذا غير مسموح. التفاصيل: { $reason }.
pack-error-duplicate-path = { $file }: هذا الملف موجود أكثر من مرة.
pack-error-file-too-large = { $file }: الملف كبير جدًا. الحد بالبايت: { $max }.
pack-error-pack-too-large = الحزمة كبيرة جدًا. الحد بالبايت: { $max }.
pack-error-too-many-files = في الحزمة ملفات كثيرة جدًا. الحد الأقصى: { $max }.
pack-error-rollback = الإصدار { $offered } من الحزمة { $pack_id } ليس أحدث من الإصدار المثبت { $installed }.
pack-error-publisher-mismatch = الحزمة { $pack_id } مثبتة بالفعل من ناشر آخر.
pack-error-reserved-pack-id = معرّف الحزمة { $pack_id } محجوز للحزمة المدمجة في التطبيق.
pack-error-invalid-content = { $file }: المحتوى غير صالح. التفاصيل: { $reason }.
pack-error-io = تعذرت قراءة الملفات أو حفظها ({ $reason }). تحقق من المجلد ومن وجود مساحة فارغة، ثم حاول مرة أخرى.

## كلمات الإجابة في كل الاستبيانات

answer-yes = نعم
answer-no = لا
answer-not-sure = لا أعرف
answer-prefer-not-to-say = أفضّل عدم الإجابة
answer-acknowledge = أفهم
