### تطبيق الطرفية waymark. ترجمة بمساعدة الآلة؛ تحتاج إلى مراجعة من متحدث أصلي.

## رموز المرور

cli-prompt-passcode = رمز المرور:
cli-prompt-new-passcode = رمز المرور الجديد:
cli-prompt-duress-passcode = رمز الطوارئ:
cli-prompt-again = اكتبه مرة أخرى:
cli-passcode-mismatch = الرمزان مختلفان. لم يتغير شيء.
cli-no-terminal = لا توجد طرفية لطلب رمز المرور. عيّن WAYMARK_PASSCODE (و WAYMARK_NEW_PASSCODE أو WAYMARK_DURESS_PASSCODE عند الطلب).

## waymark vault

cli-vault-created = تم إنشاء الخزنة. هي مقفلة. رمز مرورك وحده يفتحها.
cli-vault-unlocked = تم قبول رمز المرور. فُتحت الخزنة، وهي مقفلة من جديد.
cli-vault-locked = الخزنة مقفلة. لا يترك Waymark الخزنة مفتوحة أبدًا بعد أي أمر.
cli-vault-status-none = لا توجد خزنة في هذا المجلد.
cli-vault-status-wipe =
    توجد خزنة هنا. هي مقفلة.
    عدد الرموز الخاطئة منذ آخر فتح: { $failed }.
    تُمسح بعد هذا العدد من الرموز الخاطئة المتتالية: { $limit }.
cli-vault-status-no-wipe =
    توجد خزنة هنا. هي مقفلة.
    عدد الرموز الخاطئة منذ آخر فتح: { $failed }.
    الرموز الخاطئة لا تمسحها أبدًا.
cli-vault-passcode-changed = تم تغيير رمز المرور.
cli-vault-duress-removed = تمت إزالة رمز الطوارئ.
cli-vault-duress-set = تم تعيين رمز الطوارئ. الفتح به يدمّر هذه الخزنة ويفتح خزنة فارغة.
cli-vault-wipe-after-invalid = اكتب عدد المحاولات (1 أو أكثر)، أو "off".
cli-vault-wipe-after-set = ستُمسح الخزنة بعد هذا العدد من الرموز الخاطئة المتتالية: { $limit }.
cli-vault-wipe-after-off = لن تمسح الرموز الخاطئة الخزنة بعد الآن.
cli-vault-nothing-wiped = لم يُمسح شيء.
cli-vault-wiped = دُمّرت الخزنة. ملفاتها اختفت ولا يستطيع أحد فك تشفيرها.
cli-vault-confirm-needed = أضف ‎--yes‎ للمسح دون سؤال.
cli-vault-confirm-word = نعم
cli-vault-confirm-wipe = هل تريد تدمير هذه الخزنة إلى الأبد؟ اكتب { $word }:
cli-error-read-answer = تعذرت قراءة الجواب.

## waymark journal

cli-journal-stdin-failed = تعذرت قراءة الملاحظة من الإدخال القياسي.
cli-journal-edited = (معدّلة)
cli-journal-saved = حُفظت كملاحظة رقم { $id }.
cli-journal-empty = المذكرات فارغة.
cli-journal-changed = تم تغيير الملاحظة رقم { $id }.
cli-journal-deleted = تم حذف الملاحظة رقم { $id }.

## waymark locales

cli-locales-lint-clean = لا توجد مشاكل. اللغات: { $locales }. الملفات: { $files }.
cli-locales-lint-failed = المشاكل التي وُجدت: { $count }.
cli-direction-ltr = من اليسار إلى اليمين
cli-direction-rtl = من اليمين إلى اليسار
cli-status-source = النص الأصلي
cli-status-machine-assisted = بمساعدة الآلة، تحتاج إلى مراجعة من متحدث أصلي
cli-status-native-reviewed = راجعها متحدث أصلي

## waymark demo

cli-error-temp-folder = تعذر إنشاء مجلد مؤقت.
cli-error-read-vault-file = تعذرت قراءة أحد ملفات الخزنة.
cli-demo-step-1-title = 1. إنشاء خزنة
cli-demo-step-1 =
    الخزنة مكان مشفّر في الهاتف. ننشئ واحدة في مجلد مؤقت.
    يحميها رمز المرور { $passcode }. تحويل رمز المرور إلى مفتاح يأخذ
    لحظة عن قصد: هذا يجعل التخمين بطيئًا.
