# Evaluación rápida (questionnaires/quick_screen.toml). Cualquier sí = derivar.

qs-title = Evaluación rápida: cinco preguntas
qs-intro = Le voy a hacer cinco preguntas cortas. Puede responder sí o no, o elegir no responder.
qs-intro-hint = Pregunte solo cuando ningún empleador, agente o acompañante pueda oír.
qs-cannot-leave = ¿Alguien le impide dejar su trabajo o el lugar donde se aloja?
qs-documents = ¿Otra persona guarda su pasaporte o documento de identidad, de modo que usted no puede tenerlo cuando quiere?
qs-debt = ¿Debe dinero a un empleador o agente y siente que nunca podrá pagarlo?
qs-threats = ¿Alguien le ha amenazado o hecho daño, a usted o a su familia, para obligarle a trabajar o impedir que se vaya?
qs-deceived = ¿Su trabajo o su pago son muy distintos de lo que le prometieron?
qs-act-always = Ofrezca los datos de líneas de ayuda en una forma que la persona pueda guardar sin peligro.
qs-act-refer = Al menos una respuesta fue sí: con el acuerdo de la persona, haga la entrevista completa o derívela a un gestor de casos.
