# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Iniciar a caixa de entrada de uma ONG neste computador
cli-demo-sync-inbox = O servidor de caixa de entrada de uma ONG está agora em { $url } (só neste computador), com as suas próprias chaves na pasta da demonstração. Guarda relatos que não consegue ler: só a chave privada da ONG os abre.
cli-demo-sync-trust-title = 5.2 Confiar na ONG
cli-demo-sync-trust = O telemóvel confia na ONG apenas pela sua chave de assinatura. Buscou a entrada assinada do diretório da ONG e verificou a assinatura: { $name } (chave { $key_id }), válida até { $expires }.
cli-demo-sync-interview-title = 5.3 Uma entrevista de triagem
cli-demo-sync-interview = Uma profissional faz com alguém o questionário rápido incluído e finaliza-o ({ $answered } respostas). Sinais encontrados:
cli-demo-sync-queued-title = 5.4 Selar e pôr na caixa de saída
cli-demo-sync-queued = O relato é selado de imediato com a chave da ONG. Código de recibo (o telefone pede as respostas com um identificador feito a partir dele; só a chave de resposta deste telefone pode lê-las): { $code }
cli-demo-sync-policy-title = 5.5 Esperar pelas regras de envio
cli-demo-sync-policy = O envio espera aqui entre { $min } e { $max } segundos ao acaso (num telemóvel: minutos), para que o momento do envio não mostre quando o relato foi escrito. Desta vez: { $waited } segundos. Depois o relato saiu.
cli-demo-sync-receipt-title = 5.6 Um recibo assinado
cli-demo-sync-receipt = A caixa de entrada assinou um recibo exatamente destes bytes em { $day }. O telemóvel verificou-o com a chave de recibos da ONG, e só então apagou a sua cópia selada. Código de recibo: { $code }
cli-demo-sync-ngo-title = 5.7 A ONG abre o relato
cli-demo-sync-ngo = A ONG descarregou { $count } relato(s) novo(s) (recebido em { $day }) e abriu-os com a sua chave privada. Os sinais que vê:
cli-demo-sync-reply-title = 5.8 A ONG responde
cli-demo-sync-reply = A ONG selou uma resposta que só o telemóvel deste relato pode abrir, e enviou-a para a caixa: { $text }
cli-demo-sync-reply-text = Recebemos o seu relato. Pode ligar-nos todos os dias das 9:00 às 17:00. Não está sozinho.
cli-demo-sync-read-title = 5.9 Quem relatou lê a resposta
cli-demo-sync-read = Quem relatou leu a resposta da ONG ({ $day }):
cli-demo-sync-failed = A ida e volta do relato à caixa da demonstração não terminou.
