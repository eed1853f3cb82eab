# Entrevista de triagem para adultos (questionnaires/frontline_adult.toml).
# Os rótulos são lidos em voz alta; as dicas (-hint) são só para quem entrevista.

fl-title = Entrevista de triagem: trabalho e segurança
fl-section-start = Antes de começar
fl-section-recruitment = Como conseguiu este trabalho
fl-section-workplaces = Os seus locais de trabalho
fl-section-conditions = Horas, pagamento e dinheiro em dívida
fl-section-freedom = A sua liberdade
fl-section-threats = Ameaças e agressões
fl-section-sexual = Exploração sexual
fl-section-safety = A sua situação e a sua segurança

fl-intro = Gostaria de fazer algumas perguntas sobre o seu trabalho e a sua vida aqui. Você não precisa responder a nenhuma pergunta e pode parar quando quiser. O que você me contar não será compartilhado sem a sua concordância, exceto se uma criança estiver em perigo.
fl-intro-hint = Encontre primeiro um lugar privado. Nenhum empregador, agente ou acompanhante deve ouvir. Use um intérprete escolhido pela pessoa, nunca alguém ligado ao empregador.
fl-consent = Compreendo e aceito responder a estas perguntas.
fl-age = Quantos anos você tem?
fl-age-hint = Se a pessoa não souber, registre "não tenho a certeza". Não peça data de nascimento nem documentos.
fl-age-check = Escreva uma idade entre 10 e 110.
fl-working = Nos últimos dois anos, você fez algum trabalho, pago ou não, aqui ou em outro país?
fl-working-hint = Vale qualquer trabalho: em uma casa, no campo ou em um barco, em um bar, na rua, ou trabalho sexual.

fl-paid-fee = Você pagou alguém para conseguir este trabalho ou para viajar até ele?
fl-fee-owed = Você ainda deve esse dinheiro ao empregador, ao agente ou a alguém ligado a eles?
fl-promised-different = O trabalho, o pagamento ou as condições são muito diferentes do que disseram a você antes de começar?
fl-pressured = Alguém obrigou ou pressionou você a aceitar este trabalho ou a viajar?

fl-wp-sector = Que tipo de trabalho você fazia neste local?
fl-sector-farm-fishing = Campo, pesca ou barco
fl-sector-construction-factory = Obra ou fábrica
fl-sector-domestic = Trabalho em casa de outra pessoa
fl-sector-hospitality = Restaurante, hotel ou limpeza
fl-sector-entertainment-sex = Bar, massagens, espetáculos ou trabalho sexual
fl-sector-street = Venda ou mendicidade na rua
fl-sector-other = Outro trabalho
fl-wp-place = Onde ficava este local de trabalho?
fl-place-this-country = Neste país
fl-place-other-country = Em outro país
fl-place-at-sea = No mar
fl-wp-current = Você ainda trabalha lá?
fl-wp-ended = Como terminou este trabalho?
fl-ended-left-freely = Saí quando quis
fl-ended-escaped = Tive que fugir
fl-ended-sent-away = Me mandaram embora
fl-wp-lived-there = Você também morava lá, ou em um lugar escolhido pelo empregador?

fl-hours = Em um dia normal, quantas horas você trabalha?
fl-hours-hint = Inclua o tempo de espera, os deslocamentos entre trabalhos e o trabalho em casa do empregador.
fl-hours-check = Escreva um número de horas entre 0 e 24.
fl-day-off = Você tem pelo menos um dia inteiro de folga por semana?
fl-paid = Você recebe todo o pagamento que prometeram?
fl-debt = Você deve dinheiro ao seu empregador, a um agente ou a alguém ligado a eles?
fl-debt-grows = Essa dívida continua crescendo, ou você sente que nunca vai conseguir pagá-la?
fl-conditions = Os lugares onde você trabalha ou dorme são perigosos, sujos ou muito cheios de gente?
fl-conditions-hint = Por exemplo: sem proteção contra produtos químicos, sem banheiro nem água, muitas pessoas em um quarto.

