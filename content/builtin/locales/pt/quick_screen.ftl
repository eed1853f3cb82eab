# Triagem rápida (questionnaires/quick_screen.toml). Qualquer sim = encaminhar.

qs-title = Triagem rápida: cinco perguntas
qs-intro = Vou fazer-lhe cinco perguntas curtas. Pode responder sim ou não, ou escolher não responder.
qs-intro-hint = Pergunte só quando nenhum empregador, agente ou acompanhante puder ouvir.
qs-cannot-leave = Alguém o impede de deixar o seu trabalho ou o lugar onde fica?
qs-documents = Outra pessoa guarda o seu passaporte ou documento de identidade, de modo que não o pode ter quando quer?
qs-debt = Deve dinheiro a um empregador ou agente que sente que nunca vai conseguir pagar?
qs-threats = Alguém o ameaçou ou magoou, a si ou à sua família, para o obrigar a trabalhar ou o impedir de sair?
qs-deceived = O seu trabalho ou o seu pagamento são muito diferentes do que lhe prometeram?
qs-act-always = Dê os contactos de linhas de apoio numa forma que a pessoa possa guardar sem perigo.
qs-act-refer = Pelo menos uma resposta foi sim: com o acordo da pessoa, faça a entrevista completa ou encaminhe-a para um técnico de acompanhamento.
