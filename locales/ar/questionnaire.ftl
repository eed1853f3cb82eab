### الاستبيانات: فحص ملف، والأخطاء أثناء المقابلة.

## أخطاء التعبيرات

expr-error-unexpected-char = لا يمكن أن يبدأ أي شيء في التعبير بهذا الحرف.
expr-error-unterminated-string = هذا النص ليس له { $quote } إغلاق.
expr-error-dollar = يجب أن تبدأ "$" مرجعًا مكتوبًا بالشكل ${"{"}name{"}"}.
expr-error-bad-reference-name = يحتاج المرجع إلى اسم يبدأ بحرف أو "_" ولا يحتوي إلا على حروف وأرقام و"_" و"-" و".".
expr-error-unclosed-reference = هذا المرجع ليس له "{"}"}" إغلاق.
expr-error-number-too-large = هذا الرقم كبير جدًا.
expr-error-unsupported-xpath = صيغة XPath { $what } غير مدعومة. أشر إلى الأسئلة بالشكل ${"{"}name{"}"}.
expr-error-too-long = التعبير أطول من { $max } بايت.
expr-error-empty = التعبير فارغ.
expr-error-trailing = لا يمكن أن يأتي { $found } بعد تعبير مكتمل. ربما ينقص عامل أو ",".
expr-error-too-deep = التعبير متداخل بأكثر من { $max } مستوى.
expr-error-ends-early = ينتهي التعبير حيث تُنتظر قيمة.
expr-error-expected = كان يُنتظر { $expected } هنا، لكن وُجد { $found }.
expr-error-ends-before = ينتهي التعبير حيث يُنتظر { $expected }.
expr-error-value-before = تنقص قيمة قبل { $found }.
expr-error-bare-name = { $name } ليس استدعاء دالة. اكتب ${"{"}{ $name }{"}"} للسؤال، أو '{ $name }' بين علامتي اقتباس للنص.
expr-error-not-a-value = كانت تُنتظر قيمة هنا، لكن وُجد { $found }.
expr-error-unknown-function = { $name }() ليست دالة مدعومة.
expr-error-repeat-as-value = هنا توجد إجابة لكل كتلة مكررة. استخدم sum() أو count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} ليس سؤالًا ولا حسابًا في هذا النموذج.
expr-error-arity = تأخذ { $function }() عدد { $expected } من الوسائط، وليس { $got }.
expr-error-text-not-number = هذا النص ليس رقمًا.
expr-error-arithmetic-on-choices = عملية حسابية على اختيار متعدد. استخدم count-selected().
expr-error-compare-number-text = يُقارَن رقم بنص ليس رقمًا.
expr-error-compare-date-text = يُقارَن تاريخ بنص ليس تاريخًا. اكتب 'YYYY-MM-DD'.
expr-error-compare-choices = يُقارَن اختيار متعدد بعلامة "=". استخدم selected().
expr-error-needs-choices = تحتاج { $function }() هنا إلى اختيار متعدد.
expr-error-sum-needs-numbers = تحتاج sum() هنا إلى أرقام.
expr-error-needs-repeat = تحتاج { $function }() هنا إلى سؤال داخل كتلة مكررة.

## نتائج `waymark questionnaire check`

questionnaire-finding-too-large = الملف أكبر من { $max } بايت.
questionnaire-finding-toml = هذا غير صالح هنا: { $detail }
questionnaire-finding-not-a-message-id = تحتوي حقول النص على معرّف رسالة (حروف وأرقام و- و_) من ملفات .ftl، لا على النص نفسه.
questionnaire-finding-bad-id = معرّف الاستبيان "{ $name }" ليس اسمًا صالحًا.
questionnaire-finding-bad-choice-name = الخيار "{ $name }" ليس اسمًا صالحًا.
questionnaire-finding-bad-section-id = معرّف القسم "{ $name }" ليس اسمًا صالحًا.
questionnaire-finding-bad-question-name = اسم السؤال "{ $name }" ليس اسمًا صالحًا.
questionnaire-finding-bad-indicator-id = معرّف المؤشر "{ $name }" ليس اسمًا صالحًا.
questionnaire-finding-empty-list = قائمة الخيارات { $list } فارغة.
questionnaire-finding-duplicate-choice = الخيار { $choice } مذكور مرتين في القائمة { $list }.
questionnaire-finding-duplicate-section = القسم { $id } معرّف مرتين.
questionnaire-finding-unknown-section = القسم { $id } غير موجود.
questionnaire-finding-duplicate-name = الاسم { $name } مستخدم مرتين.
questionnaire-finding-unknown-type = نوع سؤال غير معروف "{ $type }". استخدم yes_no أو single_choice أو multiple_choice أو text أو integer أو decimal أو date أو region أو note أو acknowledgement أو calculate.
questionnaire-finding-no-label = السؤال { $name } ليس له نص (label).
questionnaire-finding-needs-choices = يحتاج السؤال { $name } إلى قائمة خيارات: choices = "list".
questionnaire-finding-unknown-list = قائمة الخيارات { $list } غير موجودة.
questionnaire-finding-choices-not-allowed = السؤال { $name } ليس سؤال اختيار. احذف `choices`.
questionnaire-finding-no-calculation = الحساب { $name } ليس له `calculation`.
questionnaire-finding-calculation-in-repeat = الحسابات داخل كتلة مكررة غير مدعومة. احسب من الخارج باستخدام sum() أو count().
questionnaire-finding-calculation-not-allowed = أسئلة calculate وحدها لها `calculation`.
questionnaire-finding-bad-default = الإجابة الافتراضية لـ { $name } لا تناسب نوعه (أو ليست من خياراته).
questionnaire-finding-required-no-answer = { $name } لا يأخذ إجابة، لذلك لا يمكن أن يكون إلزاميًا.
questionnaire-finding-constraint-no-answer = لا يمكن أن يكون لسؤال بلا إجابة قيد.
questionnaire-finding-filter-not-allowed = أسئلة الاختيار وحدها لها choice_filter.
questionnaire-finding-unknown-column = لا يوجد خيار في القائمة له عمود اسمه { $column }.
questionnaire-finding-cycle = حسابات يعتمد بعضها على بعض في دائرة: { $names }.
questionnaire-finding-duplicate-indicator = المؤشر { $id } معرّف مرتين.
questionnaire-finding-bad-strength = القوة هي weak أو medium أو strong.
questionnaire-finding-bad-weight = يجب أن يكون الوزن رقمًا محدودًا.
questionnaire-finding-unknown-indicator = المؤشر { $id } غير معرّف في [[indicators]].
questionnaire-finding-bad-level = المستوى هو none أو low أو medium أو high أو urgent.
questionnaire-finding-one-rule = للنتيجة قاعدة واحدة بالضبط: any_of أو at_least أو all_of_sets أو weight.
questionnaire-finding-bad-at-least = يجب أن يكون at_least.n بين 1 وعدد المؤشرات في `of`.
questionnaire-finding-empty-sets = تحتاج all_of_sets إلى مجموعات تذكر كل منها مؤشرًا واحدًا على الأقل.
questionnaire-finding-bad-threshold = يجب أن تكون العتبة رقمًا محدودًا.
questionnaire-finding-unreachable = لا يمكن أن يظهر السؤال { $name } أبدًا: شرط `relevant` الخاص به لا يمكن أن يتحقق.
questionnaire-finding-unreachable-section = لا يمكن أن يظهر السؤال { $name } أبدًا: شرط `relevant` لقسمه لا يمكن أن يتحقق.
questionnaire-finding-missing-translation = الرسالة { $id } ليس لها ترجمة في { $locale }.

