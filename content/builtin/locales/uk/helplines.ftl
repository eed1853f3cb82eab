# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Працює цілодобово, щодня.
helpline-hours-check = Працює не завжди. Перевірте години роботи перед дзвінком.
helpline-conf-confidential = Служба каже, що все, що ви розповісте, залишиться між вами.
helpline-conf-anonymous = Вам не потрібно називати своє ім'я.
helpline-conf-emergency = Екстрений номер. Може приїхати поліція або швидка.
helpline-conf-government = Це державна служба. Те, що ви скажете, можуть передати владі.
helpline-conf-unknown = Ми не знаємо, хто бачить те, що ви розповідаєте.
helpline-uncertain = Ми не змогли перевірити цей номер. Він може бути неправильним.
helpline-uncertain-details = Ми не змогли підтвердити, хто веде цю службу і коли вона працює. Перевірте, перш ніж на неї покладатися.
helpline-note-spoofing = Лінія попереджає, що шахраї підробляють цей номер, коли телефонують. Довіряйте йому, лише коли телефонуєте ви самі.
helpline-note-from-mobile = Для дзвінків з мобільного телефона.
helpline-note-from-landline = Для дзвінків зі стаціонарного телефона.
helpline-note-from-abroad = Для дзвінків з-за кордону.
helpline-note-regional = Працює лише в частині країни.
helpline-note-operator-varies = У кожній країні її веде інша організація, в деяких — поліція.
helpline-note-bill = Не з'являється в рахунку, але номер залишається у списку дзвінків телефона.
helpline-note-tourists = Туристична поліція. Говорять кількома мовами.
helpline-note-may-call-emergency = Якщо вважатимуть, що ваше життя в безпосередній небезпеці, можуть викликати екстрені служби.
helpline-note-languages-limited = Інші мови доступні не цілодобово.
