### Enviar informes a una ONG: la bandeja de salida, las reglas de envío y las respuestas. Traducción automática; necesita revisión.

## Por qué no se envía nada ahora

sync-held-waiting-for-user = Esperando a que pulses enviar.
sync-held-no-network = Esperando una conexión.
sync-held-captive-portal = Esta red pide iniciar sesión primero. Esperando.
sync-held-not-validated = Esperando una conexión a internet que funcione.
sync-held-transport = Esperando un tipo de conexión que hayas permitido.
sync-held-metered = Esperando una conexión que no se pague por datos.
sync-held-roaming = No se envía en itinerancia (roaming).
sync-held-vpn = Esperando tu VPN.
sync-held-untrusted-network = Esperando una red de confianza.
sync-held-time-window = Esperando una hora del día que hayas permitido.
sync-held-not-charging = Esperando a que el teléfono se cargue.

## Por qué falló un envío (el informe se guarda y se vuelve a intentar)

sync-failure-connect = No se pudo llegar al servidor de la ONG.
sync-failure-timeout = El servidor de la ONG tardó demasiado en responder.
sync-failure-tls = No se pudo comprobar la conexión segura.
sync-failure-pin-mismatch = La clave de seguridad del servidor no es la de la ONG. No se envió nada.
sync-failure-interrupted = La conexión se cortó.
sync-failure-server-error = El servidor de la ONG tuvo un problema.
sync-failure-rate-limited = El servidor de la ONG está ocupado. Se intentará más tarde.
sync-failure-too-large = El informe es demasiado grande para esta ONG.
sync-failure-refused = El servidor de la ONG rechazó el informe.
sync-failure-malformed = El servidor de la ONG dio una respuesta sin sentido.
sync-failure-no-endpoint = No hay forma de llegar a esta ONG con la configuración actual.
sync-failure-setup = No se pudo preparar la conexión. Revisa el proxy.
sync-failure-bad-receipt = No se pudo comprobar el recibo del servidor, así que el informe se guarda.

## Errores

sync-error-unknown-ngo = Esta ONG no está en tu lista.
sync-error-no-directory = Los datos de esta ONG aún no se han descargado.
sync-error-directory-expired = Los datos de esta ONG están caducados. Actualízalos primero.
sync-error-invalid-key = Esta no es una clave de ONG válida.
sync-error-unknown-report = No hay ningún informe así en la bandeja de salida.
sync-error-nothing-to-send = No hay nada que enviar.
sync-error-already-queued = Esto ya está en la bandeja de salida.
sync-error-too-large = El informe es demasiado grande para enviarlo.
sync-error-seal = No se pudo sellar el informe.
sync-error-signature = La firma de la ONG no es válida.
sync-error-directory-rollback = Estos datos de la ONG son más antiguos que los que ya tiene este teléfono, así que no se usaron.
sync-error-bad-answer = El servidor de la ONG dio una respuesta sin sentido.
sync-error-damaged = Los datos de envío guardados están dañados.
sync-error-invalid-setting = Este ajuste no está permitido: { $setting }.

## waymark ngo

cli-ngo-added = Ahora confías en { $name } (clave { $key_id }). Los informes para ella se sellan para que solo ella pueda leerlos.
cli-ngo-refreshed = Los datos de { $name } están al día.
cli-ngo-none = Todavía no confías en ninguna ONG.
cli-ngo-line-ready = { $key_id }  { $name }  (datos válidos hasta { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (datos aún no descargados)

## waymark outbox

cli-outbox-queued =
    Sellado y puesto en la bandeja de salida: { $id }.
    Código de recibo (este teléfono pide las respuestas con él; solo este teléfono puede leerlas): { $code }
    El mismo código en cifras: { $digits }
cli-outbox-fingerprint = Huella del informe (la persona de la ONG ve la misma en tu informe; díctala en lugar del código): { $fingerprint }
cli-outbox-empty = La bandeja de salida está vacía.
cli-outbox-kind-questionnaire = cuestionario
cli-outbox-kind-journal = notas del diario
cli-outbox-kind-assistant = asistente
cli-outbox-kind-text = texto
cli-outbox-line-queued = { $id }  { $kind }  esperando (intentos: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  entregado ({ $day })
cli-outbox-last-problem = Último problema: { $reason }
cli-outbox-status = Esperando: { $queued }. Entregados: { $sent }.
cli-outbox-policy-allows = Tus reglas permiten enviar ahora.
cli-sync-held = No se envía ahora. { $reason }
cli-sync-delayed = Se enviará pronto, en un momento al azar.
cli-sync-idle = No hay nada que enviar.
cli-sync-ran = Entregados: { $sent }. Fallidos: { $failed }. Aún esperando: { $queued }. Respuestas nuevas: { $replies }.

## waymark policy

cli-yes = sí
cli-no = no
cli-policy-any-time = a cualquier hora
cli-policy-no-proxy = ninguno
cli-policy-bad-window = Indica las franjas horarias como HH:MM-HH:MM, por ejemplo 22:00-06:00.
cli-policy-saved = Tus reglas están guardadas.
cli-policy-show =
    Solo cuando pulso enviar: { $manual }
    Wi-Fi: { $wifi }. Datos móviles: { $cellular }. Redes que se pagan por datos: { $metered }. Itinerancia: { $roaming }.
    VPN necesaria: { $vpn }. Solo redes de confianza: { $trusted } (guardadas: { $trusted_count }).
    Horas: { $windows }. Solo mientras carga: { $charging }.
    Espera al azar antes de enviar, en segundos: de { $delay_min } a { $delay_max }. Envíos de relleno: { $dummy }.
    Proxy Tor o SOCKS: { $proxy }

## waymark replies

cli-replies-none = Todavía no hay respuestas.
cli-replies-line = Respuesta del { $day } al informe { $id }:
