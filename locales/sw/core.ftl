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

## Makosa ya vifurushi vya maudhui

pack-error-manifest-missing = Kifurushi hakina faili ya manifest.json.
pack-error-manifest-invalid = Faili ya manifest.json si sahihi. Maelezo: { $reason }.
pack-error-signature-missing = Kifurushi hakina faili ya manifest.sig.
pack-error-signature-invalid = Sahihi hailingani. Kifurushi kilibadilishwa, au ufunguo mwingine ulikitia sahihi.
pack-error-unknown-publisher = Kifurushi kimetiwa sahihi na mchapishaji { $key_id }. Mchapishaji huyu haaminiwi hapa.
pack-error-invalid-public-key = Huu si ufunguo wa umma halali. Lazima uwe na herufi 64 za hex (Ed25519).
pack-error-development-key = Ufunguo wa wasanidi hutia sahihi kifurushi kilicho ndani ya programu tu. Hauwezi kuaminiwa kwa vifurushi vingine.
pack-error-invalid-private-key = Huu si ufunguo binafsi halali. Faili ya ufunguo wa Ed25519 ya aina PKCS#8 inahitajika.
pack-error-hash-mismatch = { $file }: maudhui hayalingani na manifest.
pack-error-size-mismatch = { $file }: ukubwa haulingani na manifest.
pack-error-missing-file = { $file }: imeorodheshwa kwenye manifest, lakini haipo kwenye kifurushi.
pack-error-extra-file = { $file }: ipo kwenye kifurushi, lakini haijaorodheshwa kwenye manifest.
pack-error-unsafe-path = { $file }: jina hili la faili haliruhusiwi. Maelezo: { $reason }.
pack-error-duplicate-path = { $file }: faili hii inaonekana zaidi ya mara moja.
pack-error-file-too-large = { $file }: faili ni kubwa mno. Kikomo kwa baiti: { $max }.
pack-error-pack-too-large = Kifurushi ni kikubwa mno. Kikomo kwa baiti: { $max }.
pack-error-too-many-files = Kifurushi kina faili nyingi mno. Kikomo ni { $max }.
pack-error-rollback = Kifurushi { $pack_id } toleo { $offered } si kipya kuliko toleo lililosakinishwa, { $installed }.
pack-error-publisher-mismatch = Kifurushi { $pack_id } tayari kimesakinishwa kutoka kwa mchapishaji mwingine.
pack-error-reserved-pack-id = Kitambulisho cha kifurushi { $pack_id } kimetengwa kwa ajili ya kifurushi kilicho ndani ya programu.
pack-error-invalid-content = { $file }: maudhui si sahihi. Maelezo: { $reason }.
pack-error-io = Faili hazikuweza kusomwa au kuhifadhiwa ({ $reason }). Angalia folda na nafasi iliyo wazi, kisha ujaribu tena.

## Maneno ya majibu katika dodoso zote

answer-yes = Ndiyo
answer-no = Hapana
answer-not-sure = Sina uhakika
answer-prefer-not-to-say = Sipendi kusema
answer-acknowledge = Ninaelewa
