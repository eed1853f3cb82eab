# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 تشغيل صندوق وارد لمنظمة على هذا الحاسوب
cli-demo-sync-inbox = يعمل الآن خادم صندوق الوارد لمنظمة على { $url } (هذا الحاسوب فقط)، ومفاتيحه في مجلد العرض. يحفظ البلاغات دون أن يستطيع قراءتها: لا يفتحها إلا المفتاح الخاص للمنظمة.
cli-demo-sync-trust-title = 5.2 الثقة بالمنظمة
cli-demo-sync-trust = يثق الهاتف بالمنظمة بمفتاح توقيعها فقط. جلب مدخل الدليل الموقّع للمنظمة وتحقق من التوقيع: { $name } (المفتاح { $key_id })، صالح حتى { $expires }.
cli-demo-sync-interview-title = 5.3 مقابلة فحص
cli-demo-sync-interview = تملأ عاملة مع شخص ما الاستبيان السريع المدمج وتُنهيه ({ $answered } إجابات). العلامات التي وُجدت:
cli-demo-sync-queued-title = 5.4 ختمه ووضعه في صندوق الصادر
cli-demo-sync-queued = يُختم البلاغ فورًا بمفتاح المنظمة. رمز الإيصال (يطلب الهاتف الردود بمعرّف مشتق منه؛ ولا يقرؤها إلا مفتاح الرد في هذا الهاتف): { $code }
cli-demo-sync-policy-title = 5.5 انتظار قواعد الإرسال
cli-demo-sync-policy = ينتظر الإرسال هنا مدة عشوائية بين { $min } و{ $max } ثوانٍ (على الهاتف: دقائق)، كي لا يكشف وقت الإرسال متى كُتب البلاغ. هذه المرة: { $waited } ثوانٍ. ثم أُرسل البلاغ.
cli-demo-sync-receipt-title = 5.6 إيصال موقّع
cli-demo-sync-receipt = وقّع صندوق الوارد إيصالًا لهذه البايتات بالضبط في { $day }. تحقق الهاتف منه بمفتاح إيصالات المنظمة، وبعدها فقط حذف نسخته المختومة. رمز الإيصال: { $code }
cli-demo-sync-ngo-title = 5.7 المنظمة تفتح البلاغ
cli-demo-sync-ngo = نزّلت المنظمة بلاغات جديدة عددها { $count } (استُلم في { $day }) وفتحتها بمفتاحها الخاص. العلامات التي تراها:
cli-demo-sync-reply-title = 5.8 المنظمة تردّ
cli-demo-sync-reply = ختمت المنظمة ردًا لا يفتحه إلا هاتف هذا البلاغ، وأرسلته إلى صندوق الوارد: { $text }
cli-demo-sync-reply-text = وصلنا بلاغك. يمكنك الاتصال بنا كل يوم من 9:00 إلى 17:00. لست وحدك.
cli-demo-sync-read-title = 5.9 صاحب البلاغ يقرأ الرد
cli-demo-sync-read = قرأ صاحب البلاغ ردّ المنظمة ({ $day }):
cli-demo-sync-failed = لم تكتمل رحلة البلاغ إلى صندوق العرض والعودة.
