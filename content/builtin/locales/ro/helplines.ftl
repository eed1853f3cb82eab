# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Deschis zi și noapte, în fiecare zi.
helpline-hours-check = Nu este deschis mereu. Verifică programul înainte să suni.
helpline-conf-confidential = Serviciul spune că ce le spui rămâne confidențial.
helpline-conf-anonymous = Nu trebuie să îți spui numele.
helpline-conf-emergency = Număr de urgență. Poate veni poliția sau o ambulanță.
helpline-conf-government = Este un serviciu al statului. Ce spui poate ajunge la autorități.
helpline-conf-unknown = Nu știm cine vede ce le spui.
helpline-uncertain = Nu am putut confirma acest număr. Poate fi greșit.
helpline-uncertain-details = Nu am putut confirma cine se ocupă de acest serviciu sau când e deschis. Verifică înainte să te bazezi pe el.
helpline-note-spoofing = Linia avertizează că unii escroci falsifică acest număr când sună. Ai încredere în el doar când suni tu.
helpline-note-from-mobile = Pentru apeluri de pe telefonul mobil.
helpline-note-from-landline = Pentru apeluri de pe telefonul fix.
helpline-note-from-abroad = Pentru apeluri din afara țării.
helpline-note-regional = Funcționează doar într-o parte a țării.
helpline-note-operator-varies = Se ocupă de el o altă organizație în fiecare țară; în unele, poliția.
helpline-note-bill = Nu apare pe factură, dar numărul rămâne în lista de apeluri a telefonului.
helpline-note-tourists = Poliția turistică. Vorbesc mai multe limbi.
helpline-note-may-call-emergency = Dacă ei cred că viața ta e în pericol imediat, pot chema serviciile de urgență.
helpline-note-languages-limited = Celelalte limbi nu sunt disponibile la orice oră.
