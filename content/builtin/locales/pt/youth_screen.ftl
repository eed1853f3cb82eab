# Triagem rápida para jovens (questionnaires/youth_screen.toml).

ys-title = Triagem rápida para jovens
ys-section-about = Sobre ti
ys-section-work = Trabalho
ys-section-safety = Sentires-te seguro
ys-intro = Vou fazer-te algumas perguntas. Não há respostas erradas e podes dizer "não quero responder" a qualquer momento.
ys-intro-hint = Sente-se à altura do jovem, em privado. Se um adulto que o acompanha insistir em ficar, registe-o e faça só perguntas gerais.
ys-age = Quantos anos tens?
ys-age-check = Escreve uma idade entre 5 e 30.
ys-looks-young = O jovem parece ter menos de 18 anos?
ys-looks-young-hint = A sua própria impressão; não a diga em voz alta. Em caso de dúvida, responda sim.
ys-family = Vives com os teus pais ou com a família que cuida de ti?
ys-works = Trabalhas para alguém de fora da tua família, por dinheiro ou por outra coisa?
ys-school = Este trabalho impede-te de ir à escola?
ys-money-taken = Outra pessoa fica com o dinheiro que ganhas?
ys-long-hours = Trabalhas à noite, ou muitas horas sem descanso?
ys-brought = Alguém te trouxe para aqui de outra cidade ou de outro país, e agora diz-te o que fazer?
ys-forced = Alguém te obriga a fazer coisas que não queres, ou assusta-te a ti ou à tua família?
ys-sexual = Alguém te pediu ou obrigou a fazer alguma coisa sexual em troca de dinheiro, comida, um sítio para dormir ou outra coisa?
ys-sexual-hint = Mantenha a calma seja qual for a resposta. Não peça pormenores: isso é para especialistas.
ys-safe-tonight = Tens um sítio seguro para dormir esta noite?
ys-act-follow-up = O jovem não vive com a família: verifique quem cuida dele e faça acompanhamento.
ys-act-refer = Há sinais de exploração: com o jovem, contacte um serviço especializado.
ys-act-specialist = Vários sinais juntos: encaminhe hoje para um serviço especializado em crianças e jovens.
ys-act-child-protection = Uma criança com sinais de exploração: contacte hoje os serviços de proteção de crianças, segundo o seu procedimento.
ys-act-urgent-child = Uma criança que pode estar a ser explorada sexualmente: contacte já a proteção de crianças. Não a deixe sair com o suspeito.
ys-act-safe-place = Sem sítio seguro esta noite: encontre já um abrigo de emergência e ligue para o número de emergência se o jovem estiver em perigo.
