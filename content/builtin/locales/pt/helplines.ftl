# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Aberto dia e noite, todos os dias.
helpline-hours-check = Nem sempre está aberto. Veja o horário antes de ligar.
helpline-conf-confidential = O serviço diz que o que você contar fica em sigilo.
helpline-conf-anonymous = Você não precisa dizer seu nome.
helpline-conf-emergency = Número de emergência. A polícia ou uma ambulância pode vir.
helpline-conf-government = É do governo. O que você disser pode ser passado às autoridades.
helpline-conf-unknown = Não sabemos quem vê o que você conta.
helpline-uncertain = Não conseguimos confirmar este número. Ele pode estar errado.
