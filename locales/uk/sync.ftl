### Надсилання повідомлень до НУО: вихідні, правила надсилання, відповіді. Машинний переклад; потрібна перевірка носієм мови.

## Чому зараз нічого не надсилається

sync-held-waiting-for-user = Чекаємо, поки ви натиснете «надіслати».
sync-held-no-network = Чекаємо на з'єднання.
sync-held-captive-portal = Ця мережа спершу вимагає входу. Чекаємо.
sync-held-not-validated = Чекаємо на робоче з'єднання з інтернетом.
sync-held-transport = Чекаємо на дозволений вами тип з'єднання.
sync-held-metered = Чекаємо на з'єднання без оплати за обсяг даних.
sync-held-roaming = У роумінгу не надсилаємо.
sync-held-vpn = Чекаємо на ваш VPN.
sync-held-untrusted-network = Чекаємо на довірену мережу.
sync-held-time-window = Чекаємо на дозволений вами час доби.
sync-held-not-charging = Чекаємо, поки телефон заряджатиметься.

## Чому надсилання не вдалося (повідомлення збережено й буде надіслано знову)

sync-failure-connect = Не вдалося зв'язатися із сервером НУО.
sync-failure-timeout = Сервер НУО надто довго не відповідав.
sync-failure-tls = Не вдалося перевірити захищене з'єднання.
sync-failure-pin-mismatch = Ключ безпеки сервера не належить НУО. Нічого не надіслано.
sync-failure-interrupted = З'єднання обірвалося.
sync-failure-server-error = На сервері НУО сталася помилка.
sync-failure-rate-limited = Сервер НУО зайнятий. Спробуємо пізніше.
sync-failure-too-large = Повідомлення завелике для цієї НУО.
sync-failure-refused = Сервер НУО відхилив повідомлення.
sync-failure-malformed = Сервер НУО дав безглузду відповідь.
sync-failure-no-endpoint = З поточними налаштуваннями до цієї НУО не дістатися.
sync-failure-setup = Не вдалося налаштувати з'єднання. Перевірте проксі.
sync-failure-bad-receipt = Квитанцію сервера не вдалося перевірити, тож повідомлення збережено.

## Помилки

sync-error-unknown-ngo = Цієї НУО немає у вашому списку.
sync-error-no-directory = Дані цієї НУО ще не завантажено.
sync-error-directory-expired = Дані цієї НУО застаріли. Спершу оновіть їх.
sync-error-invalid-key = Це недійсний ключ НУО.
sync-error-unknown-report = Такого повідомлення немає у вихідних.
sync-error-nothing-to-send = Надсилати нічого.
sync-error-already-queued = Це вже є у вихідних.
sync-error-too-large = Повідомлення завелике для надсилання.
sync-error-seal = Не вдалося запечатати повідомлення.
sync-error-signature = Підпис НУО недійсний.
sync-error-directory-rollback = Ці дані НУО старіші за ті, що вже є на цьому телефоні, тому їх не використано.
sync-error-bad-answer = Сервер НУО дав безглузду відповідь.
sync-error-damaged = Збережені дані надсилання пошкоджено.
sync-error-invalid-setting = Це налаштування не дозволено: { $setting }.

## waymark ngo

cli-ngo-added = Тепер ви довіряєте { $name } (ключ { $key_id }). Повідомлення для неї запечатуються так, що прочитати їх може лише вона.
cli-ngo-refreshed = Дані { $name } оновлено.
cli-ngo-none = Ви ще не довіряєте жодній НУО.
cli-ngo-line-ready = { $key_id }  { $name }  (дані дійсні до { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (дані ще не завантажено)

## waymark outbox

cli-outbox-queued =
    Запечатано й додано до вихідних: { $id }.
    Код квитанції (цей телефон запитує з ним відповіді; прочитати їх може лише цей телефон): { $code }
    Той самий код цифрами: { $digits }
cli-outbox-fingerprint = Відбиток звернення (працівник організації бачить такий самий у вашому зверненні; прочитайте його замість коду): { $fingerprint }
cli-outbox-empty = Вихідні порожні.
cli-outbox-kind-questionnaire = опитувальник
cli-outbox-kind-journal = записи щоденника
cli-outbox-kind-assistant = помічник
cli-outbox-kind-text = текст
cli-outbox-line-queued = { $id }  { $kind }  чекає (спроб: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  доставлено ({ $day })
cli-outbox-last-problem = Остання проблема: { $reason }
cli-outbox-status = Чекають: { $queued }. Доставлено: { $sent }.
cli-outbox-policy-allows = Ваші правила дозволяють надсилати зараз.
cli-sync-held = Зараз не надсилаємо. { $reason }
cli-sync-delayed = Скоро надішлемо, у випадковий момент.
cli-sync-idle = Надсилати нічого.
cli-sync-ran = Доставлено: { $sent }. Не вдалося: { $failed }. Ще чекають: { $queued }. Нових відповідей: { $replies }.

## waymark policy

cli-yes = так
cli-no = ні
cli-policy-any-time = будь-коли
cli-policy-no-proxy = немає
cli-policy-bad-window = Вкажіть час як ГГ:ХХ-ГГ:ХХ, наприклад 22:00-06:00.
cli-policy-saved = Ваші правила збережено.
cli-policy-show =
    Лише коли я натисну «надіслати»: { $manual }
    Wi-Fi: { $wifi }. Мобільні дані: { $cellular }. Мережі з оплатою за дані: { $metered }. Роумінг: { $roaming }.
    Потрібен VPN: { $vpn }. Лише довірені мережі: { $trusted } (збережено: { $trusted_count }).
    Час: { $windows }. Лише під час заряджання: { $charging }.
    Випадкове очікування перед надсиланням, у секундах: від { $delay_min } до { $delay_max }. Порожні надсилання: { $dummy }.
    Проксі Tor або SOCKS: { $proxy }

## waymark replies

cli-replies-none = Відповідей поки немає.
cli-replies-line = Відповідь від { $day } на повідомлення { $id }:
