# Interviu de identificare pentru adulți (questionnaires/frontline_adult.toml).
# Etichetele se citesc cu voce tare; indicațiile (-hint) sunt doar pentru intervievator.

fl-title = Interviu de identificare: muncă și siguranță
fl-section-start = Înainte să începem
fl-section-recruitment = Cum ați obținut această muncă
fl-section-workplaces = Locurile dumneavoastră de muncă
fl-section-conditions = Ore, plată și bani datorați
fl-section-freedom = Libertatea dumneavoastră
fl-section-threats = Amenințări și vătămări
fl-section-sexual = Exploatare sexuală
fl-section-safety = Situația și siguranța dumneavoastră

fl-intro = Aș vrea să vă pun câteva întrebări despre munca și viața dumneavoastră aici. Nu sunteți obligat să răspundeți la nicio întrebare și vă puteți opri oricând. Ce îmi spuneți nu va fi împărtășit fără acordul dumneavoastră, cu excepția cazului în care un copil este în pericol.
fl-intro-hint = Găsiți mai întâi un loc retras. Niciun angajator, agent sau însoțitor nu trebuie să audă. Folosiți un interpret ales de persoană, niciodată unul legat de angajator.
fl-consent = Înțeleg și sunt de acord să răspund la aceste întrebări.
fl-age = Câți ani aveți?
fl-age-hint = Dacă nu știe, notați „nu sunt sigur”. Nu cereți data nașterii sau acte.
fl-age-check = Introduceți o vârstă între 10 și 110.
fl-working = În ultimii doi ani, ați muncit, plătit sau neplătit, aici sau în altă țară?
fl-working-hint = Orice muncă se pune: într-o casă, la fermă sau pe un vas, într-un bar, pe stradă sau munca sexuală.

fl-paid-fee = Ați plătit pe cineva ca să obțineți această muncă sau ca să călătoriți până acolo?
fl-fee-owed = Mai datorați acei bani angajatorului, agentului sau cuiva legat de ei?
fl-promised-different = Munca, plata sau condițiile sunt foarte diferite de ce vi s-a spus înainte să începeți?
fl-pressured = V-a forțat sau v-a presat cineva să acceptați această muncă sau să călătoriți?

fl-wp-sector = Ce fel de muncă era la acest loc?
fl-sector-farm-fishing = Fermă, pescuit sau vas
fl-sector-construction-factory = Șantier sau fabrică
fl-sector-domestic = Muncă în casa cuiva
fl-sector-hospitality = Restaurant, hotel sau curățenie
fl-sector-entertainment-sex = Bar, masaj, divertisment sau muncă sexuală
fl-sector-street = Vânzare sau cerșit pe stradă
fl-sector-other = Altă muncă
fl-wp-place = Unde era acest loc de muncă?
fl-place-this-country = În această țară
fl-place-other-country = În altă țară
fl-place-at-sea = Pe mare
fl-wp-current = Mai lucrați acolo?
fl-wp-ended = Cum s-a terminat această muncă?
fl-ended-left-freely = Am plecat când am vrut
fl-ended-escaped = A trebuit să fug
fl-ended-sent-away = Am fost dat afară
fl-wp-lived-there = Locuiați tot acolo, sau într-un loc ales de angajator?

fl-hours = Într-o zi obișnuită, câte ore lucrați?
fl-hours-hint = Includeți timpul de gardă, drumurile între locuri de muncă și munca în casa angajatorului.
fl-hours-check = Introduceți un număr de ore între 0 și 24.
fl-day-off = Aveți cel puțin o zi liberă întreagă pe săptămână?
fl-paid = Sunteți plătit integral cât vi s-a promis?
fl-debt = Datorați bani angajatorului, unui agent sau cuiva legat de ei?
fl-debt-grows = Această datorie tot crește, sau simțiți că nu o veți putea plăti niciodată?
fl-conditions = Locurile unde lucrați sau dormiți sunt periculoase, murdare sau foarte aglomerate?
fl-conditions-hint = De exemplu: fără protecție față de substanțe chimice, fără toaletă sau apă, mulți oameni într-o cameră.

