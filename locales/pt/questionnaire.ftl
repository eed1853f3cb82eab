### Questionários: verificação de um arquivo e erros durante uma entrevista.

## Erros de expressão

expr-error-unexpected-char = Este caractere não pode começar nada numa expressão.
expr-error-unterminated-string = Este texto não tem { $quote } de fechamento.
expr-error-dollar = "$" deve começar uma referência escrita ${"{"}nome{"}"}.
expr-error-bad-reference-name = Uma referência precisa de um nome que comece com uma letra ou "_" e tenha só letras, dígitos, "_", "-" e ".".
expr-error-unclosed-reference = Esta referência não tem "{"}"}" de fechamento.
expr-error-number-too-large = Este número é grande demais.
expr-error-unsupported-xpath = A sintaxe XPath { $what } não é suportada. Indique as perguntas com ${"{"}nome{"}"}.
expr-error-too-long = A expressão tem mais de { $max } bytes.
expr-error-empty = A expressão está vazia.
expr-error-trailing = { $found } não pode vir depois de uma expressão completa. Talvez falte um operador ou uma ",".
expr-error-too-deep = A expressão tem mais de { $max } níveis aninhados.
expr-error-ends-early = A expressão termina onde se espera um valor.
expr-error-expected = Esperava-se { $expected } aqui, mas há { $found }.
expr-error-ends-before = A expressão termina onde se espera { $expected }.
expr-error-value-before = Falta um valor antes de { $found }.
expr-error-bare-name = { $name } não é uma chamada de função. Escreva ${"{"}{ $name }{"}"} para uma pergunta, ou '{ $name }' entre aspas para texto.
expr-error-not-a-value = Esperava-se um valor aqui, mas há { $found }.
expr-error-unknown-function = { $name }() não é uma função suportada.
expr-error-repeat-as-value = Aqui há uma resposta por bloco repetido. Use sum() ou count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} não é uma pergunta nem um cálculo deste formulário.
expr-error-arity = { $function }() recebe { $expected } argumento(s), não { $got }.
expr-error-text-not-number = Este texto não é um número.
expr-error-arithmetic-on-choices = Conta com uma escolha múltipla. Use count-selected().
expr-error-compare-number-text = Um número é comparado com um texto que não é número.
expr-error-compare-date-text = Uma data é comparada com um texto que não é data. Escreva 'AAAA-MM-DD'.
expr-error-compare-choices = Uma escolha múltipla é comparada com "=". Use selected().
expr-error-needs-choices = { $function }() precisa aqui de uma escolha múltipla.
expr-error-sum-needs-numbers = sum() precisa aqui de números.
expr-error-needs-repeat = { $function }() precisa aqui de uma pergunta de um bloco repetido.

## Resultados de `waymark questionnaire check`

questionnaire-finding-too-large = O arquivo tem mais de { $max } bytes.
questionnaire-finding-toml = Isto não é válido aqui: { $detail }
questionnaire-finding-not-a-message-id = Os campos de texto levam um identificador de mensagem (letras, dígitos, - e _) dos arquivos .ftl, não o próprio texto.
questionnaire-finding-bad-id = O identificador do questionário "{ $name }" não é um nome válido.
questionnaire-finding-bad-choice-name = A opção "{ $name }" não é um nome válido.
questionnaire-finding-bad-section-id = O identificador de seção "{ $name }" não é um nome válido.
questionnaire-finding-bad-question-name = O nome de pergunta "{ $name }" não é um nome válido.
questionnaire-finding-bad-indicator-id = O identificador de indicador "{ $name }" não é um nome válido.
questionnaire-finding-empty-list = A lista de opções { $list } está vazia.
questionnaire-finding-duplicate-choice = A opção { $choice } aparece duas vezes na lista { $list }.
questionnaire-finding-duplicate-section = A seção { $id } foi declarada duas vezes.
questionnaire-finding-unknown-section = A seção { $id } não existe.
questionnaire-finding-duplicate-name = O nome { $name } é usado duas vezes.
questionnaire-finding-unknown-type = Tipo de pergunta desconhecido "{ $type }". Use yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement ou calculate.
questionnaire-finding-no-label = A pergunta { $name } não tem rótulo (label).
questionnaire-finding-needs-choices = A pergunta { $name } precisa de uma lista de opções: choices = "lista".
questionnaire-finding-unknown-list = A lista de opções { $list } não existe.
questionnaire-finding-choices-not-allowed = A pergunta { $name } não é de escolha. Retire `choices`.
questionnaire-finding-no-calculation = O cálculo { $name } não tem `calculation`.
questionnaire-finding-calculation-in-repeat = Cálculos dentro de um bloco repetido não são suportados. Calcule de fora com sum() ou count().
questionnaire-finding-calculation-not-allowed = Só perguntas calculate têm `calculation`.
questionnaire-finding-bad-default = A resposta predefinida de { $name } não corresponde ao seu tipo (ou não é uma das suas opções).
questionnaire-finding-required-no-answer = { $name } não recebe resposta, então não pode ser obrigatória.
questionnaire-finding-constraint-no-answer = Uma pergunta sem resposta não pode ter uma restrição.
questionnaire-finding-filter-not-allowed = Só perguntas de escolha têm choice_filter.
questionnaire-finding-unknown-column = Nenhuma opção da lista tem uma coluna chamada { $column }.
questionnaire-finding-cycle = Há cálculos que dependem uns dos outros em círculo: { $names }.
questionnaire-finding-duplicate-indicator = O indicador { $id } foi declarado duas vezes.
questionnaire-finding-bad-strength = A força é weak, medium ou strong.
questionnaire-finding-bad-weight = O peso deve ser um número finito.
questionnaire-finding-unknown-indicator = O indicador { $id } não foi declarado em [[indicators]].
questionnaire-finding-bad-level = O nível é none, low, medium, high ou urgent.
questionnaire-finding-one-rule = Um resultado tem exatamente uma regra: any_of, at_least, all_of_sets ou weight.
questionnaire-finding-bad-at-least = at_least.n deve estar entre 1 e o número de indicadores em `of`.
questionnaire-finding-empty-sets = all_of_sets precisa de conjuntos que nomeiem cada um pelo menos um indicador.
questionnaire-finding-bad-threshold = O limite deve ser um número finito.
questionnaire-finding-unreachable = A pergunta { $name } nunca pode aparecer: o seu `relevant` nunca pode ser verdadeiro.
questionnaire-finding-unreachable-section = A pergunta { $name } nunca pode aparecer: o `relevant` da sua seção nunca pode ser verdadeiro.
questionnaire-finding-missing-translation = A mensagem { $id } não tem tradução em { $locale }.

