# Entrevista de detección para adultos (questionnaires/frontline_adult.toml).
# Las etiquetas se leen en voz alta; las pistas (-hint) son solo para quien entrevista.

fl-title = Entrevista de detección: trabajo y seguridad
fl-section-start = Antes de empezar
fl-section-recruitment = Cómo consiguió este trabajo
fl-section-workplaces = Sus lugares de trabajo
fl-section-conditions = Horas, pago y dinero que debe
fl-section-freedom = Su libertad
fl-section-threats = Amenazas y daños
fl-section-sexual = Explotación sexual
fl-section-safety = Su situación y su seguridad

fl-intro = Me gustaría hacerle algunas preguntas sobre su trabajo y su vida aquí. No tiene que responder a ninguna pregunta y puede parar cuando quiera. Lo que me cuente no se compartirá sin su acuerdo, salvo si un niño o una niña está en peligro.
fl-intro-hint = Busque primero un lugar privado. Ningún empleador, agente o acompañante debe oír. Use un intérprete que la persona haya elegido, nunca uno vinculado al empleador.
fl-consent = Entiendo y acepto responder a estas preguntas.
fl-age = ¿Cuántos años tiene?
fl-age-hint = Si no lo sabe, marque "no estoy seguro". No pida fecha de nacimiento ni documentos.
fl-age-check = Escriba una edad entre 10 y 110.
fl-working = En los últimos dos años, ¿ha hecho algún trabajo, pagado o no, aquí o en otro país?
fl-working-hint = Cuenta cualquier trabajo: en una casa, en el campo o en un barco, en un bar, en la calle, o trabajo sexual.

fl-paid-fee = ¿Pagó a alguien para conseguir este trabajo o para viajar hasta él?
fl-fee-owed = ¿Todavía debe ese dinero al empleador, al agente o a alguien relacionado con ellos?
fl-promised-different = ¿El trabajo, el pago o las condiciones son muy distintos de lo que le dijeron antes de empezar?
fl-pressured = ¿Alguien le obligó o le presionó para aceptar este trabajo o para viajar?

fl-wp-sector = ¿Qué tipo de trabajo era en este lugar?
fl-sector-farm-fishing = Campo, pesca o barco
fl-sector-construction-factory = Obra o fábrica
fl-sector-domestic = Trabajo en la casa de otra persona
fl-sector-hospitality = Restaurante, hotel o limpieza
fl-sector-entertainment-sex = Bar, masajes, espectáculos o trabajo sexual
fl-sector-street = Venta o mendicidad en la calle
fl-sector-other = Otro trabajo
fl-wp-place = ¿Dónde estaba este lugar de trabajo?
fl-place-this-country = En este país
fl-place-other-country = En otro país
fl-place-at-sea = En el mar
fl-wp-current = ¿Sigue trabajando allí?
fl-wp-ended = ¿Cómo terminó este trabajo?
fl-ended-left-freely = Me fui cuando quise
fl-ended-escaped = Tuve que escapar
fl-ended-sent-away = Me echaron
fl-wp-lived-there = ¿También vivía allí, o en un lugar que eligió el empleador?

fl-hours = En un día normal, ¿cuántas horas trabaja?
fl-hours-hint = Incluya el tiempo de guardia, los traslados entre trabajos y el trabajo en casa del empleador.
fl-hours-check = Escriba un número de horas entre 0 y 24.
fl-day-off = ¿Tiene al menos un día completo libre cada semana?
fl-paid = ¿Le pagan todo lo que le prometieron?
fl-debt = ¿Debe dinero a su empleador, a un agente o a alguien relacionado con ellos?
fl-debt-grows = ¿Esta deuda sigue creciendo, o siente que nunca podrá pagarla?
fl-conditions = ¿Los lugares donde trabaja o duerme son peligrosos, sucios o están muy llenos de gente?
fl-conditions-hint = Por ejemplo: sin protección contra productos químicos, sin baño ni agua, muchas personas en una habitación.

