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
