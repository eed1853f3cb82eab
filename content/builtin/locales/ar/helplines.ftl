# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = مفتوح ليلًا ونهارًا، كل يوم.
helpline-hours-check = ليس مفتوحًا دائمًا. تأكد من المواعيد قبل الاتصال.
helpline-conf-confidential = تقول الخدمة إن ما تقوله يبقى سرًا.
helpline-conf-anonymous = لست مضطرًا لذكر اسمك.
helpline-conf-emergency = رقم طوارئ. قد تأتي الشرطة أو سيارة إسعاف.
helpline-conf-government = خدمة حكومية. قد يُشارَك ما تقوله مع السلطات.
helpline-conf-unknown = لا نعرف من يرى ما تقوله.
helpline-uncertain = لم نتمكن من التأكد من هذا الرقم. قد يكون خطأ.
helpline-uncertain-details = لم نتمكن من التأكد من الجهة التي تدير هذه الخدمة أو من مواعيدها. تحقق قبل الاعتماد عليها.
helpline-note-spoofing = يحذّر الخط من محتالين يزيّفون هذا الرقم في مكالماتهم. لا تثق به إلا عندما تكون أنت المتصل.
helpline-note-from-mobile = للاتصال من هاتف محمول.
helpline-note-from-landline = للاتصال من هاتف أرضي.
helpline-note-from-abroad = للاتصال من خارج البلد.
helpline-note-regional = يعمل في جزء من البلد فقط.
helpline-note-operator-varies = تديره جهة مختلفة في كل بلد، وفي بعضها الشرطة.
helpline-note-bill = لا يظهر في فاتورة الهاتف، لكن الرقم يبقى في قائمة المكالمات على الهاتف.
helpline-note-tourists = شرطة السياحة. يتحدثون عدة لغات.
helpline-note-may-call-emergency = إذا رأوا أن حياتك في خطر مباشر، فقد يتصلون بخدمات الطوارئ.
helpline-note-languages-limited = اللغات الأخرى غير متاحة في كل الأوقات.
