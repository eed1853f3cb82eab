# Repérage rapide jeunes (questionnaires/youth_screen.toml).

ys-title = Repérage rapide jeunes
ys-section-about = À propos de toi
ys-section-work = Travail
ys-section-safety = Te sentir en sécurité
ys-intro = Je vais te poser quelques questions. Il n’y a pas de mauvaise réponse, et tu peux dire « je ne veux pas répondre » à tout moment.
ys-intro-hint = Asseyez-vous à la hauteur du jeune, en privé. Si un adulte qui l’accompagne insiste pour rester, notez-le et restez sur des questions générales.
ys-age = Quel âge as-tu ?
ys-age-check = Saisis un âge entre 5 et 30.
ys-looks-young = Le jeune paraît-il avoir moins de 18 ans ?
ys-looks-young-hint = Votre propre impression ; ne le dites pas à voix haute. En cas de doute, répondez oui.
ys-family = Vis-tu avec tes parents ou avec la famille qui s’occupe de toi ?
ys-works = Travailles-tu pour quelqu’un en dehors de ta famille, pour de l’argent ou pour autre chose ?
ys-school = Ce travail t’empêche-t-il d’aller à l’école ?
ys-money-taken = Quelqu’un d’autre prend-il l’argent que tu gagnes ?
ys-long-hours = Travailles-tu la nuit, ou pendant de longues heures sans pause ?
ys-brought = Quelqu’un t’a-t-il amené ici d’une autre ville ou d’un autre pays, et te dit maintenant quoi faire ?
ys-forced = Quelqu’un t’oblige-t-il à faire des choses que tu ne veux pas faire, ou te fait-il peur, à toi ou à ta famille ?
ys-sexual = Quelqu’un t’a-t-il demandé ou obligé de faire quelque chose de sexuel en échange d’argent, de nourriture, d’un endroit où dormir ou d’autre chose ?
ys-sexual-hint = Restez calme quelle que soit la réponse. Ne demandez pas de détails : c’est le rôle des spécialistes.
ys-safe-tonight = As-tu un endroit sûr où dormir ce soir ?
ys-act-follow-up = Le jeune ne vit pas avec sa famille : vérifiez qui s’occupe de lui et assurez un suivi.
ys-act-refer = Il y a des signes d’exploitation : avec le jeune, contactez un service spécialisé.
ys-act-specialist = Plusieurs signes ensemble : orientez aujourd’hui vers un service spécialisé pour les enfants et les jeunes.
ys-act-child-protection = Un enfant avec des signes d’exploitation : contactez aujourd’hui la protection de l’enfance, selon votre procédure.
ys-act-urgent-child = Un enfant peut-être exploité sexuellement : contactez la protection de l’enfance maintenant. Ne le laissez pas repartir avec l’exploiteur présumé.
ys-act-safe-place = Pas d’endroit sûr ce soir : trouvez tout de suite un hébergement d’urgence, et appelez le numéro d’urgence si le jeune est en danger.