## Erros ao responder

questionnaire-error-invalid = Este questionário tem problemas ({ $count }).
questionnaire-error-unknown-question = Não há pergunta chamada { $name }.
questionnaire-error-unknown-section = Não há seção chamada { $id }.
questionnaire-error-not-answerable = { $name } não recebe resposta.
questionnaire-error-not-relevant = A pergunta { $name } não está sendo feita agora.
questionnaire-error-wrong-type = Este tipo de resposta não serve para a pergunta { $name }.
questionnaire-error-not-a-choice = Essa não é uma das opções de { $name }.
questionnaire-error-too-long = A resposta a { $name } é longa demais.
questionnaire-error-constraint = Esta resposta a { $name } não é aceita. Por favor, confira.
questionnaire-error-required = A pergunta { $name } precisa de uma resposta. "Não sei" e "Prefiro não dizer" também são respostas.
questionnaire-error-no-such-instance = { $name } não tem o bloco número { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, bloco { $number }: { $message }
questionnaire-error-no-current-question = Não há mais perguntas.
questionnaire-error-stopped = Este questionário foi interrompido. Você ainda pode ver o resumo e terminá-lo.
questionnaire-error-finalized = Este questionário já foi terminado.
questionnaire-error-draft-not-found = Esse rascunho não existe.
questionnaire-error-report-not-found = Esse relatório não existe.
questionnaire-error-draft-mismatch = Este rascunho é do questionário { $id } versão { $version }, que não está disponível aqui.
questionnaire-error-draft-damaged = O rascunho salvo está danificado e não pode continuar.

## Encontrar questionários

catalog-error-not-found = Não há questionário com o identificador { $id }.
catalog-error-invalid = O questionário { $id } tem problemas ({ $count }).
catalog-error-id-mismatch = { $file } declara o identificador { $id }, mas o nome do arquivo indica outro.
catalog-error-texts = Não foi possível ler as traduções em { $file }. Detalhes: { $reason }
catalog-error-not-utf8 = { $file } não é texto UTF-8.
catalog-error-too-large = { $file } tem mais de { $max } bytes.
catalog-error-io = Não foi possível ler { $file } ({ $reason }).

## Resultados

risk-level-none = Nenhum sinal encontrado
risk-level-low = Baixo
risk-level-medium = Médio
risk-level-high = Alto
risk-level-urgent = Urgente
strength-weak = fraco
strength-medium = médio
strength-strong = forte

## Indicadores

indicator-abuse_of_vulnerability = Abuso de vulnerabilidade
indicator-deception = Engano
indicator-restriction_of_movement = Liberdade de movimento restrita
indicator-isolation = Isolamento
indicator-physical_and_sexual_violence = Violência física e sexual
indicator-intimidation_and_threats = Intimidação e ameaças
indicator-retention_of_identity_documents = Documentos de identidade retidos por outros
indicator-withholding_of_wages = Salário retido
indicator-debt_bondage = Servidão por dívida
indicator-abusive_working_and_living_conditions = Condições de trabalho e de vida abusivas
indicator-excessive_overtime = Horas extras excessivas
indicator-deceptive_recruitment = Recrutamento enganoso
indicator-coercive_recruitment = Recrutamento forçado
indicator-sexual_exploitation = Exploração sexual
indicator-child = Envolve uma criança
