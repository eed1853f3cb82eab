### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Algo deu errado dentro do aplicativo. Nada do que você salvou foi perdido. Tente de novo.
ffi-network-facts-unavailable = O aplicativo não consegue verificar a rede agora, por isso nada foi enviado.
ffi-questionnaire-invalid = Este questionário tem erros e não pode ser usado.
ffi-questionnaire-required = Responda a esta pergunta para continuar.
ffi-questionnaire-not-accepted = Esta resposta não serve para esta pergunta.
ffi-questionnaire-too-long = Esta resposta é longa demais.
ffi-questionnaire-not-available = Esta pergunta não está disponível agora.
ffi-questionnaire-closed = Este questionário terminou. Não é possível adicionar mais respostas.
ffi-questionnaire-draft-not-found = Este rascunho ou relatório não está mais aqui.
ffi-questionnaire-draft-mismatch = Este rascunho foi iniciado com outra versão do questionário.
ffi-questionnaire-draft-damaged = Este rascunho salvo está danificado e não pode ser aberto.
