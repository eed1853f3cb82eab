### برنامهٔ ترمینال waymark. ترجمه با کمک ماشین؛ نیاز به بازبینی گویشور بومی دارد.

## رمزها

cli-prompt-passcode = رمز:
cli-prompt-new-passcode = رمز جدید:
cli-prompt-duress-passcode = رمز اضطراری:
cli-prompt-again = دوباره بنویسید:
cli-passcode-mismatch = دو رمز با هم فرق دارند. چیزی تغییر نکرد.
cli-no-terminal = ترمینالی برای پرسیدن رمز نیست. WAYMARK_PASSCODE را تنظیم کنید (و در صورت نیاز WAYMARK_NEW_PASSCODE یا WAYMARK_DURESS_PASSCODE).

## waymark vault

cli-vault-created = گاوصندوق ساخته شد. قفل است. فقط رمز شما آن را باز می‌کند.
cli-vault-unlocked = رمز پذیرفته شد. گاوصندوق باز شد و دوباره قفل است.
cli-vault-locked = گاوصندوق قفل است. Waymark هیچ‌وقت بعد از یک فرمان آن را باز نمی‌گذارد.
cli-vault-status-none = در این پوشه گاوصندوقی نیست.
cli-vault-status-wipe =
    اینجا یک گاوصندوق هست. قفل است.
    رمزهای اشتباه از آخرین باز شدن: { $failed }.
    بعد از این تعداد رمز اشتباه پشت سر هم پاک می‌شود: { $limit }.
cli-vault-status-no-wipe =
    اینجا یک گاوصندوق هست. قفل است.
    رمزهای اشتباه از آخرین باز شدن: { $failed }.
    رمزهای اشتباه هیچ‌وقت آن را پاک نمی‌کنند.
cli-vault-passcode-changed = رمز عوض شد.
cli-vault-duress-removed = رمز اضطراری برداشته شد.
cli-vault-duress-set = رمز اضطراری تنظیم شد. باز کردن با آن، این گاوصندوق را نابود می‌کند و یک گاوصندوق خالی باز می‌کند.
cli-vault-wipe-after-invalid = تعداد دفعات را بنویسید (۱ یا بیشتر)، یا "off".
cli-vault-wipe-after-set = گاوصندوق بعد از این تعداد رمز اشتباه پشت سر هم پاک می‌شود: { $limit }.
cli-vault-wipe-after-off = دیگر رمزهای اشتباه گاوصندوق را پاک نمی‌کنند.
cli-vault-nothing-wiped = چیزی پاک نشد.
cli-vault-wiped = گاوصندوق نابود شد. فایل‌هایش از بین رفته‌اند و هیچ‌کس نمی‌تواند آن‌ها را رمزگشایی کند.
cli-vault-confirm-needed = برای پاک کردن بدون پرسش، ‎--yes‎ را اضافه کنید.
cli-vault-confirm-word = بله
cli-vault-confirm-wipe = این گاوصندوق برای همیشه نابود شود؟ بنویسید { $word }:
cli-error-read-answer = پاسخ خوانده نشد.

## waymark journal

cli-journal-stdin-failed = یادداشت از ورودی استاندارد خوانده نشد.
cli-journal-edited = (ویرایش‌شده)
cli-journal-saved = به عنوان یادداشت شمارهٔ { $id } ذخیره شد.
cli-journal-empty = دفترچه خالی است.
cli-journal-changed = یادداشت شمارهٔ { $id } تغییر کرد.
cli-journal-deleted = یادداشت شمارهٔ { $id } پاک شد.

## waymark locales

cli-locales-lint-clean = مشکلی پیدا نشد. زبان‌ها: { $locales }. فایل‌ها: { $files }.
cli-locales-lint-failed = مشکل‌های پیدا شده: { $count }.
cli-direction-ltr = چپ به راست
cli-direction-rtl = راست به چپ
cli-status-source = متن اصلی
cli-status-machine-assisted = با کمک ماشین، نیاز به بازبینی گویشور بومی
cli-status-native-reviewed = بازبینی‌شده توسط گویشور بومی

## waymark demo

cli-error-temp-folder = پوشهٔ موقت ساخته نشد.
cli-error-read-vault-file = یکی از فایل‌های گاوصندوق خوانده نشد.
cli-demo-step-1-title = ۱. ساختن گاوصندوق
cli-demo-step-1 =
    گاوصندوق جایی رمزگذاری‌شده در گوشی است. یکی در یک پوشهٔ موقت می‌سازیم.
    رمز { $passcode } از آن محافظت می‌کند. تبدیل رمز به کلید عمداً
    کمی طول می‌کشد: این کار حدس زدن را کند می‌کند.
