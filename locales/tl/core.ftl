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

## Mga error ng content pack

pack-error-manifest-missing = Walang manifest.json file ang pack.
pack-error-manifest-invalid = Hindi valid ang file na manifest.json. Detalye: { $reason }.
pack-error-signature-missing = Walang manifest.sig file ang pack.
pack-error-signature-invalid = Hindi tugma ang signature. Binago ang pack, o ibang key ang nag-sign nito.
pack-error-unknown-publisher = Naka-sign ang pack ng publisher { $key_id }. Hindi pinagkakatiwalaan dito ang publisher na ito.
pack-error-invalid-public-key = Hindi ito valid na public key. Dapat 64 na hex character ito (Ed25519).
pack-error-development-key = Ang development key ay para lang sa pack na kasama ng app. Hindi ito puwedeng pagkatiwalaan para sa ibang pack.
pack-error-invalid-private-key = Hindi ito valid na private key. Kailangan ng Ed25519 key file na PKCS#8.
pack-error-hash-mismatch = { $file }: hindi tugma ang laman sa manifest.
pack-error-size-mismatch = { $file }: hindi tugma ang laki sa manifest.
pack-error-missing-file = { $file }: nakalista sa manifest, pero wala sa pack.
pack-error-extra-file = { $file }: nasa pack, pero hindi nakalista sa manifest.
pack-error-unsafe-path = { $file }: hindi puwede ang pangalan ng file na ito. Detalye: { $reason }.
pack-error-duplicate-path = { $file }: higit sa isang beses lumabas ang file na ito.
pack-error-file-too-large = { $file }: masyadong malaki ang file. Limit sa bytes: { $max }.
pack-error-pack-too-large = Masyadong malaki ang pack. Limit sa bytes: { $max }.
pack-error-too-many-files = Masyadong marami ang file sa pack. Ang limit ay { $max }.
pack-error-rollback = Ang pack { $pack_id } version { $offered } ay hindi mas bago sa naka-install na version { $installed }.
pack-error-publisher-mismatch = Naka-install na ang pack { $pack_id } mula sa ibang publisher.
pack-error-reserved-pack-id = Ang pack id na { $pack_id } ay nakalaan para sa pack na kasama ng app.
pack-error-invalid-content = { $file }: hindi valid ang laman. Detalye: { $reason }.
pack-error-io = Hindi mabasa o ma-save ang mga file ({ $reason }). Tingnan ang folder at ang bakanteng espasyo, at subukan ulit.

## Mga sagot na ginagamit sa lahat ng questionnaire

answer-yes = Oo
answer-no = Hindi
answer-not-sure = Hindi sigurado
answer-prefer-not-to-say = Mas gusto kong hindi sabihin
answer-acknowledge = Naiintindihan ko
