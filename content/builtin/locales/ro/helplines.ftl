# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Deschis zi și noapte, în fiecare zi.
helpline-hours-check = Nu este deschis mereu. Verifică programul înainte să suni.
helpline-conf-confidential = Serviciul spune că ce le spui rămâne confidențial.
helpline-conf-anonymous = Nu trebuie să îți spui numele.
helpline-conf-emergency = Număr de urgență. Poate veni poliția sau o ambulanță.
helpline-conf-government = Este un serviciu al statului. Ce spui poate ajunge la autorități.
helpline-conf-unknown = Nu știm cine vede ce le spui.
helpline-uncertain = Nu am putut confirma acest număr. Poate fi greșit.
