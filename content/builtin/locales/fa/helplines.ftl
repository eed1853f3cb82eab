# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = شبانه‌روزی، هر روز باز است.
helpline-hours-check = همیشه باز نیست. پیش از تماس، ساعت کار را ببینید.
helpline-conf-confidential = این سرویس می‌گوید حرف‌های شما محرمانه می‌ماند.
helpline-conf-anonymous = لازم نیست نام خود را بگویید.
helpline-conf-emergency = شماره اضطراری. ممکن است پلیس یا آمبولانس بیاید.
helpline-conf-government = دولتی است. ممکن است حرف‌های شما به مقامات گفته شود.
helpline-conf-unknown = نمی‌دانیم چه کسی حرف‌های شما را می‌بیند.
helpline-uncertain = نتوانستیم این شماره را تأیید کنیم. ممکن است اشتباه باشد.
helpline-uncertain-details = نتوانستیم تأیید کنیم چه کسی این خدمت را اداره می‌کند یا چه ساعت‌هایی باز است. پیش از تکیه بر آن بررسی کنید.
helpline-note-spoofing = این خط هشدار می‌دهد که کلاهبرداران در تماس‌هایشان این شماره را جعل می‌کنند. فقط وقتی خودتان زنگ می‌زنید به آن اعتماد کنید.
helpline-note-from-mobile = برای تماس با تلفن همراه.
helpline-note-from-landline = برای تماس با تلفن ثابت.
helpline-note-from-abroad = برای تماس از خارج کشور.
helpline-note-regional = فقط در بخشی از کشور کار می‌کند.
helpline-note-operator-varies = در هر کشور سازمان دیگری آن را اداره می‌کند؛ در بعضی کشورها پلیس.
helpline-note-bill = در قبض تلفن نمی‌آید، ولی شماره در فهرست تماس‌های گوشی می‌ماند.
helpline-note-tourists = پلیس گردشگری. به چند زبان صحبت می‌کنند.
helpline-note-may-call-emergency = اگر فکر کنند جانتان در خطر فوری است، ممکن است با خدمات اضطراری تماس بگیرند.
helpline-note-languages-limited = زبان‌های دیگر در همهٔ ساعت‌ها در دسترس نیستند.
