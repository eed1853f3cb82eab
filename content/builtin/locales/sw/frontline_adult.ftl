# Mahojiano ya uchunguzi kwa watu wazima (questionnaires/frontline_adult.toml).
# Maswali husomwa kwa sauti; vidokezo (-hint) ni kwa mhojaji tu.

fl-title = Mahojiano ya uchunguzi: kazi na usalama
fl-section-start = Kabla hatujaanza
fl-section-recruitment = Jinsi ulivyopata kazi hii
fl-section-workplaces = Mahali ulipofanya kazi
fl-section-conditions = Saa, malipo na madeni
fl-section-freedom = Uhuru wako
fl-section-threats = Vitisho na madhara
fl-section-sexual = Unyonyaji wa kingono
fl-section-safety = Hali yako na usalama wako

fl-intro = Ningependa kukuuliza maswali machache kuhusu kazi yako na maisha yako hapa. Huna lazima ya kujibu swali lolote, na unaweza kuacha wakati wowote. Utakachoniambia hakitaelezwa kwa mtu yeyote bila idhini yako, isipokuwa mtoto akiwa hatarini.
fl-intro-hint = Kwanza tafuta mahali pa faragha. Mwajiri, wakala au mtu aliyekuja naye asisikie. Tumia mkalimani aliyechaguliwa na mtu huyo, kamwe si mtu anayehusiana na mwajiri.
fl-consent = Ninaelewa na ninakubali kujibu maswali haya.
fl-age = Una umri gani?
fl-age-hint = Asipojua, andika "sina uhakika". Usiulize tarehe ya kuzaliwa wala hati.
fl-age-check = Andika umri kati ya 10 na 110.
fl-working = Katika miaka miwili iliyopita, umefanya kazi yoyote, ya kulipwa au bila malipo, hapa au katika nchi nyingine?
fl-working-hint = Kazi yoyote inahesabiwa: nyumbani kwa mtu, shambani au kwenye mashua, baa, mtaani, au biashara ya ngono.

fl-paid-fee = Ulimlipa mtu yeyote ili upate kazi hii au ili usafiri kuifikia?
fl-fee-owed = Bado unadaiwa pesa hizo na mwajiri, wakala au mtu anayehusiana nao?
fl-promised-different = Je, kazi, malipo au hali ni tofauti sana na ulivyoambiwa kabla ya kuanza?
fl-pressured = Je, kuna mtu aliyekulazimisha au kukushinikiza ukubali kazi hii au usafiri kwa ajili yake?

fl-wp-sector = Ilikuwa kazi ya aina gani mahali hapa?
fl-sector-farm-fishing = Shamba, uvuvi au mashua
fl-sector-construction-factory = Ujenzi au kiwanda
fl-sector-domestic = Kazi nyumbani kwa mtu
fl-sector-hospitality = Mgahawa, hoteli au usafi
fl-sector-entertainment-sex = Baa, masaji, burudani au biashara ya ngono
fl-sector-street = Kuuza au kuomba mtaani
fl-sector-other = Kazi nyingine
fl-wp-place = Mahali hapa pa kazi palikuwa wapi?
fl-place-this-country = Katika nchi hii
fl-place-other-country = Katika nchi nyingine
fl-place-at-sea = Baharini
fl-wp-current = Bado unafanya kazi pale?
fl-wp-ended = Kazi hii iliishaje?
fl-ended-left-freely = Niliondoka nilipotaka
fl-ended-escaped = Nililazimika kutoroka
fl-ended-sent-away = Nilifukuzwa
fl-wp-lived-there = Uliishi pia pale, au mahali alipochagua mwajiri?

fl-hours = Katika siku ya kawaida, unafanya kazi saa ngapi?
fl-hours-hint = Jumuisha muda wa kusubiri kuitwa, safari kati ya kazi na kazi nyumbani kwa mwajiri.
fl-hours-check = Andika idadi ya saa kati ya 0 na 24.
fl-day-off = Unapata angalau siku moja kamili ya kupumzika kila wiki?
fl-paid = Unalipwa kikamilifu kama ulivyoahidiwa?
fl-debt = Unadaiwa pesa na mwajiri wako, wakala au mtu anayehusiana nao?
fl-debt-grows = Je, deni hili linaendelea kuongezeka, au unahisi hutaweza kulilipa kamwe?
fl-conditions = Je, mahali unapofanya kazi au kulala ni hatari, pachafu au pamejaa watu sana?
fl-conditions-hint = Kwa mfano: hakuna kinga dhidi ya kemikali, hakuna choo wala maji, watu wengi katika chumba kimoja.

