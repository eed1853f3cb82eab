### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Kaulisiri ya faili la funguo za shirika:
inbox-prompt-again = Iandike tena:
inbox-keygen-done =
    Funguo zimetengenezwa.
    Funguo za siri (zimesimbwa; zihifadhi kwenye kompyuta ya shirika na uweke nakala): { $keys }
    Mipangilio ya seva (inakili kwenye seva): { $config }
    Funguo za umma (kwa simu): { $public }
    Kitambulisho cha ufunguo wa saraka: { $keyid }
inbox-directory-signed = Ingizo la saraka limesainiwa, halali hadi { $expires }: { $file }
inbox-pull-done = Ripoti mpya zilizopakuliwa: { $new }. Ripoti zilizofunguliwa kwenye hifadhi ya ndani: { $total }.
inbox-pull-unopened = Bahasha ambazo ufunguo huu haukuweza kufungua (zimehifadhiwa bila kubadilishwa): { $count }.
inbox-reply-sent = Jibu limefungwa na kutumwa. Ni simu ya mtoa ripoti pekee inayoweza kulisoma.
inbox-serve-listening = Kisanduku kinasikiliza kwenye { $address }. Kisimamishe kwa Ctrl-C.
inbox-serve-stopped = Kisanduku kimesimama.
inbox-desk-listening = Dawati liko wazi kwenye { $url }, kwenye kompyuta hii pekee. Lifungue kwenye kivinjari chako na uingie kwa kaulisiri ya faili la funguo. Lisimamishe kwa Ctrl-C.
inbox-serve-created = Kisanduku cha majaribio kimeundwa katika { $dir }. Simu zinatuma kwa { $url }.
inbox-error-config = Mipangilio ya kisanduku si sahihi: { $setting }.
inbox-error-file = Haikuwezekana kusoma au kuandika faili ({ $file }).
inbox-error-already-exists = Tayari kuna funguo kwenye folda hiyo. Hakuna kilichoandikwa juu yake.
inbox-error-wrong-passphrase = Kaulisiri si sahihi, au faili la funguo limebadilishwa.
inbox-error-weak-passphrase = Kaulisiri ni fupi mno. Tumia angalau herufi 10; maneno machache ya nasibu ni bora zaidi.
inbox-error-key-file = Hili si faili la funguo za shirika la Waymark, au limeharibika.
inbox-error-schema-too-new = Hifadhidata iliundwa na toleo jipya zaidi la kisanduku. Sasisha programu hii.
inbox-error-storage = Hifadhidata haiwezi kutumika sasa.
inbox-error-unreachable = Seva ya kisanduku haikufikiwa.
inbox-error-refused = Seva ya kisanduku ilikataa ombi ({ $status }, { $code }).
inbox-error-bad-response = Jibu la seva ya kisanduku si sahihi.
inbox-error-unknown-report = Bado hakuna ripoti yenye kitambulisho hicho iliyopakuliwa. Endesha pull kwanza.
inbox-error-reply-text = Jibu ni tupu au ni refu mno.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = Jibu ni refu mno: jibu moja linabeba baiti { $max } tu kwa juu. Litume kama majibu kadhaa mafupi zaidi.
inbox-error-argument = Thamani hii si sahihi: { $option }.
inbox-error-no-terminal = Hakuna terminal ya kuuliza kaulisiri. Weka WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Kaulisiri mbili ni tofauti. Hakuna kilichobadilishwa.
inbox-error-not-loopback = waymark inbox serve husikiliza kwenye kompyuta hii tu (127.0.0.1). Kwa seva halisi, tumia waymark-inbox serve.
