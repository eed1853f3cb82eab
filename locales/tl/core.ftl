### Waymark: mga mensahe ng core. Isinalin sa tulong ng makina; kailangang suriin ng katutubong nagsasalita.

locale-name = Tagalog
i18n-text-missing = Wala pa ang tekstong ito.

## Mga error ng vault

vault-error-not-found = Walang vault dito.
vault-error-already-exists = May vault na dito.
vault-error-locked = Naka-lock ang vault. Buksan muna ito gamit ang iyong passcode.
vault-error-wrong-passcode = Mali ang passcode.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Mali ang passcode. May { $remaining } subok ka pa bago mabura ang vault.
       *[other] Mali ang passcode. May { $remaining } subok ka pa bago mabura ang vault.
    }
vault-error-invalid-passcode = Ang passcode ay dapat 1 hanggang { $max } byte ang haba.
vault-error-duress-same-as-passcode = Ang emergency passcode ay dapat iba sa iyong passcode.
vault-error-header-corrupt = Sira ang key file ng vault. Hindi mabubuksan ang vault.
vault-error-header-tampered = Binago ang key file ng vault. Hindi mabubuksan ang vault.
vault-error-unsupported-version = Ginawa ang vault na ito ng mas bagong bersyon ng app. I-update ang app para mabuksan ito.
vault-error-database-corrupt = Sira ang data ng vault.
vault-error-schema-too-new = Na-save ang vault na ito ng mas bagong bersyon ng app. I-update ang app para mabuksan ito.
vault-error-key-missing = Wala na ang security key ng telepono para sa vault na ito. Hindi mabubuksan ang vault.
vault-error-key-unwrap-failed = Hindi nabuksan ng security key ng telepono ang vault.
vault-error-key-store-unavailable = Hindi pa handa ang ligtas na lalagyan ng key ng telepono. Subukan ulit.
vault-error-io = Hindi mabasa o ma-save ng telepono ang mga file ng vault. Tingnan kung may bakanteng espasyo at subukan ulit.
vault-error-database = May nangyaring mali sa loob ng vault (code { $code }).
vault-error-invalid-setting = Hindi tama ang setting na ito.

## Mga error ng journal

journal-error-not-found = Walang note na may ganyang numero.
journal-error-empty = Walang laman ang note. Magsulat muna.
journal-error-too-long = Masyadong mahaba ang note. Hanggang { $max } byte lang ito.
