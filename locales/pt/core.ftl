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
