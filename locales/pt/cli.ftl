### O aplicativo de terminal waymark. Tradução assistida por máquina; precisa de revisão nativa.

## Códigos

cli-prompt-passcode = Código:
cli-prompt-new-passcode = Código novo:
cli-prompt-duress-passcode = Código de emergência:
cli-prompt-again = Digite de novo:
cli-passcode-mismatch = Os dois códigos são diferentes. Nada foi mudado.
cli-no-terminal = Não há terminal para pedir o código. Defina WAYMARK_PASSCODE (e WAYMARK_NEW_PASSCODE ou WAYMARK_DURESS_PASSCODE quando pedido).

## waymark vault

cli-vault-created = Cofre criado. Está trancado. Só o seu código o abre.
cli-vault-unlocked = Código aceito. O cofre abriu e já está trancado de novo.
cli-vault-locked = O cofre está trancado. O Waymark nunca o deixa aberto depois de um comando.
cli-vault-status-none = Não há nenhum cofre nesta pasta.
cli-vault-status-wipe =
    Há um cofre aqui. Está trancado.
    Códigos errados desde a última abertura: { $failed }.
    Ele é apagado depois de tantos códigos errados seguidos: { $limit }.
cli-vault-status-no-wipe =
    Há um cofre aqui. Está trancado.
    Códigos errados desde a última abertura: { $failed }.
    Códigos errados nunca o apagam.
cli-vault-passcode-changed = Código mudado.
cli-vault-duress-removed = Código de emergência removido.
cli-vault-duress-set = Código de emergência definido. Abrir com ele destrói este cofre e abre um vazio.
cli-vault-wipe-after-invalid = Informe um número de tentativas (1 ou mais), ou "off".
cli-vault-wipe-after-set = O cofre será apagado depois de tantos códigos errados seguidos: { $limit }.
cli-vault-wipe-after-off = Códigos errados não vão mais apagar o cofre.
cli-vault-nothing-wiped = Nada foi apagado.
cli-vault-wiped = O cofre foi destruído. Os arquivos sumiram e ninguém pode decifrá-los.
cli-vault-confirm-needed = Acrescente --yes para apagar sem pergunta.
cli-vault-confirm-word = sim
cli-vault-confirm-wipe = Destruir este cofre para sempre? Digite { $word }:
cli-error-read-answer = Não foi possível ler a resposta.

## waymark journal

cli-journal-stdin-failed = Não foi possível ler a nota da entrada padrão.
cli-journal-edited = (editada)
cli-journal-saved = Salva como nota nº { $id }.
cli-journal-empty = O diário está vazio.
cli-journal-changed = Nota nº { $id } alterada.
cli-journal-deleted = Nota nº { $id } apagada.

## waymark locales

cli-locales-lint-clean = Nenhum problema. Idiomas: { $locales }. Arquivos: { $files }.
cli-locales-lint-failed = Problemas encontrados: { $count }.
cli-direction-ltr = da esquerda para a direita
cli-direction-rtl = da direita para a esquerda
cli-status-source = texto original
cli-status-machine-assisted = assistida por máquina, precisa de revisão nativa
cli-status-native-reviewed = revisada por um falante nativo

## waymark demo

cli-error-temp-folder = Não foi possível criar uma pasta temporária.
cli-error-read-vault-file = Não foi possível ler um arquivo do cofre.
cli-demo-step-1-title = 1. Criar um cofre
cli-demo-step-1 =
    Um cofre é um lugar cifrado no telefone. Criamos um numa pasta temporária.
    Ele é protegido pelo código { $passcode }. Transformar um código em chave leva
    um momento de propósito: isso deixa os palpites lentos.
cli-demo-step-2-title = 2. Escrever no diário privado
cli-demo-step-2 = Uma pessoa anota o que acontece com ela, com a data:
cli-demo-note-1 = O patrão ficou com o meu passaporte de novo hoje
cli-demo-note-2 = Sem pagamento há 3 semanas. Ele diz que eu devo 900 pelo quarto
cli-demo-note-3 = Trancados no alojamento depois do turno
cli-demo-step-3-title = 3. Olhar os arquivos
cli-demo-step-3 = O cofre está trancado. Estes são todos os arquivos dele no disco:
cli-demo-search-clean = Procuramos as palavras das notas em cada byte destes arquivos. Elas não estão lá.
cli-demo-search-found = Procuramos as palavras das notas em cada byte destes arquivos. ENCONTRADAS. Isso nunca deveria acontecer.
cli-demo-step-4-title = 4. Alguém tenta adivinhar o código
cli-demo-step-4 =
    Tentando { $guess }: "{ $answer }"
    Este cofre se apaga sozinho depois de tantos palpites errados seguidos: { $limit }.
    A contagem continua mesmo quando o telefone reinicia.
cli-demo-step-5-title = 5. Mudar o código
cli-demo-step-5 =
    Agora o código é { $passcode }. Só o pequeno arquivo da chave mudou.
    Os dados não foram cifrados de novo. Notas que continuam no diário: { $count }.
cli-demo-step-6-title = 6. Definir um código de emergência
cli-demo-step-6 =
    Se alguém obrigar a pessoa a abrir o aplicativo, ela pode digitar { $duress } no lugar.
    Parece exatamente uma abertura normal.
cli-demo-step-7-title = 7. Abrir sob pressão
cli-demo-step-7 =
    Abrir com { $duress } funcionou. O diário parece vazio (notas: { $count }).
    Por baixo, o cofre verdadeiro foi destruído antes. O código antigo agora recebe:
    "{ $answer }"
