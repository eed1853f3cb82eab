### La aplicación de terminal waymark. Traducción asistida por máquina; necesita revisión nativa.

## Códigos

cli-prompt-passcode = Código:
cli-prompt-new-passcode = Código nuevo:
cli-prompt-duress-passcode = Código de emergencia:
cli-prompt-again = Escríbelo otra vez:
cli-passcode-mismatch = Los dos códigos son distintos. No se cambió nada.
cli-no-terminal = No hay terminal para pedir el código. Define WAYMARK_PASSCODE (y WAYMARK_NEW_PASSCODE o WAYMARK_DURESS_PASSCODE cuando se pidan).

## waymark vault

cli-vault-created = Caja fuerte creada. Está cerrada. Solo tu código la abre.
cli-vault-unlocked = Código aceptado. La caja fuerte se abrió y ya está cerrada otra vez.
cli-vault-locked = La caja fuerte está cerrada. Waymark nunca la deja abierta después de una orden.
cli-vault-status-none = No hay ninguna caja fuerte en esta carpeta.
cli-vault-status-wipe =
    Aquí hay una caja fuerte. Está cerrada.
    Códigos incorrectos desde la última apertura: { $failed }.
    Se borra después de tantos códigos incorrectos seguidos: { $limit }.
cli-vault-status-no-wipe =
    Aquí hay una caja fuerte. Está cerrada.
    Códigos incorrectos desde la última apertura: { $failed }.
    Los códigos incorrectos nunca la borran.
cli-vault-passcode-changed = Código cambiado.
cli-vault-duress-removed = Código de emergencia quitado.
cli-vault-duress-set = Código de emergencia listo. Abrir con él destruye esta caja fuerte y abre una vacía.
cli-vault-wipe-after-invalid = Escribe un número de intentos (1 o más), u "off".
cli-vault-wipe-after-set = La caja fuerte se borrará después de tantos códigos incorrectos seguidos: { $limit }.
cli-vault-wipe-after-off = Los códigos incorrectos ya no borrarán la caja fuerte.
cli-vault-nothing-wiped = No se borró nada.
cli-vault-wiped = La caja fuerte está destruida. Sus archivos ya no existen y nadie puede descifrarlos.
cli-vault-confirm-needed = Añade --yes para borrar sin preguntar.
cli-vault-confirm-word = sí
cli-vault-confirm-wipe = ¿Destruir esta caja fuerte para siempre? Escribe { $word }:
cli-error-read-answer = No se pudo leer la respuesta.

## waymark journal

cli-journal-stdin-failed = No se pudo leer la nota de la entrada estándar.
cli-journal-edited = (editada)
cli-journal-saved = Guardada como nota n.º { $id }.
cli-journal-empty = El diario está vacío.
cli-journal-changed = Nota n.º { $id } cambiada.
cli-journal-deleted = Nota n.º { $id } borrada.

## waymark locales

cli-locales-lint-clean = No hay problemas. Idiomas: { $locales }. Archivos: { $files }.
cli-locales-lint-failed = Problemas encontrados: { $count }.
cli-direction-ltr = de izquierda a derecha
cli-direction-rtl = de derecha a izquierda
cli-status-source = texto original
cli-status-machine-assisted = asistida por máquina, necesita revisión nativa
cli-status-native-reviewed = revisada por un hablante nativo

## waymark demo

cli-error-temp-folder = No se pudo crear una carpeta temporal.
cli-error-read-vault-file = No se pudo leer un archivo de la caja fuerte.
cli-demo-step-1-title = 1. Crear una caja fuerte
cli-demo-step-1 =
    Una caja fuerte es un lugar cifrado en el teléfono. Creamos una en una carpeta temporal.
    La protege el código { $passcode }. Convertir un código en una llave tarda
    un momento a propósito: así adivinar es lento.
cli-demo-step-2-title = 2. Escribir en el diario privado
cli-demo-step-2 = Una persona escribe lo que le pasa, con la fecha:
cli-demo-note-1 = El jefe se quedó otra vez con mi pasaporte hoy
cli-demo-note-2 = Sin pago desde hace 3 semanas. Dice que le debo 900 por el cuarto
cli-demo-note-3 = Encerrados en el dormitorio después del turno
cli-demo-step-3-title = 3. Mirar los archivos
cli-demo-step-3 = La caja fuerte está cerrada. Estos son todos sus archivos en el disco:
cli-demo-search-clean = Buscamos las palabras de las notas en cada byte de estos archivos. No están.
cli-demo-search-found = Buscamos las palabras de las notas en cada byte de estos archivos. ENCONTRADAS. Esto nunca debería pasar.
cli-demo-step-4-title = 4. Alguien intenta adivinar el código
cli-demo-step-4 =
    Probando { $guess }: "{ $answer }"
    Esta caja fuerte se borra sola después de tantos intentos fallidos seguidos: { $limit }.
    La cuenta sigue aunque el teléfono se reinicie.
cli-demo-step-5-title = 5. Cambiar el código
cli-demo-step-5 =
    Ahora el código es { $passcode }. Solo cambió el pequeño archivo de la llave.
    Los datos no se cifraron de nuevo. Notas que siguen en el diario: { $count }.
cli-demo-step-6-title = 6. Poner un código de emergencia
cli-demo-step-6 =
    Si alguien obliga a la persona a abrir la aplicación, puede escribir { $duress } en su lugar.
    Se ve igual que una apertura normal.
cli-demo-step-7-title = 7. Abrir bajo presión
cli-demo-step-7 =
    Abrir con { $duress } funcionó. El diario se ve vacío (notas: { $count }).
    Por debajo, la caja fuerte real se destruyó primero. El código anterior ahora recibe:
    "{ $answer }"