cli-demo-step-2-title = 2. الكتابة في المذكرات الخاصة
cli-demo-step-2 = شخص يكتب ما يحدث له، مع التاريخ:
cli-demo-note-1 = المدير أخذ جواز سفري مرة أخرى اليوم
cli-demo-note-2 = بلا أجر منذ 3 أسابيع. يقول إنني مدين له بـ 900 مقابل الغرفة
cli-demo-note-3 = أُغلق علينا باب السكن بعد الوردية
cli-demo-step-3-title = 3. النظر إلى الملفات
cli-demo-step-3 = الخزنة مقفلة. هذه كل ملفاتها على القرص:
cli-demo-search-clean = بحثنا عن كلمات الملاحظات في كل بايت من هذه الملفات. الكلمات غير موجودة.
cli-demo-search-found = بحثنا عن كلمات الملاحظات في كل بايت من هذه الملفات. وُجدت. هذا يجب ألا يحدث أبدًا.
cli-demo-step-4-title = 4. شخص يحاول تخمين رمز المرور
cli-demo-step-4 =
    تجربة { $guess }: "{ $answer }"
    تمسح هذه الخزنة نفسها بعد هذا العدد من التخمينات الخاطئة المتتالية: { $limit }.
    يبقى العدّ حتى عند إعادة تشغيل الهاتف.
cli-demo-step-5-title = 5. تغيير رمز المرور
cli-demo-step-5 =
    رمز المرور الآن { $passcode }. تغيّر ملف المفتاح الصغير فقط.
    لم تُشفَّر البيانات من جديد. الملاحظات الباقية في المذكرات: { $count }.
cli-demo-step-6-title = 6. تعيين رمز طوارئ
cli-demo-step-6 =
    إذا أجبر أحدٌ الشخصَ على فتح التطبيق، يمكنه كتابة { $duress } بدلاً من رمزه.
    يبدو ذلك تمامًا مثل الفتح العادي.
cli-demo-step-7-title = 7. الفتح تحت الضغط
cli-demo-step-7 =
    نجح الفتح بـ { $duress }. تبدو المذكرات فارغة (الملاحظات: { $count }).
    في الخفاء، دُمّرت الخزنة الحقيقية أولاً. رمز المرور القديم يحصل الآن على:
    "{ $answer }"
cli-demo-step-8-title = 8. المسح في حالة الخطر
cli-demo-step-8 = خطوة واحدة تدمّر الخزنة، حتى وهي مقفلة. الملفات الباقية في المجلد:
cli-demo-no-files = (لا شيء)
cli-demo-file-size = { $size } بايت
cli-demo-end = استخدم العرض مجلدًا مؤقتًا. تمت إزالته الآن.
cli-demo-keep-inbox-exists = هذا المجلد موجود بالفعل. اختر مجلدًا جديدًا لـ ‎--keep-inbox‎؛ لم يتغير شيء.
cli-demo-desk = جانب المنظمة في المتصفح: شغّل ‎`waymark demo --keep-inbox ngo-inbox`‎ للاحتفاظ بصندوق الوارد الخاص بالعرض؛ وسيُظهر العرض في نهايته كيف تفتحه في مكتب المنظمة (docs/ngo-desk.md).
cli-demo-desk-kept = صندوق الوارد الخاص بالعرض محفوظ في { $dir }. لرؤية بلاغه كما يراه فريق المنظمة، شغّل الصندوق مرة أخرى بـ ‎`waymark inbox serve --dir { $dir }`‎، وفي نافذة طرفية ثانية مكتب المنظمة بـ ‎`waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`‎. افتح العنوان الذي يعرضه في متصفحك وسجّل الدخول باسمك وبعبارة مرور العرض: { $passphrase }
cli-demo-failed-found = وُجدت ملاحظة غير مشفّرة على القرص.
cli-demo-failed-duress = رمز الطوارئ لم يدمّر الخزنة.

## waymark content (أدوات للناشرين، والحزم داخل الخزنة)

cli-content-key-exists = ملف المفتاح هذا موجود بالفعل. لم تتم الكتابة فوقه.
cli-content-error-write-key = تعذرت كتابة ملف المفتاح.
cli-content-error-read-key = تعذرت قراءة ملف المفتاح.
cli-content-error-write-manifest = تعذرت كتابة ملف البيان.
cli-content-refused = رُفضت الحزمة: { $reason }
cli-content-keygen-done =
    كُتب المفتاح الخاص. احفظه سرًّا وبعيدًا عن الإنترنت.
    المفتاح العام: { $public_key }
    معرّف المفتاح: { $key_id }
