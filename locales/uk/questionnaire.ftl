### Опитувальники: перевірка файлу та помилки під час інтерв’ю.

## Помилки у виразах

expr-error-unexpected-char = З цього символу нічого не може починатися у виразі.
expr-error-unterminated-string = У цього тексту немає закривальної { $quote }.
expr-error-dollar = «$» має починати посилання виду ${"{"}ім’я{"}"}.
expr-error-bad-reference-name = Посиланню потрібне ім’я, що починається з літери або «_» і містить лише літери, цифри, «_», «-» і «.».
expr-error-unclosed-reference = У цього посилання немає закривальної «{"}"}».
expr-error-number-too-large = Це число завелике.
expr-error-unsupported-xpath = Синтаксис XPath { $what } не підтримується. Посилайтеся на питання через ${"{"}ім’я{"}"}.
expr-error-too-long = Вираз довший за { $max } байтів.
expr-error-empty = Вираз порожній.
expr-error-trailing = { $found } не може стояти після завершеного виразу. Можливо, бракує оператора або «,».
expr-error-too-deep = У виразі понад { $max } рівнів вкладеності.
expr-error-ends-early = Вираз закінчується там, де очікується значення.
expr-error-expected = Тут очікувалося { $expected }, а стоїть { $found }.
expr-error-ends-before = Вираз закінчується там, де очікується { $expected }.
expr-error-value-before = Перед { $found } бракує значення.
expr-error-bare-name = { $name } — не виклик функції. Напишіть ${"{"}{ $name }{"}"} для питання або '{ $name }' у лапках для тексту.
expr-error-not-a-value = Тут очікувалося значення, а стоїть { $found }.
expr-error-unknown-function = { $name }() — функція, яка не підтримується.
expr-error-repeat-as-value = Тут по одній відповіді на кожен повторюваний блок. Використовуйте sum() або count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} — не питання і не обчислення цієї форми.
expr-error-arity = { $function }() приймає аргументів: { $expected }, а не { $got }.
expr-error-text-not-number = Цей текст — не число.
expr-error-arithmetic-on-choices = Арифметика з множинним вибором. Використовуйте count-selected().
expr-error-compare-number-text = Число порівнюється з текстом, який не є числом.
expr-error-compare-date-text = Дата порівнюється з текстом, який не є датою. Пишіть 'РРРР-ММ-ДД'.
expr-error-compare-choices = Множинний вибір порівнюється через «=». Використовуйте selected().
expr-error-needs-choices = Тут { $function }() потрібен множинний вибір.
expr-error-sum-needs-numbers = Тут sum() потрібні числа.
expr-error-needs-repeat = Тут { $function }() потрібне питання з повторюваного блоку.

## Результати `waymark questionnaire check`

questionnaire-finding-too-large = Файл більший за { $max } байтів.
questionnaire-finding-toml = Тут це неприпустимо: { $detail }
questionnaire-finding-not-a-message-id = У текстових полях вказують ідентифікатор повідомлення (літери, цифри, - і _) з файлів .ftl, а не сам текст.
questionnaire-finding-bad-id = Ідентифікатор опитувальника «{ $name }» — неприпустиме ім’я.
questionnaire-finding-bad-choice-name = Варіант «{ $name }» — неприпустиме ім’я.
questionnaire-finding-bad-section-id = Ідентифікатор розділу «{ $name }» — неприпустиме ім’я.
questionnaire-finding-bad-question-name = Ім’я питання «{ $name }» — неприпустиме ім’я.
questionnaire-finding-bad-indicator-id = Ідентифікатор індикатора «{ $name }» — неприпустиме ім’я.
questionnaire-finding-empty-list = Список варіантів { $list } порожній.
questionnaire-finding-duplicate-choice = Варіант { $choice } трапляється двічі у списку { $list }.
questionnaire-finding-duplicate-section = Розділ { $id } оголошено двічі.
questionnaire-finding-unknown-section = Розділу { $id } не існує.
questionnaire-finding-duplicate-name = Ім’я { $name } використано двічі.
questionnaire-finding-unknown-type = Невідомий тип питання «{ $type }». Використовуйте yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement або calculate.
questionnaire-finding-no-label = У питання { $name } немає підпису (label).
questionnaire-finding-needs-choices = Питанню { $name } потрібен список варіантів: choices = "список".
questionnaire-finding-unknown-list = Списку варіантів { $list } не існує.
questionnaire-finding-choices-not-allowed = Питання { $name } — не питання з вибором. Приберіть `choices`.
questionnaire-finding-no-calculation = В обчислення { $name } немає `calculation`.
questionnaire-finding-calculation-in-repeat = Обчислення всередині повторюваного блоку не підтримуються. Рахуйте ззовні через sum() або count().
questionnaire-finding-calculation-not-allowed = `calculation` буває лише в питань calculate.
questionnaire-finding-bad-default = Типова відповідь { $name } не відповідає його типу (або не є одним із його варіантів).
questionnaire-finding-required-no-answer = На { $name } не відповідають, тому воно не може бути обов’язковим.
questionnaire-finding-constraint-no-answer = Питання без відповіді не може мати обмеження.
questionnaire-finding-filter-not-allowed = choice_filter буває лише в питань з вибором.
questionnaire-finding-unknown-column = Жоден варіант у списку не має стовпця { $column }.
questionnaire-finding-cycle = Обчислення залежать одне від одного по колу: { $names }.
questionnaire-finding-duplicate-indicator = Індикатор { $id } оголошено двічі.
questionnaire-finding-bad-strength = Сила: weak, medium або strong.
questionnaire-finding-bad-weight = Вага має бути скінченним числом.
questionnaire-finding-unknown-indicator = Індикатор { $id } не оголошено в [[indicators]].
questionnaire-finding-bad-level = Рівень: none, low, medium, high або urgent.
questionnaire-finding-one-rule = У результату рівно одне правило: any_of, at_least, all_of_sets або weight.
questionnaire-finding-bad-at-least = at_least.n має бути від 1 до кількості індикаторів у `of`.
questionnaire-finding-empty-sets = all_of_sets потрібні набори, у кожному з яких є хоча б один індикатор.
questionnaire-finding-bad-threshold = Поріг має бути скінченним числом.
questionnaire-finding-unreachable = Питання { $name } ніколи не буде показане: його `relevant` ніколи не буває істинним.
questionnaire-finding-unreachable-section = Питання { $name } ніколи не буде показане: `relevant` його розділу ніколи не буває істинним.
questionnaire-finding-missing-translation = Повідомлення { $id } не має перекладу мовою { $locale }.

