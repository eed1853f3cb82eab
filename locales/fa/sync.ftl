### فرستادن گزارش به سازمان: صندوق خروجی، قواعد ارسال، پاسخ‌ها. ترجمهٔ ماشینی؛ نیاز به بازبینی دارد.

## چرا الان چیزی فرستاده نمی‌شود

sync-held-waiting-for-user = منتظر است که دکمهٔ ارسال را بزنید.
sync-held-no-network = منتظر اتصال است.
sync-held-captive-portal = این شبکه اول ورود می‌خواهد. منتظر است.
sync-held-not-validated = منتظر اینترنتی است که کار کند.
sync-held-transport = منتظر نوع اتصالی است که اجازه داده‌اید.
sync-held-metered = منتظر اتصالی است که بر اساس حجم داده پولی نیست.
sync-held-roaming = در رومینگ چیزی فرستاده نمی‌شود.
sync-held-vpn = منتظر وی‌پی‌ان شماست.
sync-held-untrusted-network = منتظر شبکه‌ای است که به آن اعتماد دارید.
sync-held-time-window = منتظر ساعتی از روز است که اجازه داده‌اید.
sync-held-not-charging = منتظر شارژ شدن گوشی است.

## چرا ارسال نشد (گزارش نگه داشته می‌شود و دوباره فرستاده می‌شود)

sync-failure-connect = به سرور سازمان دسترسی نشد.
sync-failure-timeout = سرور سازمان خیلی دیر جواب داد.
sync-failure-tls = اتصال امن بررسی نشد.
sync-failure-pin-mismatch = کلید امنیتی سرور مال سازمان نیست. چیزی فرستاده نشد.
sync-failure-interrupted = اتصال قطع شد.
sync-failure-server-error = سرور سازمان دچار مشکل شد.
sync-failure-rate-limited = سرور سازمان شلوغ است. بعداً دوباره امتحان می‌شود.
sync-failure-too-large = گزارش برای این سازمان خیلی بزرگ است.
sync-failure-refused = سرور سازمان گزارش را رد کرد.
sync-failure-malformed = سرور سازمان جوابی بی‌معنی داد.
sync-failure-no-endpoint = با تنظیمات فعلی راهی برای رسیدن به این سازمان نیست.
sync-failure-setup = اتصال آماده نشد. تنظیمات پروکسی را بررسی کنید.
sync-failure-bad-receipt = رسید سرور بررسی نشد، پس گزارش نگه داشته می‌شود.

## خطاها

sync-error-unknown-ngo = این سازمان در فهرست شما نیست.
sync-error-no-directory = اطلاعات این سازمان هنوز دانلود نشده است.
sync-error-directory-expired = اطلاعات این سازمان قدیمی است. اول آن را به‌روز کنید.
sync-error-invalid-key = این کلید معتبر سازمان نیست.
sync-error-unknown-report = چنین گزارشی در صندوق خروجی نیست.
sync-error-nothing-to-send = چیزی برای فرستادن نیست.
sync-error-already-queued = این از قبل در صندوق خروجی است.
sync-error-too-large = گزارش برای فرستادن خیلی بزرگ است.
sync-error-seal = گزارش مهر و موم نشد.
sync-error-signature = امضای سازمان معتبر نیست.
sync-error-directory-rollback = این اطلاعات سازمان قدیمی‌تر از اطلاعاتی است که روی این گوشی هست، برای همین استفاده نشد.
sync-error-bad-answer = سرور سازمان جوابی بی‌معنی داد.
sync-error-damaged = داده‌های ذخیره‌شدهٔ ارسال آسیب دیده‌اند.
sync-error-invalid-setting = این تنظیم مجاز نیست: { $setting }.

## waymark ngo

cli-ngo-added = اکنون به { $name } اعتماد دارید (کلید { $key_id }). گزارش‌ها طوری مهر و موم می‌شوند که فقط آن سازمان بتواند بخواند.
cli-ngo-refreshed = اطلاعات { $name } به‌روز است.
cli-ngo-none = هنوز به هیچ سازمانی اعتماد نکرده‌اید.
cli-ngo-line-ready = { $key_id }  { $name }  (اطلاعات تا { $expires } معتبر است)
cli-ngo-line-no-directory = { $key_id }  { $name }  (اطلاعات هنوز دانلود نشده)

## waymark outbox

cli-outbox-queued =
    مهر و موم شد و در صندوق خروجی قرار گرفت: { $id }.
    کد رسید (این گوشی با آن پاسخ‌ها را درخواست می‌کند؛ فقط همین گوشی می‌تواند آن‌ها را بخواند): { $code }
    همان کد به صورت رقم: { $digits }
cli-outbox-fingerprint = اثر انگشت گزارش (کارمند سازمان همین را روی گزارش شما می‌بیند؛ به جای کد، این را برایش بخوانید): { $fingerprint }
cli-outbox-empty = صندوق خروجی خالی است.
cli-outbox-kind-questionnaire = پرسشنامه
cli-outbox-kind-journal = یادداشت‌های دفترچه
cli-outbox-kind-assistant = دستیار
cli-outbox-kind-text = متن
cli-outbox-line-queued = { $id }  { $kind }  در انتظار (تلاش‌ها: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  تحویل شد ({ $day })
cli-outbox-last-problem = آخرین مشکل: { $reason }
cli-outbox-status = در انتظار: { $queued }. تحویل‌شده: { $sent }.
cli-outbox-policy-allows = قواعد شما اجازهٔ ارسال را الان می‌دهد.
cli-sync-held = الان فرستاده نمی‌شود. { $reason }
cli-sync-delayed = به‌زودی، در لحظه‌ای تصادفی فرستاده می‌شود.
cli-sync-idle = چیزی برای فرستادن نیست.
cli-sync-ran = تحویل‌شده: { $sent }. ناموفق: { $failed }. هنوز در انتظار: { $queued }. پاسخ‌های تازه: { $replies }.

## waymark policy

cli-yes = بله
cli-no = نه
cli-policy-any-time = هر زمان
cli-policy-no-proxy = هیچ
cli-policy-bad-window = بازه‌های زمانی را به شکل HH:MM-HH:MM بنویسید، مثلاً 22:00-06:00.
cli-policy-saved = قواعد شما ذخیره شد.
cli-policy-show =
    فقط وقتی دکمهٔ ارسال را می‌زنم: { $manual }
    Wi-Fi: { $wifi }. دادهٔ همراه: { $cellular }. شبکه‌های پولی بر اساس داده: { $metered }. رومینگ: { $roaming }.
    وی‌پی‌ان لازم است: { $vpn }. فقط شبکه‌های مورد اعتماد: { $trusted } (ذخیره‌شده: { $trusted_count }).
    ساعت‌ها: { $windows }. فقط هنگام شارژ: { $charging }.
    انتظار تصادفی پیش از ارسال، به ثانیه: از { $delay_min } تا { $delay_max }. ارسال ساختگی: { $dummy }.
    پروکسی Tor یا SOCKS: { $proxy }

## waymark replies

cli-replies-none = هنوز پاسخی نیامده است.
cli-replies-line = پاسخ { $day } به گزارش { $id }:
