### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Парольная фраза файла ключей организации:
inbox-prompt-again = Введите её ещё раз:
inbox-keygen-done =
    Ключи созданы.
    Закрытые ключи (зашифрованы; храните их на компьютере организации и сделайте копию): { $keys }
    Настройки сервера (скопируйте на сервер): { $config }
    Открытые ключи (для телефонов): { $public }
    Id ключа справочника: { $keyid }
inbox-directory-signed = Запись справочника подписана, действует до { $expires }: { $file }
inbox-pull-done = Загружено новых сообщений: { $new }. Открыто сообщений в локальном хранилище: { $total }.
inbox-pull-unopened = Конвертов, которые этот ключ не смог открыть (сохранены без изменений): { $count }.
inbox-reply-sent = Ответ запечатан и отправлен. Прочитать его может только телефон автора сообщения.
inbox-serve-listening = Почтовый ящик слушает на { $address }. Остановить: Ctrl-C.
inbox-serve-stopped = Почтовый ящик остановлен.
inbox-desk-listening = Рабочее место открыто по адресу { $url } только на этом компьютере. Откройте его в браузере и войдите с парольной фразой файла ключей. Остановите его клавишами Ctrl-C.
inbox-serve-created = Демонстрационный ящик создан в { $dir }. Телефоны отправляют на { $url }.
inbox-error-config = Настройки ящика неверны: { $setting }.
inbox-error-file = Не удалось прочитать или записать файл ({ $file }).
inbox-error-already-exists = В этой папке уже есть ключи. Ничего не перезаписано.
inbox-error-wrong-passphrase = Неверная парольная фраза, или файл ключей был изменён.
inbox-error-weak-passphrase = Парольная фраза слишком короткая. Нужно не меньше 10 символов; лучше всего несколько случайных слов.
inbox-error-key-file = Это не файл ключей организации Waymark, или он повреждён.
inbox-error-schema-too-new = База данных создана более новой версией ящика. Обновите эту программу.
inbox-error-storage = Сейчас базу данных нельзя использовать.
inbox-error-unreachable = Не удалось связаться с сервером ящика.
inbox-error-refused = Сервер ящика отклонил запрос ({ $status }, { $code }).
inbox-error-bad-response = Ответ сервера ящика неверен.
inbox-error-unknown-report = Сообщение с таким id ещё не загружено. Сначала выполните pull.
inbox-error-reply-text = Ответ пустой или слишком длинный.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = Ответ слишком длинный: один ответ вмещает не более { $max } байт. Отправьте его несколькими более короткими ответами.
inbox-error-argument = Неверное значение: { $option }.
inbox-error-no-terminal = Нет терминала, чтобы спросить парольную фразу. Задайте WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Парольные фразы не совпадают. Ничего не изменено.
inbox-error-not-loopback = «waymark inbox serve» слушает только на этом компьютере (127.0.0.1). Для настоящего сервера используйте waymark-inbox serve.
