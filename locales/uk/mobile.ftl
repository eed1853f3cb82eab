### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = У застосунку щось пішло не так. Нічого зі збереженого не втрачено. Спробуйте ще раз.
ffi-network-facts-unavailable = Застосунок зараз не може перевірити мережу, тому нічого не надіслано.
ffi-questionnaire-invalid = У цьому опитувальнику є помилки, і його не можна використати.
ffi-questionnaire-required = Дайте відповідь на це запитання, щоб продовжити.
ffi-questionnaire-not-accepted = Ця відповідь не підходить до цього запитання.
ffi-questionnaire-too-long = Ця відповідь задовга.
ffi-questionnaire-not-available = Це запитання зараз недоступне.
ffi-questionnaire-closed = Цей опитувальник завершено. Більше відповідей додати не можна.
ffi-questionnaire-draft-not-found = Цієї чернетки або звіту тут уже немає.
ffi-questionnaire-draft-mismatch = Цю чернетку почато з іншою версією опитувальника.
ffi-questionnaire-draft-damaged = Ця збережена чернетка пошкоджена, її не можна відкрити.