fl-documents = ¿Tiene su pasaporte o documento de identidad, o puede conseguirlo cuando quiera?
fl-documents-hint = Guardar los documentos "para protegerlos" en contra de la voluntad de la persona también cuenta.
fl-documents-holder = ¿Quién tiene ahora sus documentos?
fl-holder-employer = El empleador o el agente
fl-holder-someone-else = Otra persona
fl-holder-lost = Se perdieron, o nunca tuve
fl-can-leave = Si quisiera dejar de trabajar para este empleador, ¿podría hacerlo?
fl-leave-consequence = ¿Qué cree que pasaría si se fuera?
fl-consequence-threats = Me amenazarían a mí o a mi familia
fl-consequence-violence = Me harían daño
fl-consequence-debt = Mi deuda crecería o tendría que pagar una multa
fl-consequence-report = Me denunciarían a la policía o a migración
fl-consequence-lose-pay = Perdería el pago que me deben
fl-go-out = Cuando no trabaja, ¿puede salir solo o sola?
fl-contact = ¿Puede hablar con su familia o sus amigos cuando quiere?
fl-watched = ¿Le encierran o le vigilan todo el tiempo, en el trabajo o donde vive?
fl-moved = ¿Le llevaron de un lugar de trabajo a otro sin preguntarle?

fl-threatened = ¿Alguien le ha amenazado a usted o a su familia para obligarle a trabajar o para impedir que se vaya?
fl-hurt = ¿Alguien del trabajo, o relacionado con su trabajo, le ha golpeado, le ha hecho daño o le ha tocado sexualmente contra su voluntad?
fl-hurt-hint = Si la respuesta es sí, ofrezca primero atención médica. No pida detalles que no necesita.

fl-sex-made = ¿Alguien le ha obligado a hacer actos sexuales, o a ver a personas para tener sexo, cuando usted no quería?
fl-sex-made-hint = Pregunte solo en privado. Mantenga la voz y la cara tranquilas. Un sí es suficiente: no pregunte qué pasó.
fl-sex-money = ¿Otra persona se queda con todo o con la mayor parte del dinero?

fl-vulnerable = ¿Le pasa alguna de estas cosas? Elija todas las que correspondan.
fl-vulnerable-no-papers = No tengo papeles para vivir o trabajar aquí
fl-vulnerable-language = No hablo bien el idioma de aquí
fl-vulnerable-dependants = Mi familia depende del dinero que envío
fl-vulnerable-no-home = No tengo dónde vivir, salvo donde dice el empleador
fl-vulnerable-none = Ninguna de estas
fl-vulnerable-check = "Ninguna de estas" no se puede elegir junto con otras respuestas.
fl-safe-tonight = ¿Es seguro para usted volver esta noche al lugar donde duerme?
fl-safe-tonight-hint = Si la respuesta es no, no deje que la persona se vaya sola: siga ahora los pasos urgentes de seguridad.
fl-anything-else = ¿Hay algo más que quiera contarme?
fl-text-check = Escriba un texto más corto (2000 caracteres como máximo).
fl-end = Gracias por hablar conmigo. Decida lo que decida, puede volver a buscarnos.
fl-end-hint = Revise con la persona los pasos recomendados. Acuerden cómo contactarla de forma segura.

fl-act-always = Ofrezca los datos de líneas de ayuda en una forma que la persona pueda guardar sin peligro, y acuerden cómo contactarla de forma segura.
fl-act-rights = Explique a la persona sus derechos laborales y dónde pedir consejo (inspección de trabajo, sindicato o grupo de trabajadores).
fl-act-youth = La persona puede ser menor de 18 años: siga su protocolo de protección infantil y use la evaluación para jóvenes.
fl-act-caseworker = Con su acuerdo, derive a la persona a un gestor de casos para una evaluación completa.
fl-act-forced-labour = Las respuestas muestran señales de trabajo forzoso (no es libre de irse y está bajo amenaza). Derive a una organización contra la trata; implique a la policía solo con el consentimiento de la persona, salvo si un menor está en riesgo.
fl-act-sexual = Ofrezca atención de salud confidencial y apoyo especializado en explotación sexual. Nunca confronte al explotador.
fl-act-child = Un menor con señales de explotación: contacte hoy con los servicios de protección infantil.
fl-act-urgent = Muchas señales graves juntas: haga ahora un plan de seguridad con la persona y contacte hoy con una organización especializada.
fl-act-safety = La persona no está segura esta noche: no la envíe de vuelta. Busque un refugio de emergencia y llame al número de emergencias si corre peligro inmediato.
