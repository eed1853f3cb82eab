### Waymark: повідомлення ядра. Машинний переклад; потрібна перевірка носієм мови.

locale-name = Українська
i18n-text-missing = Цей текст ще недоступний.

## Помилки сейфа

vault-error-not-found = Тут немає сейфа.
vault-error-already-exists = Тут уже є сейф.
vault-error-locked = Сейф закритий. Спочатку відкрийте його своїм кодом.
vault-error-wrong-passcode = Неправильний код.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Неправильний код. Залишилася { $remaining } спроба, потім сейф буде стерто.
        [few] Неправильний код. Залишилося { $remaining } спроби, потім сейф буде стерто.
        [many] Неправильний код. Залишилося { $remaining } спроб, потім сейф буде стерто.
       *[other] Неправильний код. Залишилося { $remaining } спроби, потім сейф буде стерто.
    }
vault-error-invalid-passcode = Код має бути завдовжки від 1 до { $max } байтів.
vault-error-duress-same-as-passcode = Екстрений код має відрізнятися від вашого коду.
vault-error-header-corrupt = Файл ключа сейфа пошкоджено. Сейф не можна відкрити.
vault-error-header-tampered = Файл ключа сейфа було змінено. Сейф не можна відкрити.
vault-error-unsupported-version = Цей сейф створила новіша версія застосунку. Оновіть застосунок, щоб його відкрити.
vault-error-database-corrupt = Дані сейфа пошкоджено.
vault-error-schema-too-new = Цей сейф зберегла новіша версія застосунку. Оновіть застосунок, щоб його відкрити.
vault-error-key-missing = Ключа безпеки телефону для цього сейфа більше немає. Сейф не можна відкрити.
vault-error-key-unwrap-failed = Ключ безпеки телефону не зміг відкрити сейф.
vault-error-key-store-unavailable = Захищене сховище ключів телефону не готове. Спробуйте ще раз.
vault-error-io = Телефон не зміг прочитати або зберегти файли сейфа. Перевірте вільне місце і спробуйте ще раз.
vault-error-database = Усередині сейфа сталася помилка (код { $code }).
vault-error-invalid-setting = Це налаштування неправильне.

## Помилки щоденника

journal-error-not-found = Немає нотатки з таким номером.
journal-error-empty = Нотатка порожня. Спочатку щось напишіть.
journal-error-too-long = Нотатка задовга. Максимум: { $max } байтів.

## Помилки пакетів вмісту

pack-error-manifest-missing = У пакеті немає файлу manifest.json.
pack-error-manifest-invalid = Файл manifest.json недійсний. Подробиці: { $reason }.
pack-error-signature-missing = У пакеті немає файлу manifest.sig.
pack-error-signature-invalid = Підпис не збігається. Пакет змінили, або його підписав інший ключ.
pack-error-unknown-publisher = Пакет підписав видавець { $key_id }. Цей видавець тут не довірений.
pack-error-invalid-public-key = Це не дійсний публічний ключ. Потрібно 64 шістнадцяткові символи (Ed25519).
pack-error-development-key = Ключ розробника підписує лише вбудований пакет застосунку. Йому не можна довіряти для інших пакетів.
pack-error-invalid-private-key = Це не дійсний приватний ключ. Потрібен файл ключа Ed25519 у форматі PKCS#8.
pack-error-hash-mismatch = { $file }: вміст не збігається з маніфестом.
pack-error-size-mismatch = { $file }: розмір не збігається з маніфестом.
pack-error-missing-file = { $file }: є в маніфесті, але немає в пакеті.
pack-error-extra-file = { $file }: є в пакеті, але немає в маніфесті.
pack-error-unsafe-path = { $file }: така назва файлу не дозволена. Подробиці: { $reason }.
pack-error-duplicate-path = { $file }: цей файл трапляється більше одного разу.
pack-error-file-too-large = { $file }: файл завеликий. Межа в байтах: { $max }.
pack-error-pack-too-large = Пакет завеликий. Межа в байтах: { $max }.
pack-error-too-many-files = У пакеті забагато файлів. Межа: { $max }.
pack-error-rollback = Версія { $offered } пакета { $pack_id } не новіша за встановлену версію { $installed }.
pack-error-publisher-mismatch = Пакет { $pack_id } уже встановлено від іншого видавця.
pack-error-reserved-pack-id = Ідентифікатор пакета { $pack_id } зарезервовано для вбудованого пакета застосунку.
pack-error-invalid-content = { $file }: вміст недійсний. Подробиці: { $reason }.
pack-error-io = Не вдалося прочитати або зберегти файли ({ $reason }). Перевірте папку і вільне місце, а тоді спробуйте ще раз.

## Слова відповідей у всіх опитуваннях

answer-yes = Так
answer-no = Ні
answer-not-sure = Не знаю
answer-prefer-not-to-say = Не хочу відповідати
answer-acknowledge = Я розумію
