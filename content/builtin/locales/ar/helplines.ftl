# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = مفتوح ليلًا ونهارًا، كل يوم.
helpline-hours-check = ليس مفتوحًا دائمًا. تأكد من المواعيد قبل الاتصال.
helpline-conf-confidential = تقول الخدمة إن ما تقوله يبقى سرًا.
helpline-conf-anonymous = لست مضطرًا لذكر اسمك.
helpline-conf-emergency = رقم طوارئ. قد تأتي الشرطة أو سيارة إسعاف.
helpline-conf-government = خدمة حكومية. قد يُشارَك ما تقوله مع السلطات.
helpline-conf-unknown = لا نعرف من يرى ما تقوله.
helpline-uncertain = لم نتمكن من التأكد من هذا الرقم. قد يكون خطأ.
