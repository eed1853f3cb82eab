### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = مشکلی در داخل برنامه پیش آمد. هیچ‌چیز از آنچه ذخیره کرده بودید از بین نرفت. لطفاً دوباره تلاش کنید.
ffi-network-facts-unavailable = برنامه اکنون نمی‌تواند شبکه را بررسی کند، بنابراین چیزی فرستاده نشد.
ffi-questionnaire-invalid = این پرسشنامه اشتباه دارد و نمی‌توان از آن استفاده کرد.
ffi-questionnaire-required = لطفاً برای ادامه به این پرسش پاسخ دهید.
ffi-questionnaire-not-accepted = این پاسخ با این پرسش جور نیست.
ffi-questionnaire-too-long = این پاسخ خیلی طولانی است.
ffi-questionnaire-not-available = این پرسش اکنون در دسترس نیست.
ffi-questionnaire-closed = این پرسشنامه تمام شده است. پاسخ دیگری نمی‌توان افزود.
ffi-questionnaire-draft-not-found = این پیش‌نویس یا گزارش دیگر اینجا نیست.
ffi-questionnaire-draft-mismatch = این پیش‌نویس با نسخهٔ دیگری از پرسشنامه شروع شده است.
ffi-questionnaire-draft-damaged = این پیش‌نویس ذخیره‌شده آسیب دیده است و باز نمی‌شود.
