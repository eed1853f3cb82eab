### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = Necesito ayuda ahora
urgent-heard-you = Lo que escribiste me preocupa. Tu seguridad es lo primero.
urgent-start = ¿Estás en peligro ahora mismo?
urgent-danger-now = Sí, estoy en peligro ahora
urgent-not-right-now = Ahora mismo no
urgent-leave-app = Salir rápido de esta aplicación
urgent-emergency-first = Si puedes, llama ahora a un número de emergencia. No tienes que explicarlo todo: di dónde estás y que necesitas ayuda.
urgent-no-country = No sabemos en qué país estás, así que no podemos mostrar números locales. En muchos países puedes llamar al 112 desde cualquier teléfono móvil.
urgent-cant-speak = No puedo hablar con seguridad
urgent-cant-speak-info = Si no puedes hablar, algunos servicios aceptan mensajes de texto. Envía uno solo si es seguro, y bórralo después si alguien revisa tu teléfono.
urgent-safety-steps = ¿Qué puedo hacer ahora mismo?
urgent-steps-intro = Algunas cosas que pueden ayudar ahora:
urgent-tip-public-place = Si puedes, ve a un lugar con más gente, como una tienda, un hospital o una estación de autobuses.
urgent-tip-trusted-person = Dile a alguien de confianza dónde estás.
urgent-tip-hide-app = Si alguien llega, puedes salir de esta aplicación al instante con el botón de salida.
urgent-show-numbers = Muéstrame los números otra vez
urgent-done = Ya tengo lo que necesito
urgent-not-now = Me alegra que ahora no estés en peligro. Estos servicios pueden ayudarte cuando estés lista o listo. Muchos son gratuitos y no tienes que dar tu nombre.
urgent-be-ready = Ayúdame a estar preparada o preparado
urgent-steps-later = Aquí tienes tres pasos que pueden ayudarte a estar preparada o preparado. Los añadimos a tu plan de seguridad.
urgent-plan-number = Aprende de memoria un número de emergencia.
urgent-plan-documents = Si puedes, guarda una foto de tu pasaporte o documento de identidad en un lugar seguro, o con alguien de confianza.
urgent-plan-code-word = Acuerda una palabra clave con alguien de confianza, para pedir ayuda sin que otros lo sepan.
urgent-end = Puedes volver aquí cuando quieras. Esta conversación queda bloqueada en este teléfono y puedes borrarla cuando quieras.

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = Gracias por contármelo. Parece que estás pasando por algo muy doloroso ahora mismo.
urgent-crisis-not-alone = No estás sola ni solo. Mucha gente se ha sentido así, y hablar con alguien puede ayudar. Mereces apoyo.
urgent-crisis-talk-now = Puedes hablar con alguien ahora mismo. Las personas de estos servicios están ahí para escucharte. No tienes que explicarlo todo.
urgent-crisis-not-safe = Puede que ahora mismo no esté a salvo
urgent-crisis-emergency = Si sientes que podrías actuar según estos pensamientos pronto, llama ahora a un número de emergencia o ve a urgencias de un hospital. Si puedes, quédate con otra persona hasta que llegue ayuda.
urgent-crisis-cant-call = No puedo hablar por teléfono
urgent-crisis-cant-call-info = Si hablar te cuesta demasiado, algunos servicios responden mensajes de texto. También puedes pedir a alguien de confianza que llame contigo, o por ti.
urgent-crisis-get-through = ¿Qué me puede ayudar ahora mismo?
urgent-crisis-steps-intro = Algunas cosas que pueden ayudar ahora:
urgent-crisis-tip-people = Si puedes, quédate con alguien, o ve a un lugar donde haya más gente.
urgent-crisis-tip-distance = Si puedes, aléjate de cualquier cosa que podrías usar para hacerte daño.
urgent-crisis-tip-moment = Los sentimientos tan fuertes pueden calmarse. Por ahora, basta con pasar los próximos minutos.
urgent-crisis-plan-line = Guarda el número de una línea de crisis donde puedas encontrarlo rápido.
urgent-crisis-other-danger = Además, alguien me hace daño o me controla
urgent-crisis-show-numbers = Muéstrame con quién puedo hablar
urgent-crisis-done = Por ahora tengo lo que necesito
urgent-crisis-no-country = No sabemos en qué país estás, así que no podemos mostrar una línea de crisis local. Si tu vida está en peligro, llama a un número de emergencia: en muchos países, el 112 funciona desde cualquier teléfono móvil.
urgent-crisis-end = Me alegra que hayas escrito. Puedes volver aquí cuando quieras, de día o de noche. Si estos pensamientos vuelven, habla con alguien, por favor: no tienes que pasar por esto sola ni solo.