cli-demo-step-8-title = 8. Borrado de pánico
cli-demo-step-8 = Un solo paso destruye la caja fuerte, incluso cerrada. Archivos que quedan en la carpeta:
cli-demo-no-files = (ninguno)
cli-demo-file-size = { $size } bytes
cli-demo-end = La demostración usó una carpeta temporal. Ya está borrada.
cli-demo-keep-inbox-exists = Esa carpeta ya existe. Indica una carpeta nueva para --keep-inbox; no se cambió nada.
cli-demo-desk = El lado de la ONG en un navegador: ejecuta `waymark demo --keep-inbox ngo-inbox` para conservar el buzón de la demostración; al final verás cómo abrirlo en el escritorio de la ONG (docs/ngo-desk.md).
cli-demo-desk-kept = El buzón de la demostración se conserva en { $dir }. Para ver su informe como lo vería una persona del equipo, vuelve a iniciar el buzón con `waymark inbox serve --dir { $dir }` y, en otra terminal, el escritorio de la ONG con `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Abre en tu navegador la dirección que muestra e inicia sesión con tu nombre y la frase de la demostración: { $passphrase }
cli-demo-failed-found = Se encontró una nota sin cifrar en el disco.
cli-demo-failed-duress = El código de emergencia no destruyó la caja fuerte.

## waymark content (herramientas para editores, y paquetes en una caja fuerte)

cli-content-key-exists = Ese archivo de clave ya existe. No se sobrescribió.
cli-content-error-write-key = No se pudo escribir el archivo de clave.
cli-content-error-read-key = No se pudo leer el archivo de clave.
cli-content-error-write-manifest = No se pudo escribir el manifiesto.
cli-content-refused = Paquete rechazado: { $reason }
cli-content-keygen-done =
    Se escribió la clave privada. Guárdala en secreto y fuera de internet.
    Clave pública: { $public_key }
    Id de la clave: { $key_id }
cli-content-signed = Se firmó { $pack_id } versión { $version } con la clave { $key_id }. Archivos: { $count }.
cli-content-verified = Válido: { $pack_id } versión { $version }, firmado con la clave { $key_id }. Archivos que coinciden con su hash: { $count }.
cli-content-checked = Bien formado: { $pack_id } versión { $version }. Archivos: { $files }. Idiomas: { $locales }. No se comprobó la firma (usa waymark content verify).
cli-content-trusted = Desde ahora, esta caja fuerte acepta los paquetes firmados con la clave { $key_id }.
cli-content-untrusted = La clave { $key_id } ya no es de confianza. Se quitaron sus paquetes.
cli-content-not-trusted = La clave { $key_id } no era de confianza aquí.
cli-content-removed = Se quitó el paquete { $pack_id }.
cli-content-not-installed = El paquete { $pack_id } no estaba instalado.
cli-content-installed = Se instaló { $pack_id } versión { $version }. Archivos: { $count }.
cli-content-list-publishers = Editores de confianza: { $count }
cli-content-list-packs = Paquetes instalados: { $count }
cli-content-list-pack = { $pack_id } versión { $version } (clave { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Público desconocido. Usa una de estas palabras: { $choices }.
cli-helplines-unknown-channel = Canal desconocido. Usa una de estas palabras: { $choices }.
cli-helplines-none = Ninguna línea de ayuda coincide. Prueba sin --audience o --channel, o prueba con otro país.
cli-helplines-call = Llama: { $address }
cli-helplines-sms = Mensaje de texto (SMS): { $address }
cli-helplines-sms-keyword = Mensaje de texto (SMS): { $address } (envía la palabra { $keyword })
cli-helplines-chat = Chat: { $address }
cli-helplines-web = Sitio web: { $address }
cli-helplines-ussd = Marca el código: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today debe ser una fecha escrita AAAA-MM-DD.
cli-helplines-audit-summary = Países cubiertos: { $countries }. Entradas: { $entries }.
cli-helplines-audit-unconfirmed = Campos que ninguna fuente confirma:
cli-helplines-audit-key-fields = campos clave, por eso se muestran como inseguros: { $fields }
cli-helplines-audit-other-fields = otros campos: { $fields }
cli-helplines-audit-stale = Fuentes revisadas hace demasiado tiempo (límite en días: { $days }):
cli-helplines-audit-secondary = Campos clave confirmados solo por prensa o terceros:
cli-helplines-audit-marked = Se muestran como inseguras, con la nota de quien las mantiene:
cli-helplines-audit-no-sources = Entradas sin ninguna fuente:
cli-helplines-audit-no-emergency = Países sin número de emergencia: { $countries }
cli-helplines-audit-no-trafficking = Países sin línea contra la trata: { $countries }
cli-helplines-audit-no-crisis = Países sin línea de crisis: { $countries }
cli-helplines-audit-none = ninguno
cli-helplines-audit-failed = Algunos países no tienen número de emergencia. Añade uno, con su fuente, antes de publicar este directorio.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Revísalo con: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = Se escribió { $file } y { $count } archivo(s) de idioma.
cli-import-summary = { $converted } convertidas, { $changed } cambiadas, { $dropped } omitidas, { $refused } rechazadas.
cli-import-checked = El cuestionario pasa todas las comprobaciones de "waymark questionnaire check".
cli-import-action-converted = convertida
cli-import-action-changed = cambiada
cli-import-action-dropped = omitida
cli-import-action-refused = rechazada
cli-import-exists = { $file } ya existe: elija otra carpeta --out.
