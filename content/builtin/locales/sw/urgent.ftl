### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = Nahitaji msaada sasa
urgent-heard-you = Ulichoandika kinanitia wasiwasi. Usalama wako ni wa kwanza.
urgent-start = Je, uko hatarini sasa hivi?
urgent-danger-now = Ndiyo, niko hatarini sasa
urgent-not-right-now = Si sasa hivi
urgent-leave-app = Toka haraka kwenye programu hii
urgent-emergency-first = Ukiweza, piga simu sasa kwa namba ya dharura. Huhitaji kueleza kila kitu: sema ulipo na kwamba unahitaji msaada.
urgent-no-country = Hatujui uko nchi gani, kwa hiyo hatuwezi kuonyesha namba za hapo. Katika nchi nyingi unaweza kupiga 112 kutoka simu yoyote ya mkononi.
urgent-cant-speak = Siwezi kuongea kwa usalama
urgent-cant-speak-info = Ikiwa huwezi kuongea, baadhi ya huduma hupokea ujumbe mfupi. Tuma tu ikiwa ni salama, na uufute baadaye ikiwa kuna mtu anayekagua simu yako.
urgent-safety-steps = Ninaweza kufanya nini sasa hivi?
urgent-steps-intro = Mambo machache yanayoweza kusaidia sasa:
urgent-tip-public-place = Ukiweza, nenda mahali penye watu wengine, kama duka, hospitali au kituo cha basi.
urgent-tip-trusted-person = Mwambie mtu unayemwamini mahali ulipo.
urgent-tip-hide-app = Mtu akija, unaweza kutoka kwenye programu hii mara moja kwa kitufe cha kutoka.
urgent-show-numbers = Nionyeshe namba tena
urgent-done = Nimepata ninachohitaji
urgent-not-now = Nafurahi kwamba hauko hatarini sasa. Huduma hizi zinaweza kukusaidia ukiwa tayari. Nyingi ni bure, na huhitaji kutaja jina lako.
urgent-be-ready = Nisaidie kujiandaa
urgent-steps-later = Hizi ni hatua tatu za kukusaidia kujiandaa. Tumeziongeza kwenye mpango wako wa usalama.
urgent-plan-number = Kariri namba moja ya dharura.
urgent-plan-documents = Ukiweza, weka picha ya pasipoti au kitambulisho chako mahali salama, au kwa mtu unayemwamini.
urgent-plan-code-word = Kubaliana na mtu unayemwamini juu ya neno la siri, ili uweze kuomba msaada bila wengine kujua.
urgent-end = Unaweza kurudi hapa wakati wowote. Mazungumzo haya yamefungwa kwenye simu hii, na unaweza kuyafuta wakati wowote unapotaka.

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = Asante kwa kuniambia. Inaonekana unapitia jambo lenye uchungu mwingi sasa hivi.
urgent-crisis-not-alone = Hauko peke yako. Watu wengi wamewahi kujisikia hivi, na kuzungumza na mtu kunaweza kusaidia. Unastahili kusaidiwa.
urgent-crisis-talk-now = Unaweza kuzungumza na mtu sasa hivi. Watu wa huduma hizi wapo kukusikiliza. Huhitaji kueleza kila kitu.
urgent-crisis-not-safe = Huenda sipo salama sasa hivi
urgent-crisis-emergency = Ukihisi kwamba huenda ukatenda kwa mawazo haya hivi karibuni, tafadhali piga sasa nambari ya dharura, au nenda kitengo cha dharura cha hospitali. Ukiweza, kaa na mtu mwingine mpaka msaada ufike.
urgent-crisis-cant-call = Siwezi kuzungumza kwa simu
urgent-crisis-cant-call-info = Ikiwa kuzungumza ni kugumu mno, baadhi ya huduma hujibu ujumbe mfupi. Unaweza pia kumwomba mtu unayemwamini apige simu pamoja nawe, au kwa niaba yako.
urgent-crisis-get-through = Nini kinaweza kunisaidia sasa hivi?
urgent-crisis-steps-intro = Mambo machache yanayoweza kusaidia sasa:
urgent-crisis-tip-people = Ukiweza, kaa na mtu, au nenda mahali palipo na watu wengine.
urgent-crisis-tip-distance = Ukiweza, kaa mbali na kitu chochote ambacho ungeweza kutumia kujidhuru.
urgent-crisis-tip-moment = Hisia kali namna hii zinaweza kupungua. Kwa sasa, inatosha kuvuka dakika chache zijazo.
urgent-crisis-plan-line = Weka nambari ya laini ya msaada wa dharura ya kihisia mahali utakapoiona haraka.
urgent-crisis-other-danger = Pia kuna mtu ananiumiza au ananidhibiti
urgent-crisis-show-numbers = Nionyeshe ninaweza kuzungumza na nani
urgent-crisis-done = Kwa sasa nina ninachohitaji
urgent-crisis-no-country = Hatujui uko nchi gani, kwa hiyo hatuwezi kuonyesha laini ya msaada ya eneo lako. Maisha yako yakiwa hatarini, piga nambari ya dharura: katika nchi nyingi, 112 hufanya kazi kutoka simu yoyote ya mkononi.
urgent-crisis-end = Nafurahi kwamba umeandika. Unaweza kurudi hapa wakati wowote, mchana au usiku. Mawazo haya yakirudi, tafadhali zungumza na mtu: huhitaji kupitia hili peke yako.
