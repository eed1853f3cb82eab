### Questionnaires: checking a questionnaire file, and the errors an
### interview can meet. Most of these are read by NGO staff who write forms.
### Keep every { $variable } as it is; they hold names, symbols and numbers
### from the form file, never answers. Words in `backticks` and things like
### ${name}, sum() or [[indicators]] are the file's own syntax: keep them.

## Expression errors ($function, $name: names from the form; $found,
## $expected: symbols such as ) or ${age}; $max, $got: numbers)

expr-error-unexpected-char = This character cannot start anything in an expression.
# $quote: the quote character that is missing (' or ").
expr-error-unterminated-string = This text has no closing { $quote }.
expr-error-dollar = '$' must start a reference written ${"{"}name{"}"}.
expr-error-bad-reference-name = A reference needs a name that starts with a letter or '_' and has only letters, digits, '_', '-' and '.'.
expr-error-unclosed-reference = This reference has no closing '{"}"}'.
expr-error-number-too-large = This number is too large.
# $what: the XPath syntax that is not supported, e.g. / or ..
expr-error-unsupported-xpath = XPath syntax { $what } is not supported. Refer to questions with ${"{"}name{"}"}.
expr-error-too-long = The expression is longer than { $max } bytes.
expr-error-empty = The expression is empty.
expr-error-trailing = { $found } cannot follow a complete expression. An operator or ',' may be missing.
expr-error-too-deep = The expression is nested more than { $max } levels deep.
expr-error-ends-early = The expression ends where a value is expected.
expr-error-expected = Expected { $expected } here, found { $found }.
expr-error-ends-before = The expression ends where { $expected } is expected.
expr-error-value-before = A value is missing before { $found }.
expr-error-bare-name = { $name } is not a function call. Write ${"{"}{ $name }{"}"} for a question, or '{ $name }' in quotes for text.
expr-error-not-a-value = Expected a value here, found { $found }.
expr-error-unknown-function = { $name }() is not a supported function.
expr-error-repeat-as-value = This is one answer per repeat block here. Use sum() or count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} is not a question or calculation of this form.
# $expected: how many arguments, e.g. 2, 1–3 or ≥ 1. $got: how many were given.
expr-error-arity = { $function }() takes { $expected } argument(s), not { $got }.
expr-error-text-not-number = This text is not a number.
expr-error-arithmetic-on-choices = Arithmetic on a multiple choice. Use count-selected().
expr-error-compare-number-text = A number is compared with text that is not a number.
expr-error-compare-date-text = A date is compared with text that is not a date. Write 'YYYY-MM-DD'.
expr-error-compare-choices = A multiple choice is compared with '='. Use selected().
expr-error-needs-choices = { $function }() needs a multiple choice here.
expr-error-sum-needs-numbers = sum() needs numbers here.
expr-error-needs-repeat = { $function }() needs a question inside a repeat here.

## Findings of `waymark questionnaire check`

# $max: a number of bytes.
questionnaire-finding-too-large = The file is larger than { $max } bytes.
# $detail: the TOML reader's own explanation, in English.
questionnaire-finding-toml = This is not valid here: { $detail }
questionnaire-finding-not-a-message-id = Text fields hold a message id (letters, digits, - and _) from the .ftl files, not the text itself.
questionnaire-finding-bad-id = The questionnaire id "{ $name }" is not a valid name.
questionnaire-finding-bad-choice-name = The choice "{ $name }" is not a valid name.
questionnaire-finding-bad-section-id = The section id "{ $name }" is not a valid name.
questionnaire-finding-bad-question-name = The question name "{ $name }" is not a valid name.
questionnaire-finding-bad-indicator-id = The indicator id "{ $name }" is not a valid name.
questionnaire-finding-empty-list = The choice list { $list } is empty.
questionnaire-finding-duplicate-choice = The choice { $choice } appears twice in list { $list }.
questionnaire-finding-duplicate-section = The section { $id } is declared twice.
questionnaire-finding-unknown-section = The section { $id } does not exist.
questionnaire-finding-duplicate-name = The name { $name } is used twice.
questionnaire-finding-unknown-type = Unknown question type "{ $type }". Use yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement or calculate.
questionnaire-finding-no-label = The question { $name } has no label.
questionnaire-finding-needs-choices = The question { $name } needs a choice list: choices = "list".
questionnaire-finding-unknown-list = The choice list { $list } does not exist.
questionnaire-finding-choices-not-allowed = The question { $name } is not a choice question. Remove `choices`.
questionnaire-finding-no-calculation = The calculation { $name } has no `calculation`.
questionnaire-finding-calculation-in-repeat = Calculations inside a repeat are not supported. Compute over the repeat from outside with sum() or count().
questionnaire-finding-calculation-not-allowed = Only calculate questions have a `calculation`.
questionnaire-finding-bad-default = The default answer of { $name } does not fit its type (or is not one of its choices).
questionnaire-finding-required-no-answer = { $name } takes no answer, so it cannot be required.
questionnaire-finding-constraint-no-answer = A question that takes no answer cannot have a constraint.
questionnaire-finding-filter-not-allowed = Only choice questions have a choice_filter.
questionnaire-finding-unknown-column = No choice in the list has a column named { $column }.
# $names: the calculations in the circle, e.g. a → b → a.
questionnaire-finding-cycle = Calculations depend on each other in a circle: { $names }.
questionnaire-finding-duplicate-indicator = The indicator { $id } is declared twice.
questionnaire-finding-bad-strength = The strength is weak, medium or strong.
questionnaire-finding-bad-weight = The weight must be a finite number.
questionnaire-finding-unknown-indicator = The indicator { $id } is not declared in [[indicators]].
questionnaire-finding-bad-level = The level is none, low, medium, high or urgent.
questionnaire-finding-one-rule = An outcome has exactly one of any_of, at_least, all_of_sets or weight.
questionnaire-finding-bad-at-least = at_least.n must be between 1 and the number of indicators in `of`.
questionnaire-finding-empty-sets = all_of_sets needs sets that each name at least one indicator.
questionnaire-finding-bad-threshold = The threshold must be a finite number.
questionnaire-finding-unreachable = The question { $name } can never be shown: its `relevant` can never be true.
questionnaire-finding-unreachable-section = The question { $name } can never be shown: its section's `relevant` can never be true.
# $id: a message id. $locale: a language code such as fr.
questionnaire-finding-missing-translation = The message { $id } has no translation in { $locale }.

