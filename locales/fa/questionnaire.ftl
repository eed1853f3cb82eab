### پرسشنامه‌ها: بررسی یک فایل و خطاها در هنگام مصاحبه.

## خطاهای عبارت

expr-error-unexpected-char = هیچ چیزی در عبارت نمی‌تواند با این نویسه شروع شود.
expr-error-unterminated-string = این متن { $quote } پایانی ندارد.
expr-error-dollar = "$" باید ارجاعی به شکل ${"{"}name{"}"} را شروع کند.
expr-error-bad-reference-name = ارجاع به نامی نیاز دارد که با حرف یا "_" شروع شود و فقط حرف، رقم، "_"، "-" و "." داشته باشد.
expr-error-unclosed-reference = این ارجاع "{"}"}" پایانی ندارد.
expr-error-number-too-large = این عدد خیلی بزرگ است.
expr-error-unsupported-xpath = نحو XPath { $what } پشتیبانی نمی‌شود. به پرسش‌ها با ${"{"}name{"}"} ارجاع دهید.
expr-error-too-long = عبارت بیشتر از { $max } بایت است.
expr-error-empty = عبارت خالی است.
expr-error-trailing = { $found } نمی‌تواند بعد از یک عبارت کامل بیاید. شاید یک عملگر یا "," جا افتاده است.
expr-error-too-deep = عبارت بیش از { $max } سطح تودرتو دارد.
expr-error-ends-early = عبارت جایی تمام می‌شود که یک مقدار انتظار می‌رود.
expr-error-expected = اینجا { $expected } انتظار می‌رفت، اما { $found } آمده است.
expr-error-ends-before = عبارت جایی تمام می‌شود که { $expected } انتظار می‌رود.
expr-error-value-before = پیش از { $found } یک مقدار کم است.
expr-error-bare-name = { $name } فراخوانی تابع نیست. برای پرسش ${"{"}{ $name }{"}"} بنویسید، یا برای متن '{ $name }' را در نقل‌قول بگذارید.
expr-error-not-a-value = اینجا یک مقدار انتظار می‌رفت، اما { $found } آمده است.
expr-error-unknown-function = { $name }() تابع پشتیبانی‌شده‌ای نیست.
expr-error-repeat-as-value = اینجا برای هر بلوک تکراری یک پاسخ هست. از sum() یا count() استفاده کنید.
expr-error-unknown-reference = ${"{"}{ $name }{"}"} پرسش یا محاسبه‌ای از این فرم نیست.
expr-error-arity = { $function }() تعداد { $expected } آرگومان می‌گیرد، نه { $got }.
expr-error-text-not-number = این متن عدد نیست.
expr-error-arithmetic-on-choices = محاسبه روی یک انتخاب چندگانه. از count-selected() استفاده کنید.
expr-error-compare-number-text = یک عدد با متنی مقایسه می‌شود که عدد نیست.
expr-error-compare-date-text = یک تاریخ با متنی مقایسه می‌شود که تاریخ نیست. بنویسید 'YYYY-MM-DD'.
expr-error-compare-choices = یک انتخاب چندگانه با "=" مقایسه می‌شود. از selected() استفاده کنید.
expr-error-needs-choices = { $function }() اینجا به یک انتخاب چندگانه نیاز دارد.
expr-error-sum-needs-numbers = sum() اینجا به عدد نیاز دارد.
expr-error-needs-repeat = { $function }() اینجا به پرسشی از یک بلوک تکراری نیاز دارد.

## نتایج `waymark questionnaire check`

