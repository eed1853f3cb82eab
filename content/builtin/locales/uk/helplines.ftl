# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Працює цілодобово, щодня.
helpline-hours-check = Працює не завжди. Перевірте години роботи перед дзвінком.
helpline-conf-confidential = Служба каже, що все, що ви розповісте, залишиться між вами.
helpline-conf-anonymous = Вам не потрібно називати своє ім'я.
helpline-conf-emergency = Екстрений номер. Може приїхати поліція або швидка.
helpline-conf-government = Це державна служба. Те, що ви скажете, можуть передати владі.
helpline-conf-unknown = Ми не знаємо, хто бачить те, що ви розповідаєте.
helpline-uncertain = Ми не змогли перевірити цей номер. Він може бути неправильним.
