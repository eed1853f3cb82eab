### Waymark: jumbe za kiini. Tafsiri kwa msaada wa mashine; inahitaji kukaguliwa na mzungumzaji asilia.

locale-name = Kiswahili
i18n-text-missing = Maandishi haya bado hayapatikani.

## Makosa ya sefu

vault-error-not-found = Hakuna sefu hapa.
vault-error-already-exists = Tayari kuna sefu hapa.
vault-error-locked = Sefu imefungwa. Ifungue kwanza kwa nambari yako ya siri.
vault-error-wrong-passcode = Nambari ya siri si sahihi.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Nambari ya siri si sahihi. Imebaki jaribio { $remaining } kabla sefu haijafutwa.
       *[other] Nambari ya siri si sahihi. Yamebaki majaribio { $remaining } kabla sefu haijafutwa.
    }
vault-error-invalid-passcode = Nambari ya siri lazima iwe na baiti 1 hadi { $max }.
vault-error-duress-same-as-passcode = Nambari ya siri ya dharura lazima iwe tofauti na nambari yako ya siri.
vault-error-header-corrupt = Faili la ufunguo wa sefu limeharibika. Sefu haiwezi kufunguliwa.
vault-error-header-tampered = Faili la ufunguo wa sefu limebadilishwa. Sefu haiwezi kufunguliwa.
vault-error-unsupported-version = Sefu hii ilitengenezwa na toleo jipya zaidi la programu. Sasisha programu ili uifungue.
vault-error-database-corrupt = Data za sefu zimeharibika.
vault-error-schema-too-new = Sefu hii ilihifadhiwa na toleo jipya zaidi la programu. Sasisha programu ili uifungue.
vault-error-key-missing = Ufunguo wa usalama wa simu kwa sefu hii haupo tena. Sefu haiwezi kufunguliwa.
vault-error-key-unwrap-failed = Ufunguo wa usalama wa simu haukuweza kufungua sefu.
vault-error-key-store-unavailable = Hifadhi salama ya funguo ya simu haiko tayari. Jaribu tena.
vault-error-io = Simu haikuweza kusoma au kuhifadhi faili za sefu. Angalia nafasi iliyo wazi kisha ujaribu tena.
vault-error-database = Kuna tatizo ndani ya sefu (msimbo { $code }).
vault-error-invalid-setting = Mpangilio huu si sahihi.

## Makosa ya shajara

journal-error-not-found = Hakuna dokezo lenye nambari hiyo.
journal-error-empty = Dokezo ni tupu. Andika kitu kwanza.
journal-error-too-long = Dokezo ni refu mno. Linaweza kuwa na baiti { $max } tu.
