# Evaluación rápida para jóvenes (questionnaires/youth_screen.toml).

ys-title = Evaluación rápida para jóvenes
ys-section-about = Sobre ti
ys-section-work = Trabajo
ys-section-safety = Sentirte seguro
ys-intro = Te voy a hacer unas preguntas. No hay respuestas equivocadas y puedes decir "no quiero responder" en cualquier momento.
ys-intro-hint = Siéntese a la altura de la persona joven, en privado. Si un adulto que la acompaña insiste en quedarse, anótelo y haga preguntas generales.
ys-age = ¿Cuántos años tienes?
ys-age-check = Escribe una edad entre 5 y 30.
ys-looks-young = ¿La persona joven parece menor de 18 años?
ys-looks-young-hint = Es su propia impresión; no lo diga en voz alta. Si duda, responda sí.
ys-family = ¿Vives con tus padres o con la familia que te cuida?
ys-works = ¿Trabajas para alguien que no es de tu familia, por dinero o por otra cosa?
ys-school = ¿Este trabajo te impide ir a la escuela?
ys-money-taken = ¿Otra persona se queda con el dinero que ganas?
ys-long-hours = ¿Trabajas de noche, o muchas horas sin descansar?
ys-brought = ¿Alguien te trajo aquí desde otra ciudad u otro país, y ahora te dice lo que tienes que hacer?
ys-forced = ¿Alguien te obliga a hacer cosas que no quieres, o te asusta a ti o a tu familia?
ys-sexual = ¿Alguien te ha pedido u obligado a hacer algo sexual a cambio de dinero, comida, un lugar para dormir o cualquier otra cosa?
ys-sexual-hint = Mantenga la calma sea cual sea la respuesta. No pida detalles: eso es tarea de especialistas.
ys-safe-tonight = ¿Tienes un lugar seguro para dormir esta noche?
ys-act-follow-up = La persona joven no vive con su familia: averigüe quién la cuida y haga seguimiento.
ys-act-refer = Hay señales de explotación: junto con la persona joven, contacte con un servicio especializado.
ys-act-specialist = Varias señales juntas: derive hoy a un servicio especializado en niños, niñas y jóvenes.
ys-act-child-protection = Un menor con señales de explotación: contacte hoy con los servicios de protección infantil, según su protocolo.
ys-act-urgent-child = Un menor que puede estar sufriendo explotación sexual: contacte ahora con protección infantil. No deje que se vaya con la persona sospechosa.
ys-act-safe-place = No tiene un lugar seguro esta noche: busque ahora un refugio de emergencia y llame al número de emergencias si la persona joven corre peligro.