fl-documents = Você está com o seu passaporte ou documento de identidade, ou pode pegá-lo quando quiser?
fl-documents-hint = Guardar os documentos "por segurança" contra a vontade da pessoa também conta.
fl-documents-holder = Quem tem agora os seus documentos?
fl-holder-employer = O empregador ou o agente
fl-holder-someone-else = Outra pessoa
fl-holder-lost = Foram perdidos, ou nunca tive
fl-can-leave = Se você quisesse parar de trabalhar para este empregador, conseguiria?
fl-leave-consequence = O que você acha que aconteceria se fosse embora?
fl-consequence-threats = Eu ou a minha família seríamos ameaçados
fl-consequence-violence = Me machucariam
fl-consequence-debt = A minha dívida aumentaria ou teria de pagar uma multa
fl-consequence-report = Eu seria denunciado à polícia ou à imigração
fl-consequence-lose-pay = Perderia o pagamento que me devem
fl-go-out = Quando não está trabalhando, você pode sair sozinho?
fl-contact = Você pode falar com a sua família ou com amigos quando quer?
fl-watched = Você fica trancado, ou é vigiado o tempo todo, no trabalho ou onde vive?
fl-moved = Você foi levado de um local de trabalho para outro sem perguntarem a você?

fl-threatened = Alguém ameaçou você ou a sua família, para obrigar você a trabalhar ou impedir que saísse?
fl-hurt = Alguém do trabalho, ou ligado ao seu trabalho, bateu em você, machucou você ou tocou você sexualmente contra a sua vontade?
fl-hurt-hint = Se sim, ofereça primeiro cuidados médicos. Não peça detalhes de que não precisa.

fl-sex-made = Alguém obrigou você a fazer atos sexuais, ou a encontrar pessoas para sexo, quando você não queria?
fl-sex-made-hint = Pergunte só em privado. Mantenha a voz e o rosto calmos. Um sim é suficiente: não pergunte o que aconteceu.
fl-sex-money = Outra pessoa fica com todo ou quase todo o dinheiro?

fl-vulnerable = Alguma destas situações se aplica a você? Escolha todas as que se aplicam.
fl-vulnerable-no-papers = Não tenho documentos para ficar ou trabalhar aqui
fl-vulnerable-language = Não falo bem a língua daqui
fl-vulnerable-dependants = A minha família depende do dinheiro que envio
fl-vulnerable-no-home = Não tenho onde morar, a não ser onde o empregador diz
fl-vulnerable-none = Nenhuma destas
fl-vulnerable-check = "Nenhuma destas" não pode ser escolhida com outras respostas.
fl-safe-tonight = É seguro para você voltar esta noite ao lugar onde dorme?
fl-safe-tonight-hint = Se não for, não deixe a pessoa sair sozinha: siga agora os passos urgentes de segurança.
fl-anything-else = Tem mais alguma coisa que você queira me contar?
fl-text-check = Escreva um texto mais curto (no máximo 2000 caracteres).
fl-end = Obrigado por conversar comigo. Seja qual for a sua decisão, você pode nos procurar de novo.
fl-end-hint = Reveja com a pessoa os passos recomendados. Combinem uma forma segura de entrar em contato.

fl-act-always = Passe os contatos de linhas de apoio de uma forma que a pessoa possa guardar sem perigo, e combinem uma forma segura de entrar em contato.
fl-act-rights = Explique à pessoa os seus direitos no trabalho e onde pedir conselho (inspeção do trabalho, sindicato ou associação de trabalhadores).
fl-act-youth = A pessoa pode ter menos de 18 anos: siga o seu procedimento de proteção à criança e use a triagem para jovens.
fl-act-caseworker = Com o acordo da pessoa, encaminhe-a a um assistente social para uma avaliação completa.
fl-act-forced-labour = As respostas mostram sinais de trabalho forçado (não é livre de sair e está sob ameaça). Encaminhe para uma organização contra o tráfico; envolva a polícia só com o consentimento da pessoa, exceto se uma criança estiver em risco.
fl-act-sexual = Ofereça cuidados de saúde confidenciais e apoio especializado em exploração sexual. Nunca confronte o explorador.
fl-act-child = Um menor com sinais de exploração: entre em contato hoje com os serviços de proteção à criança.
fl-act-urgent = Muitos sinais graves juntos: faça agora um plano de segurança com a pessoa e entre em contato hoje com uma organização especializada.
fl-act-safety = A pessoa não está segura esta noite: não a mande de volta. Encontre um abrigo de emergência e ligue para o número de emergência se houver perigo imediato.