cli-content-signed = وُقّعت الحزمة { $pack_id } الإصدار { $version } بالمفتاح { $key_id }. عدد الملفات: { $count }.
cli-content-verified = صالحة: { $pack_id } الإصدار { $version }، موقّعة بالمفتاح { $key_id }. الملفات المطابقة لبصمتها: { $count }.
cli-content-checked = البنية سليمة: { $pack_id } الإصدار { $version }. عدد الملفات: { $files }. عدد اللغات: { $locales }. لم يتم التحقق من التوقيع (استخدم waymark content verify).
cli-content-trusted = من الآن ستقبل هذه الخزنة الحزم الموقّعة بالمفتاح { $key_id }.
cli-content-untrusted = لم يعد المفتاح { $key_id } موثوقًا. أُزيلت حزمه.
cli-content-not-trusted = لم يكن المفتاح { $key_id } موثوقًا هنا.
cli-content-removed = أُزيلت الحزمة { $pack_id }.
cli-content-not-installed = الحزمة { $pack_id } لم تكن مثبتة.
cli-content-installed = ثُبّتت الحزمة { $pack_id } الإصدار { $version }. عدد الملفات: { $count }.
cli-content-list-publishers = الناشرون الموثوقون: { $count }
cli-content-list-packs = الحزم المثبتة: { $count }
cli-content-list-pack = { $pack_id } الإصدار { $version } (المفتاح { $key_id })

## waymark helplines

cli-helplines-unknown-audience = الفئة غير معروفة. استخدم كلمة من هذه الكلمات: { $choices }.
cli-helplines-unknown-channel = وسيلة التواصل غير معروفة. استخدم كلمة من هذه الكلمات: { $choices }.
cli-helplines-none = لا يوجد خط مساعدة مطابق. جرّب بدون --audience أو --channel، أو جرّب بلدًا آخر.
cli-helplines-call = اتصل: { $address }
cli-helplines-sms = رسالة نصية (SMS): { $address }
cli-helplines-sms-keyword = رسالة نصية (SMS): { $address } (أرسل الكلمة { $keyword })
cli-helplines-chat = دردشة: { $address }
cli-helplines-web = موقع إلكتروني: { $address }
cli-helplines-ussd = اطلب الرمز: { $address }
cli-helplines-whatsapp = واتساب: { $address }
cli-helplines-bad-date = يجب أن يكون ‎--today تاريخًا مكتوبًا بالشكل YYYY-MM-DD.
cli-helplines-audit-summary = الدول المشمولة: { $countries }. الإدخالات: { $entries }.
cli-helplines-audit-unconfirmed = حقول لا يؤكدها أي مصدر:
cli-helplines-audit-key-fields = حقول أساسية، لذلك تظهر كغير مؤكدة: { $fields }
cli-helplines-audit-other-fields = حقول أخرى: { $fields }
cli-helplines-audit-stale = مصادر فُحصت منذ وقت طويل جدًا (الحد بالأيام: { $days }):
cli-helplines-audit-secondary = حقول أساسية أكدتها الصحافة أو جهات أخرى فقط:
cli-helplines-audit-marked = تظهر كغير مؤكدة، مع ملاحظة من يحدّثها:
cli-helplines-audit-no-sources = إدخالات بلا أي مصدر:
cli-helplines-audit-no-emergency = دول بلا رقم طوارئ: { $countries }
cli-helplines-audit-no-trafficking = دول بلا خط لمكافحة الاتجار بالبشر: { $countries }
cli-helplines-audit-no-crisis = دول بلا خط للأزمات: { $countries }
cli-helplines-audit-none = لا شيء
cli-helplines-audit-failed = بعض الدول ليس لها رقم طوارئ. أضف رقمًا مع مصدره قبل نشر هذا الدليل.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = افحصه بالأمر: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = كُتب { $file } و{ $count } ملف لغة.
cli-import-summary = { $converted } محوّل، { $changed } معدّل، { $dropped } محذوف، { $refused } مرفوض.
cli-import-checked = يجتاز الاستبيان كل فحوص "waymark questionnaire check".
cli-import-action-converted = محوّل
cli-import-action-changed = معدّل
cli-import-action-dropped = محذوف
cli-import-action-refused = مرفوض
cli-import-exists = { $file } موجود بالفعل: اختر مجلد --out آخر.
