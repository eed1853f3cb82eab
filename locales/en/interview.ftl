### The terminal app's questionnaire commands: `waymark questionnaire` and
### `waymark interview`. The person answering may read these lines too:
### keep them warm, short and plain. Keep every { $variable } as it is.

## waymark questionnaire

# $file: a file name.
cli-questionnaire-check-clean = { $file }: no problems found.
# $count: files with problems. $total: files checked.
cli-questionnaire-check-failed = Files with problems: { $count } of { $total }.
cli-questionnaire-source-builtin = built in
cli-questionnaire-source-pack = pack { $pack_id }
cli-questionnaire-list-none = No questionnaires are available.

## waymark interview

# $title: the questionnaire's title. $draft: a draft id.
cli-interview-started = { $title }. Each answer is saved, encrypted, as soon as it is given (draft { $draft }).
cli-interview-resumed = { $title }: continuing where you stopped.
cli-interview-need-source = Give a questionnaire id or --file.
# The words below are typed by the person to move around. One short word each, lower case, no spaces.
cli-interview-cmd-back = back
cli-interview-cmd-review = review
cli-interview-cmd-stop = stop
cli-interview-cmd-quit = quit
cli-interview-cmd-help = help
cli-interview-cmd-go = go
# $back, $review, $stop, $quit, $help: the command words above.
cli-interview-commands = Answer with the number or the words of your answer. You can also type: { $back } (previous question), { $review } (see your answers), { $stop } (stop here), { $quit } (leave now and continue later), { $help }.
# $title: a section's title.
cli-interview-section = — { $title } —
# $number: which block of a repeated section (1, 2…).
cli-interview-section-instance = — { $title } ({ $number }) —
# $hint: guidance for the interviewer only.
cli-interview-hint = For the interviewer: { $hint }
cli-interview-kind-integer = (a whole number)
cli-interview-kind-decimal = (a number)
cli-interview-kind-date = (a date, written YYYY-MM-DD)
cli-interview-kind-text = (type the answer, then press Enter)
cli-interview-kind-multiple = (one or more numbers, separated by commas)
cli-interview-kind-note = (press Enter to continue)
cli-interview-kind-optional = (press Enter without an answer to skip this question)
# $answer: the answer given earlier.
cli-interview-current-answer = Answer so far: { $answer }
cli-interview-not-understood = Sorry, that answer was not understood. Please try again.
# $title: a repeated section's title. $number: the block it would add. $yes, $no: the answer words.
cli-interview-repeat-offer = Add { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Your answers:
# $number: the answer's number in the list. $question: the question. $answer: the answer.
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (no answer)
# $go: the command word cli-interview-cmd-go.
cli-interview-review-go = To change an answer, type { $go } and its number, for example: { $go } 2
cli-interview-review-hidden = The answers are private: the person did not agree to show them.
cli-interview-stopped = Stopped here. No more questions will be asked.
cli-interview-end = That was the last question.
# $draft: a draft id. $dir: the vault's folder.
cli-interview-left = The answers are saved. To continue later: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Would you like the worker to see your answers? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Thank you. Please give the phone back now.
cli-interview-finalize-ask = Finish now and save the report? 1 = { $yes }, 2 = { $no }
# $report: a report id.
cli-interview-finalized = Report { $report } is saved in the vault. It holds only the answers to questions that were asked.
cli-interview-answer-saved = Answer saved.
# $reason: a technical detail, in English.
cli-interview-answers-file = The answers file could not be read. Details: { $reason }
# $name: a name used in the answers file.
cli-interview-answers-unknown = The answers file names { $name }, which is not a question or repeated section of this questionnaire (or not one that is asked here).
cli-interview-answers-not-list = { $name } is a repeated section: give it a list of blocks ([[{ $name }]] in TOML).

## Summary

cli-interview-summary-title = Summary: { $title }
# $risk: a risk level (risk-level-… in questionnaire.ftl).
cli-interview-summary-risk = Result: { $risk }
cli-interview-summary-indicators = Signs found:
# $name: a sign (indicator). $strength: weak, medium or strong.
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = No signs were found in these answers.
cli-interview-summary-actions = Recommended next steps:
# Shown instead of the line above in a self-check: options, not orders.
cli-interview-summary-options = Things you could do:
# $text: one step.
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Contact a helpline:
cli-interview-summary-helplines-country = - Contact a helpline. Add the person's country (for example --country TH) to see the right numbers.
cli-interview-summary-helplines-none = - Contact a helpline. The directory has no helpline for this country yet.
# $answered, $relevant: numbers.
cli-interview-summary-progress = Answered: { $answered } of { $relevant } questions.
cli-interview-summary-stopped = The questionnaire was stopped early.
cli-interview-summary-answers-hidden = The answers are private: the person did not agree to show them.

## waymark interview list

# $draft: id. $questionnaire: questionnaire id. $version: number. $mode: a mode below. $updated: date and time.
cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = There are no drafts.
cli-interview-mode-interviewer = interviewer
cli-interview-mode-self = self-check
cli-interview-mode-handover = hand-over
