### Waymark: сообщения ядра. Машинный перевод; нужна проверка носителем языка.

locale-name = Русский
i18n-text-missing = Этот текст пока недоступен.

## Ошибки сейфа

vault-error-not-found = Здесь нет сейфа.
vault-error-already-exists = Здесь уже есть сейф.
vault-error-locked = Сейф закрыт. Сначала откройте его своим кодом.
vault-error-wrong-passcode = Неверный код.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Неверный код. Осталась { $remaining } попытка, потом сейф будет стёрт.
        [few] Неверный код. Осталось { $remaining } попытки, потом сейф будет стёрт.
        [many] Неверный код. Осталось { $remaining } попыток, потом сейф будет стёрт.
       *[other] Неверный код. Осталось { $remaining } попытки, потом сейф будет стёрт.
    }
vault-error-invalid-passcode = Длина кода должна быть от 1 до { $max } байт.
vault-error-duress-same-as-passcode = Экстренный код должен отличаться от вашего кода.
vault-error-header-corrupt = Файл ключа сейфа повреждён. Сейф нельзя открыть.
vault-error-header-tampered = Файл ключа сейфа был изменён. Сейф нельзя открыть.
vault-error-unsupported-version = Этот сейф создан более новой версией приложения. Обновите приложение, чтобы открыть его.
vault-error-database-corrupt = Данные сейфа повреждены.
vault-error-schema-too-new = Этот сейф сохранён более новой версией приложения. Обновите приложение, чтобы открыть его.
vault-error-key-missing = Ключа безопасности телефона для этого сейфа больше нет. Сейф нельзя открыть.
vault-error-key-unwrap-failed = Ключ безопасности телефона не смог открыть сейф.
vault-error-key-store-unavailable = Защищённое хранилище ключей телефона не готово. Попробуйте ещё раз.
vault-error-io = Телефон не смог прочитать или сохранить файлы сейфа. Проверьте свободное место и попробуйте ещё раз.
vault-error-database = Внутри сейфа произошла ошибка (код { $code }).
vault-error-invalid-setting = Эта настройка неверна.

## Ошибки дневника

journal-error-not-found = Нет заметки с таким номером.
journal-error-empty = Заметка пустая. Сначала что-нибудь напишите.
journal-error-too-long = Заметка слишком длинная. Максимум: { $max } байт.