fl-documents = Je, una pasipoti au kitambulisho chako, au unaweza kukipata wakati wowote unapotaka?
fl-documents-hint = Kushika hati "kwa kuzihifadhi" kinyume na matakwa ya mtu pia kunahesabiwa.
fl-documents-holder = Nani ana hati zako sasa?
fl-holder-employer = Mwajiri au wakala
fl-holder-someone-else = Mtu mwingine
fl-holder-lost = Zimepotea, au sijawahi kuwa nazo
fl-can-leave = Ukitaka kuacha kumfanyia kazi mwajiri huyu, unaweza?
fl-leave-consequence = Unadhani nini kingetokea ungeondoka?
fl-consequence-threats = Mimi au familia yangu tungetishiwa
fl-consequence-violence = Ningeumizwa
fl-consequence-debt = Deni langu lingeongezeka au ningelipa faini
fl-consequence-report = Ningeripotiwa kwa polisi au uhamiaji
fl-consequence-lose-pay = Ningepoteza malipo ninayodai
fl-go-out = Usipokuwa kazini, unaweza kutoka peke yako?
fl-contact = Unaweza kuongea na familia au marafiki wako unapotaka?
fl-watched = Je, unafungiwa ndani, au unaangaliwa kila wakati, kazini au unapoishi?
fl-moved = Je, ulihamishwa kutoka mahali pa kazi moja hadi pengine bila kuulizwa?

fl-threatened = Je, kuna mtu aliyekutishia wewe au familia yako ili ufanye kazi au usiondoke?
fl-hurt = Je, kuna mtu kazini, au anayehusiana na kazi yako, aliyekupiga, kukuumiza au kukugusa kingono bila ridhaa yako?
fl-hurt-hint = Akijibu ndiyo, kwanza toa huduma ya matibabu. Usiulize maelezo usiyoyahitaji.

fl-sex-made = Je, kuna mtu aliyekulazimisha kufanya vitendo vya ngono, au kukutana na watu kwa ajili ya ngono, wakati hukutaka?
fl-sex-made-hint = Uliza faraghani tu. Weka sauti na uso wako kwa utulivu. Ndiyo moja inatosha: usiulize kilichotokea.
fl-sex-money = Je, mtu mwingine anachukua pesa zote au nyingi kutokana na hilo?

fl-vulnerable = Je, lolote kati ya haya linakuhusu? Chagua yote yanayofaa.
fl-vulnerable-no-papers = Sina vibali vya kuishi au kufanya kazi hapa
fl-vulnerable-language = Siongei vizuri lugha ya hapa
fl-vulnerable-dependants = Familia yangu inategemea pesa ninazotuma
fl-vulnerable-no-home = Sina mahali pa kuishi isipokuwa pale anaposema mwajiri
fl-vulnerable-none = Hakuna kati ya haya
fl-vulnerable-check = "Hakuna kati ya haya" haiwezi kuchaguliwa pamoja na majibu mengine.
fl-safe-tonight = Je, ni salama kwako kurudi usiku huu mahali unapolala?
fl-safe-tonight-hint = Akijibu hapana, usimwache aondoke peke yake: fuata hatua za dharura za usalama sasa hivi.
fl-anything-else = Kuna jambo lingine unalotaka kuniambia?
fl-text-check = Tafadhali fupisha maandishi (herufi 2000 zaidi).
fl-end = Asante kwa kuongea nami. Chochote utakachoamua, unaweza kurudi kwetu.
fl-end-hint = Pitia pamoja na mtu huyo hatua zinazopendekezwa. Kubalianeni jinsi ya kuwasiliana naye kwa usalama.

fl-act-always = Mpe mtu maelezo ya simu za msaada kwa namna ambayo ni salama kwake kuyatunza, na mkubaliane jinsi ya kuwasiliana kwa usalama.
fl-act-rights = Mweleze mtu haki zake kazini na mahali pa kupata ushauri (ukaguzi wa kazi, chama cha wafanyakazi au kikundi cha wafanyakazi).
fl-act-youth = Mtu huyu anaweza kuwa chini ya miaka 18: fuata utaratibu wako wa ulinzi wa mtoto na tumia uchunguzi wa vijana.
fl-act-caseworker = Kwa idhini yake, mpeleke mtu huyo kwa mhudumu wa kesi kwa tathmini kamili.
fl-act-forced-labour = Majibu yanaonyesha dalili za kazi ya kulazimishwa (hana uhuru wa kuondoka na yuko chini ya vitisho). Mpeleke kwa shirika linalopambana na usafirishaji haramu wa binadamu; husisha polisi kwa idhini yake tu, isipokuwa mtoto akiwa hatarini.
fl-act-sexual = Toa huduma ya afya ya siri na msaada maalum kuhusu unyonyaji wa kingono. Usimkabili kamwe mnyonyaji.
fl-act-child = Mtoto mwenye dalili za unyonyaji: wasiliana na huduma za ulinzi wa mtoto leo.
fl-act-urgent = Dalili nyingi nzito kwa pamoja: tengenezeni mpango wa usalama sasa na wasiliana na shirika maalum leo.
fl-act-safety = Mtu huyu si salama usiku huu: usimrudishe. Tafuta makazi ya dharura, na piga namba ya dharura kama yuko hatarini sasa hivi.