cli-demo-step-8-title = 8. Apagar em emergência
cli-demo-step-8 = Um só passo destrói o cofre, mesmo trancado. Arquivos que restam na pasta:
cli-demo-no-files = (nenhum)
cli-demo-file-size = { $size } bytes
cli-demo-end = A demonstração usou uma pasta temporária. Ela já foi removida.
cli-demo-keep-inbox-exists = Essa pasta já existe. Indique uma pasta nova para --keep-inbox; nada foi alterado.
cli-demo-desk = O lado da ONG num navegador: rode `waymark demo --keep-inbox ngo-inbox` para manter a caixa de entrada da demonstração; no fim, a demonstração mostra como abri-la na mesa da ONG (docs/ngo-desk.md).
cli-demo-desk-kept = A caixa de entrada da demonstração ficou em { $dir }. Para ver o relato como a equipe veria, inicie a caixa de novo com `waymark inbox serve --dir { $dir }` e, em outro terminal, a mesa da ONG com `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Abra no navegador o endereço que ela mostra e entre com seu nome e a frase da demonstração: { $passphrase }
cli-demo-failed-found = Uma nota foi encontrada sem cifra no disco.
cli-demo-failed-duress = O código de emergência não destruiu o cofre.

## waymark content (ferramentas para editores, e pacotes num cofre)

cli-content-key-exists = Esse arquivo de chave já existe. Ele não foi substituído.
cli-content-error-write-key = Não foi possível gravar o arquivo de chave.
cli-content-error-read-key = Não foi possível ler o arquivo de chave.
cli-content-error-write-manifest = Não foi possível gravar o manifesto.
cli-content-refused = Pacote recusado: { $reason }
cli-content-keygen-done =
    Chave privada gravada. Guarde-a em segredo e fora da internet.
    Chave pública: { $public_key }
    Id da chave: { $key_id }
cli-content-signed = { $pack_id } versão { $version } assinado com a chave { $key_id }. Arquivos: { $count }.
cli-content-verified = Válido: { $pack_id } versão { $version }, assinado pela chave { $key_id }. Arquivos que batem com o hash: { $count }.
cli-content-checked = Bem formado: { $pack_id } versão { $version }. Arquivos: { $files }. Idiomas: { $locales }. A assinatura não foi verificada (use waymark content verify).
cli-content-trusted = De agora em diante, pacotes assinados pela chave { $key_id } serão aceitos neste cofre.
cli-content-untrusted = A chave { $key_id } não é mais confiável. Os pacotes dela foram removidos.
cli-content-not-trusted = A chave { $key_id } não era confiável aqui.
cli-content-removed = Pacote { $pack_id } removido.
cli-content-not-installed = O pacote { $pack_id } não estava instalado.
cli-content-installed = { $pack_id } versão { $version } instalado. Arquivos: { $count }.
cli-content-list-publishers = Editores confiáveis: { $count }
cli-content-list-packs = Pacotes instalados: { $count }
cli-content-list-pack = { $pack_id } versão { $version } (chave { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Público desconhecido. Use uma destas palavras: { $choices }.
cli-helplines-unknown-channel = Canal desconhecido. Use uma destas palavras: { $choices }.
cli-helplines-none = Nenhuma linha de ajuda corresponde. Tente sem --audience ou --channel, ou tente outro país.
cli-helplines-call = Ligue: { $address }
cli-helplines-sms = Mensagem de texto (SMS): { $address }
cli-helplines-sms-keyword = Mensagem de texto (SMS): { $address } (envie a palavra { $keyword })
cli-helplines-chat = Chat: { $address }
cli-helplines-web = Site: { $address }
cli-helplines-ussd = Disque o código: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today deve ser uma data escrita AAAA-MM-DD.
cli-helplines-audit-summary = Países cobertos: { $countries }. Entradas: { $entries }.
cli-helplines-audit-unconfirmed = Campos que nenhuma fonte confirma:
cli-helplines-audit-key-fields = campos principais, por isso mostrados como incertos: { $fields }
cli-helplines-audit-other-fields = outros campos: { $fields }
cli-helplines-audit-stale = Fontes verificadas há tempo demais (limite em dias: { $days }):
cli-helplines-audit-secondary = Campos principais confirmados só pela imprensa ou por terceiros:
cli-helplines-audit-marked = Mostradas como incertas, com a nota de quem as mantém:
cli-helplines-audit-no-sources = Entradas sem nenhuma fonte:
cli-helplines-audit-no-emergency = Países sem número de emergência: { $countries }
cli-helplines-audit-no-trafficking = Países sem linha contra o tráfico de pessoas: { $countries }
cli-helplines-audit-no-crisis = Países sem linha de crise: { $countries }
cli-helplines-audit-none = nenhum
cli-helplines-audit-failed = Alguns países não têm número de emergência. Adicione um, com a sua fonte, antes de publicar este diretório.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Verifique com: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = Escrito { $file } e { $count } arquivo(s) de idioma.
cli-import-summary = { $converted } convertidas, { $changed } alteradas, { $dropped } omitidas, { $refused } recusadas.
cli-import-checked = O questionário passa todas as verificações de "waymark questionnaire check".
cli-import-action-converted = convertida
cli-import-action-changed = alterada
cli-import-action-dropped = omitida
cli-import-action-refused = recusada
cli-import-exists = { $file } já existe: escolha outra pasta --out.
