# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Aberto dia e noite, todos os dias.
helpline-hours-check = Nem sempre está aberto. Veja o horário antes de ligar.
helpline-conf-confidential = O serviço diz que o que você contar fica em sigilo.
helpline-conf-anonymous = Você não precisa dizer seu nome.
helpline-conf-emergency = Número de emergência. A polícia ou uma ambulância pode vir.
helpline-conf-government = É do governo. O que você disser pode ser passado às autoridades.
helpline-conf-unknown = Não sabemos quem vê o que você conta.
helpline-uncertain = Não conseguimos confirmar este número. Ele pode estar errado.
helpline-uncertain-details = Não conseguimos confirmar quem mantém este serviço nem quando está aberto. Verifique antes de contar com ele.
helpline-note-spoofing = A linha avisa que golpistas falsificam este número nas chamadas que fazem. Confie nele só quando for você a ligar.
helpline-note-from-mobile = Para ligar de um celular.
helpline-note-from-landline = Para ligar de um telefone fixo.
helpline-note-from-abroad = Para ligar de fora do país.
helpline-note-regional = Funciona só em parte do país.
helpline-note-operator-varies = Mantido por uma organização diferente em cada país; em alguns, pela polícia.
helpline-note-bill = Não aparece na conta, mas o número fica na lista de chamadas do telefone.
helpline-note-tourists = Polícia turística. Falam vários idiomas.
helpline-note-may-call-emergency = Se acharem que sua vida corre perigo imediato, podem chamar os serviços de emergência.
helpline-note-languages-limited = Os outros idiomas não estão disponíveis a qualquer hora.
