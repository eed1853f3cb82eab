# Entretien de repérage pour adultes (questionnaires/frontline_adult.toml).
# Les libellés sont lus à voix haute ; les indications (-hint) sont pour l’intervenant seulement.

fl-title = Entretien de repérage : travail et sécurité
fl-section-start = Avant de commencer
fl-section-recruitment = Comment vous avez trouvé ce travail
fl-section-workplaces = Vos lieux de travail
fl-section-conditions = Horaires, salaire et argent dû
fl-section-freedom = Votre liberté
fl-section-threats = Menaces et violences
fl-section-sexual = Exploitation sexuelle
fl-section-safety = Votre situation et votre sécurité

fl-intro = J’aimerais vous poser quelques questions sur votre travail et votre vie ici. Vous n’êtes obligé de répondre à aucune question, et vous pouvez arrêter à tout moment. Ce que vous me dites ne sera pas partagé sans votre accord, sauf si un enfant est en danger.
fl-intro-hint = Trouvez d’abord un endroit à l’abri des oreilles. Aucun employeur, agent ou accompagnateur ne doit entendre. Prenez un interprète choisi par la personne, jamais un proche de l’employeur.
fl-consent = Je comprends et j’accepte de répondre à ces questions.
fl-age = Quel âge avez-vous ?
fl-age-hint = Si la personne ne sait pas, notez « pas sûr ». Ne demandez ni date de naissance ni papiers.
fl-age-check = Saisissez un âge entre 10 et 110.
fl-working = Au cours des deux dernières années, avez-vous travaillé, payé ou non, ici ou dans un autre pays ?
fl-working-hint = Tout travail compte : dans une maison, dans un champ ou sur un bateau, dans un bar, dans la rue, ou le travail du sexe.

fl-paid-fee = Avez-vous payé quelqu’un pour obtenir ce travail ou pour voyager jusqu’à lui ?
fl-fee-owed = Devez-vous encore cet argent à l’employeur, à l’agent ou à quelqu’un qui leur est lié ?
fl-promised-different = Le travail, le salaire ou les conditions sont-ils très différents de ce qu’on vous avait dit avant de commencer ?
fl-pressured = Quelqu’un vous a-t-il forcé ou mis la pression pour accepter ce travail ou pour voyager ?

fl-wp-sector = Quel genre de travail faisiez-vous à cet endroit ?
fl-sector-farm-fishing = Ferme, pêche ou bateau
fl-sector-construction-factory = Chantier ou usine
fl-sector-domestic = Travail chez quelqu’un
fl-sector-hospitality = Restaurant, hôtel ou ménage
fl-sector-entertainment-sex = Bar, massage, spectacle ou travail du sexe
fl-sector-street = Vente ou mendicité dans la rue
fl-sector-other = Autre travail
fl-wp-place = Où se trouvait ce lieu de travail ?
fl-place-this-country = Dans ce pays
fl-place-other-country = Dans un autre pays
fl-place-at-sea = En mer
fl-wp-current = Travaillez-vous encore là-bas ?
fl-wp-ended = Comment ce travail s’est-il terminé ?
fl-ended-left-freely = Je suis parti quand je l’ai voulu
fl-ended-escaped = J’ai dû m’enfuir
fl-ended-sent-away = On m’a renvoyé
fl-wp-lived-there = Viviez-vous aussi sur place, ou dans un logement choisi par l’employeur ?

fl-hours = Un jour normal, combien d’heures travaillez-vous ?
fl-hours-hint = Comptez les heures d’astreinte, les trajets entre deux travaux et le travail chez l’employeur.
fl-hours-check = Saisissez un nombre d’heures entre 0 et 24.
fl-day-off = Avez-vous au moins un jour de repos complet par semaine ?
fl-paid = Êtes-vous payé tout ce qu’on vous avait promis ?
fl-debt = Devez-vous de l’argent à votre employeur, à un agent ou à quelqu’un qui leur est lié ?
fl-debt-grows = Cette dette continue-t-elle d’augmenter, ou avez-vous l’impression de ne jamais pouvoir la rembourser ?
fl-conditions = Les endroits où vous travaillez ou dormez sont-ils dangereux, sales ou très surpeuplés ?
fl-conditions-hint = Par exemple : aucune protection contre les produits chimiques, pas de toilettes ni d’eau, beaucoup de personnes dans une pièce.

