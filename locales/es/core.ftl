### Waymark: mensajes del núcleo. Traducción asistida por máquina; necesita revisión nativa.

locale-name = Español
i18n-text-missing = Este texto todavía no está disponible.

## Errores de la caja fuerte

vault-error-not-found = Aquí no hay ninguna caja fuerte.
vault-error-already-exists = Ya hay una caja fuerte aquí.
vault-error-locked = La caja fuerte está cerrada. Primero ábrela con tu código.
vault-error-wrong-passcode = Código incorrecto.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Código incorrecto. Te queda { $remaining } intento antes de que se borre la caja fuerte.
       *[other] Código incorrecto. Te quedan { $remaining } intentos antes de que se borre la caja fuerte.
    }
vault-error-invalid-passcode = El código debe tener de 1 a { $max } bytes.
vault-error-duress-same-as-passcode = El código de emergencia debe ser distinto de tu código.
vault-error-header-corrupt = El archivo de la llave de la caja fuerte está dañado. No se puede abrir.
vault-error-header-tampered = Alguien o algo cambió el archivo de la llave de la caja fuerte. No se puede abrir.
vault-error-unsupported-version = Esta caja fuerte se hizo con una versión más nueva de la aplicación. Actualiza la aplicación para abrirla.
vault-error-database-corrupt = Los datos de la caja fuerte están dañados.
vault-error-schema-too-new = Esta caja fuerte se guardó con una versión más nueva de la aplicación. Actualiza la aplicación para abrirla.
vault-error-key-missing = La llave de seguridad del teléfono para esta caja fuerte ya no está. No se puede abrir.
vault-error-key-unwrap-failed = La llave de seguridad del teléfono no pudo abrir la caja fuerte.
vault-error-key-store-unavailable = El lugar seguro de llaves del teléfono no está listo. Inténtalo otra vez.
vault-error-io = El teléfono no pudo leer ni guardar los archivos de la caja fuerte. Mira si hay espacio libre e inténtalo otra vez.
vault-error-database = Algo salió mal dentro de la caja fuerte (código { $code }).
vault-error-invalid-setting = Este ajuste no es válido.

## Errores del diario

journal-error-not-found = No hay ninguna nota con ese número.
journal-error-empty = La nota está vacía. Primero escribe algo.
journal-error-too-long = La nota es demasiado larga. Puede tener como máximo { $max } bytes.
