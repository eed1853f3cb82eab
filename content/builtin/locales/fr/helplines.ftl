# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Ouvert jour et nuit, tous les jours.
helpline-hours-check = Pas toujours ouvert. Vérifiez les horaires avant d'appeler.
helpline-conf-confidential = Le service dit que ce que vous dites reste privé.
helpline-conf-anonymous = Vous n'avez pas à donner votre nom.
helpline-conf-emergency = Numéro d'urgence. La police ou une ambulance peut venir.
helpline-conf-government = Service de l'État. Ce que vous dites peut être transmis aux autorités.
helpline-conf-unknown = Nous ne savons pas qui voit ce que vous dites.
helpline-uncertain = Nous n'avons pas pu confirmer ce numéro. Il peut être faux.
