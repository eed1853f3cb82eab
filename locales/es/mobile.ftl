### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Algo salió mal dentro de la aplicación. No se perdió nada de lo que guardó. Inténtelo de nuevo.
ffi-network-facts-unavailable = La aplicación no puede revisar la red ahora, así que no se envió nada.
ffi-questionnaire-invalid = Este cuestionario tiene errores y no se puede usar.
ffi-questionnaire-required = Responda esta pregunta para continuar.
ffi-questionnaire-not-accepted = Esta respuesta no corresponde a esta pregunta.
ffi-questionnaire-too-long = Esta respuesta es demasiado larga.
ffi-questionnaire-not-available = Esta pregunta no está disponible ahora.
ffi-questionnaire-closed = Este cuestionario ya terminó. No se pueden añadir más respuestas.
ffi-questionnaire-draft-not-found = Este borrador o informe ya no está aquí.
ffi-questionnaire-draft-mismatch = Este borrador se empezó con otra versión del cuestionario.
ffi-questionnaire-draft-damaged = Este borrador guardado está dañado y no se puede abrir.
