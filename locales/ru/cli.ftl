### Терминальное приложение waymark. Машинный перевод; нужна проверка носителем языка.

## Коды

cli-prompt-passcode = Код:
cli-prompt-new-passcode = Новый код:
cli-prompt-duress-passcode = Экстренный код:
cli-prompt-again = Введите его ещё раз:
cli-passcode-mismatch = Два кода разные. Ничего не изменено.
cli-no-terminal = Нет терминала, чтобы спросить код. Задайте WAYMARK_PASSCODE (и WAYMARK_NEW_PASSCODE или WAYMARK_DURESS_PASSCODE, когда нужно).

## waymark vault

cli-vault-created = Сейф создан. Он закрыт. Открыть его может только ваш код.
cli-vault-unlocked = Код принят. Сейф открылся и снова закрыт.
cli-vault-locked = Сейф закрыт. Waymark никогда не оставляет его открытым после команды.
cli-vault-status-none = В этой папке нет сейфа.
cli-vault-status-wipe =
    Здесь есть сейф. Он закрыт.
    Неверных кодов с последнего открытия: { $failed }.
    Он будет стёрт после стольких неверных кодов подряд: { $limit }.
cli-vault-status-no-wipe =
    Здесь есть сейф. Он закрыт.
    Неверных кодов с последнего открытия: { $failed }.
    Неверные коды никогда его не стирают.
cli-vault-passcode-changed = Код изменён.
cli-vault-duress-removed = Экстренный код удалён.
cli-vault-duress-set = Экстренный код задан. Открытие с ним уничтожает этот сейф и открывает пустой.
cli-vault-wipe-after-invalid = Укажите число попыток (1 или больше) или "off".
cli-vault-wipe-after-set = Сейф будет стёрт после стольких неверных кодов подряд: { $limit }.
cli-vault-wipe-after-off = Неверные коды больше не будут стирать сейф.
cli-vault-nothing-wiped = Ничего не стёрто.
cli-vault-wiped = Сейф уничтожен. Его файлов больше нет, и никто не сможет их расшифровать.
cli-vault-confirm-needed = Добавьте --yes, чтобы стереть без вопроса.
cli-vault-confirm-word = да
cli-vault-confirm-wipe = Уничтожить этот сейф навсегда? Введите { $word }:
cli-error-read-answer = Не удалось прочитать ответ.

## waymark journal

cli-journal-stdin-failed = Не удалось прочитать заметку из стандартного ввода.
cli-journal-edited = (изменено)
cli-journal-saved = Сохранено как заметка № { $id }.
cli-journal-empty = Дневник пуст.
cli-journal-changed = Заметка № { $id } изменена.
cli-journal-deleted = Заметка № { $id } удалена.

## waymark locales

cli-locales-lint-clean = Проблем нет. Языков: { $locales }. Файлов: { $files }.
cli-locales-lint-failed = Найдено проблем: { $count }.
cli-direction-ltr = слева направо
cli-direction-rtl = справа налево
cli-status-source = исходный текст
cli-status-machine-assisted = машинный перевод, нужна проверка носителем языка
cli-status-native-reviewed = проверено носителем языка

## waymark demo

cli-error-temp-folder = Не удалось создать временную папку.
cli-error-read-vault-file = Не удалось прочитать файл сейфа.
cli-demo-step-1-title = 1. Создать сейф
cli-demo-step-1 =
    Сейф — это зашифрованное место в телефоне. Мы создаём его во временной папке.
    Его защищает код { $passcode }. Превращение кода в ключ нарочно
    занимает немного времени: так угадывать медленно.
cli-demo-step-2-title = 2. Писать в личный дневник
cli-demo-step-2 = Человек записывает, что с ним происходит, с датой:
cli-demo-note-1 = Начальник сегодня опять забрал мой паспорт
cli-demo-note-2 = Без зарплаты 3 недели. Говорит, что я должна 900 за комнату
cli-demo-note-3 = После смены нас заперли в общежитии
cli-demo-step-3-title = 3. Посмотреть на файлы
cli-demo-step-3 = Сейф закрыт. Вот все его файлы на диске:
cli-demo-search-clean = Мы искали слова из заметок в каждом байте этих файлов. Их там нет.
cli-demo-search-found = Мы искали слова из заметок в каждом байте этих файлов. НАЙДЕНО. Такого никогда не должно быть.
cli-demo-step-4-title = 4. Кто-то угадывает код
cli-demo-step-4 =
    Пробуем { $guess }: "{ $answer }"
    Этот сейф стирает себя после стольких неверных попыток подряд: { $limit }.
    Счётчик сохраняется даже после перезапуска телефона.
cli-demo-step-5-title = 5. Сменить код
cli-demo-step-5 =
    Теперь код { $passcode }. Изменился только маленький файл ключа.
    Данные не шифровали заново. Заметок в дневнике: { $count }.
cli-demo-step-6-title = 6. Задать экстренный код
cli-demo-step-6 =
    Если кто-то заставит человека открыть приложение, он может ввести { $duress } вместо своего кода.
    Это выглядит точно как обычное открытие.
cli-demo-step-7-title = 7. Открыть под давлением
cli-demo-step-7 =
    Открытие с { $duress } сработало. Дневник выглядит пустым (заметок: { $count }).
    На самом деле настоящий сейф сначала был уничтожен. Старый код теперь получает:
    "{ $answer }"
