### Опросники: проверка файла и ошибки во время интервью.

## Ошибки в выражениях

expr-error-unexpected-char = С этого символа ничего не может начинаться в выражении.
expr-error-unterminated-string = У этого текста нет закрывающей { $quote }.
expr-error-dollar = «$» должен начинать ссылку вида ${"{"}имя{"}"}.
expr-error-bad-reference-name = Ссылке нужно имя, которое начинается с буквы или «_» и содержит только буквы, цифры, «_», «-» и «.».
expr-error-unclosed-reference = У этой ссылки нет закрывающей «{"}"}».
expr-error-number-too-large = Это число слишком большое.
expr-error-unsupported-xpath = Синтаксис XPath { $what } не поддерживается. Ссылайтесь на вопросы через ${"{"}имя{"}"}.
expr-error-too-long = Выражение длиннее { $max } байт.
expr-error-empty = Выражение пустое.
expr-error-trailing = { $found } не может стоять после законченного выражения. Возможно, не хватает оператора или «,».
expr-error-too-deep = В выражении больше { $max } уровней вложенности.
expr-error-ends-early = Выражение заканчивается там, где ожидается значение.
expr-error-expected = Здесь ожидалось { $expected }, а стоит { $found }.
expr-error-ends-before = Выражение заканчивается там, где ожидается { $expected }.
expr-error-value-before = Перед { $found } не хватает значения.
expr-error-bare-name = { $name } — не вызов функции. Напишите ${"{"}{ $name }{"}"} для вопроса или '{ $name }' в кавычках для текста.
expr-error-not-a-value = Здесь ожидалось значение, а стоит { $found }.
expr-error-unknown-function = { $name }() — неподдерживаемая функция.
expr-error-repeat-as-value = Здесь по одному ответу на каждый повторяемый блок. Используйте sum() или count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} — это не вопрос и не вычисление этой формы.
expr-error-arity = { $function }() принимает аргументов: { $expected }, а не { $got }.
expr-error-text-not-number = Этот текст — не число.
expr-error-arithmetic-on-choices = Арифметика с множественным выбором. Используйте count-selected().
expr-error-compare-number-text = Число сравнивается с текстом, который не является числом.
expr-error-compare-date-text = Дата сравнивается с текстом, который не является датой. Пишите 'ГГГГ-ММ-ДД'.
expr-error-compare-choices = Множественный выбор сравнивается через «=». Используйте selected().
expr-error-needs-choices = Здесь { $function }() нужен множественный выбор.
expr-error-sum-needs-numbers = Здесь sum() нужны числа.
expr-error-needs-repeat = Здесь { $function }() нужен вопрос из повторяемого блока.

## Результаты `waymark questionnaire check`

questionnaire-finding-too-large = Файл больше { $max } байт.
questionnaire-finding-toml = Здесь это недопустимо: { $detail }
questionnaire-finding-not-a-message-id = В текстовых полях указывается идентификатор сообщения (буквы, цифры, - и _) из файлов .ftl, а не сам текст.
questionnaire-finding-bad-id = Идентификатор опросника «{ $name }» — недопустимое имя.
questionnaire-finding-bad-choice-name = Вариант «{ $name }» — недопустимое имя.
questionnaire-finding-bad-section-id = Идентификатор раздела «{ $name }» — недопустимое имя.
questionnaire-finding-bad-question-name = Имя вопроса «{ $name }» — недопустимое имя.
questionnaire-finding-bad-indicator-id = Идентификатор индикатора «{ $name }» — недопустимое имя.
questionnaire-finding-empty-list = Список вариантов { $list } пуст.
questionnaire-finding-duplicate-choice = Вариант { $choice } встречается дважды в списке { $list }.
questionnaire-finding-duplicate-section = Раздел { $id } объявлен дважды.
questionnaire-finding-unknown-section = Раздела { $id } не существует.
questionnaire-finding-duplicate-name = Имя { $name } используется дважды.
questionnaire-finding-unknown-type = Неизвестный тип вопроса «{ $type }». Используйте yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement или calculate.
questionnaire-finding-no-label = У вопроса { $name } нет подписи (label).
questionnaire-finding-needs-choices = Вопросу { $name } нужен список вариантов: choices = "список".
questionnaire-finding-unknown-list = Списка вариантов { $list } не существует.
questionnaire-finding-choices-not-allowed = Вопрос { $name } — не вопрос с выбором. Уберите `choices`.
questionnaire-finding-no-calculation = У вычисления { $name } нет `calculation`.
questionnaire-finding-calculation-in-repeat = Вычисления внутри повторяемого блока не поддерживаются. Считайте снаружи через sum() или count().
questionnaire-finding-calculation-not-allowed = `calculation` бывает только у вопросов calculate.
questionnaire-finding-bad-default = Ответ по умолчанию для { $name } не подходит к его типу (или не входит в его варианты).
questionnaire-finding-required-no-answer = На { $name } не отвечают, поэтому он не может быть обязательным.
questionnaire-finding-constraint-no-answer = У вопроса без ответа не может быть ограничения.
questionnaire-finding-filter-not-allowed = choice_filter бывает только у вопросов с выбором.
questionnaire-finding-unknown-column = Ни у одного варианта в списке нет столбца { $column }.
questionnaire-finding-cycle = Вычисления зависят друг от друга по кругу: { $names }.
questionnaire-finding-duplicate-indicator = Индикатор { $id } объявлен дважды.
questionnaire-finding-bad-strength = Сила: weak, medium или strong.
questionnaire-finding-bad-weight = Вес должен быть конечным числом.
questionnaire-finding-unknown-indicator = Индикатор { $id } не объявлен в [[indicators]].
questionnaire-finding-bad-level = Уровень: none, low, medium, high или urgent.
questionnaire-finding-one-rule = У результата ровно одно правило: any_of, at_least, all_of_sets или weight.
questionnaire-finding-bad-at-least = at_least.n должно быть от 1 до числа индикаторов в `of`.
questionnaire-finding-empty-sets = all_of_sets нужны наборы, в каждом из которых есть хотя бы один индикатор.
questionnaire-finding-bad-threshold = Порог должен быть конечным числом.
questionnaire-finding-unreachable = Вопрос { $name } никогда не будет показан: его `relevant` никогда не бывает истинным.
questionnaire-finding-unreachable-section = Вопрос { $name } никогда не будет показан: `relevant` его раздела никогда не бывает истинным.
questionnaire-finding-missing-translation = У сообщения { $id } нет перевода на { $locale }.

