### Waymark: mensagens do núcleo. Tradução assistida por máquina; precisa de revisão nativa.

locale-name = Português
i18n-text-missing = Este texto ainda não está disponível.

## Erros do cofre

vault-error-not-found = Não há nenhum cofre aqui.
vault-error-already-exists = Já existe um cofre aqui.
vault-error-locked = O cofre está trancado. Primeiro abra-o com o seu código.
vault-error-wrong-passcode = Código errado.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Código errado. Resta { $remaining } tentativa antes de o cofre ser apagado.
       *[other] Código errado. Restam { $remaining } tentativas antes de o cofre ser apagado.
    }
vault-error-invalid-passcode = O código deve ter de 1 a { $max } bytes.
vault-error-duress-same-as-passcode = O código de emergência deve ser diferente do seu código.
vault-error-header-corrupt = O arquivo da chave do cofre está danificado. O cofre não pode ser aberto.
vault-error-header-tampered = O arquivo da chave do cofre foi alterado. O cofre não pode ser aberto.
vault-error-unsupported-version = Este cofre foi feito por uma versão mais nova do aplicativo. Atualize o aplicativo para abri-lo.
vault-error-database-corrupt = Os dados do cofre estão danificados.
vault-error-schema-too-new = Este cofre foi salvo por uma versão mais nova do aplicativo. Atualize o aplicativo para abri-lo.
vault-error-key-missing = A chave de segurança do telefone para este cofre sumiu. O cofre não pode ser aberto.
vault-error-key-unwrap-failed = A chave de segurança do telefone não conseguiu abrir o cofre.
vault-error-key-store-unavailable = O local seguro de chaves do telefone não está pronto. Tente de novo.
vault-error-io = O telefone não conseguiu ler ou salvar os arquivos do cofre. Veja se há espaço livre e tente de novo.
vault-error-database = Algo deu errado dentro do cofre (código { $code }).
vault-error-invalid-setting = Esta configuração não é válida.

## Erros do diário

journal-error-not-found = Não há nenhuma nota com esse número.
journal-error-empty = A nota está vazia. Escreva algo primeiro.
journal-error-too-long = A nota é longa demais. Pode ter no máximo { $max } bytes.

## Erros dos pacotes de conteúdo

pack-error-manifest-missing = O pacote não tem o arquivo manifest.json.
pack-error-manifest-invalid = O arquivo manifest.json não é válido. Detalhes: { $reason }.
pack-error-signature-missing = O pacote não tem o arquivo manifest.sig.
pack-error-signature-invalid = A assinatura não confere. O pacote foi alterado, ou outra chave o assinou.
pack-error-unknown-publisher = O pacote foi assinado pelo editor { $key_id }. Este editor não é confiável aqui.
pack-error-invalid-public-key = Esta não é uma chave pública válida. Ela precisa ter 64 caracteres hexadecimais (Ed25519).
pack-error-development-key = A chave de desenvolvimento só assina o pacote que vem com o aplicativo. Ela não pode ser aceita para outros pacotes.
pack-error-invalid-private-key = Esta não é uma chave privada válida. É preciso um arquivo de chave Ed25519 no formato PKCS#8.
pack-error-hash-mismatch = { $file }: o conteúdo não confere com o manifesto.
pack-error-size-mismatch = { $file }: o tamanho não confere com o manifesto.
pack-error-missing-file = { $file }: está no manifesto, mas falta no pacote.
pack-error-extra-file = { $file }: está no pacote, mas não está no manifesto.
pack-error-unsafe-path = { $file }: este nome de arquivo não é permitido. Detalhes: { $reason }.
pack-error-duplicate-path = { $file }: este arquivo aparece mais de uma vez.
pack-error-file-too-large = { $file }: o arquivo é grande demais. Limite em bytes: { $max }.
pack-error-pack-too-large = O pacote é grande demais. Limite em bytes: { $max }.
pack-error-too-many-files = O pacote tem arquivos demais. O limite é { $max }.
pack-error-rollback = A versão { $offered } do pacote { $pack_id } não é mais nova que a versão instalada, { $installed }.
pack-error-publisher-mismatch = O pacote { $pack_id } já está instalado a partir de outro editor.
pack-error-reserved-pack-id = O id de pacote { $pack_id } é reservado para o pacote que vem com o aplicativo.
pack-error-invalid-content = { $file }: o conteúdo não é válido. Detalhes: { $reason }.
pack-error-io = Não foi possível ler ou salvar os arquivos ({ $reason }). Confira a pasta e o espaço livre e tente de novo.

## Palavras de resposta de todos os questionários

answer-yes = Sim
answer-no = Não
answer-not-sure = Não sei
answer-prefer-not-to-say = Prefiro não dizer
answer-acknowledge = Entendo