cli-demo-step-8-title = 8. Экстренное стирание
cli-demo-step-8 = Один шаг уничтожает сейф, даже закрытый. Файлы, оставшиеся в папке:
cli-demo-no-files = (нет)
cli-demo-file-size =
    { $size ->
        [one] { $size } байт
        [few] { $size } байта
        [many] { $size } байт
       *[other] { $size } байта
    }
cli-demo-end = Демонстрация использовала временную папку. Она уже удалена.
cli-demo-keep-inbox-exists = Эта папка уже существует. Укажите новую папку для --keep-inbox; ничего не изменено.
cli-demo-desk = Сторона НКО в браузере: запустите `waymark demo --keep-inbox ngo-inbox`, чтобы сохранить ящик демонстрации; в конце демонстрация покажет, как открыть его на рабочем месте НКО (docs/ngo-desk.md).
cli-demo-desk-kept = Ящик демонстрации сохранён в { $dir }. Чтобы увидеть его сообщение так, как видит сотрудник, снова запустите ящик командой `waymark inbox serve --dir { $dir }`, а во втором терминале рабочее место НКО командой `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Откройте в браузере адрес, который оно покажет, и войдите со своим именем и парольной фразой демонстрации: { $passphrase }
cli-demo-failed-found = На диске найдена заметка открытым текстом.
cli-demo-failed-duress = Экстренный код не уничтожил сейф.

## waymark content (инструменты для издателей и пакеты в сейфе)

cli-content-key-exists = Такой файл ключа уже есть. Он не перезаписан.
cli-content-error-write-key = Не удалось записать файл ключа.
cli-content-error-read-key = Не удалось прочитать файл ключа.
cli-content-error-write-manifest = Не удалось записать манифест.
cli-content-refused = Пакет отклонён: { $reason }
cli-content-keygen-done =
    Закрытый ключ записан. Храните его в тайне и вне сети.
    Открытый ключ: { $public_key }
    Идентификатор ключа: { $key_id }
cli-content-signed = Пакет { $pack_id } версии { $version } подписан ключом { $key_id }. Файлов: { $count }.
cli-content-verified = Действителен: { $pack_id } версии { $version }, подписан ключом { $key_id }. Файлов, совпадающих со своим хешем: { $count }.
cli-content-checked = Структура верна: { $pack_id } версии { $version }. Файлов: { $files }. Языков: { $locales }. Подпись не проверялась (используйте waymark content verify).
cli-content-trusted = Теперь этот сейф будет принимать пакеты, подписанные ключом { $key_id }.
cli-content-untrusted = Ключу { $key_id } больше не доверяют. Его пакеты удалены.
cli-content-not-trusted = Ключу { $key_id } здесь и так не доверяли.
cli-content-removed = Пакет { $pack_id } удалён.
cli-content-not-installed = Пакет { $pack_id } не был установлен.
cli-content-installed = Установлен пакет { $pack_id } версии { $version }. Файлов: { $count }.
cli-content-list-publishers = Доверенные издатели: { $count }
cli-content-list-packs = Установленные пакеты: { $count }
cli-content-list-pack = { $pack_id } версии { $version } (ключ { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Неизвестная группа людей. Используйте одно из этих слов: { $choices }.
cli-helplines-unknown-channel = Неизвестный способ связи. Используйте одно из этих слов: { $choices }.
cli-helplines-none = Подходящей горячей линии нет. Попробуйте без --audience или --channel либо выберите другую страну.
cli-helplines-call = Звоните: { $address }
cli-helplines-sms = SMS: { $address }
cli-helplines-sms-keyword = SMS: { $address } (отправьте слово { $keyword })
cli-helplines-chat = Чат: { $address }
cli-helplines-web = Сайт: { $address }
cli-helplines-ussd = Наберите код: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today должна быть датой в формате ГГГГ-ММ-ДД.
cli-helplines-audit-summary = Охвачено стран: { $countries }. Записей: { $entries }.
cli-helplines-audit-unconfirmed = Поля, которые не подтверждает ни один источник:
cli-helplines-audit-key-fields = ключевые поля, поэтому показаны как неподтверждённые: { $fields }
cli-helplines-audit-other-fields = другие поля: { $fields }
cli-helplines-audit-stale = Источники, проверенные слишком давно (предел в днях: { $days }):
cli-helplines-audit-secondary = Ключевые поля, подтверждённые только прессой или третьими лицами:
cli-helplines-audit-marked = Показаны как неподтверждённые, с примечанием составителей:
cli-helplines-audit-no-sources = Записи совсем без источников:
cli-helplines-audit-no-emergency = Страны без номера экстренной помощи: { $countries }
cli-helplines-audit-no-trafficking = Страны без линии по борьбе с торговлей людьми: { $countries }
cli-helplines-audit-no-crisis = Страны без кризисной линии: { $countries }
cli-helplines-audit-none = нет
cli-helplines-audit-failed = В некоторых странах нет номера экстренной помощи. Добавьте его вместе с источником, прежде чем публиковать этот справочник.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Проверьте его: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = Записаны { $file } и { $count } языковых файл(а).
cli-import-summary = { $converted } преобразовано, { $changed } изменено, { $dropped } опущено, { $refused } отклонено.
cli-import-checked = Анкета проходит все проверки "waymark questionnaire check".
cli-import-action-converted = преобразовано
cli-import-action-changed = изменено
cli-import-action-dropped = опущено
cli-import-action-refused = отклонено
cli-import-exists = { $file } уже существует: выберите другую папку --out.
