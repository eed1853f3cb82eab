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
