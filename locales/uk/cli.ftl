### Термінальний застосунок waymark. Машинний переклад; потрібна перевірка носієм мови.

## Коди

cli-prompt-passcode = Код:
cli-prompt-new-passcode = Новий код:
cli-prompt-duress-passcode = Екстрений код:
cli-prompt-again = Введіть його ще раз:
cli-passcode-mismatch = Два коди різні. Нічого не змінено.
cli-no-terminal = Немає термінала, щоб запитати код. Задайте WAYMARK_PASSCODE (і WAYMARK_NEW_PASSCODE або WAYMARK_DURESS_PASSCODE, коли потрібно).

## waymark vault

cli-vault-created = Сейф створено. Він закритий. Відкрити його може лише ваш код.
cli-vault-unlocked = Код прийнято. Сейф відкрився і знову закритий.
cli-vault-locked = Сейф закритий. Waymark ніколи не залишає його відкритим після команди.
cli-vault-status-none = У цій папці немає сейфа.
cli-vault-status-wipe =
    Тут є сейф. Він закритий.
    Неправильних кодів від останнього відкриття: { $failed }.
    Його буде стерто після стількох неправильних кодів поспіль: { $limit }.
cli-vault-status-no-wipe =
    Тут є сейф. Він закритий.
    Неправильних кодів від останнього відкриття: { $failed }.
    Неправильні коди ніколи його не стирають.
cli-vault-passcode-changed = Код змінено.
cli-vault-duress-removed = Екстрений код видалено.
cli-vault-duress-set = Екстрений код задано. Відкриття з ним знищує цей сейф і відкриває порожній.
cli-vault-wipe-after-invalid = Вкажіть кількість спроб (1 або більше) або "off".
cli-vault-wipe-after-set = Сейф буде стерто після стількох неправильних кодів поспіль: { $limit }.
cli-vault-wipe-after-off = Неправильні коди більше не стиратимуть сейф.
cli-vault-nothing-wiped = Нічого не стерто.
cli-vault-wiped = Сейф знищено. Його файлів більше немає, і ніхто не зможе їх розшифрувати.
cli-vault-confirm-needed = Додайте --yes, щоб стерти без запитання.
cli-vault-confirm-word = так
cli-vault-confirm-wipe = Знищити цей сейф назавжди? Введіть { $word }:
cli-error-read-answer = Не вдалося прочитати відповідь.

## waymark journal

cli-journal-stdin-failed = Не вдалося прочитати нотатку зі стандартного вводу.
cli-journal-edited = (змінено)
cli-journal-saved = Збережено як нотатку № { $id }.
cli-journal-empty = Щоденник порожній.
cli-journal-changed = Нотатку № { $id } змінено.
cli-journal-deleted = Нотатку № { $id } видалено.

## waymark locales

cli-locales-lint-clean = Проблем немає. Мов: { $locales }. Файлів: { $files }.
cli-locales-lint-failed = Знайдено проблем: { $count }.
cli-direction-ltr = зліва направо
cli-direction-rtl = справа наліво
cli-status-source = вихідний текст
cli-status-machine-assisted = машинний переклад, потрібна перевірка носієм мови
cli-status-native-reviewed = перевірено носієм мови

## waymark demo

cli-error-temp-folder = Не вдалося створити тимчасову папку.
cli-error-read-vault-file = Не вдалося прочитати файл сейфа.
cli-demo-step-1-title = 1. Створити сейф
cli-demo-step-1 =
    Сейф — це зашифроване місце в телефоні. Ми створюємо його в тимчасовій папці.
    Його захищає код { $passcode }. Перетворення коду на ключ навмисно
    триває якусь мить: так вгадувати повільно.
cli-demo-step-2-title = 2. Писати в особистий щоденник
cli-demo-step-2 = Людина записує, що з нею відбувається, з датою:
cli-demo-note-1 = Начальник сьогодні знову забрав мій паспорт
cli-demo-note-2 = Без зарплати 3 тижні. Каже, що я винна 900 за кімнату
cli-demo-note-3 = Після зміни нас замкнули в гуртожитку
cli-demo-step-3-title = 3. Подивитися на файли
cli-demo-step-3 = Сейф закритий. Ось усі його файли на диску:
cli-demo-search-clean = Ми шукали слова з нотаток у кожному байті цих файлів. Їх там немає.
cli-demo-search-found = Ми шукали слова з нотаток у кожному байті цих файлів. ЗНАЙДЕНО. Такого ніколи не має бути.
cli-demo-step-4-title = 4. Хтось вгадує код
cli-demo-step-4 =
    Пробуємо { $guess }: "{ $answer }"
    Цей сейф стирає себе після стількох неправильних спроб поспіль: { $limit }.
    Лічильник зберігається навіть після перезапуску телефона.
cli-demo-step-5-title = 5. Змінити код
cli-demo-step-5 =
    Тепер код { $passcode }. Змінився лише маленький файл ключа.
    Дані не шифрували заново. Нотаток у щоденнику: { $count }.
cli-demo-step-6-title = 6. Задати екстрений код
cli-demo-step-6 =
    Якщо хтось змусить людину відкрити застосунок, вона може ввести { $duress } замість свого коду.
    Це виглядає точно як звичайне відкриття.
cli-demo-step-7-title = 7. Відкрити під тиском
cli-demo-step-7 =
    Відкриття з { $duress } спрацювало. Щоденник виглядає порожнім (нотаток: { $count }).
    Насправді справжній сейф спершу було знищено. Старий код тепер отримує:
    "{ $answer }"
