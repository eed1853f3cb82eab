### Programu ya terminali waymark. Tafsiri kwa msaada wa mashine; inahitaji kukaguliwa na mzungumzaji asilia.

## Nambari za siri

cli-prompt-passcode = Nambari ya siri:
cli-prompt-new-passcode = Nambari mpya ya siri:
cli-prompt-duress-passcode = Nambari ya siri ya dharura:
cli-prompt-again = Iandike tena:
cli-passcode-mismatch = Nambari hizo mbili ni tofauti. Hakuna kilichobadilishwa.
cli-no-terminal = Hakuna terminali ya kuuliza nambari ya siri. Weka WAYMARK_PASSCODE (na WAYMARK_NEW_PASSCODE au WAYMARK_DURESS_PASSCODE inapohitajika).

## waymark vault

cli-vault-created = Sefu imeundwa. Imefungwa. Nambari yako ya siri pekee ndiyo inaifungua.
cli-vault-unlocked = Nambari ya siri imekubaliwa. Sefu ilifunguka, na imefungwa tena.
cli-vault-locked = Sefu imefungwa. Waymark haiachi sefu wazi baada ya amri.
cli-vault-status-none = Hakuna sefu katika folda hii.
cli-vault-status-wipe =
    Kuna sefu hapa. Imefungwa.
    Nambari za siri zisizo sahihi tangu ilipofunguliwa mwisho: { $failed }.
    Itafutwa baada ya makosa haya mfululizo: { $limit }.
cli-vault-status-no-wipe =
    Kuna sefu hapa. Imefungwa.
    Nambari za siri zisizo sahihi tangu ilipofunguliwa mwisho: { $failed }.
    Nambari zisizo sahihi hazitaifuta kamwe.
cli-vault-passcode-changed = Nambari ya siri imebadilishwa.
cli-vault-duress-removed = Nambari ya siri ya dharura imeondolewa.
cli-vault-duress-set = Nambari ya siri ya dharura imewekwa. Kufungua kwa nambari hiyo kunaharibu sefu hii na kufungua sefu tupu.
cli-vault-wipe-after-invalid = Andika idadi ya majaribio (1 au zaidi), au "off".
cli-vault-wipe-after-set = Sefu itafutwa baada ya makosa haya mfululizo: { $limit }.
cli-vault-wipe-after-off = Nambari zisizo sahihi hazitafuta sefu tena.
cli-vault-nothing-wiped = Hakuna kilichofutwa.
cli-vault-wiped = Sefu imeharibiwa. Faili zake zimetoweka na hakuna anayeweza kuzisimbua.
cli-vault-confirm-needed = Ongeza --yes ili kufuta bila kuulizwa.
cli-vault-confirm-word = ndiyo
cli-vault-confirm-wipe = Uharibu sefu hii milele? Andika { $word }:
cli-error-read-answer = Jibu halikuweza kusomwa.

## waymark journal

cli-journal-stdin-failed = Dokezo halikuweza kusomwa kutoka kwenye ingizo la kawaida.
cli-journal-edited = (limehaririwa)
cli-journal-saved = Limehifadhiwa kama dokezo namba { $id }.
cli-journal-empty = Shajara ni tupu.
cli-journal-changed = Dokezo namba { $id } limebadilishwa.
cli-journal-deleted = Dokezo namba { $id } limefutwa.

## waymark locales

cli-locales-lint-clean = Hakuna tatizo. Lugha: { $locales }. Faili: { $files }.
cli-locales-lint-failed = Matatizo yaliyopatikana: { $count }.
cli-direction-ltr = kushoto kwenda kulia
cli-direction-rtl = kulia kwenda kushoto
cli-status-source = maandishi asilia
cli-status-machine-assisted = kwa msaada wa mashine, inahitaji kukaguliwa na mzungumzaji asilia
cli-status-native-reviewed = imekaguliwa na mzungumzaji asilia

## waymark demo

cli-error-temp-folder = Folda ya muda haikuweza kuundwa.
cli-error-read-vault-file = Faili ya sefu haikuweza kusomwa.
cli-demo-step-1-title = 1. Unda sefu
cli-demo-step-1 =
    Sefu ni mahali palipofichwa kwa usimbaji kwenye simu. Tunaunda moja kwenye folda ya muda.
    Inalindwa na nambari ya siri { $passcode }. Kugeuza nambari ya siri kuwa ufunguo
    huchukua muda kidogo kwa makusudi: hii inafanya kubahatisha kuwe polepole.
