### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = عبارهٔ عبور فایل کلیدهای سازمان:
inbox-prompt-again = دوباره بنویسید:
inbox-keygen-done =
    کلیدها ساخته شد.
    کلیدهای خصوصی (رمزگذاری‌شده؛ روی رایانهٔ سازمان نگه دارید و پشتیبان بگیرید): { $keys }
    پیکربندی سرور (روی سرور کپی کنید): { $config }
    کلیدهای عمومی (برای گوشی‌ها): { $public }
    شناسهٔ کلید فهرست: { $keyid }
inbox-directory-signed = مدخل فهرست امضا شد، معتبر تا { $expires }: { $file }
inbox-pull-done = گزارش‌های تازهٔ دریافت‌شده: { $new }. گزارش‌های بازشده در انبار محلی: { $total }.
inbox-pull-unopened = پاکت‌هایی که این کلید نتوانست باز کند (بدون تغییر نگه داشته شدند): { $count }.
inbox-reply-sent = پاسخ مهروموم و فرستاده شد. فقط گوشی گزارش‌دهنده می‌تواند آن را بخواند.
inbox-serve-listening = صندوق ورودی روی { $address } گوش می‌دهد. با Ctrl-C متوقفش کنید.
inbox-serve-stopped = صندوق ورودی متوقف شد.
inbox-desk-listening = میز در { $url } فقط روی همین رایانه باز است. آن را در مرورگر باز کنید و با عبارت عبور فایل کلیدها وارد شوید. با Ctrl-C متوقفش کنید.
inbox-serve-created = یک صندوق نمایشی در { $dir } ساخته شد. گوشی‌ها به { $url } می‌فرستند.
inbox-error-config = پیکربندی صندوق ورودی معتبر نیست: { $setting }.
inbox-error-file = خواندن یا نوشتن یک فایل ممکن نشد ({ $file }).
inbox-error-already-exists = در این پوشه از قبل کلید هست. چیزی بازنویسی نشد.
inbox-error-wrong-passphrase = عبارهٔ عبور نادرست است، یا فایل کلیدها تغییر کرده است.
inbox-error-weak-passphrase = عبارهٔ عبور خیلی کوتاه است. دست‌کم ۱۰ نویسه به کار ببرید؛ چند واژهٔ تصادفی بهترین است.
inbox-error-key-file = این فایل کلیدهای سازمان Waymark نیست، یا آسیب دیده است.
inbox-error-schema-too-new = پایگاه داده را نسخهٔ تازه‌تری از صندوق ساخته است. این برنامه را به‌روز کنید.
inbox-error-storage = اکنون نمی‌توان از پایگاه داده استفاده کرد.
inbox-error-unreachable = دسترسی به سرور صندوق ورودی ممکن نشد.
inbox-error-refused = سرور صندوق ورودی درخواست را رد کرد ({ $status }، { $code }).
inbox-error-bad-response = پاسخ سرور صندوق ورودی معتبر نیست.
inbox-error-unknown-report = هنوز گزارشی با این شناسه دریافت نشده است. اول pull را اجرا کنید.
inbox-error-reply-text = پاسخ خالی یا خیلی بلند است.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = پاسخ بیش از حد طولانی است: هر پاسخ حداکثر { $max } بایت جا دارد. آن را در چند پاسخ کوتاه‌تر بفرستید.
inbox-error-argument = این مقدار معتبر نیست: { $option }.
inbox-error-no-terminal = پایانه‌ای برای پرسیدن عبارهٔ عبور نیست. WAYMARK_INBOX_PASSPHRASE را تنظیم کنید.
inbox-error-passphrase-mismatch = دو عبارهٔ عبور یکی نیستند. چیزی تغییر نکرد.
inbox-error-not-loopback = فرمان waymark inbox serve فقط روی همین رایانه (127.0.0.1) گوش می‌دهد. برای سرور واقعی از waymark-inbox serve استفاده کنید.
