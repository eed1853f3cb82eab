# Triagem rápida para jovens (questionnaires/youth_screen.toml).

ys-title = Triagem rápida para jovens
ys-section-about = Sobre você
ys-section-work = Trabalho
ys-section-safety = Sentir-se seguro
ys-intro = Vou fazer algumas perguntas. Não há respostas erradas e você pode dizer "não quero responder" a qualquer momento.
ys-intro-hint = Sente-se à altura do jovem, em privado. Se um adulto que o acompanha insistir em ficar, registre isso e faça só perguntas gerais.
ys-age = Quantos anos você tem?
ys-age-check = Escreva uma idade entre 5 e 30.
ys-looks-young = O jovem parece ter menos de 18 anos?
ys-looks-young-hint = É a sua própria impressão; não diga em voz alta. Em caso de dúvida, responda sim.
ys-family = Você mora com seus pais ou com a família que cuida de você?
ys-works = Você trabalha para alguém de fora da sua família, por dinheiro ou por outra coisa?
ys-school = Este trabalho impede você de ir à escola?
ys-money-taken = Outra pessoa fica com o dinheiro que você ganha?
ys-long-hours = Você trabalha à noite, ou muitas horas sem descanso?
ys-brought = Alguém trouxe você para cá de outra cidade ou de outro país, e agora diz o que você tem que fazer?
ys-forced = Alguém obriga você a fazer coisas que não quer, ou assusta você ou a sua família?
ys-sexual = Alguém pediu ou obrigou você a fazer alguma coisa sexual em troca de dinheiro, comida, um lugar para dormir ou outra coisa?
ys-sexual-hint = Mantenha a calma seja qual for a resposta. Não peça detalhes: isso é para especialistas.
ys-safe-tonight = Você tem um lugar seguro para dormir esta noite?
ys-act-follow-up = O jovem não vive com a família: descubra quem cuida dele e faça acompanhamento.
ys-act-refer = Há sinais de exploração: junto com o jovem, entre em contato com um serviço especializado.
ys-act-specialist = Vários sinais juntos: encaminhe hoje para um serviço especializado em crianças e jovens.
ys-act-child-protection = Uma criança com sinais de exploração: entre em contato hoje com os serviços de proteção à criança, segundo o seu procedimento.
ys-act-urgent-child = Uma criança que pode estar sendo explorada sexualmente: entre em contato agora com a proteção à criança. Não a deixe sair com o suspeito.
ys-act-safe-place = Sem lugar seguro esta noite: encontre agora um abrigo de emergência e ligue para o número de emergência se o jovem estiver em perigo.
