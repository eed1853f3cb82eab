# Triagem rápida (questionnaires/quick_screen.toml). Qualquer sim = encaminhar.

qs-title = Triagem rápida: cinco perguntas
qs-intro = Vou fazer cinco perguntas curtas. Você pode responder sim ou não, ou escolher não responder.
qs-intro-hint = Pergunte só quando nenhum empregador, agente ou acompanhante puder ouvir.
qs-cannot-leave = Alguém impede você de deixar o seu trabalho ou o lugar onde fica?
qs-documents = Outra pessoa guarda o seu passaporte ou documento de identidade, de modo que você não pode pegá-lo quando quer?
qs-debt = Você deve dinheiro a um empregador ou agente e sente que nunca vai conseguir pagar?
qs-threats = Alguém ameaçou ou machucou você ou a sua família, para obrigar você a trabalhar ou impedir que saísse?
qs-deceived = O seu trabalho ou o seu pagamento são muito diferentes do que prometeram a você?
qs-act-always = Passe os contatos de linhas de apoio de uma forma que a pessoa possa guardar sem perigo.
qs-act-refer = Pelo menos uma resposta foi sim: com o acordo da pessoa, faça a entrevista completa ou encaminhe-a a um assistente social.