fl-documents = Avez-vous votre passeport ou votre carte d’identité, ou pouvez-vous les récupérer quand vous voulez ?
fl-documents-hint = Garder les papiers « pour les mettre en sécurité » contre la volonté de la personne compte aussi.
fl-documents-holder = Qui a vos papiers maintenant ?
fl-holder-employer = L’employeur ou l’agent
fl-holder-someone-else = Quelqu’un d’autre
fl-holder-lost = Ils sont perdus, ou je n’en ai jamais eu
fl-can-leave = Si vous vouliez arrêter de travailler pour cet employeur, le pourriez-vous ?
fl-leave-consequence = Que se passerait-il, selon vous, si vous partiez ?
fl-consequence-threats = Moi ou ma famille serions menacés
fl-consequence-violence = On me ferait du mal
fl-consequence-debt = Ma dette augmenterait ou je devrais payer une pénalité
fl-consequence-report = On me dénoncerait à la police ou aux services d’immigration
fl-consequence-lose-pay = Je perdrais le salaire qu’on me doit
fl-go-out = Quand vous ne travaillez pas, pouvez-vous sortir seul ?
fl-contact = Pouvez-vous parler à votre famille ou à vos amis quand vous le voulez ?
fl-watched = Êtes-vous enfermé, ou surveillé en permanence, au travail ou là où vous vivez ?
fl-moved = Vous a-t-on déplacé d’un lieu de travail à un autre sans vous demander votre avis ?

fl-threatened = Quelqu’un vous a-t-il menacé, vous ou votre famille, pour vous faire travailler ou vous empêcher de partir ?
fl-hurt = Quelqu’un au travail, ou lié à votre travail, vous a-t-il frappé, blessé ou touché sexuellement contre votre volonté ?
fl-hurt-hint = Si oui, proposez d’abord des soins médicaux. Ne demandez pas de détails inutiles.

fl-sex-made = Quelqu’un vous a-t-il obligé à avoir des actes sexuels, ou à rencontrer des gens pour du sexe, alors que vous ne le vouliez pas ?
fl-sex-made-hint = Ne posez cette question qu’en privé. Gardez une voix et un visage calmes. Un oui suffit : ne demandez pas ce qui s’est passé.
fl-sex-money = Quelqu’un d’autre prend-il tout ou presque tout l’argent ?

fl-vulnerable = Une de ces situations vous concerne-t-elle ? Choisissez toutes celles qui conviennent.
fl-vulnerable-no-papers = Je n’ai pas de papiers pour rester ou travailler ici
fl-vulnerable-language = Je parle mal la langue d’ici
fl-vulnerable-dependants = Ma famille dépend de l’argent que j’envoie
fl-vulnerable-no-home = Je n’ai pas d’autre logement que celui imposé par l’employeur
fl-vulnerable-none = Aucune de ces situations
fl-vulnerable-check = « Aucune de ces situations » ne peut pas être choisie avec d’autres réponses.
fl-safe-tonight = Pouvez-vous sans danger retourner ce soir là où vous dormez ?
fl-safe-tonight-hint = Si non, ne laissez pas la personne repartir seule : suivez tout de suite les mesures de sécurité urgentes.
fl-anything-else = Voulez-vous me dire autre chose ?
fl-text-check = Raccourcissez ce texte (2000 caractères au plus).
fl-end = Merci d’avoir parlé avec moi. Quoi que vous décidiez, vous pouvez revenir vers nous.
fl-end-hint = Passez en revue les étapes recommandées avec la personne. Convenez d’un moyen sûr de la recontacter.

fl-act-always = Donnez les coordonnées de lignes d’aide sous une forme que la personne peut garder sans danger, et convenez d’un moyen sûr de la joindre.
fl-act-rights = Expliquez à la personne ses droits au travail et où trouver des conseils (inspection du travail, syndicat ou association de travailleurs).
fl-act-youth = La personne a peut-être moins de 18 ans : suivez votre procédure de protection de l’enfance et utilisez le repérage jeunes.
fl-act-caseworker = Avec son accord, orientez la personne vers un travailleur social pour une évaluation complète.
fl-act-forced-labour = Les réponses montrent des signes de travail forcé (pas libre de partir et sous la menace). Orientez vers une organisation de lutte contre la traite ; n’impliquez la police qu’avec l’accord de la personne, sauf si un enfant est en danger.
fl-act-sexual = Proposez des soins confidentiels et un soutien spécialisé en exploitation sexuelle. Ne confrontez jamais l’exploiteur.
fl-act-child = Un mineur avec des signes d’exploitation : contactez aujourd’hui les services de protection de l’enfance.
fl-act-urgent = Beaucoup de signes graves ensemble : faites dès maintenant un plan de sécurité avec la personne et contactez aujourd’hui une organisation spécialisée.
fl-act-safety = La personne n’est pas en sécurité ce soir : ne la renvoyez pas. Trouvez un hébergement d’urgence, et appelez le numéro d’urgence si elle est en danger immédiat.
