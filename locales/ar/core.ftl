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
