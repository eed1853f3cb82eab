### Kutuma ripoti kwa shirika: sanduku la kutoka, sheria za kutuma, majibu. Tafsiri ya mashine; inahitaji kukaguliwa.

## Kwa nini hakuna kinachotumwa sasa

sync-held-waiting-for-user = Inasubiri ubonyeze tuma.
sync-held-no-network = Inasubiri muunganisho.
sync-held-captive-portal = Mtandao huu unataka uingie kwanza. Inasubiri.
sync-held-not-validated = Inasubiri intaneti inayofanya kazi.
sync-held-transport = Inasubiri aina ya muunganisho uliyoruhusu.
sync-held-metered = Inasubiri muunganisho usiolipiwa kwa kiasi cha data.
sync-held-roaming = Haitumi ukiwa kwenye roaming.
sync-held-vpn = Inasubiri VPN yako.
sync-held-untrusted-network = Inasubiri mtandao unaouamini.
sync-held-time-window = Inasubiri saa uliyoruhusu.
sync-held-not-charging = Inasubiri simu ichajiwe.

## Kwa nini kutuma kumeshindwa (ripoti inahifadhiwa na kutumwa tena)

sync-failure-connect = Seva ya shirika haikupatikana.
sync-failure-timeout = Seva ya shirika imechelewa sana kujibu.
sync-failure-tls = Muunganisho salama haukuweza kukaguliwa.
sync-failure-pin-mismatch = Ufunguo wa usalama wa seva si wa shirika. Hakuna kilichotumwa.
sync-failure-interrupted = Muunganisho ulikatika.
sync-failure-server-error = Seva ya shirika ilipata tatizo.
sync-failure-rate-limited = Seva ya shirika ina shughuli nyingi. Itajaribu baadaye.
sync-failure-too-large = Ripoti ni kubwa mno kwa shirika hili.
sync-failure-refused = Seva ya shirika imekataa ripoti.
sync-failure-malformed = Seva ya shirika imetoa jibu lisilo na maana.
sync-failure-no-endpoint = Shirika hili haliwezi kufikiwa kwa mipangilio ya sasa.
sync-failure-setup = Muunganisho haukuweza kuandaliwa. Kagua proxy.
sync-failure-bad-receipt = Risiti ya seva haikuweza kukaguliwa, kwa hiyo ripoti inahifadhiwa.

## Makosa

sync-error-unknown-ngo = Shirika hili halimo kwenye orodha yako.
sync-error-no-directory = Taarifa za shirika hili bado hazijapakuliwa.
sync-error-directory-expired = Taarifa za shirika hili zimepitwa na wakati. Zisasishe kwanza.
sync-error-invalid-key = Huu si ufunguo halali wa shirika.
sync-error-unknown-report = Hakuna ripoti kama hiyo kwenye sanduku la kutoka.
sync-error-nothing-to-send = Hakuna cha kutuma.
sync-error-already-queued = Hiki tayari kiko kwenye sanduku la kutoka.
sync-error-too-large = Ripoti ni kubwa mno kutumwa.
sync-error-seal = Ripoti haikuweza kufungwa.
sync-error-signature = Sahihi ya shirika si halali.
sync-error-directory-rollback = Taarifa hizi za shirika ni za zamani kuliko zilizo tayari kwenye simu hii, kwa hiyo hazikutumika.
sync-error-bad-answer = Seva ya shirika imetoa jibu lisilo na maana.
sync-error-damaged = Data ya kutuma iliyohifadhiwa imeharibika.
sync-error-invalid-setting = Mpangilio huu hauruhusiwi: { $setting }.

## waymark ngo

cli-ngo-added = Sasa unaliamini { $name } (ufunguo { $key_id }). Ripoti kwake zinafungwa ili wao tu waweze kuzisoma.
cli-ngo-refreshed = Taarifa za { $name } ni za sasa.
cli-ngo-none = Bado huamini shirika lolote.
cli-ngo-line-ready = { $key_id }  { $name }  (taarifa ni halali hadi { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (taarifa bado hazijapakuliwa)

## waymark outbox

cli-outbox-queued =
    Imefungwa na kuwekwa kwenye sanduku la kutoka: { $id }.
    Msimbo wa risiti (simu hii inauliza majibu kwa msimbo huu; ni simu hii tu inayoweza kuyasoma): { $code }
    Msimbo huohuo kwa tarakimu: { $digits }
cli-outbox-fingerprint = Alama ya ripoti (mfanyakazi wa shirika anaona ile ile kwenye ripoti yako; isome badala ya msimbo): { $fingerprint }
cli-outbox-empty = Sanduku la kutoka ni tupu.
cli-outbox-kind-questionnaire = dodoso
cli-outbox-kind-journal = maelezo ya shajara
cli-outbox-kind-assistant = msaidizi
cli-outbox-kind-text = maandishi
cli-outbox-line-queued = { $id }  { $kind }  inasubiri (majaribio: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  imefika ({ $day })
cli-outbox-last-problem = Tatizo la mwisho: { $reason }
cli-outbox-status = Zinasubiri: { $queued }. Zimefika: { $sent }.
cli-outbox-policy-allows = Sheria zako zinaruhusu kutuma sasa.
cli-sync-held = Haitumi sasa. { $reason }
cli-sync-delayed = Itatuma hivi karibuni, wakati wa nasibu.
cli-sync-idle = Hakuna cha kutuma.
cli-sync-ran = Zimefika: { $sent }. Zimeshindwa: { $failed }. Bado zinasubiri: { $queued }. Majibu mapya: { $replies }.

## waymark policy

cli-yes = ndiyo
cli-no = hapana
cli-policy-any-time = wakati wowote
cli-policy-no-proxy = hakuna
cli-policy-bad-window = Andika saa kama HH:MM-HH:MM, kwa mfano 22:00-06:00.
cli-policy-saved = Sheria zako zimehifadhiwa.
cli-policy-show =
    Ninapobonyeza tuma tu: { $manual }
    Wi-Fi: { $wifi }. Data ya simu: { $cellular }. Mitandao inayolipiwa kwa data: { $metered }. Roaming: { $roaming }.
    VPN inahitajika: { $vpn }. Mitandao inayoaminika tu: { $trusted } (imehifadhiwa: { $trusted_count }).
    Saa: { $windows }. Wakati wa kuchaji tu: { $charging }.
    Kusubiri kwa nasibu kabla ya kutuma, kwa sekunde: { $delay_min } hadi { $delay_max }. Utumaji bandia: { $dummy }.
    Proxy ya Tor au SOCKS: { $proxy }

## waymark replies

cli-replies-none = Bado hakuna majibu.
cli-replies-line = Jibu la { $day } kwa ripoti { $id }:
