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

## Errores de los paquetes de contenido

pack-error-manifest-missing = El paquete no tiene el archivo manifest.json.
pack-error-manifest-invalid = El archivo manifest.json no es válido. Detalles: { $reason }.
pack-error-signature-missing = El paquete no tiene el archivo manifest.sig.
pack-error-signature-invalid = La firma no coincide. Alguien cambió el paquete, o lo firmó otra clave.
pack-error-unknown-publisher = El paquete está firmado por el editor { $key_id }. Este editor no es de confianza aquí.
pack-error-invalid-public-key = Esta no es una clave pública válida. Debe tener 64 caracteres hexadecimales (Ed25519).
pack-error-development-key = La clave de desarrollo solo firma el paquete incluido en la app. No se puede confiar en ella para otros paquetes.
pack-error-invalid-private-key = Esta no es una clave privada válida. Hace falta un archivo de clave Ed25519 en formato PKCS#8.
pack-error-hash-mismatch = { $file }: el contenido no coincide con el manifiesto.
pack-error-size-mismatch = { $file }: el tamaño no coincide con el manifiesto.
pack-error-missing-file = { $file }: está en el manifiesto, pero falta en el paquete.
pack-error-extra-file = { $file }: está en el paquete, pero no en el manifiesto.
pack-error-unsafe-path = { $file }: este nombre de archivo no está permitido. Detalles: { $reason }.
pack-error-duplicate-path = { $file }: este archivo aparece más de una vez.
pack-error-file-too-large = { $file }: el archivo es demasiado grande. Límite en bytes: { $max }.
pack-error-pack-too-large = El paquete es demasiado grande. Límite en bytes: { $max }.
pack-error-too-many-files = El paquete tiene demasiados archivos. El límite es { $max }.
pack-error-rollback = La versión { $offered } del paquete { $pack_id } no es más nueva que la versión instalada, { $installed }.
pack-error-publisher-mismatch = El paquete { $pack_id } ya está instalado desde otro editor.
pack-error-reserved-pack-id = El id de paquete { $pack_id } está reservado para el paquete incluido en la app.
pack-error-invalid-content = { $file }: el contenido no es válido. Detalles: { $reason }.
pack-error-io = No se pudieron leer ni guardar los archivos ({ $reason }). Revisa la carpeta y el espacio libre, e inténtalo otra vez.

## Palabras de respuesta de todos los cuestionarios

answer-yes = Sí
answer-no = No
answer-not-sure = No sé
answer-prefer-not-to-say = Prefiero no decirlo
answer-acknowledge = Entiendo
