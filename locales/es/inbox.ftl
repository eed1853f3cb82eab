### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Frase de contraseña del archivo de claves de la ONG:
inbox-prompt-again = Escríbala otra vez:
inbox-keygen-done =
    Claves creadas.
    Claves privadas (cifradas; guárdelas en el ordenador de la ONG y haga copia): { $keys }
    Configuración del servidor (cópiela al servidor): { $config }
    Claves públicas (para los teléfonos): { $public }
    Id de la clave del directorio: { $keyid }
inbox-directory-signed = Entrada de directorio firmada, válida hasta { $expires }: { $file }
inbox-pull-done = Informes nuevos descargados: { $new }. Informes abiertos en el almacén local: { $total }.
inbox-pull-unopened = Sobres que esta clave no pudo abrir (se guardan sin cambios): { $count }.
inbox-reply-sent = Respuesta sellada y enviada. Solo el teléfono de quien informó puede leerla.
inbox-serve-listening = El buzón escucha en { $address }. Deténgalo con Ctrl-C.
inbox-serve-stopped = El buzón se ha detenido.
inbox-desk-listening = El escritorio está abierto en { $url }, solo en esta computadora. Ábrelo en tu navegador e inicia sesión con la frase de contraseña del archivo de claves. Detenlo con Ctrl-C.
inbox-serve-created = Se creó un buzón de demostración en { $dir }. Los teléfonos envían a { $url }.
inbox-error-config = La configuración del buzón no es válida: { $setting }.
inbox-error-file = No se pudo leer o escribir un archivo ({ $file }).
inbox-error-already-exists = Ya hay claves en esa carpeta. No se sobrescribió nada.
inbox-error-wrong-passphrase = La frase de contraseña es incorrecta o el archivo de claves fue modificado.
inbox-error-weak-passphrase = La frase de contraseña es demasiado corta. Use al menos 10 caracteres; lo mejor son unas palabras al azar.
inbox-error-key-file = Esto no es un archivo de claves de ONG de Waymark, o está dañado.
inbox-error-schema-too-new = La base de datos la creó una versión más nueva del buzón. Actualice este programa.
inbox-error-storage = La base de datos no se puede usar ahora.
inbox-error-unreachable = No se pudo contactar con el servidor del buzón.
inbox-error-refused = El servidor del buzón rechazó la solicitud ({ $status }, { $code }).
inbox-error-bad-response = La respuesta del servidor del buzón no es válida.
inbox-error-unknown-report = Todavía no se ha descargado ningún informe con ese id. Ejecute pull primero.
inbox-error-reply-text = La respuesta está vacía o es demasiado larga.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = La respuesta es demasiado larga: una respuesta admite como máximo { $max } bytes. Envíela en varias respuestas más cortas.
inbox-error-argument = Este valor no es válido: { $option }.
inbox-error-no-terminal = No hay terminal para pedir la frase de contraseña. Defina WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Las dos frases de contraseña son distintas. No se cambió nada.
inbox-error-not-loopback = "waymark inbox serve" solo escucha en este ordenador (127.0.0.1). Para un servidor real, use waymark-inbox serve.
