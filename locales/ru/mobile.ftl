### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = В приложении что-то пошло не так. Ничего из сохранённого не потеряно. Попробуйте ещё раз.
ffi-network-facts-unavailable = Приложение сейчас не может проверить сеть, поэтому ничего не отправлено.