cli-demo-step-2-title = ۲. نوشتن در دفترچهٔ خصوصی
cli-demo-step-2 = کسی آنچه برایش پیش می‌آید را با تاریخ می‌نویسد:
cli-demo-note-1 = رئیس امروز دوباره گذرنامه‌ام را نگه داشت
cli-demo-note-2 = ۳ هفته است حقوق نگرفته‌ام. می‌گوید بابت اتاق ۹۰۰ بدهکارم
cli-demo-note-3 = بعد از شیفت در خوابگاه را رویمان قفل کردند
cli-demo-step-3-title = ۳. نگاه به فایل‌ها
cli-demo-step-3 = گاوصندوق قفل است. این‌ها همهٔ فایل‌هایش روی دیسک هستند:
cli-demo-search-clean = کلمات یادداشت‌ها را در تک‌تک بایت‌های این فایل‌ها جستجو کردیم. آنجا نیستند.
cli-demo-search-found = کلمات یادداشت‌ها را در تک‌تک بایت‌های این فایل‌ها جستجو کردیم. پیدا شد. این هرگز نباید اتفاق بیفتد.
cli-demo-step-4-title = ۴. کسی رمز را حدس می‌زند
cli-demo-step-4 =
    امتحان { $guess }: "{ $answer }"
    این گاوصندوق بعد از این تعداد حدس اشتباه پشت سر هم خودش را پاک می‌کند: { $limit }.
    این شمارش حتی با روشن و خاموش شدن گوشی باقی می‌ماند.
cli-demo-step-5-title = ۵. عوض کردن رمز
cli-demo-step-5 =
    رمز حالا { $passcode } است. فقط فایل کوچک کلید عوض شد.
    داده‌ها دوباره رمزگذاری نشدند. یادداشت‌هایی که هنوز در دفترچه هستند: { $count }.
cli-demo-step-6-title = ۶. تنظیم رمز اضطراری
cli-demo-step-6 =
    اگر کسی فرد را مجبور کند برنامه را باز کند، او می‌تواند به جای آن { $duress } را بنویسد.
    درست مثل یک باز کردن معمولی به نظر می‌رسد.
cli-demo-step-7-title = ۷. باز کردن زیر فشار
cli-demo-step-7 =
    باز کردن با { $duress } انجام شد. دفترچه خالی به نظر می‌رسد (یادداشت‌ها: { $count }).
    در پشت صحنه، گاوصندوق واقعی اول نابود شد. رمز قدیمی حالا این را می‌گیرد:
    "{ $answer }"
cli-demo-step-8-title = ۸. پاک کردن اضطراری
cli-demo-step-8 = یک قدم گاوصندوق را نابود می‌کند، حتی وقتی قفل است. فایل‌های باقی‌مانده در پوشه:
cli-demo-no-files = (هیچ)
cli-demo-file-size = { $size } بایت
cli-demo-end = این نمایش از یک پوشهٔ موقت استفاده کرد. آن پوشه حالا پاک شده است.
cli-demo-keep-inbox-exists = این پوشه از قبل هست. برای ‎--keep-inbox‎ پوشهٔ تازه‌ای نام ببرید؛ چیزی تغییر نکرد.
cli-demo-desk = سمت سازمان در مرورگر: ‎`waymark demo --keep-inbox ngo-inbox`‎ را اجرا کنید تا صندوق ورودی نمایش نگه داشته شود؛ نمایش در پایان نشان می‌دهد چطور آن را در میز سازمان باز کنید (docs/ngo-desk.md).
cli-demo-desk-kept = صندوق ورودی نمایش در { $dir } نگه داشته شد. برای دیدن گزارشش مانند کارکنان سازمان، صندوق را دوباره با ‎`waymark inbox serve --dir { $dir }`‎ اجرا کنید و در پایانهٔ دوم میز سازمان را با ‎`waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`‎. نشانی‌ای را که نشان می‌دهد در مرورگر باز کنید و با نام خود و عبارت عبور نمایش وارد شوید: { $passphrase }
cli-demo-failed-found = یک یادداشت به صورت متن ساده روی دیسک پیدا شد.
cli-demo-failed-duress = رمز اضطراری گاوصندوق را نابود نکرد.

## waymark content (ابزارهای ناشران، و بسته‌ها در گاوصندوق)

cli-content-key-exists = این فایل کلید از قبل وجود دارد. روی آن نوشته نشد.
cli-content-error-write-key = فایل کلید نوشته نشد.
cli-content-error-read-key = فایل کلید خوانده نشد.
cli-content-error-write-manifest = فایل مانیفست نوشته نشد.
cli-content-refused = بسته پذیرفته نشد: { $reason }
cli-content-keygen-done =
    کلید خصوصی نوشته شد. آن را مخفی و دور از اینترنت نگه دارید.
    کلید عمومی: { $public_key }
    شناسهٔ کلید: { $key_id }
