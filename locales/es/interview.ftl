### Comandos de cuestionario y entrevista del terminal.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: no se encontraron problemas.
cli-questionnaire-check-failed = Archivos con problemas: { $count } de { $total }.
cli-questionnaire-source-builtin = incluido
cli-questionnaire-source-pack = paquete { $pack_id }
cli-questionnaire-list-none = No hay cuestionarios disponibles.

## waymark interview

cli-interview-started = { $title }. Cada respuesta se guarda, cifrada, en cuanto se da (borrador { $draft }).
cli-interview-resumed = { $title }: seguimos donde lo dejaste.
cli-interview-need-source = Indica un identificador de cuestionario o --file.
cli-interview-cmd-back = atrás
cli-interview-cmd-review = revisar
cli-interview-cmd-stop = parar
cli-interview-cmd-quit = salir
cli-interview-cmd-help = ayuda
cli-interview-cmd-go = ir
cli-interview-commands = Responde con el número o las palabras de tu respuesta. También puedes escribir: { $back } (pregunta anterior), { $review } (ver tus respuestas), { $stop } (parar aquí), { $quit } (salir ahora y seguir después), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Para quien entrevista: { $hint }
cli-interview-kind-integer = (un número entero)
cli-interview-kind-decimal = (un número)
cli-interview-kind-date = (una fecha, escrita AAAA-MM-DD)
cli-interview-kind-text = (escribe la respuesta y pulsa Intro)
cli-interview-kind-multiple = (uno o más números, separados por comas)
cli-interview-kind-note = (pulsa Intro para seguir)
cli-interview-kind-optional = (pulsa Intro sin respuesta para saltar esta pregunta)
cli-interview-current-answer = Respuesta actual: { $answer }
cli-interview-not-understood = Perdón, no se entendió esa respuesta. Inténtalo de nuevo.
cli-interview-repeat-offer = ¿Añadir { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Tus respuestas:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (sin respuesta)
cli-interview-review-go = Para cambiar una respuesta, escribe { $go } y su número, por ejemplo: { $go } 2
cli-interview-review-hidden = Las respuestas son privadas: la persona no aceptó mostrarlas.
cli-interview-stopped = Paramos aquí. No se harán más preguntas.
cli-interview-end = Esa fue la última pregunta.
cli-interview-left = Las respuestas están guardadas. Para seguir después: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = ¿Quieres que la persona que te atiende vea tus respuestas? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Gracias. Por favor, devuelve el teléfono ahora.
cli-interview-finalize-ask = ¿Terminar ahora y guardar el informe? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = El informe { $report } está guardado en la caja fuerte. Solo contiene las respuestas a las preguntas que se hicieron.
cli-interview-answer-saved = Respuesta guardada.
cli-interview-answers-file = No se pudo leer el archivo de respuestas. Detalles: { $reason }
cli-interview-answers-unknown = El archivo de respuestas nombra { $name }, que no es una pregunta ni una sección repetida de este cuestionario (o no una que se haga aquí).
cli-interview-answers-not-list = { $name } es una sección repetida: dale una lista de bloques ([[{ $name }]] en TOML).

## Resumen

cli-interview-summary-title = Resumen: { $title }
cli-interview-summary-risk = Resultado: { $risk }
cli-interview-summary-indicators = Señales encontradas:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = No se encontraron señales en estas respuestas.
cli-interview-summary-actions = Próximos pasos recomendados:
cli-interview-summary-options = Cosas que podrías hacer:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Contactar una línea de ayuda:
cli-interview-summary-helplines-country = - Contactar una línea de ayuda. Añade el país de la persona (por ejemplo --country TH) para ver los números correctos.
cli-interview-summary-helplines-none = - Contactar una línea de ayuda. El directorio aún no tiene una línea para este país.
cli-interview-summary-progress = Respondidas: { $answered } de { $relevant } preguntas.
cli-interview-summary-stopped = El cuestionario se detuvo antes del final.
cli-interview-summary-answers-hidden = Las respuestas son privadas: la persona no aceptó mostrarlas.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = No hay borradores.
cli-interview-mode-interviewer = entrevista
cli-interview-mode-self = autoevaluación
cli-interview-mode-handover = entrega del teléfono
