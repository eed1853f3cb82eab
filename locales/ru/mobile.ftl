### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = В приложении что-то пошло не так. Ничего из сохранённого не потеряно. Попробуйте ещё раз.
ffi-network-facts-unavailable = Приложение сейчас не может проверить сеть, поэтому ничего не отправлено.
ffi-questionnaire-invalid = В этом опроснике есть ошибки, его нельзя использовать.
ffi-questionnaire-required = Ответьте на этот вопрос, чтобы продолжить.
ffi-questionnaire-not-accepted = Этот ответ не подходит к этому вопросу.
ffi-questionnaire-too-long = Этот ответ слишком длинный.
ffi-questionnaire-not-available = Этот вопрос сейчас недоступен.
ffi-questionnaire-closed = Этот опросник завершён. Больше ответов добавить нельзя.
ffi-questionnaire-draft-not-found = Этого черновика или отчёта здесь больше нет.
ffi-questionnaire-draft-mismatch = Этот черновик начат с другой версией опросника.
ffi-questionnaire-draft-damaged = Этот сохранённый черновик повреждён, его нельзя открыть.
