### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Парольна фраза файлу ключів організації:
inbox-prompt-again = Введіть її ще раз:
inbox-keygen-done =
    Ключі створено.
    Приватні ключі (зашифровані; зберігайте їх на комп’ютері організації й зробіть копію): { $keys }
    Налаштування сервера (скопіюйте на сервер): { $config }
    Публічні ключі (для телефонів): { $public }
    Id ключа довідника: { $keyid }
inbox-directory-signed = Запис довідника підписано, дійсний до { $expires }: { $file }
inbox-pull-done = Завантажено нових повідомлень: { $new }. Відкрито повідомлень у локальному сховищі: { $total }.
inbox-pull-unopened = Конвертів, які цей ключ не зміг відкрити (збережено без змін): { $count }.
inbox-reply-sent = Відповідь запечатано й надіслано. Прочитати її може лише телефон автора повідомлення.
inbox-serve-listening = Скринька слухає на { $address }. Зупинити: Ctrl-C.
inbox-serve-stopped = Скриньку зупинено.
inbox-desk-listening = Робоче місце відкрите за адресою { $url } лише на цьому комп’ютері. Відкрийте його в браузері й увійдіть з парольною фразою файлу ключів. Зупиніть його клавішами Ctrl-C.
inbox-serve-created = Демонстраційну скриньку створено в { $dir }. Телефони надсилають на { $url }.
inbox-error-config = Налаштування скриньки неправильні: { $setting }.
inbox-error-file = Не вдалося прочитати або записати файл ({ $file }).
inbox-error-already-exists = У цій теці вже є ключі. Нічого не перезаписано.
inbox-error-wrong-passphrase = Неправильна парольна фраза, або файл ключів змінено.
inbox-error-weak-passphrase = Парольна фраза закоротка. Потрібно щонайменше 10 символів; найкраще кілька випадкових слів.
inbox-error-key-file = Це не файл ключів організації Waymark, або він пошкоджений.
inbox-error-schema-too-new = Базу даних створила новіша версія скриньки. Оновіть цю програму.
inbox-error-storage = Зараз базою даних не можна користуватися.
inbox-error-unreachable = Не вдалося зв’язатися із сервером скриньки.
inbox-error-refused = Сервер скриньки відхилив запит ({ $status }, { $code }).
inbox-error-bad-response = Відповідь сервера скриньки неправильна.
inbox-error-unknown-report = Повідомлення з таким id ще не завантажено. Спершу виконайте pull.
inbox-error-reply-text = Відповідь порожня або задовга.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = Відповідь задовга: одна відповідь вміщує щонайбільше { $max } байтів. Надішліть її кількома коротшими відповідями.
inbox-error-argument = Неправильне значення: { $option }.
inbox-error-no-terminal = Немає термінала, щоб запитати парольну фразу. Задайте WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Парольні фрази різні. Нічого не змінено.
inbox-error-not-loopback = «waymark inbox serve» слухає лише на цьому комп’ютері (127.0.0.1). Для справжнього сервера використовуйте waymark-inbox serve.
