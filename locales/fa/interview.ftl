### فرمان‌های پرسشنامه و مصاحبه در ترمینال.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: مشکلی پیدا نشد.
cli-questionnaire-check-failed = فایل‌های دارای مشکل: { $count } از { $total }.
cli-questionnaire-source-builtin = داخلی
cli-questionnaire-source-pack = بستهٔ { $pack_id }
cli-questionnaire-list-none = هیچ پرسشنامه‌ای در دسترس نیست.

## waymark interview

cli-interview-started = { $title }. هر پاسخ همان لحظه رمزگذاری و ذخیره می‌شود (پیش‌نویس { $draft }).
cli-interview-resumed = { $title }: از همان جایی که ماندید ادامه می‌دهیم.
cli-interview-need-source = شناسهٔ پرسشنامه یا --file را بدهید.
cli-interview-cmd-back = قبلی
cli-interview-cmd-review = مرور
cli-interview-cmd-stop = توقف
cli-interview-cmd-quit = خروج
cli-interview-cmd-help = راهنما
cli-interview-cmd-go = برو
cli-interview-commands = با شماره یا واژه‌های پاسختان جواب دهید. این‌ها را هم می‌توانید بنویسید: { $back } (پرسش قبلی)، { $review } (دیدن پاسخ‌ها)، { $stop } (همین‌جا بس است)، { $quit } (الان بروید و بعداً ادامه دهید)، { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = برای مصاحبه‌گر: { $hint }
cli-interview-kind-integer = (یک عدد صحیح)
cli-interview-kind-decimal = (یک عدد)
cli-interview-kind-date = (تاریخ به شکل YYYY-MM-DD)
cli-interview-kind-text = (پاسخ را بنویسید و Enter را بزنید)
cli-interview-kind-multiple = (یک یا چند شماره، جدا با ویرگول)
cli-interview-kind-note = (برای ادامه Enter را بزنید)
cli-interview-kind-optional = (برای رد شدن از این پرسش، بدون پاسخ Enter را بزنید)
cli-interview-current-answer = پاسخ فعلی: { $answer }
cli-interview-not-understood = ببخشید، این پاسخ فهمیده نشد. لطفاً دوباره امتحان کنید.
cli-interview-repeat-offer = { $title } ({ $number }) افزوده شود؟ 1 = { $yes }، 2 = { $no }
cli-interview-review-title = پاسخ‌های شما:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (بدون پاسخ)
cli-interview-review-go = برای تغییر یک پاسخ، { $go } و شمارهٔ آن را بنویسید، مثلاً: { $go } 2
cli-interview-review-hidden = پاسخ‌ها خصوصی‌اند: فرد موافقت نکرد که نشان داده شوند.
cli-interview-stopped = همین‌جا ایستادیم. پرسش دیگری پرسیده نمی‌شود.
cli-interview-end = این آخرین پرسش بود.
cli-interview-left = پاسخ‌ها ذخیره شده‌اند. برای ادامه در آینده: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = دوست دارید کارمند پاسخ‌هایتان را ببیند؟ 1 = { $yes }، 2 = { $no }
cli-interview-hand-back = سپاس. لطفاً اکنون گوشی را پس بدهید.
cli-interview-finalize-ask = الان تمام شود و گزارش ذخیره شود؟ 1 = { $yes }، 2 = { $no }
cli-interview-finalized = گزارش { $report } در گاوصندوق ذخیره شد. فقط پاسخ پرسش‌هایی را دارد که پرسیده شدند.
cli-interview-answer-saved = پاسخ ذخیره شد.
cli-interview-answers-file = فایل پاسخ‌ها خوانده نشد. جزئیات: { $reason }
cli-interview-answers-unknown = فایل پاسخ‌ها از { $name } نام می‌برد که پرسش یا بخش تکراری این پرسشنامه نیست (یا اینجا پرسیده نمی‌شود).
cli-interview-answers-not-list = { $name } بخشی تکراری است: فهرستی از بلوک‌ها به آن بدهید ([[{ $name }]] در TOML).

## خلاصه

cli-interview-summary-title = خلاصه: { $title }
cli-interview-summary-risk = نتیجه: { $risk }
cli-interview-summary-indicators = نشانه‌های پیداشده:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = در این پاسخ‌ها نشانه‌ای پیدا نشد.
cli-interview-summary-actions = گام‌های بعدی پیشنهادی:
cli-interview-summary-options = کارهایی که می‌توانید بکنید:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - تماس با یک خط کمک:
cli-interview-summary-helplines-country = - تماس با یک خط کمک. کشور فرد را اضافه کنید (مثلاً --country TH) تا شماره‌های درست را ببینید.
cli-interview-summary-helplines-none = - تماس با یک خط کمک. فهرست هنوز خطی برای این کشور ندارد.
cli-interview-summary-progress = پاسخ داده‌شده: { $answered } از { $relevant } پرسش.
cli-interview-summary-stopped = پرسشنامه پیش از پایان متوقف شد.
cli-interview-summary-answers-hidden = پاسخ‌ها خصوصی‌اند: فرد موافقت نکرد که نشان داده شوند.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = پیش‌نویسی نیست.
cli-interview-mode-interviewer = مصاحبه
cli-interview-mode-self = خودسنجی
cli-interview-mode-handover = سپردن گوشی
