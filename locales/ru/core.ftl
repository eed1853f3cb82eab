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

## Ошибки пакетов контента

pack-error-manifest-missing = В пакете нет файла manifest.json.
pack-error-manifest-invalid = Файл manifest.json недействителен. Подробности: { $reason }.
pack-error-signature-missing = В пакете нет файла manifest.sig.
pack-error-signature-invalid = Подпись не совпадает. Пакет изменили, или его подписал другой ключ.
pack-error-unknown-publisher = Пакет подписан издателем { $key_id }. Этому издателю здесь не доверяют.
pack-error-invalid-public-key = Это недействительный открытый ключ. Нужно 64 шестнадцатеричных символа (Ed25519).
pack-error-development-key = Ключ разработчика подписывает только встроенный пакет приложения. Ему нельзя доверять для других пакетов.
pack-error-invalid-private-key = Это недействительный закрытый ключ. Нужен файл ключа Ed25519 в формате PKCS#8.
pack-error-hash-mismatch = { $file }: содержимое не совпадает с манифестом.
pack-error-size-mismatch = { $file }: размер не совпадает с манифестом.
pack-error-missing-file = { $file }: есть в манифесте, но нет в пакете.
pack-error-extra-file = { $file }: есть в пакете, но нет в манифесте.
pack-error-unsafe-path = { $file }: такое имя файла не разрешено. Подробности: { $reason }.
pack-error-duplicate-path = { $file }: этот файл встречается больше одного раза.
pack-error-file-too-large = { $file }: файл слишком большой. Предел в байтах: { $max }.
pack-error-pack-too-large = Пакет слишком большой. Предел в байтах: { $max }.
pack-error-too-many-files = В пакете слишком много файлов. Предел: { $max }.
pack-error-rollback = Версия { $offered } пакета { $pack_id } не новее установленной версии { $installed }.
pack-error-publisher-mismatch = Пакет { $pack_id } уже установлен от другого издателя.
pack-error-reserved-pack-id = Идентификатор пакета { $pack_id } зарезервирован для встроенного пакета приложения.
pack-error-invalid-content = { $file }: содержимое недействительно. Подробности: { $reason }.
pack-error-io = Не удалось прочитать или сохранить файлы ({ $reason }). Проверьте папку и свободное место, затем попробуйте ещё раз.

## Слова ответов во всех опросниках

answer-yes = Да
answer-no = Нет
answer-not-sure = Не знаю
answer-prefer-not-to-say = Не хочу отвечать
answer-acknowledge = Я понимаю
