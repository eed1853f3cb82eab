# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Iniciar el buzón de una ONG en este ordenador
cli-demo-sync-inbox = El servidor de buzón de una ONG funciona ahora en { $url } (solo este ordenador), con sus propias claves en la carpeta de la demostración. Guarda informes que no puede leer: solo la clave privada de la ONG los abre.
cli-demo-sync-trust-title = 5.2 Confiar en la ONG
cli-demo-sync-trust = El teléfono confía en la ONG solo por su clave de firma. Descargó la entrada firmada del directorio de la ONG y comprobó la firma: { $name } (clave { $key_id }), válida hasta { $expires }.
cli-demo-sync-interview-title = 5.3 Una entrevista de detección
cli-demo-sync-interview = Una trabajadora hace con alguien el cuestionario rápido incluido y lo finaliza ({ $answered } respuestas). Señales encontradas:
cli-demo-sync-queued-title = 5.4 Sellarlo y ponerlo en la bandeja de salida
cli-demo-sync-queued = El informe se sella al instante con la clave de la ONG. Código de recibo (el teléfono pide las respuestas con un identificador hecho a partir de él; solo la clave de respuesta de este teléfono puede leerlas): { $code }
cli-demo-sync-policy-title = 5.5 Esperar a las reglas de envío
cli-demo-sync-policy = El envío espera aquí entre { $min } y { $max } segundos al azar (en un teléfono: minutos), para que el momento del envío no revele cuándo se escribió el informe. Esta vez: { $waited } segundos. Después el informe salió.
cli-demo-sync-receipt-title = 5.6 Un recibo firmado
cli-demo-sync-receipt = El buzón firmó un recibo por exactamente estos bytes el { $day }. El teléfono lo comprobó con la clave de recibos de la ONG, y solo entonces borró su copia sellada. Código de recibo: { $code }
cli-demo-sync-ngo-title = 5.7 La ONG abre el informe
cli-demo-sync-ngo = La ONG descargó { $count } informe(s) nuevo(s) (recibido el { $day }) y los abrió con su clave privada. Las señales que ve:
cli-demo-sync-reply-title = 5.8 La ONG responde
cli-demo-sync-reply = La ONG selló una respuesta que solo el teléfono de este informe puede abrir, y la envió al buzón: { $text }
cli-demo-sync-reply-text = Recibimos tu informe. Puedes llamarnos cualquier día de 9:00 a 17:00. No estás sola ni solo.
cli-demo-sync-read-title = 5.9 Quien informó lee la respuesta
cli-demo-sync-read = Quien informó leyó la respuesta de la ONG ({ $day }):
cli-demo-sync-failed = El viaje de ida y vuelta del informe al buzón de la demostración no terminó.