## Помилки під час відповідей

questionnaire-error-invalid = В цьому опитувальнику є проблеми ({ $count }).
questionnaire-error-unknown-question = Питання з ім’ям { $name } немає.
questionnaire-error-unknown-section = Розділу з ім’ям { $id } немає.
questionnaire-error-not-answerable = На { $name } не відповідають.
questionnaire-error-not-relevant = Питання { $name } зараз не ставиться.
questionnaire-error-wrong-type = Така відповідь не підходить до питання { $name }.
questionnaire-error-not-a-choice = Це не один із варіантів для { $name }.
questionnaire-error-too-long = Відповідь на { $name } задовга.
questionnaire-error-constraint = Цю відповідь на { $name } не прийнято. Будь ласка, перевірте її.
questionnaire-error-required = На питання { $name } потрібна відповідь. «Не знаю» і «Не хочу відповідати» — теж відповіді.
questionnaire-error-no-such-instance = У { $name } немає блоку номер { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, блок { $number }: { $message }
questionnaire-error-no-current-question = Питань більше немає.
questionnaire-error-stopped = Це опитування зупинено. Підсумок можна переглянути, а опитування — завершити.
questionnaire-error-finalized = Це опитування вже завершено.
questionnaire-error-draft-not-found = Такої чернетки немає.
questionnaire-error-report-not-found = Такого звіту немає.
questionnaire-error-draft-mismatch = Ця чернетка належить до опитувальника { $id } версії { $version }, якого тут немає.
questionnaire-error-draft-damaged = Збережена чернетка пошкоджена, продовжити її не можна.

## Пошук опитувальників

catalog-error-not-found = Опитувальника з ідентифікатором { $id } немає.
catalog-error-invalid = В опитувальнику { $id } є проблеми ({ $count }).
catalog-error-id-mismatch = У { $file } оголошено ідентифікатор { $id }, а ім’я файлу вказує на інший.
catalog-error-texts = Не вдалося прочитати переклади в { $file }. Подробиці: { $reason }
catalog-error-not-utf8 = { $file } — не текст у UTF-8.
catalog-error-too-large = { $file } більший за { $max } байтів.
catalog-error-io = Не вдалося прочитати { $file } ({ $reason }).

## Підсумки

risk-level-none = Ознак не знайдено
risk-level-low = Низький
risk-level-medium = Середній
risk-level-high = Високий
risk-level-urgent = Терміново
strength-weak = слабка
strength-medium = середня
strength-strong = сильна

## Індикатори

indicator-abuse_of_vulnerability = Використання вразливого становища
indicator-deception = Обман
indicator-restriction_of_movement = Обмеження свободи пересування
indicator-isolation = Ізоляція
indicator-physical_and_sexual_violence = Фізичне та сексуальне насильство
indicator-intimidation_and_threats = Залякування й погрози
indicator-retention_of_identity_documents = Документи тримають інші
indicator-withholding_of_wages = Затримка зарплати
indicator-debt_bondage = Боргова кабала
indicator-abusive_working_and_living_conditions = Жорстокі умови праці та життя
indicator-excessive_overtime = Надмірна понаднормова робота
indicator-deceptive_recruitment = Вербування обманом
indicator-coercive_recruitment = Вербування примусом
indicator-sexual_exploitation = Сексуальна експлуатація
indicator-child = Залучена дитина
