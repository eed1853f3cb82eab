### أوامر الاستبيان والمقابلة في الطرفية.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: لم تُوجد مشكلات.
cli-questionnaire-check-failed = ملفات فيها مشكلات: { $count } من { $total }.
cli-questionnaire-source-builtin = مدمج
cli-questionnaire-source-pack = الحزمة { $pack_id }
cli-questionnaire-list-none = لا توجد استبيانات متاحة.

## waymark interview

cli-interview-started = { $title }. تُحفظ كل إجابة مشفّرة فور إدخالها (المسودة { $draft }).
cli-interview-resumed = { $title }: نكمل من حيث توقفت.
cli-interview-need-source = حدّد معرّف استبيان أو --file.
cli-interview-cmd-back = رجوع
cli-interview-cmd-review = مراجعة
cli-interview-cmd-stop = توقف
cli-interview-cmd-quit = خروج
cli-interview-cmd-help = مساعدة
cli-interview-cmd-go = اذهب
cli-interview-commands = أجب برقم إجابتك أو بكلماتها. يمكنك أيضًا كتابة: { $back } (السؤال السابق)، { $review } (رؤية إجاباتك)، { $stop } (التوقف هنا)، { $quit } (الخروج الآن والمتابعة لاحقًا)، { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = لمن يجري المقابلة: { $hint }
cli-interview-kind-integer = (عدد صحيح)
cli-interview-kind-decimal = (رقم)
cli-interview-kind-date = (تاريخ بالشكل YYYY-MM-DD)
cli-interview-kind-text = (اكتب الإجابة ثم اضغط Enter)
cli-interview-kind-multiple = (رقم واحد أو أكثر، تفصل بينها فواصل)
cli-interview-kind-note = (اضغط Enter للمتابعة)
cli-interview-kind-optional = (اضغط Enter دون إجابة لتخطي هذا السؤال)
cli-interview-current-answer = الإجابة الحالية: { $answer }
cli-interview-not-understood = عذرًا، لم تُفهم هذه الإجابة. يرجى المحاولة مرة أخرى.
cli-interview-repeat-offer = إضافة { $title } ({ $number })؟ 1 = { $yes }، 2 = { $no }
cli-interview-review-title = إجاباتك:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (لا إجابة)
cli-interview-review-go = لتغيير إجابة، اكتب { $go } ثم رقمها، مثلًا: { $go } 2
cli-interview-review-hidden = الإجابات خاصة: لم يوافق الشخص على إظهارها.
cli-interview-stopped = توقفنا هنا. لن تُطرح أسئلة أخرى.
cli-interview-end = كان هذا آخر سؤال.
cli-interview-left = الإجابات محفوظة. للمتابعة لاحقًا: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = هل تريد أن يرى الموظف إجاباتك؟ 1 = { $yes }، 2 = { $no }
cli-interview-hand-back = شكرًا لك. يرجى إعادة الهاتف الآن.
cli-interview-finalize-ask = هل تريد الإنهاء الآن وحفظ التقرير؟ 1 = { $yes }، 2 = { $no }
cli-interview-finalized = حُفظ التقرير { $report } في الخزنة. لا يحتوي إلا على إجابات الأسئلة التي طُرحت.
cli-interview-answer-saved = حُفظت الإجابة.
cli-interview-answers-file = تعذّرت قراءة ملف الإجابات. التفاصيل: { $reason }
cli-interview-answers-unknown = يذكر ملف الإجابات { $name }، وهو ليس سؤالًا ولا قسمًا مكررًا في هذا الاستبيان (أو ليس مما يُطرح هنا).
cli-interview-answers-not-list = { $name } قسم مكرر: أعطه قائمة من الكتل ([[{ $name }]] في TOML).

## الملخص

cli-interview-summary-title = ملخص: { $title }
cli-interview-summary-risk = النتيجة: { $risk }
cli-interview-summary-indicators = العلامات التي وُجدت:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = لم تُوجد أي علامات في هذه الإجابات.
cli-interview-summary-actions = الخطوات التالية الموصى بها:
cli-interview-summary-options = أشياء يمكنك فعلها:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - تواصل مع خط مساعدة:
cli-interview-summary-helplines-country = - تواصل مع خط مساعدة. أضف بلد الشخص (مثلًا --country TH) لرؤية الأرقام المناسبة.
cli-interview-summary-helplines-none = - تواصل مع خط مساعدة. لا يحتوي الدليل بعد على خط لهذا البلد.
cli-interview-summary-progress = تمت الإجابة: { $answered } من { $relevant } سؤال.
cli-interview-summary-stopped = أُوقف الاستبيان قبل نهايته.
cli-interview-summary-answers-hidden = الإجابات خاصة: لم يوافق الشخص على إظهارها.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = لا توجد مسودات.
cli-interview-mode-interviewer = مقابلة
cli-interview-mode-self = فحص ذاتي
cli-interview-mode-handover = تسليم الهاتف