cli-content-signed = بستهٔ { $pack_id } نسخهٔ { $version } با کلید { $key_id } امضا شد. تعداد فایل‌ها: { $count }.
cli-content-verified = معتبر: { $pack_id } نسخهٔ { $version }، امضا شده با کلید { $key_id }. فایل‌هایی که با هش خود جور هستند: { $count }.
cli-content-checked = ساختار درست است: { $pack_id } نسخهٔ { $version }. تعداد فایل‌ها: { $files }. تعداد زبان‌ها: { $locales }. امضا بررسی نشد (از waymark content verify استفاده کنید).
cli-content-trusted = از این به بعد، بسته‌هایی که با کلید { $key_id } امضا شده‌اند در این گاوصندوق پذیرفته می‌شوند.
cli-content-untrusted = کلید { $key_id } دیگر مورد اعتماد نیست. بسته‌هایش حذف شدند.
cli-content-not-trusted = کلید { $key_id } اینجا مورد اعتماد نبود.
cli-content-removed = بستهٔ { $pack_id } حذف شد.
cli-content-not-installed = بستهٔ { $pack_id } نصب نبود.
cli-content-installed = بستهٔ { $pack_id } نسخهٔ { $version } نصب شد. تعداد فایل‌ها: { $count }.
cli-content-list-publishers = ناشران مورد اعتماد: { $count }
cli-content-list-packs = بسته‌های نصب‌شده: { $count }
cli-content-list-pack = { $pack_id } نسخهٔ { $version } (کلید { $key_id })

## waymark helplines

cli-helplines-unknown-audience = این گروه شناخته نشد. یکی از این کلمه‌ها را بنویسید: { $choices }.
cli-helplines-unknown-channel = این راه تماس شناخته نشد. یکی از این کلمه‌ها را بنویسید: { $choices }.
cli-helplines-none = هیچ خط کمکی پیدا نشد. بدون --audience یا --channel امتحان کنید، یا کشور دیگری را امتحان کنید.
cli-helplines-call = تماس بگیرید: { $address }
cli-helplines-sms = پیامک (SMS): { $address }
cli-helplines-sms-keyword = پیامک (SMS): { $address } (کلمهٔ { $keyword } را بفرستید)
cli-helplines-chat = گفتگوی آنلاین: { $address }
cli-helplines-web = وب‌سایت: { $address }
cli-helplines-ussd = این کد را بگیرید: { $address }
cli-helplines-whatsapp = واتس‌اپ: { $address }
cli-helplines-bad-date = ‎--today باید تاریخی به شکل YYYY-MM-DD باشد.
cli-helplines-audit-summary = کشورهای پوشش‌داده‌شده: { $countries }. ورودی‌ها: { $entries }.
cli-helplines-audit-unconfirmed = فیلدهایی که هیچ منبعی تأییدشان نمی‌کند:
cli-helplines-audit-key-fields = فیلدهای اصلی، پس نامطمئن نشان داده می‌شوند: { $fields }
cli-helplines-audit-other-fields = فیلدهای دیگر: { $fields }
cli-helplines-audit-stale = منابعی که خیلی وقت پیش بررسی شده‌اند (حد به روز: { $days }):
cli-helplines-audit-secondary = فیلدهای اصلی که فقط رسانه‌ها یا دیگران تأییدشان کرده‌اند:
cli-helplines-audit-marked = به صورت نامطمئن نشان داده می‌شوند، با یادداشت نگهدارندگان:
cli-helplines-audit-no-sources = ورودی‌های بدون هیچ منبع:
cli-helplines-audit-no-emergency = کشورهای بدون شماره اضطراری: { $countries }
cli-helplines-audit-no-trafficking = کشورهای بدون خط مقابله با قاچاق انسان: { $countries }
cli-helplines-audit-no-crisis = کشورهای بدون خط بحران: { $countries }
cli-helplines-audit-none = هیچ
cli-helplines-audit-failed = بعضی کشورها شماره اضطراری ندارند. پیش از انتشار این فهرست، یک شماره با منبعش اضافه کنید.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = با این فرمان بررسی کنید: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = { $file } و { $count } پروندهٔ زبان نوشته شد.
cli-import-summary = { $converted } تبدیل‌شده، { $changed } تغییریافته، { $dropped } کنارگذاشته، { $refused } ردشده.
cli-import-checked = پرسش‌نامه همهٔ بررسی‌های "waymark questionnaire check" را می‌گذراند.
cli-import-action-converted = تبدیل شد
cli-import-action-changed = تغییر کرد
cli-import-action-dropped = کنار گذاشته شد
cli-import-action-refused = رد شد
cli-import-exists = { $file } از قبل وجود دارد: پوشهٔ --out دیگری برگزینید.