## أخطاء أثناء الإجابة

questionnaire-error-invalid = في هذا الاستبيان مشكلات ({ $count }).
questionnaire-error-unknown-question = لا يوجد سؤال اسمه { $name }.
questionnaire-error-unknown-section = لا يوجد قسم اسمه { $id }.
questionnaire-error-not-answerable = { $name } لا يأخذ إجابة.
questionnaire-error-not-relevant = السؤال { $name } غير مطروح الآن.
questionnaire-error-wrong-type = هذا النوع من الإجابة لا يناسب السؤال { $name }.
questionnaire-error-not-a-choice = هذا ليس من خيارات { $name }.
questionnaire-error-too-long = الإجابة عن { $name } طويلة جدًا.
questionnaire-error-constraint = هذه الإجابة عن { $name } غير مقبولة. يرجى التحقق منها.
questionnaire-error-required = السؤال { $name } يحتاج إلى إجابة. "لا أعرف" و"أفضّل عدم الإجابة" إجابتان أيضًا.
questionnaire-error-no-such-instance = ليس لـ { $name } كتلة رقم { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }، الكتلة { $number }: { $message }
questionnaire-error-no-current-question = لا توجد أسئلة أخرى.
questionnaire-error-stopped = تم إيقاف هذا الاستبيان. ما زال بإمكانك رؤية الملخص وإنهاؤه.
questionnaire-error-finalized = هذا الاستبيان منتهٍ بالفعل.
questionnaire-error-draft-not-found = لا توجد مسودة كهذه.
questionnaire-error-report-not-found = لا يوجد تقرير كهذا.
questionnaire-error-draft-mismatch = هذه المسودة تخص الاستبيان { $id } الإصدار { $version }، وهو غير متوفر هنا.
questionnaire-error-draft-damaged = المسودة المحفوظة تالفة ولا يمكن متابعتها.

## البحث عن الاستبيانات

catalog-error-not-found = لا يوجد استبيان بالمعرّف { $id }.
catalog-error-invalid = في الاستبيان { $id } مشكلات ({ $count }).
catalog-error-id-mismatch = يعلن { $file } المعرّف { $id }، لكن اسم الملف يدل على معرّف آخر.
catalog-error-texts = تعذّرت قراءة الترجمات في { $file }. التفاصيل: { $reason }
catalog-error-not-utf8 = { $file } ليس نصًا بترميز UTF-8.
catalog-error-too-large = { $file } أكبر من { $max } بايت.
catalog-error-io = تعذّرت قراءة { $file } ({ $reason }).

## النتائج

risk-level-none = لم تُوجد علامات
risk-level-low = منخفض
risk-level-medium = متوسط
risk-level-high = مرتفع
risk-level-urgent = عاجل
strength-weak = ضعيف
strength-medium = متوسط
strength-strong = قوي

## المؤشرات

indicator-abuse_of_vulnerability = استغلال الضعف
indicator-deception = الخداع
indicator-restriction_of_movement = تقييد حرية التنقل
indicator-isolation = العزل
indicator-physical_and_sexual_violence = العنف الجسدي والجنسي
indicator-intimidation_and_threats = الترهيب والتهديد
indicator-retention_of_identity_documents = وثائق الهوية يحتفظ بها آخرون
indicator-withholding_of_wages = حجز الأجور
indicator-debt_bondage = عبودية الدَّين
indicator-abusive_working_and_living_conditions = ظروف عمل ومعيشة مسيئة
indicator-excessive_overtime = ساعات عمل إضافية مفرطة
indicator-deceptive_recruitment = التجنيد بالخداع
indicator-coercive_recruitment = التجنيد بالإكراه
indicator-sexual_exploitation = الاستغلال الجنسي
indicator-child = الأمر يخص طفلًا
