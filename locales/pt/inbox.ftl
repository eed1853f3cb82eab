### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Frase-senha do arquivo de chaves da ONG:
inbox-prompt-again = Digite de novo:
inbox-keygen-done =
    Chaves criadas.
    Chaves privadas (cifradas; guarde-as no computador da ONG e faça cópia): { $keys }
    Configuração do servidor (copie para o servidor): { $config }
    Chaves públicas (para os celulares): { $public }
    Id da chave do diretório: { $keyid }
inbox-directory-signed = Entrada do diretório assinada, válida até { $expires }: { $file }
inbox-pull-done = Novos relatos baixados: { $new }. Relatos abertos no armazenamento local: { $total }.
inbox-pull-unopened = Envelopes que esta chave não conseguiu abrir (mantidos sem mudança): { $count }.
inbox-reply-sent = Resposta selada e enviada. Só o celular de quem relatou pode lê-la.
inbox-serve-listening = A caixa de entrada escuta em { $address }. Pare com Ctrl-C.
inbox-serve-stopped = A caixa de entrada parou.
inbox-desk-listening = A mesa está aberta em { $url }, só neste computador. Abra no navegador e entre com a frase-senha do arquivo de chaves. Pare com Ctrl-C.
inbox-serve-created = Uma caixa de demonstração foi criada em { $dir }. Os celulares enviam para { $url }.
inbox-error-config = A configuração da caixa de entrada não é válida: { $setting }.
inbox-error-file = Não foi possível ler ou gravar um arquivo ({ $file }).
inbox-error-already-exists = Já há chaves nessa pasta. Nada foi sobrescrito.
inbox-error-wrong-passphrase = A frase-senha está errada, ou o arquivo de chaves foi alterado.
inbox-error-weak-passphrase = A frase-senha é curta demais. Use pelo menos 10 caracteres; algumas palavras aleatórias são o melhor.
inbox-error-key-file = Este não é um arquivo de chaves de ONG do Waymark, ou está danificado.
inbox-error-schema-too-new = O banco de dados foi criado por uma versão mais nova da caixa de entrada. Atualize este programa.
inbox-error-storage = O banco de dados não pode ser usado agora.
inbox-error-unreachable = Não foi possível alcançar o servidor da caixa de entrada.
inbox-error-refused = O servidor da caixa de entrada recusou o pedido ({ $status }, { $code }).
inbox-error-bad-response = A resposta do servidor não é válida.
inbox-error-unknown-report = Nenhum relato com esse id foi baixado ainda. Rode pull primeiro.
inbox-error-reply-text = A resposta está vazia ou longa demais.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = A resposta é longa demais: uma resposta comporta no máximo { $max } bytes. Envie-a em várias respostas mais curtas.
inbox-error-argument = Este valor não é válido: { $option }.
inbox-error-no-terminal = Não há terminal para pedir a frase-senha. Defina WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = As duas frases-senha são diferentes. Nada foi mudado.
inbox-error-not-loopback = "waymark inbox serve" só escuta neste computador (127.0.0.1). Para um servidor real, use waymark-inbox serve.