cli-demo-step-2-title = 2. Andika kwenye shajara ya siri
cli-demo-step-2 = Mtu anaandika yanayompata, pamoja na tarehe:
cli-demo-note-1 = Bosi amechukua pasipoti yangu tena leo
cli-demo-note-2 = Sijalipwa kwa wiki 3. Anasema nadaiwa 900 za chumba
cli-demo-note-3 = Tumefungiwa bwenini baada ya zamu
cli-demo-step-3-title = 3. Angalia faili
cli-demo-step-3 = Sefu imefungwa. Hizi ndizo faili zake zote kwenye diski:
cli-demo-search-clean = Tulitafuta maneno ya madokezo katika kila baiti ya faili hizi. Hayapo.
cli-demo-search-found = Tulitafuta maneno ya madokezo katika kila baiti ya faili hizi. YAMEPATIKANA. Hili halipaswi kutokea kamwe.
cli-demo-step-4-title = 4. Mtu anabahatisha nambari ya siri
cli-demo-step-4 =
    Tunajaribu { $guess }: "{ $answer }"
    Sefu hii inajifuta yenyewe baada ya makosa haya mfululizo: { $limit }.
    Hesabu inabaki hata simu ikiwashwa upya.
cli-demo-step-5-title = 5. Badilisha nambari ya siri
cli-demo-step-5 =
    Sasa nambari ya siri ni { $passcode }. Faili ndogo ya ufunguo pekee ndiyo imebadilika.
    Data haikusimbwa upya. Madokezo yaliyobaki kwenye shajara: { $count }.
cli-demo-step-6-title = 6. Weka nambari ya siri ya dharura
cli-demo-step-6 =
    Mtu akimlazimisha mtumiaji kufungua programu, anaweza kuandika { $duress } badala yake.
    Inaonekana sawa kabisa na kufungua kwa kawaida.
cli-demo-step-7-title = 7. Kufungua ukiwa chini ya shinikizo
cli-demo-step-7 =
    Kufungua kwa { $duress } kumefanikiwa. Shajara inaonekana tupu (madokezo: { $count }).
    Kwa ndani, sefu halisi iliharibiwa kwanza. Nambari ya siri ya zamani sasa inapata:
    "{ $answer }"
