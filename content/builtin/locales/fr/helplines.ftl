# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Ouvert jour et nuit, tous les jours.
helpline-hours-check = Pas toujours ouvert. Vérifiez les horaires avant d'appeler.
helpline-conf-confidential = Le service dit que ce que vous dites reste privé.
helpline-conf-anonymous = Vous n'avez pas à donner votre nom.
helpline-conf-emergency = Numéro d'urgence. La police ou une ambulance peut venir.
helpline-conf-government = Service de l'État. Ce que vous dites peut être transmis aux autorités.
helpline-conf-unknown = Nous ne savons pas qui voit ce que vous dites.
helpline-uncertain = Nous n'avons pas pu confirmer ce numéro. Il peut être faux.
helpline-uncertain-details = Nous n'avons pas pu confirmer qui gère ce service ni ses horaires. Vérifiez avant de compter dessus.
helpline-note-spoofing = La ligne prévient que des escrocs imitent ce numéro quand ils appellent. Faites-lui confiance seulement quand c'est vous qui appelez.
helpline-note-from-mobile = Pour appeler depuis un portable.
helpline-note-from-landline = Pour appeler depuis un téléphone fixe.
helpline-note-from-abroad = Pour appeler depuis l'étranger.
helpline-note-regional = Ne fonctionne que dans une partie du pays.
helpline-note-operator-varies = Géré par une organisation différente dans chaque pays, parfois par la police.
helpline-note-bill = N'apparaît pas sur la facture, mais le numéro reste dans la liste des appels du téléphone.
helpline-note-tourists = Police touristique. On y parle plusieurs langues.
helpline-note-may-call-emergency = S'ils pensent que votre vie est en danger immédiat, ils peuvent appeler les secours.
helpline-note-languages-limited = Les autres langues ne sont pas disponibles à toute heure.
