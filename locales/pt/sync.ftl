### Enviar relatos a uma ONG: a caixa de saída, as regras de envio e as respostas. Tradução automática; precisa de revisão.

## Por que nada está sendo enviado agora

sync-held-waiting-for-user = Esperando você tocar em enviar.
sync-held-no-network = Esperando uma conexão.
sync-held-captive-portal = Esta rede pede login primeiro. Esperando.
sync-held-not-validated = Esperando uma conexão com a internet que funcione.
sync-held-transport = Esperando um tipo de conexão que você permitiu.
sync-held-metered = Esperando uma conexão que não seja cobrada por dados.
sync-held-roaming = Sem envio em roaming.
sync-held-vpn = Esperando a sua VPN.
sync-held-untrusted-network = Esperando uma rede de confiança.
sync-held-time-window = Esperando um horário que você permitiu.
sync-held-not-charging = Esperando o telefone carregar.

## Por que um envio falhou (o relato é guardado e tentado de novo)

sync-failure-connect = Não foi possível chegar ao servidor da ONG.
sync-failure-timeout = O servidor da ONG demorou demais para responder.
sync-failure-tls = Não foi possível verificar a conexão segura.
sync-failure-pin-mismatch = A chave de segurança do servidor não é a da ONG. Nada foi enviado.
sync-failure-interrupted = A conexão caiu.
sync-failure-server-error = O servidor da ONG teve um problema.
sync-failure-rate-limited = O servidor da ONG está ocupado. Nova tentativa mais tarde.
sync-failure-too-large = O relato é grande demais para esta ONG.
sync-failure-refused = O servidor da ONG recusou o relato.
sync-failure-malformed = O servidor da ONG deu uma resposta sem sentido.
sync-failure-no-endpoint = Não há como chegar a esta ONG com as configurações atuais.
sync-failure-setup = Não foi possível preparar a conexão. Verifique o proxy.
sync-failure-bad-receipt = Não foi possível verificar o recibo do servidor, então o relato fica guardado.

## Erros

sync-error-unknown-ngo = Esta ONG não está na sua lista.
sync-error-no-directory = Os dados desta ONG ainda não foram baixados.
sync-error-directory-expired = Os dados desta ONG estão vencidos. Atualize-os primeiro.
sync-error-invalid-key = Esta não é uma chave de ONG válida.
sync-error-unknown-report = Não há esse relato na caixa de saída.
sync-error-nothing-to-send = Não há nada para enviar.
sync-error-already-queued = Isto já está na caixa de saída.
sync-error-too-large = O relato é grande demais para ser enviado.
sync-error-seal = Não foi possível selar o relato.
sync-error-signature = A assinatura da ONG não é válida.
sync-error-directory-rollback = Estes dados da ONG são mais antigos do que os que já estão neste telefone, por isso não foram usados.
sync-error-bad-answer = O servidor da ONG deu uma resposta sem sentido.
sync-error-damaged = Os dados de envio salvos estão danificados.
sync-error-invalid-setting = Esta configuração não é permitida: { $setting }.

## waymark ngo

cli-ngo-added = Agora você confia em { $name } (chave { $key_id }). Os relatos para ela são selados para que só ela possa lê-los.
cli-ngo-refreshed = Os dados de { $name } estão atualizados.
cli-ngo-none = Você ainda não confia em nenhuma ONG.
cli-ngo-line-ready = { $key_id }  { $name }  (dados válidos até { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (dados ainda não baixados)

## waymark outbox

cli-outbox-queued =
    Selado e colocado na caixa de saída: { $id }.
    Código de recibo (este telefone pede as respostas com ele; só este telefone pode lê-las): { $code }
    O mesmo código em números: { $digits }
cli-outbox-fingerprint = Impressão do relato (a ONG vê a mesma no seu relato; diga-a em vez do código): { $fingerprint }
cli-outbox-empty = A caixa de saída está vazia.
cli-outbox-kind-questionnaire = questionário
cli-outbox-kind-journal = notas do diário
cli-outbox-kind-assistant = assistente
cli-outbox-kind-text = texto
cli-outbox-line-queued = { $id }  { $kind }  esperando (tentativas: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  entregue ({ $day })
cli-outbox-last-problem = Último problema: { $reason }
cli-outbox-status = Esperando: { $queued }. Entregues: { $sent }.
cli-outbox-policy-allows = Suas regras permitem enviar agora.
cli-sync-held = Sem envio agora. { $reason }
cli-sync-delayed = Envio em breve, num momento aleatório.
cli-sync-idle = Nada para enviar.
cli-sync-ran = Entregues: { $sent }. Falharam: { $failed }. Ainda esperando: { $queued }. Respostas novas: { $replies }.

## waymark policy

cli-yes = sim
cli-no = não
cli-policy-any-time = a qualquer hora
cli-policy-no-proxy = nenhum
cli-policy-bad-window = Informe os horários como HH:MM-HH:MM, por exemplo 22:00-06:00.
cli-policy-saved = Suas regras foram salvas.
cli-policy-show =
    Só quando eu tocar em enviar: { $manual }
    Wi-Fi: { $wifi }. Dados móveis: { $cellular }. Redes cobradas por dados: { $metered }. Roaming: { $roaming }.
    VPN necessária: { $vpn }. Só redes de confiança: { $trusted } (salvas: { $trusted_count }).
    Horários: { $windows }. Só carregando: { $charging }.
    Espera aleatória antes de enviar, em segundos: de { $delay_min } a { $delay_max }. Envios falsos: { $dummy }.
    Proxy Tor ou SOCKS: { $proxy }

## waymark replies

cli-replies-none = Ainda não há respostas.
cli-replies-line = Resposta de { $day } ao relato { $id }:
