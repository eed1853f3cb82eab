# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Abierto día y noche, todos los días.
helpline-hours-check = No siempre está abierto. Mira el horario antes de llamar.
helpline-conf-confidential = El servicio dice que lo que cuentes queda en privado.
helpline-conf-anonymous = No tienes que dar tu nombre.
helpline-conf-emergency = Número de emergencia. Puede venir la policía o una ambulancia.
helpline-conf-government = Es del gobierno. Lo que digas puede compartirse con las autoridades.
helpline-conf-unknown = No sabemos quién ve lo que cuentas.
helpline-uncertain = No hemos podido confirmar este número. Puede estar mal.
helpline-uncertain-details = No pudimos confirmar quién lleva este servicio ni cuándo está abierto. Compruébalo antes de contar con él.
helpline-note-spoofing = La línea avisa de que hay estafadores que falsifican este número en sus llamadas. Confía en él solo cuando llames tú.
helpline-note-from-mobile = Para llamar desde un teléfono móvil.
helpline-note-from-landline = Para llamar desde un teléfono fijo.
helpline-note-from-abroad = Para llamar desde fuera del país.
helpline-note-regional = Solo funciona en una parte del país.
helpline-note-operator-varies = Lo lleva una organización distinta en cada país; en algunos, la policía.
helpline-note-bill = No aparece en la factura, pero el número queda en la lista de llamadas del teléfono.
helpline-note-tourists = Policía turística. Hablan varios idiomas.
helpline-note-may-call-emergency = Si creen que tu vida corre un peligro inmediato, pueden llamar a los servicios de emergencia.
helpline-note-languages-limited = Los otros idiomas no están disponibles a todas horas.
