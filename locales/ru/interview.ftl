### Команды опросников и интервью в терминале.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: проблем не найдено.
cli-questionnaire-check-failed = Файлов с проблемами: { $count } из { $total }.
cli-questionnaire-source-builtin = встроенный
cli-questionnaire-source-pack = пакет { $pack_id }
cli-questionnaire-list-none = Нет доступных опросников.

## waymark interview

cli-interview-started = { $title }. Каждый ответ сохраняется в зашифрованном виде сразу после ввода (черновик { $draft }).
cli-interview-resumed = { $title }: продолжаем с того места, где вы остановились.
cli-interview-need-source = Укажите идентификатор опросника или --file.
cli-interview-cmd-back = назад
cli-interview-cmd-review = ответы
cli-interview-cmd-stop = стоп
cli-interview-cmd-quit = выйти
cli-interview-cmd-help = помощь
cli-interview-cmd-go = перейти
cli-interview-commands = Отвечайте номером или словами ответа. Можно также ввести: { $back } (предыдущий вопрос), { $review } (посмотреть ответы), { $stop } (остановиться здесь), { $quit } (выйти и продолжить позже), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Для интервьюера: { $hint }
cli-interview-kind-integer = (целое число)
cli-interview-kind-decimal = (число)
cli-interview-kind-date = (дата в виде ГГГГ-ММ-ДД)
cli-interview-kind-text = (введите ответ и нажмите Enter)
cli-interview-kind-multiple = (один или несколько номеров через запятую)
cli-interview-kind-note = (нажмите Enter, чтобы продолжить)
cli-interview-kind-optional = (нажмите Enter без ответа, чтобы пропустить вопрос)
cli-interview-current-answer = Текущий ответ: { $answer }
cli-interview-not-understood = Извините, ответ не распознан. Попробуйте ещё раз.
cli-interview-repeat-offer = Добавить { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Ваши ответы:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (нет ответа)
cli-interview-review-go = Чтобы изменить ответ, введите { $go } и его номер, например: { $go } 2
cli-interview-review-hidden = Ответы закрыты: человек не согласился их показать.
cli-interview-stopped = Остановились здесь. Больше вопросов не будет.
cli-interview-end = Это был последний вопрос.
cli-interview-left = Ответы сохранены. Чтобы продолжить позже: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Вы хотите, чтобы сотрудник увидел ваши ответы? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Спасибо. Пожалуйста, верните телефон.
cli-interview-finalize-ask = Завершить и сохранить отчёт? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = Отчёт { $report } сохранён в сейфе. В нём только ответы на заданные вопросы.
cli-interview-answer-saved = Ответ сохранён.
cli-interview-answers-file = Не удалось прочитать файл ответов. Подробности: { $reason }
cli-interview-answers-unknown = В файле ответов указано { $name }, но это не вопрос и не повторяемый раздел этого опросника (или он здесь не задаётся).
cli-interview-answers-not-list = { $name } — повторяемый раздел: укажите список блоков ([[{ $name }]] в TOML).

## Итог

cli-interview-summary-title = Итог: { $title }
cli-interview-summary-risk = Результат: { $risk }
cli-interview-summary-indicators = Найденные признаки:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = В этих ответах признаков не найдено.
cli-interview-summary-actions = Рекомендуемые шаги:
cli-interview-summary-options = Что вы могли бы сделать:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Обратиться на горячую линию:
cli-interview-summary-helplines-country = - Обратиться на горячую линию. Укажите страну человека (например --country TH), чтобы увидеть нужные номера.
cli-interview-summary-helplines-none = - Обратиться на горячую линию. В справочнике пока нет линии для этой страны.
cli-interview-summary-progress = Отвечено: { $answered } из { $relevant }.
cli-interview-summary-stopped = Опрос был остановлен досрочно.
cli-interview-summary-answers-hidden = Ответы закрыты: человек не согласился их показать.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Черновиков нет.
cli-interview-mode-interviewer = интервью
cli-interview-mode-self = самопроверка
cli-interview-mode-handover = передача телефона