cli-demo-step-8-title = 8. Екстрене стирання
cli-demo-step-8 = Один крок знищує сейф, навіть закритий. Файли, що лишилися в папці:
cli-demo-no-files = (немає)
cli-demo-file-size =
    { $size ->
        [one] { $size } байт
        [few] { $size } байти
        [many] { $size } байтів
       *[other] { $size } байта
    }
cli-demo-end = Демонстрація використала тимчасову папку. Її вже видалено.
cli-demo-keep-inbox-exists = Ця тека вже існує. Вкажіть нову теку для --keep-inbox; нічого не змінено.
cli-demo-desk = Бік НУО в браузері: запустіть `waymark demo --keep-inbox ngo-inbox`, щоб зберегти скриньку демонстрації; наприкінці демонстрація покаже, як відкрити її на робочому місці НУО (docs/ngo-desk.md).
cli-demo-desk-kept = Скриньку демонстрації збережено в { $dir }. Щоб побачити її повідомлення так, як бачить працівник, знову запустіть скриньку командою `waymark inbox serve --dir { $dir }`, а в другому терміналі робоче місце НУО командою `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Відкрийте в браузері адресу, яку воно покаже, і увійдіть зі своїм ім’ям та парольною фразою демонстрації: { $passphrase }
cli-demo-failed-found = На диску знайдено нотатку відкритим текстом.
cli-demo-failed-duress = Екстрений код не знищив сейф.

## waymark content (інструменти для видавців і пакети в сейфі)

cli-content-key-exists = Такий файл ключа вже є. Його не перезаписано.
cli-content-error-write-key = Не вдалося записати файл ключа.
cli-content-error-read-key = Не вдалося прочитати файл ключа.
cli-content-error-write-manifest = Не вдалося записати маніфест.
cli-content-refused = Пакет відхилено: { $reason }
cli-content-keygen-done =
    Приватний ключ записано. Зберігайте його в таємниці й поза мережею.
    Публічний ключ: { $public_key }
    Ідентифікатор ключа: { $key_id }
cli-content-signed = Пакет { $pack_id } версії { $version } підписано ключем { $key_id }. Файлів: { $count }.
cli-content-verified = Дійсний: { $pack_id } версії { $version }, підписаний ключем { $key_id }. Файлів, що збігаються зі своїм хешем: { $count }.
cli-content-checked = Структура правильна: { $pack_id } версії { $version }. Файлів: { $files }. Мов: { $locales }. Підпис не перевірено (скористайтеся waymark content verify).
cli-content-trusted = Відтепер цей сейф прийматиме пакети, підписані ключем { $key_id }.
cli-content-untrusted = Ключ { $key_id } більше не довірений. Його пакети видалено.
cli-content-not-trusted = Ключ { $key_id } тут не був довіреним.
cli-content-removed = Пакет { $pack_id } видалено.
cli-content-not-installed = Пакет { $pack_id } не був встановлений.
cli-content-installed = Встановлено пакет { $pack_id } версії { $version }. Файлів: { $count }.
cli-content-list-publishers = Довірені видавці: { $count }
cli-content-list-packs = Встановлені пакети: { $count }
cli-content-list-pack = { $pack_id } версії { $version } (ключ { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Невідома група людей. Використайте одне з цих слів: { $choices }.
cli-helplines-unknown-channel = Невідомий спосіб зв’язку. Використайте одне з цих слів: { $choices }.
cli-helplines-none = Немає відповідної гарячої лінії. Спробуйте без --audience або --channel, або виберіть іншу країну.
cli-helplines-call = Дзвоніть: { $address }
cli-helplines-sms = SMS: { $address }
cli-helplines-sms-keyword = SMS: { $address } (надішліть слово { $keyword })
cli-helplines-chat = Чат: { $address }
cli-helplines-web = Сайт: { $address }
cli-helplines-ussd = Наберіть код: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today має бути датою у форматі РРРР-ММ-ДД.
cli-helplines-audit-summary = Охоплено країн: { $countries }. Записів: { $entries }.
cli-helplines-audit-unconfirmed = Поля, яких не підтверджує жодне джерело:
cli-helplines-audit-key-fields = ключові поля, тому показані як непідтверджені: { $fields }
cli-helplines-audit-other-fields = інші поля: { $fields }
cli-helplines-audit-stale = Джерела, перевірені надто давно (межа в днях: { $days }):
cli-helplines-audit-secondary = Ключові поля, підтверджені лише пресою чи третіми сторонами:
cli-helplines-audit-marked = Показані як непідтверджені, з приміткою упорядників:
cli-helplines-audit-no-sources = Записи без жодного джерела:
cli-helplines-audit-no-emergency = Країни без номера екстреної допомоги: { $countries }
cli-helplines-audit-no-trafficking = Країни без лінії протидії торгівлі людьми: { $countries }
cli-helplines-audit-no-crisis = Країни без кризової лінії: { $countries }
cli-helplines-audit-none = немає
cli-helplines-audit-failed = Деякі країни не мають номера екстреної допомоги. Додайте його разом із джерелом, перш ніж публікувати цей довідник.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Перевірте його: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = Записано { $file } і { $count } мовних файл(и).
cli-import-summary = { $converted } перетворено, { $changed } змінено, { $dropped } пропущено, { $refused } відхилено.
cli-import-checked = Анкета проходить усі перевірки "waymark questionnaire check".
cli-import-action-converted = перетворено
cli-import-action-changed = змінено
cli-import-action-dropped = пропущено
cli-import-action-refused = відхилено
cli-import-exists = { $file } уже існує: виберіть іншу теку --out.
