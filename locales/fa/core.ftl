### Waymark: پیام‌های هسته. ترجمه با کمک ماشین؛ نیاز به بازبینی گویشور بومی دارد.

locale-name = فارسی
i18n-text-missing = این متن هنوز در دسترس نیست.

## خطاهای گاوصندوق

vault-error-not-found = اینجا گاوصندوقی نیست.
vault-error-already-exists = اینجا از قبل یک گاوصندوق هست.
vault-error-locked = گاوصندوق قفل است. اول آن را با رمز خود باز کنید.
vault-error-wrong-passcode = رمز اشتباه است.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] رمز اشتباه است. { $remaining } بار دیگر می‌توانید امتحان کنید، بعد گاوصندوق پاک می‌شود.
       *[other] رمز اشتباه است. { $remaining } بار دیگر می‌توانید امتحان کنید، بعد گاوصندوق پاک می‌شود.
    }
vault-error-invalid-passcode = رمز باید بین ۱ تا { $max } بایت باشد.
vault-error-duress-same-as-passcode = رمز اضطراری باید با رمز شما فرق داشته باشد.
vault-error-header-corrupt = فایل کلید گاوصندوق خراب شده است. گاوصندوق باز نمی‌شود.
vault-error-header-tampered = فایل کلید گاوصندوق تغییر کرده است. گاوصندوق باز نمی‌شود.
vault-error-unsupported-version = این گاوصندوق با نسخهٔ جدیدتری از برنامه ساخته شده است. برای باز کردن آن، برنامه را به‌روز کنید.
vault-error-database-corrupt = داده‌های گاوصندوق خراب شده است.
vault-error-schema-too-new = این گاوصندوق با نسخهٔ جدیدتری از برنامه ذخیره شده است. برای باز کردن آن، برنامه را به‌روز کنید.
vault-error-key-missing = کلید امنیتی گوشی برای این گاوصندوق از بین رفته است. گاوصندوق باز نمی‌شود.
vault-error-key-unwrap-failed = کلید امنیتی گوشی نتوانست گاوصندوق را باز کند.
vault-error-key-store-unavailable = محل امن کلیدهای گوشی آماده نیست. دوباره امتحان کنید.
vault-error-io = گوشی نتوانست فایل‌های گاوصندوق را بخواند یا ذخیره کند. فضای خالی را بررسی کنید و دوباره امتحان کنید.
vault-error-database = مشکلی در داخل گاوصندوق پیش آمد (کد { $code }).
vault-error-invalid-setting = این تنظیم درست نیست.

## خطاهای دفترچه

journal-error-not-found = یادداشتی با این شماره نیست.
journal-error-empty = یادداشت خالی است. اول چیزی بنویسید.
journal-error-too-long = یادداشت خیلی بلند است. حداکثر { $max } بایت می‌تواند باشد.
