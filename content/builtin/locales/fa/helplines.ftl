# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = شبانه‌روزی، هر روز باز است.
helpline-hours-check = همیشه باز نیست. پیش از تماس، ساعت کار را ببینید.
helpline-conf-confidential = این سرویس می‌گوید حرف‌های شما محرمانه می‌ماند.
helpline-conf-anonymous = لازم نیست نام خود را بگویید.
helpline-conf-emergency = شماره اضطراری. ممکن است پلیس یا آمبولانس بیاید.
helpline-conf-government = دولتی است. ممکن است حرف‌های شما به مقامات گفته شود.
helpline-conf-unknown = نمی‌دانیم چه کسی حرف‌های شما را می‌بیند.
helpline-uncertain = نتوانستیم این شماره را تأیید کنیم. ممکن است اشتباه باشد.
