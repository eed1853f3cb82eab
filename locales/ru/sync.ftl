### Отправка сообщений в НКО: исходящие, правила отправки, ответы. Машинный перевод; нужна проверка носителем языка.

## Почему сейчас ничего не отправляется

sync-held-waiting-for-user = Ждём, когда вы нажмёте «отправить».
sync-held-no-network = Ждём подключения.
sync-held-captive-portal = Эта сеть сначала требует входа. Ждём.
sync-held-not-validated = Ждём работающего подключения к интернету.
sync-held-transport = Ждём разрешённого вами типа подключения.
sync-held-metered = Ждём подключения без оплаты за объём данных.
sync-held-roaming = В роуминге не отправляем.
sync-held-vpn = Ждём ваш VPN.
sync-held-untrusted-network = Ждём доверенную сеть.
sync-held-time-window = Ждём разрешённого вами времени суток.
sync-held-not-charging = Ждём, когда телефон будет заряжаться.

## Почему отправка не удалась (сообщение сохранено и будет отправлено снова)

sync-failure-connect = Не удалось связаться с сервером НКО.
sync-failure-timeout = Сервер НКО слишком долго не отвечал.
sync-failure-tls = Не удалось проверить защищённое соединение.
sync-failure-pin-mismatch = Ключ безопасности сервера не принадлежит НКО. Ничего не отправлено.
sync-failure-interrupted = Соединение оборвалось.
sync-failure-server-error = На сервере НКО произошла ошибка.
sync-failure-rate-limited = Сервер НКО занят. Попробуем позже.
sync-failure-too-large = Сообщение слишком большое для этой НКО.
sync-failure-refused = Сервер НКО отклонил сообщение.
sync-failure-malformed = Сервер НКО ответил бессмыслицей.
sync-failure-no-endpoint = С текущими настройками до этой НКО не добраться.
sync-failure-setup = Не удалось настроить соединение. Проверьте прокси.
sync-failure-bad-receipt = Квитанцию сервера не удалось проверить, поэтому сообщение сохранено.

## Ошибки

sync-error-unknown-ngo = Этой НКО нет в вашем списке.
sync-error-no-directory = Данные этой НКО ещё не загружены.
sync-error-directory-expired = Данные этой НКО устарели. Сначала обновите их.
sync-error-invalid-key = Это недействительный ключ НКО.
sync-error-unknown-report = Такого сообщения нет в исходящих.
sync-error-nothing-to-send = Отправлять нечего.
sync-error-already-queued = Это уже есть в исходящих.
sync-error-too-large = Сообщение слишком большое для отправки.
sync-error-seal = Не удалось запечатать сообщение.
sync-error-signature = Подпись НКО недействительна.
sync-error-directory-rollback = Эти данные НКО старее тех, что уже есть на этом телефоне, поэтому они не использованы.
sync-error-bad-answer = Сервер НКО ответил бессмыслицей.
sync-error-damaged = Сохранённые данные отправки повреждены.
sync-error-invalid-setting = Эта настройка недопустима: { $setting }.

## waymark ngo

cli-ngo-added = Теперь вы доверяете { $name } (ключ { $key_id }). Сообщения для неё запечатываются так, что прочитать их может только она.
cli-ngo-refreshed = Данные { $name } обновлены.
cli-ngo-none = Вы пока не доверяете ни одной НКО.
cli-ngo-line-ready = { $key_id }  { $name }  (данные действительны до { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (данные ещё не загружены)

## waymark outbox

cli-outbox-queued =
    Запечатано и помещено в исходящие: { $id }.
    Код квитанции (этот телефон запрашивает с ним ответы; прочитать их может только этот телефон): { $code }
    Тот же код цифрами: { $digits }
cli-outbox-fingerprint = Отпечаток сообщения (сотрудник организации видит такой же в вашем сообщении; назовите его вместо кода): { $fingerprint }
cli-outbox-empty = Исходящие пусты.
cli-outbox-kind-questionnaire = опросник
cli-outbox-kind-journal = записи дневника
cli-outbox-kind-assistant = помощник
cli-outbox-kind-text = текст
cli-outbox-line-queued = { $id }  { $kind }  ждёт (попыток: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  доставлено ({ $day })
cli-outbox-last-problem = Последняя проблема: { $reason }
cli-outbox-status = Ждут: { $queued }. Доставлено: { $sent }.
cli-outbox-policy-allows = Ваши правила разрешают отправку сейчас.
cli-sync-held = Сейчас не отправляем. { $reason }
cli-sync-delayed = Скоро отправим, в случайный момент.
cli-sync-idle = Отправлять нечего.
cli-sync-ran = Доставлено: { $sent }. Не удалось: { $failed }. Ещё ждут: { $queued }. Новых ответов: { $replies }.

## waymark policy

cli-yes = да
cli-no = нет
cli-policy-any-time = в любое время
cli-policy-no-proxy = нет
cli-policy-bad-window = Укажите время как ЧЧ:ММ-ЧЧ:ММ, например 22:00-06:00.
cli-policy-saved = Ваши правила сохранены.
cli-policy-show =
    Только когда я нажму «отправить»: { $manual }
    Wi-Fi: { $wifi }. Мобильные данные: { $cellular }. Сети с оплатой за данные: { $metered }. Роуминг: { $roaming }.
    Нужен VPN: { $vpn }. Только доверенные сети: { $trusted } (сохранено: { $trusted_count }).
    Время: { $windows }. Только во время зарядки: { $charging }.
    Случайное ожидание перед отправкой, в секундах: от { $delay_min } до { $delay_max }. Пустые отправки: { $dummy }.
    Прокси Tor или SOCKS: { $proxy }

## waymark replies

cli-replies-none = Ответов пока нет.
cli-replies-line = Ответ от { $day } на сообщение { $id }:
