# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Abierto día y noche, todos los días.
helpline-hours-check = No siempre está abierto. Mira el horario antes de llamar.
helpline-conf-confidential = El servicio dice que lo que cuentes queda en privado.
helpline-conf-anonymous = No tienes que dar tu nombre.
helpline-conf-emergency = Número de emergencia. Puede venir la policía o una ambulancia.
helpline-conf-government = Es del gobierno. Lo que digas puede compartirse con las autoridades.
helpline-conf-unknown = No sabemos quién ve lo que cuentas.
helpline-uncertain = No hemos podido confirmar este número. Puede estar mal.
