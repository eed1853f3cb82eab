# Evaluare rapidă pentru tineri (questionnaires/youth_screen.toml).

ys-title = Evaluare rapidă pentru tineri
ys-section-about = Despre tine
ys-section-work = Muncă
ys-section-safety = Să te simți în siguranță
ys-intro = O să-ți pun câteva întrebări. Nu există răspunsuri greșite și poți spune „nu vreau să răspund” oricând.
ys-intro-hint = Așezați-vă la nivelul tânărului, în privat. Dacă un adult însoțitor insistă să rămână, notați și păstrați întrebările generale.
ys-age = Câți ani ai?
ys-age-check = Introdu o vârstă între 5 și 30.
ys-looks-young = Tânărul pare să aibă sub 18 ani?
ys-looks-young-hint = Impresia dumneavoastră; nu o spuneți cu voce tare. Dacă aveți îndoieli, răspundeți da.
ys-family = Locuiești cu părinții sau cu familia care are grijă de tine?
ys-works = Lucrezi pentru cineva din afara familiei, pentru bani sau pentru altceva?
ys-school = Te împiedică această muncă să mergi la școală?
ys-money-taken = Ia altcineva banii pe care îi câștigi?
ys-long-hours = Lucrezi noaptea, sau multe ore fără pauză?
ys-brought = Te-a adus cineva aici din alt oraș sau altă țară, și acum îți spune ce să faci?
ys-forced = Te obligă cineva să faci lucruri pe care nu vrei să le faci, sau te sperie pe tine sau familia ta?
ys-sexual = Ți-a cerut sau te-a obligat cineva să faci ceva sexual în schimbul banilor, mâncării, unui loc de dormit sau altceva?
ys-sexual-hint = Rămâneți calm oricare ar fi răspunsul. Nu cereți detalii: asta este treaba specialiștilor.
ys-safe-tonight = Ai un loc sigur unde să dormi în seara asta?
ys-act-follow-up = Tânărul nu locuiește cu familia: verificați cine are grijă de el și urmăriți situația.
ys-act-refer = Există semne de exploatare: împreună cu tânărul, contactați un serviciu specializat.
ys-act-specialist = Mai multe semne împreună: îndrumați astăzi către un serviciu specializat pentru copii și tineri.
ys-act-child-protection = Un copil cu semne de exploatare: contactați astăzi protecția copilului, conform procedurii dumneavoastră.
ys-act-urgent-child = Un copil care poate fi exploatat sexual: contactați acum protecția copilului. Nu-l lăsați să plece cu presupusul exploatator.
ys-act-safe-place = Niciun loc sigur în seara asta: găsiți acum un adăpost de urgență și sunați la numărul de urgență dacă tânărul este în pericol.
