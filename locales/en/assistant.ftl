### The support assistant (core/src/assistant) and `waymark chat` / `waymark flow`.
### Translators: keep every { $variable } exactly as it is. Warm, plain, never blaming.

assistant-home-greeting = Hello. I am here to help you find information and support. Everything stays on this phone. What would you like to talk about? You can tap an option or write in your own words.
assistant-did-you-mean = I am not sure I understood. Did you mean:
assistant-none-of-these = None of these
# Offered in "did you mean" when a sentence is close to a self-harm phrase.
assistant-crisis-suggestion = I am thinking about hurting myself or ending my life
assistant-not-understood = Sorry, I did not understand. You can tap one of the options, or write it in other words.
assistant-try-again = All right. You can tap one of the options, or write it in other words.
assistant-something-else = Talk about something else
assistant-start-again = Start this again

## Errors the person may see.

# $count (number): how many problems were found.
assistant-error-invalid = The assistant's content has problems and cannot be used (problems: { $count }).
assistant-error-unknown-flow = This topic is not available.
# $number (number): the choice the person asked for.
assistant-error-no-such-choice = There is no option { $number }. Please choose one of the options shown.
assistant-error-not-waiting = That does not fit here. Please use the options shown.
# $max (number): the longest text accepted, in characters.
assistant-error-text-too-long = That is too long. Please write at most { $max } characters.
assistant-error-runaway = This topic has a problem and cannot continue. Please choose another one.
assistant-error-ended = This conversation has ended. You can start a new one.
assistant-error-not-found = This conversation is no longer saved.
assistant-error-damaged = The saved conversation is damaged. You can start a new one.

## The terminal app: `waymark chat` and `waymark flow check`.

cli-chat-hint = Type a number or write your answer. Commands: /back, /restart, /other, /exit, /delete.
# $number: a phone number (never translated).
cli-chat-call = Call { $number }?
cli-chat-text = Send a text message to { $number }?
# $keyword: the word the service asks for (never translated).
cli-chat-text-keyword = Send the word { $keyword } to { $number }?
# $url: a web address.
cli-chat-open = Open { $url }?
# $text: the tip itself.
cli-chat-tip = Tip: { $text }
cli-chat-plan = Added to your safety plan: { $text }
cli-chat-report = Added to your report draft.
# $id: the questionnaire's id (never translated).
cli-chat-questionnaire = The app would now start the questions ({ $id }). Type /outcome and then none, low, medium, high, urgent or stopped to continue.
cli-chat-exited = You left the conversation. Nothing of it is left on the screen.
cli-chat-deleted = The conversation was deleted.
cli-chat-unknown-command = Unknown command. Use /back, /restart, /other, /exit, /delete or /outcome.
cli-chat-no-helplines = No helpline found for this place.
# $count (number): how many files were checked.
cli-flow-ok = No problems found. Files checked: { $count }.
# $count (number): how many problems were found.
cli-flow-problems = Problems found: { $count }.
