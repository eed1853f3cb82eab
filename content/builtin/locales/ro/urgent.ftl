### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = Am nevoie de ajutor acum
urgent-heard-you = Ce ai scris mă îngrijorează. Siguranța ta este pe primul loc.
urgent-start = Ești în pericol chiar acum?
urgent-danger-now = Da, sunt în pericol acum
urgent-not-right-now = Nu chiar acum
urgent-leave-app = Ieși repede din această aplicație
urgent-emergency-first = Dacă poți, sună acum la un număr de urgență. Nu trebuie să explici totul: spune unde ești și că ai nevoie de ajutor.
urgent-no-country = Nu știm în ce țară ești, așa că nu putem arăta numere locale. În multe țări poți suna la 112 de pe orice telefon mobil.
urgent-cant-speak = Nu pot vorbi în siguranță
urgent-cant-speak-info = Dacă nu poți vorbi, unele servicii primesc mesaje text. Trimite unul doar dacă e sigur și șterge-l apoi dacă cineva îți verifică telefonul.
urgent-safety-steps = Ce pot face chiar acum?
urgent-steps-intro = Câteva lucruri care pot ajuta acum:
urgent-tip-public-place = Dacă poți, mergi într-un loc cu alți oameni în jur, cum ar fi un magazin, un spital sau o autogară.
urgent-tip-trusted-person = Spune-i cuiva în care ai încredere unde ești.
urgent-tip-hide-app = Dacă vine cineva, poți ieși imediat din aplicație cu butonul de ieșire.
urgent-show-numbers = Arată-mi din nou numerele
urgent-done = Am ce îmi trebuie
urgent-not-now = Mă bucur că nu ești în pericol acum. Aceste servicii te pot ajuta când ești pregătit sau pregătită. Multe sunt gratuite și nu trebuie să-ți spui numele.
urgent-be-ready = Ajută-mă să fiu pregătit
urgent-steps-later = Iată trei pași care te pot ajuta să fii pregătit. I-am adăugat în planul tău de siguranță.
urgent-plan-number = Învață pe de rost un număr de urgență.
urgent-plan-documents = Dacă poți, păstrează o poză a pașaportului sau a actului de identitate într-un loc sigur sau la cineva de încredere.
urgent-plan-code-word = Stabilește un cuvânt-cod cu cineva de încredere, ca să poți cere ajutor fără ca alții să știe.
urgent-end = Poți reveni aici oricând. Această conversație rămâne încuiată pe acest telefon și o poți șterge oricând vrei.

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = Mulțumesc că mi-ai spus. Se pare că treci acum prin ceva foarte dureros.
urgent-crisis-not-alone = Nu ești singur sau singură. Mulți oameni s-au simțit așa, și să vorbești cu cineva poate ajuta. Meriți sprijin.
urgent-crisis-talk-now = Poți vorbi cu cineva chiar acum. Oamenii de la aceste servicii sunt acolo ca să te asculte. Nu trebuie să explici totul.
urgent-crisis-not-safe = S-ar putea să nu fiu în siguranță acum
urgent-crisis-emergency = Dacă simți că ai putea acționa curând după aceste gânduri, sună acum la un număr de urgență sau mergi la urgențele unui spital. Dacă poți, stai cu altă persoană până vine ajutorul.
urgent-crisis-cant-call = Nu pot vorbi la telefon
urgent-crisis-cant-call-info = Dacă e prea greu să vorbești, unele servicii răspund la mesaje text. Poți să ceri și unei persoane de încredere să sune împreună cu tine sau în locul tău.
urgent-crisis-get-through = Ce mă poate ajuta chiar acum?
urgent-crisis-steps-intro = Câteva lucruri care pot ajuta acum:
urgent-crisis-tip-people = Dacă poți, stai cu cineva sau mergi într-un loc unde sunt și alți oameni.
urgent-crisis-tip-distance = Dacă poți, îndepărtează-te de orice ai putea folosi ca să îți faci rău.
urgent-crisis-tip-moment = Sentimentele atât de puternice se pot domoli. Deocamdată e de ajuns să treci de următoarele minute.
urgent-crisis-plan-line = Păstrează numărul unei linii de criză unde îl găsești repede.
urgent-crisis-other-danger = În plus, cineva îmi face rău sau mă controlează
urgent-crisis-show-numbers = Arată-mi cu cine pot vorbi
urgent-crisis-done = Deocamdată am ce îmi trebuie
urgent-crisis-no-country = Nu știm în ce țară ești, așa că nu putem arăta o linie de criză locală. Dacă viața ta e în pericol, sună la un număr de urgență: în multe țări, 112 funcționează de pe orice telefon mobil.
urgent-crisis-end = Mă bucur că ai scris. Poți reveni aici oricând, zi sau noapte. Dacă aceste gânduri revin, te rog să vorbești cu cineva: nu trebuie să treci singur sau singură prin asta.