## Errors while answering ($name: a question's name from the form file)

# $count: how many problems.
questionnaire-error-invalid = This questionnaire has problems ({ $count }).
questionnaire-error-unknown-question = There is no question named { $name }.
questionnaire-error-unknown-section = There is no section named { $id }.
questionnaire-error-not-answerable = { $name } takes no answer.
questionnaire-error-not-relevant = The question { $name } is not asked at the moment.
questionnaire-error-wrong-type = This kind of answer does not fit the question { $name }.
questionnaire-error-not-a-choice = That is not one of the choices for { $name }.
questionnaire-error-too-long = The answer to { $name } is too long.
questionnaire-error-constraint = This answer to { $name } is not accepted. Please check it.
questionnaire-error-required = The question { $name } needs an answer. "Not sure" and "Prefer not to say" are answers too.
# $number: which block, counting from 1.
questionnaire-error-no-such-instance = { $name } has no block number { $number }.
# An error about one question, for scripts: where, then what. $name: the
# question's identifier; $message: the error's own text.
questionnaire-error-at = { $name }: { $message }
# $number: which block, counting from 1.
questionnaire-error-at-block = { $name }, block { $number }: { $message }
questionnaire-error-no-current-question = There are no more questions.
questionnaire-error-stopped = This questionnaire was stopped. You can still see the summary and finish it.
questionnaire-error-finalized = This questionnaire is already finished.
questionnaire-error-draft-not-found = There is no such draft.
questionnaire-error-report-not-found = There is no such report.
# $id: a questionnaire id. $version: its version number.
questionnaire-error-draft-mismatch = This draft belongs to questionnaire { $id } version { $version }, which is not available here.
questionnaire-error-draft-damaged = The saved draft is damaged and cannot be continued.

## Finding questionnaires

catalog-error-not-found = There is no questionnaire with the id { $id }.
# $count: how many problems.
catalog-error-invalid = The questionnaire { $id } has problems ({ $count }).
catalog-error-id-mismatch = { $file } declares the id { $id }, but its file name gives another.
# $reason: a technical detail, in English.
catalog-error-texts = The translations in { $file } could not be read. Details: { $reason }
catalog-error-not-utf8 = { $file } is not UTF-8 text.
catalog-error-too-large = { $file } is larger than { $max } bytes.
# $reason: a technical code for support staff, in English.
catalog-error-io = { $file } could not be read ({ $reason }).

## Results

risk-level-none = No signs found
risk-level-low = Low
risk-level-medium = Medium
risk-level-high = High
risk-level-urgent = Urgent
strength-weak = weak
strength-medium = medium
strength-strong = strong

## The standard indicators (ILO's 11 indicators of forced labour, then
## signs of trafficking). Short names, shown in a list.

indicator-abuse_of_vulnerability = Abuse of vulnerability
indicator-deception = Deception
indicator-restriction_of_movement = Restriction of movement
indicator-isolation = Isolation
indicator-physical_and_sexual_violence = Physical and sexual violence
indicator-intimidation_and_threats = Intimidation and threats
indicator-retention_of_identity_documents = Identity documents kept by others
indicator-withholding_of_wages = Wages withheld
indicator-debt_bondage = Debt bondage
indicator-abusive_working_and_living_conditions = Abusive working and living conditions
indicator-excessive_overtime = Excessive overtime
indicator-deceptive_recruitment = Deceptive recruitment
indicator-coercive_recruitment = Coercive recruitment
indicator-sexual_exploitation = Sexual exploitation
indicator-child = A child is involved
