### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = حدث خطأ داخل التطبيق. لم يضع شيء مما حفظته. يرجى المحاولة مرة أخرى.
ffi-network-facts-unavailable = لا يستطيع التطبيق فحص الشبكة الآن، لذلك لم يُرسل أي شيء.
ffi-questionnaire-invalid = في هذا الاستبيان أخطاء ولا يمكن استخدامه.
ffi-questionnaire-required = يرجى الإجابة عن هذا السؤال للمتابعة.
ffi-questionnaire-not-accepted = هذه الإجابة لا تناسب هذا السؤال.
ffi-questionnaire-too-long = هذه الإجابة طويلة جدًا.
ffi-questionnaire-not-available = هذا السؤال غير متاح الآن.
ffi-questionnaire-closed = انتهى هذا الاستبيان. لا يمكن إضافة إجابات أخرى.
ffi-questionnaire-draft-not-found = هذه المسودة أو هذا التقرير لم يعد موجودًا.
ffi-questionnaire-draft-mismatch = بدأت هذه المسودة بنسخة أخرى من الاستبيان.
ffi-questionnaire-draft-damaged = هذه المسودة المحفوظة تالفة ولا يمكن فتحها.
