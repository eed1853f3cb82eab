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