cli-demo-step-8-title = 8. Kufuta kwa dharura
cli-demo-step-8 = Hatua moja inaharibu sefu, hata ikiwa imefungwa. Faili zilizobaki kwenye folda:
cli-demo-no-files = (hakuna)
cli-demo-file-size = baiti { $size }
cli-demo-end = Onyesho lilitumia folda ya muda. Sasa imeondolewa.
cli-demo-keep-inbox-exists = Folda hiyo tayari ipo. Taja folda mpya kwa --keep-inbox; hakuna kilichobadilishwa.
cli-demo-desk = Upande wa shirika kwenye kivinjari: endesha `waymark demo --keep-inbox ngo-inbox` ili kuhifadhi kisanduku cha onyesho; mwishoni onyesho litakuonyesha jinsi ya kukifungua kwenye dawati la shirika (docs/ngo-desk.md).
cli-demo-desk-kept = Kisanduku cha onyesho kimehifadhiwa katika { $dir }. Kuona ripoti yake kama mfanyakazi anavyoiona, anzisha kisanduku tena kwa `waymark inbox serve --dir { $dir }`, na kwenye terminal ya pili dawati la shirika kwa `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Fungua anwani linayoonyesha kwenye kivinjari chako na uingie kwa jina lako na kaulisiri ya onyesho: { $passphrase }
cli-demo-failed-found = Dokezo lilipatikana kwenye diski bila usimbaji.
cli-demo-failed-duress = Nambari ya siri ya dharura haikuharibu sefu.

## waymark content (zana za wachapishaji, na vifurushi ndani ya sefu)

cli-content-key-exists = Faili hiyo ya ufunguo tayari ipo. Haikuandikwa upya.
cli-content-error-write-key = Faili ya ufunguo haikuweza kuandikwa.
cli-content-error-read-key = Faili ya ufunguo haikuweza kusomwa.
cli-content-error-write-manifest = Faili ya manifest haikuweza kuandikwa.
cli-content-refused = Kifurushi kimekataliwa: { $reason }
cli-content-keygen-done =
    Ufunguo binafsi umeandikwa. Uweke siri, mbali na mtandao.
    Ufunguo wa umma: { $public_key }
    Kitambulisho cha ufunguo: { $key_id }
cli-content-signed = Kifurushi { $pack_id } toleo { $version } kimetiwa sahihi kwa ufunguo { $key_id }. Faili: { $count }.
cli-content-verified = Halali: { $pack_id } toleo { $version }, kimetiwa sahihi kwa ufunguo { $key_id }. Faili zinazolingana na hash zake: { $count }.
cli-content-checked = Muundo ni sahihi: { $pack_id } toleo { $version }. Faili: { $files }. Lugha: { $locales }. Sahihi haikukaguliwa (tumia waymark content verify).
cli-content-trusted = Sasa sefu hii itakubali vifurushi vilivyotiwa sahihi kwa ufunguo { $key_id }.
cli-content-untrusted = Ufunguo { $key_id } hauaminiwi tena. Vifurushi vyake vimeondolewa.
cli-content-not-trusted = Ufunguo { $key_id } haukuwa unaaminiwa hapa.
cli-content-removed = Kifurushi { $pack_id } kimeondolewa.
cli-content-not-installed = Kifurushi { $pack_id } hakikuwa kimesakinishwa.
cli-content-installed = Kifurushi { $pack_id } toleo { $version } kimesakinishwa. Faili: { $count }.
cli-content-list-publishers = Wachapishaji wanaoaminiwa: { $count }
cli-content-list-packs = Vifurushi vilivyosakinishwa: { $count }
cli-content-list-pack = { $pack_id } toleo { $version } (ufunguo { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Kundi hili halijulikani. Tumia moja ya maneno haya: { $choices }.
cli-helplines-unknown-channel = Njia hii ya mawasiliano haijulikani. Tumia moja ya maneno haya: { $choices }.
cli-helplines-none = Hakuna namba ya msaada inayolingana. Jaribu bila --audience au --channel, au jaribu nchi nyingine.
cli-helplines-call = Piga simu: { $address }
cli-helplines-sms = Tuma ujumbe mfupi (SMS): { $address }
cli-helplines-sms-keyword = Tuma ujumbe mfupi (SMS): { $address } (tuma neno { $keyword })
cli-helplines-chat = Gumzo: { $address }
cli-helplines-web = Tovuti: { $address }
cli-helplines-ussd = Piga msimbo: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today lazima iwe tarehe iliyoandikwa YYYY-MM-DD.
cli-helplines-audit-summary = Nchi zinazohusika: { $countries }. Maingizo: { $entries }.
cli-helplines-audit-unconfirmed = Sehemu ambazo hakuna chanzo kinachothibitisha:
cli-helplines-audit-key-fields = sehemu muhimu, kwa hiyo zinaonyeshwa kuwa hazina uhakika: { $fields }
cli-helplines-audit-other-fields = sehemu nyingine: { $fields }
cli-helplines-audit-stale = Vyanzo vilivyokaguliwa zamani mno (kikomo kwa siku: { $days }):
cli-helplines-audit-secondary = Sehemu muhimu zilizothibitishwa na habari au watu wengine tu:
cli-helplines-audit-marked = Zinaonyeshwa kuwa hazina uhakika, pamoja na maelezo ya wanaozitunza:
cli-helplines-audit-no-sources = Maingizo yasiyo na chanzo chochote:
cli-helplines-audit-no-emergency = Nchi zisizo na nambari ya dharura: { $countries }
cli-helplines-audit-no-trafficking = Nchi zisizo na laini ya kupinga usafirishaji haramu wa binadamu: { $countries }
cli-helplines-audit-no-crisis = Nchi zisizo na laini ya dharura ya kihisia: { $countries }
cli-helplines-audit-none = hakuna
cli-helplines-audit-failed = Baadhi ya nchi hazina nambari ya dharura. Ongeza moja, pamoja na chanzo chake, kabla ya kuchapisha saraka hii.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Likague kwa: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = Imeandikwa { $file } na faili { $count } za lugha.
cli-import-summary = { $converted } zimebadilishwa, { $changed } zimerekebishwa, { $dropped } zimeachwa, { $refused } zimekataliwa.
cli-import-checked = Dodoso linapita ukaguzi wote wa "waymark questionnaire check".
cli-import-action-converted = imebadilishwa
cli-import-action-changed = imerekebishwa
cli-import-action-dropped = imeachwa
cli-import-action-refused = imekataliwa
cli-import-exists = { $file } tayari lipo: chagua folda nyingine ya --out.
