### Команди опитувальників та інтерв’ю в терміналі.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: проблем не знайдено.
cli-questionnaire-check-failed = Файлів із проблемами: { $count } з { $total }.
cli-questionnaire-source-builtin = вбудований
cli-questionnaire-source-pack = пакет { $pack_id }
cli-questionnaire-list-none = Немає доступних опитувальників.

## waymark interview

cli-interview-started = { $title }. Кожна відповідь зберігається в зашифрованому вигляді одразу після введення (чернетка { $draft }).
cli-interview-resumed = { $title }: продовжуємо з того місця, де ви зупинилися.
cli-interview-need-source = Вкажіть ідентифікатор опитувальника або --file.
cli-interview-cmd-back = назад
cli-interview-cmd-review = відповіді
cli-interview-cmd-stop = стоп
cli-interview-cmd-quit = вийти
cli-interview-cmd-help = допомога
cli-interview-cmd-go = перейти
cli-interview-commands = Відповідайте номером або словами відповіді. Можна також ввести: { $back } (попереднє питання), { $review } (переглянути відповіді), { $stop } (зупинитися тут), { $quit } (вийти й продовжити пізніше), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Для інтерв’юера: { $hint }
cli-interview-kind-integer = (ціле число)
cli-interview-kind-decimal = (число)
cli-interview-kind-date = (дата у вигляді РРРР-ММ-ДД)
cli-interview-kind-text = (введіть відповідь і натисніть Enter)
cli-interview-kind-multiple = (один або кілька номерів через кому)
cli-interview-kind-note = (натисніть Enter, щоб продовжити)
cli-interview-kind-optional = (натисніть Enter без відповіді, щоб пропустити питання)
cli-interview-current-answer = Поточна відповідь: { $answer }
cli-interview-not-understood = Вибачте, відповідь не розпізнано. Спробуйте ще раз.
cli-interview-repeat-offer = Додати { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Ваші відповіді:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (немає відповіді)
cli-interview-review-go = Щоб змінити відповідь, введіть { $go } і її номер, наприклад: { $go } 2
cli-interview-review-hidden = Відповіді закриті: людина не погодилася їх показати.
cli-interview-stopped = Зупинилися тут. Більше питань не буде.
cli-interview-end = Це було останнє питання.
cli-interview-left = Відповіді збережено. Щоб продовжити пізніше: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Ви хочете, щоб працівник побачив ваші відповіді? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Дякуємо. Будь ласка, поверніть телефон.
cli-interview-finalize-ask = Завершити й зберегти звіт? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = Звіт { $report } збережено в сейфі. У ньому лише відповіді на поставлені питання.
cli-interview-answer-saved = Відповідь збережено.
cli-interview-answers-file = Не вдалося прочитати файл відповідей. Подробиці: { $reason }
cli-interview-answers-unknown = У файлі відповідей вказано { $name }, але це не питання і не повторюваний розділ цього опитувальника (або його тут не ставлять).
cli-interview-answers-not-list = { $name } — повторюваний розділ: вкажіть список блоків ([[{ $name }]] у TOML).

## Підсумок

cli-interview-summary-title = Підсумок: { $title }
cli-interview-summary-risk = Результат: { $risk }
cli-interview-summary-indicators = Знайдені ознаки:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = У цих відповідях ознак не знайдено.
cli-interview-summary-actions = Рекомендовані кроки:
cli-interview-summary-options = Що ви могли б зробити:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Звернутися на гарячу лінію:
cli-interview-summary-helplines-country = - Звернутися на гарячу лінію. Вкажіть країну людини (наприклад --country UA), щоб побачити потрібні номери.
cli-interview-summary-helplines-none = - Звернутися на гарячу лінію. У довіднику поки немає лінії для цієї країни.
cli-interview-summary-progress = Відповіді: { $answered } з { $relevant }.
cli-interview-summary-stopped = Опитування зупинили достроково.
cli-interview-summary-answers-hidden = Відповіді закриті: людина не погодилася їх показати.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Чернеток немає.
cli-interview-mode-interviewer = інтерв’ю
cli-interview-mode-self = самоперевірка
cli-interview-mode-handover = передача телефона
