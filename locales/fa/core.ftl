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

## خطاهای بسته‌های محتوا

pack-error-manifest-missing = بسته فایل manifest.json ندارد.
pack-error-manifest-invalid = فایل manifest.json معتبر نیست. جزئیات: { $reason }.
pack-error-signature-missing = بسته فایل manifest.sig ندارد.
pack-error-signature-invalid = امضا جور نیست. بسته تغییر کرده، یا کلید دیگری آن را امضا کرده است.
pack-error-unknown-publisher = این بسته را ناشر { $key_id } امضا کرده است. این ناشر اینجا مورد اعتماد نیست.
pack-error-invalid-public-key = این کلید عمومی معتبر نیست. باید ۶۴ نویسهٔ هگز باشد (Ed25519).
pack-error-development-key = کلید توسعه فقط بستهٔ داخلی برنامه را امضا می‌کند. نمی‌شود برای بسته‌های دیگر به آن اعتماد کرد.
pack-error-invalid-private-key = این کلید خصوصی معتبر نیست. یک فایل کلید Ed25519 با قالب PKCS#8 لازم است.
pack-error-hash-mismatch = { $file }: محتوا با مانیفست جور نیست.
pack-error-size-mismatch = { $file }: اندازه با مانیفست جور نیست.
pack-error-missing-file = { $file }: در مانیفست آمده، ولی در بسته نیست.
pack-error-extra-file = { $file }: در بسته هست، ولی در مانیفست نیامده است.
pack-error-unsafe-path = { $file }: این نام فایل مجاز نیست. جزئیات: { $reason }.
pack-error-duplicate-path = { $file }: این فایل بیش از یک بار آمده است.
pack-error-file-too-large = { $file }: فایل خیلی بزرگ است. حد مجاز به بایت: { $max }.
pack-error-pack-too-large = بسته خیلی بزرگ است. حد مجاز به بایت: { $max }.
pack-error-too-many-files = بسته فایل‌های خیلی زیادی دارد. حد مجاز: { $max }.
pack-error-rollback = نسخهٔ { $offered } بستهٔ { $pack_id } از نسخهٔ نصب‌شده ({ $installed }) جدیدتر نیست.
pack-error-publisher-mismatch = بستهٔ { $pack_id } قبلاً از ناشر دیگری نصب شده است.
pack-error-reserved-pack-id = شناسهٔ بستهٔ { $pack_id } مخصوص بستهٔ داخلی برنامه است.
pack-error-invalid-content = { $file }: محتوا معتبر نیست. جزئیات: { $reason }.
pack-error-io = فایل‌ها خوانده یا ذخیره نشدند ({ $reason }). پوشه و فضای خالی را بررسی کنید و دوباره امتحان کنید.

## کلمه‌های پاسخ در همهٔ پرسشنامه‌ها

answer-yes = بله
answer-no = نه
answer-not-sure = مطمئن نیستم
answer-prefer-not-to-say = ترجیح می‌دهم نگویم
answer-acknowledge = متوجه هستم