questionnaire-finding-too-large = فایل بزرگ‌تر از { $max } بایت است.
questionnaire-finding-toml = این اینجا معتبر نیست: { $detail }
questionnaire-finding-not-a-message-id = فیلدهای متنی شناسهٔ پیام (حرف، رقم، - و _) از فایل‌های .ftl را نگه می‌دارند، نه خود متن را.
questionnaire-finding-bad-id = شناسهٔ پرسشنامه "{ $name }" نام معتبری نیست.
questionnaire-finding-bad-choice-name = گزینهٔ "{ $name }" نام معتبری نیست.
questionnaire-finding-bad-section-id = شناسهٔ بخش "{ $name }" نام معتبری نیست.
questionnaire-finding-bad-question-name = نام پرسش "{ $name }" نام معتبری نیست.
questionnaire-finding-bad-indicator-id = شناسهٔ شاخص "{ $name }" نام معتبری نیست.
questionnaire-finding-empty-list = فهرست گزینه‌های { $list } خالی است.
questionnaire-finding-duplicate-choice = گزینهٔ { $choice } دو بار در فهرست { $list } آمده است.
questionnaire-finding-duplicate-section = بخش { $id } دو بار تعریف شده است.
questionnaire-finding-unknown-section = بخش { $id } وجود ندارد.
questionnaire-finding-duplicate-name = نام { $name } دو بار به کار رفته است.
questionnaire-finding-unknown-type = نوع پرسش ناشناخته "{ $type }". از yes_no، single_choice، multiple_choice، text، integer، decimal، date، region، note، acknowledgement یا calculate استفاده کنید.
questionnaire-finding-no-label = پرسش { $name } برچسب (label) ندارد.
questionnaire-finding-needs-choices = پرسش { $name } به فهرست گزینه نیاز دارد: choices = "list".
questionnaire-finding-unknown-list = فهرست گزینه‌های { $list } وجود ندارد.
questionnaire-finding-choices-not-allowed = پرسش { $name } پرسش گزینه‌ای نیست. `choices` را بردارید.
questionnaire-finding-no-calculation = محاسبهٔ { $name } فیلد `calculation` ندارد.
questionnaire-finding-calculation-in-repeat = محاسبه درون بلوک تکراری پشتیبانی نمی‌شود. از بیرون با sum() یا count() حساب کنید.
questionnaire-finding-calculation-not-allowed = فقط پرسش‌های calculate فیلد `calculation` دارند.
questionnaire-finding-bad-default = پاسخ پیش‌فرض { $name } با نوع آن جور نیست (یا از گزینه‌هایش نیست).
questionnaire-finding-required-no-answer = { $name } پاسخی نمی‌گیرد، پس نمی‌تواند اجباری باشد.
questionnaire-finding-constraint-no-answer = پرسشی که پاسخ نمی‌گیرد نمی‌تواند محدودیت داشته باشد.
questionnaire-finding-filter-not-allowed = فقط پرسش‌های گزینه‌ای choice_filter دارند.
questionnaire-finding-unknown-column = هیچ گزینه‌ای در فهرست ستونی به نام { $column } ندارد.
questionnaire-finding-cycle = محاسبه‌ها به‌صورت دایره‌ای به هم وابسته‌اند: { $names }.
questionnaire-finding-duplicate-indicator = شاخص { $id } دو بار تعریف شده است.
questionnaire-finding-bad-strength = قوت یکی از weak، medium یا strong است.
questionnaire-finding-bad-weight = وزن باید عددی متناهی باشد.
questionnaire-finding-unknown-indicator = شاخص { $id } در [[indicators]] تعریف نشده است.
questionnaire-finding-bad-level = سطح یکی از none، low، medium، high یا urgent است.
questionnaire-finding-one-rule = هر نتیجه دقیقاً یک قاعده دارد: any_of، at_least، all_of_sets یا weight.
questionnaire-finding-bad-at-least = at_least.n باید بین ۱ و تعداد شاخص‌های `of` باشد.
questionnaire-finding-empty-sets = all_of_sets به مجموعه‌هایی نیاز دارد که هر کدام دست‌کم یک شاخص را نام ببرند.
questionnaire-finding-bad-threshold = آستانه باید عددی متناهی باشد.
questionnaire-finding-unreachable = پرسش { $name } هرگز نشان داده نمی‌شود: `relevant` آن هرگز درست نمی‌شود.
questionnaire-finding-unreachable-section = پرسش { $name } هرگز نشان داده نمی‌شود: `relevant` بخش آن هرگز درست نمی‌شود.
questionnaire-finding-missing-translation = پیام { $id } در { $locale } ترجمه ندارد.

