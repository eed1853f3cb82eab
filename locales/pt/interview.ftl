### Comandos de questionário e entrevista do terminal.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: nenhum problema encontrado.
cli-questionnaire-check-failed = Arquivos com problemas: { $count } de { $total }.
cli-questionnaire-source-builtin = incluído
cli-questionnaire-source-pack = pacote { $pack_id }
cli-questionnaire-list-none = Nenhum questionário disponível.

## waymark interview

cli-interview-started = { $title }. Cada resposta é salva, criptografada, assim que é dada (rascunho { $draft }).
cli-interview-resumed = { $title }: continuando de onde você parou.
cli-interview-need-source = Informe um identificador de questionário ou --file.
cli-interview-cmd-back = voltar
cli-interview-cmd-review = rever
cli-interview-cmd-stop = parar
cli-interview-cmd-quit = sair
cli-interview-cmd-help = ajuda
cli-interview-cmd-go = ir
cli-interview-commands = Responda com o número ou as palavras da sua resposta. Você também pode digitar: { $back } (pergunta anterior), { $review } (ver suas respostas), { $stop } (parar aqui), { $quit } (sair agora e continuar depois), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Para quem entrevista: { $hint }
cli-interview-kind-integer = (um número inteiro)
cli-interview-kind-decimal = (um número)
cli-interview-kind-date = (uma data, escrita AAAA-MM-DD)
cli-interview-kind-text = (digite a resposta e aperte Enter)
cli-interview-kind-multiple = (um ou mais números, separados por vírgulas)
cli-interview-kind-note = (aperte Enter para continuar)
cli-interview-kind-optional = (aperte Enter sem resposta para pular esta pergunta)
cli-interview-current-answer = Resposta atual: { $answer }
cli-interview-not-understood = Desculpe, essa resposta não foi entendida. Tente de novo.
cli-interview-repeat-offer = Adicionar { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Suas respostas:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (sem resposta)
cli-interview-review-go = Para mudar uma resposta, digite { $go } e o número dela, por exemplo: { $go } 2
cli-interview-review-hidden = As respostas são privadas: a pessoa não concordou em mostrá-las.
cli-interview-stopped = Paramos aqui. Nenhuma outra pergunta será feita.
cli-interview-end = Essa foi a última pergunta.
cli-interview-left = As respostas estão salvas. Para continuar depois: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Você quer que a pessoa que está te atendendo veja suas respostas? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Obrigado. Por favor, devolva o telefone agora.
cli-interview-finalize-ask = Terminar agora e salvar o relatório? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = O relatório { $report } está salvo no cofre. Ele tem só as respostas às perguntas que foram feitas.
cli-interview-answer-saved = Resposta salva.
cli-interview-answers-file = Não foi possível ler o arquivo de respostas. Detalhes: { $reason }
cli-interview-answers-unknown = O arquivo de respostas cita { $name }, que não é uma pergunta nem uma seção repetida deste questionário (ou não uma que seja feita aqui).
cli-interview-answers-not-list = { $name } é uma seção repetida: dê a ela uma lista de blocos ([[{ $name }]] em TOML).

## Resumo

cli-interview-summary-title = Resumo: { $title }
cli-interview-summary-risk = Resultado: { $risk }
cli-interview-summary-indicators = Sinais encontrados:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = Nenhum sinal foi encontrado nestas respostas.
cli-interview-summary-actions = Próximos passos recomendados:
cli-interview-summary-options = Coisas que você poderia fazer:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Procurar uma linha de ajuda:
cli-interview-summary-helplines-country = - Procurar uma linha de ajuda. Informe o país da pessoa (por exemplo --country TH) para ver os números certos.
cli-interview-summary-helplines-none = - Procurar uma linha de ajuda. O diretório ainda não tem uma linha para este país.
cli-interview-summary-progress = Respondidas: { $answered } de { $relevant } perguntas.
cli-interview-summary-stopped = O questionário foi interrompido antes do fim.
cli-interview-summary-answers-hidden = As respostas são privadas: a pessoa não concordou em mostrá-las.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Não há rascunhos.
cli-interview-mode-interviewer = entrevista
cli-interview-mode-self = autoavaliação
cli-interview-mode-handover = entrega do telefone