## Ошибки при ответах

questionnaire-error-invalid = В этом опроснике есть проблемы ({ $count }).
questionnaire-error-unknown-question = Вопроса с именем { $name } нет.
questionnaire-error-unknown-section = Раздела с именем { $id } нет.
questionnaire-error-not-answerable = На { $name } не отвечают.
questionnaire-error-not-relevant = Вопрос { $name } сейчас не задаётся.
questionnaire-error-wrong-type = Такой ответ не подходит к вопросу { $name }.
questionnaire-error-not-a-choice = Это не один из вариантов для { $name }.
questionnaire-error-too-long = Ответ на { $name } слишком длинный.
questionnaire-error-constraint = Этот ответ на { $name } не принят. Пожалуйста, проверьте его.
questionnaire-error-required = На вопрос { $name } нужен ответ. «Не знаю» и «Не хочу отвечать» — тоже ответы.
questionnaire-error-no-such-instance = У { $name } нет блока номер { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, блок { $number }: { $message }
questionnaire-error-no-current-question = Вопросов больше нет.
questionnaire-error-stopped = Этот опрос остановлен. Итог можно посмотреть и опрос можно завершить.
questionnaire-error-finalized = Этот опрос уже завершён.
questionnaire-error-draft-not-found = Такого черновика нет.
questionnaire-error-report-not-found = Такого отчёта нет.
questionnaire-error-draft-mismatch = Этот черновик относится к опроснику { $id } версии { $version }, которого здесь нет.
questionnaire-error-draft-damaged = Сохранённый черновик повреждён, продолжить его нельзя.

## Поиск опросников

catalog-error-not-found = Опросника с идентификатором { $id } нет.
catalog-error-invalid = В опроснике { $id } есть проблемы ({ $count }).
catalog-error-id-mismatch = В { $file } объявлен идентификатор { $id }, а имя файла указывает на другой.
catalog-error-texts = Не удалось прочитать переводы в { $file }. Подробности: { $reason }
catalog-error-not-utf8 = { $file } — не текст в UTF-8.
catalog-error-too-large = { $file } больше { $max } байт.
catalog-error-io = Не удалось прочитать { $file } ({ $reason }).

## Итоги

risk-level-none = Признаков не найдено
risk-level-low = Низкий
risk-level-medium = Средний
risk-level-high = Высокий
risk-level-urgent = Срочно
strength-weak = слабый
strength-medium = средний
strength-strong = сильный

## Индикаторы

indicator-abuse_of_vulnerability = Использование уязвимого положения
indicator-deception = Обман
indicator-restriction_of_movement = Ограничение свободы передвижения
indicator-isolation = Изоляция
indicator-physical_and_sexual_violence = Физическое и сексуальное насилие
indicator-intimidation_and_threats = Запугивание и угрозы
indicator-retention_of_identity_documents = Документы удерживают другие
indicator-withholding_of_wages = Удержание зарплаты
indicator-debt_bondage = Долговая кабала
indicator-abusive_working_and_living_conditions = Тяжёлые условия труда и жизни
indicator-excessive_overtime = Чрезмерная сверхурочная работа
indicator-deceptive_recruitment = Вербовка обманом
indicator-coercive_recruitment = Вербовка принуждением
indicator-sexual_exploitation = Сексуальная эксплуатация
indicator-child = Затронут ребёнок