## خطاها هنگام پاسخ دادن

questionnaire-error-invalid = این پرسشنامه مشکل دارد ({ $count }).
questionnaire-error-unknown-question = پرسشی به نام { $name } نیست.
questionnaire-error-unknown-section = بخشی به نام { $id } نیست.
questionnaire-error-not-answerable = { $name } پاسخی نمی‌گیرد.
questionnaire-error-not-relevant = پرسش { $name } فعلاً پرسیده نمی‌شود.
questionnaire-error-wrong-type = این نوع پاسخ با پرسش { $name } جور نیست.
questionnaire-error-not-a-choice = این یکی از گزینه‌های { $name } نیست.
questionnaire-error-too-long = پاسخ به { $name } خیلی طولانی است.
questionnaire-error-constraint = این پاسخ به { $name } پذیرفته نیست. لطفاً آن را بررسی کنید.
questionnaire-error-required = پرسش { $name } به پاسخ نیاز دارد. «مطمئن نیستم» و «ترجیح می‌دهم نگویم» هم پاسخ هستند.
questionnaire-error-no-such-instance = { $name } بلوک شمارهٔ { $number } ندارد.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }، بلوک { $number }: { $message }
questionnaire-error-no-current-question = پرسش دیگری نیست.
questionnaire-error-stopped = این پرسشنامه متوقف شد. هنوز می‌توانید خلاصه را ببینید و آن را تمام کنید.
questionnaire-error-finalized = این پرسشنامه پیش‌تر تمام شده است.
questionnaire-error-draft-not-found = چنین پیش‌نویسی نیست.
questionnaire-error-report-not-found = چنین گزارشی نیست.
questionnaire-error-draft-mismatch = این پیش‌نویس مال پرسشنامهٔ { $id } نسخهٔ { $version } است که اینجا در دسترس نیست.
questionnaire-error-draft-damaged = پیش‌نویس ذخیره‌شده آسیب دیده و ادامه‌دادنی نیست.

## یافتن پرسشنامه‌ها

catalog-error-not-found = پرسشنامه‌ای با شناسهٔ { $id } نیست.
catalog-error-invalid = پرسشنامهٔ { $id } مشکل دارد ({ $count }).
catalog-error-id-mismatch = { $file } شناسهٔ { $id } را اعلام می‌کند، اما نام فایل شناسهٔ دیگری را نشان می‌دهد.
catalog-error-texts = ترجمه‌های { $file } خوانده نشد. جزئیات: { $reason }
catalog-error-not-utf8 = { $file } متن UTF-8 نیست.
catalog-error-too-large = { $file } بزرگ‌تر از { $max } بایت است.
catalog-error-io = { $file } خوانده نشد ({ $reason }).

## نتیجه‌ها

risk-level-none = نشانه‌ای پیدا نشد
risk-level-low = کم
risk-level-medium = متوسط
risk-level-high = زیاد
risk-level-urgent = فوری
strength-weak = ضعیف
strength-medium = متوسط
strength-strong = قوی

## شاخص‌ها

indicator-abuse_of_vulnerability = سوءاستفاده از آسیب‌پذیری
indicator-deception = فریب
indicator-restriction_of_movement = محدودیت رفت‌وآمد
indicator-isolation = انزوا
indicator-physical_and_sexual_violence = خشونت جسمی و جنسی
indicator-intimidation_and_threats = ارعاب و تهدید
indicator-retention_of_identity_documents = مدارک هویتی نزد دیگران
indicator-withholding_of_wages = نگه‌داشتن دستمزد
indicator-debt_bondage = بردگی بدهی
indicator-abusive_working_and_living_conditions = شرایط کار و زندگی آزارنده
indicator-excessive_overtime = اضافه‌کاری بیش از حد
indicator-deceptive_recruitment = به‌کارگیری با فریب
indicator-coercive_recruitment = به‌کارگیری با اجبار
indicator-sexual_exploitation = بهره‌کشی جنسی
indicator-child = پای یک کودک در میان است