fl-documents = Aveți pașaportul sau actul de identitate, sau le puteți lua oricând doriți?
fl-documents-hint = Păstrarea actelor „pentru siguranță” împotriva voinței persoanei se pune și ea.
fl-documents-holder = Cine are acum actele dumneavoastră?
fl-holder-employer = Angajatorul sau agentul
fl-holder-someone-else = Altcineva
fl-holder-lost = S-au pierdut, sau nu am avut niciodată
fl-can-leave = Dacă ați vrea să nu mai lucrați pentru acest angajator, ați putea?
fl-leave-consequence = Ce credeți că s-ar întâmpla dacă ați pleca?
fl-consequence-threats = Eu sau familia mea am fi amenințați
fl-consequence-violence = Mi s-ar face rău
fl-consequence-debt = Datoria mea ar crește sau ar trebui să plătesc o penalitate
fl-consequence-report = Aș fi denunțat la poliție sau la imigrări
fl-consequence-lose-pay = Aș pierde banii care mi se datorează
fl-go-out = Când nu lucrați, puteți ieși singur?
fl-contact = Puteți vorbi cu familia sau prietenii când doriți?
fl-watched = Sunteți încuiat sau supravegheat tot timpul, la muncă sau unde locuiți?
fl-moved = Ați fost mutat de la un loc de muncă la altul fără să fiți întrebat?

fl-threatened = V-a amenințat cineva pe dumneavoastră sau familia, ca să vă facă să munciți sau să nu plecați?
fl-hurt = V-a lovit, v-a rănit sau v-a atins sexual împotriva voinței cineva de la muncă sau legat de munca dumneavoastră?
fl-hurt-hint = Dacă da, oferiți mai întâi îngrijire medicală. Nu cereți detalii de care nu aveți nevoie.

fl-sex-made = V-a obligat cineva să faceți acte sexuale, sau să vă întâlniți cu oameni pentru sex, când nu ați vrut?
fl-sex-made-hint = Întrebați doar în privat. Păstrați vocea și fața calme. Un da este de ajuns: nu întrebați ce s-a întâmplat.
fl-sex-money = Ia altcineva toți sau cei mai mulți bani din asta?

fl-vulnerable = Vi se potrivește ceva din acestea? Alegeți tot ce se potrivește.
fl-vulnerable-no-papers = Nu am acte ca să stau sau să muncesc aici
fl-vulnerable-language = Nu vorbesc bine limba de aici
fl-vulnerable-dependants = Familia mea depinde de banii pe care îi trimit
fl-vulnerable-no-home = Nu am unde să locuiesc decât unde spune angajatorul
fl-vulnerable-none = Niciuna dintre acestea
fl-vulnerable-check = „Niciuna dintre acestea” nu poate fi aleasă împreună cu alte răspunsuri.
fl-safe-tonight = Este sigur pentru dumneavoastră să vă întoarceți diseară unde dormiți?
fl-safe-tonight-hint = Dacă nu, nu lăsați persoana să plece singură: urmați acum pașii urgenți de siguranță.
fl-anything-else = Mai este ceva ce vreți să-mi spuneți?
fl-text-check = Scrieți un text mai scurt (cel mult 2000 de caractere).
fl-end = Vă mulțumesc că ați vorbit cu mine. Orice ați decide, puteți reveni la noi.
fl-end-hint = Treceți împreună cu persoana prin pașii recomandați. Stabiliți cum o puteți contacta în siguranță.

fl-act-always = Oferiți datele liniilor de ajutor într-o formă pe care persoana o poate păstra fără pericol și stabiliți cum o puteți contacta în siguranță.
fl-act-rights = Explicați persoanei drepturile sale la muncă și unde poate cere sfaturi (inspecția muncii, sindicat sau grup de lucrători).
fl-act-youth = Persoana poate avea sub 18 ani: urmați procedura de protecție a copilului și folosiți evaluarea pentru tineri.
fl-act-caseworker = Cu acordul persoanei, îndrumați-o către un asistent social pentru o evaluare completă.
fl-act-forced-labour = Răspunsurile arată semne de muncă forțată (nu este liberă să plece și este amenințată). Îndrumați către o organizație împotriva traficului; implicați poliția doar cu acordul persoanei, cu excepția cazului în care un copil este în pericol.
fl-act-sexual = Oferiți îngrijire medicală confidențială și sprijin specializat pentru exploatare sexuală. Nu confruntați niciodată exploatatorul.
fl-act-child = Un minor cu semne de exploatare: contactați astăzi serviciile de protecție a copilului.
fl-act-urgent = Multe semne grave împreună: faceți acum un plan de siguranță cu persoana și contactați astăzi o organizație specializată.
fl-act-safety = Persoana nu este în siguranță diseară: nu o trimiteți înapoi. Găsiți un adăpost de urgență și sunați la numărul de urgență dacă este în pericol imediat.
