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
