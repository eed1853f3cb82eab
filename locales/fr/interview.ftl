### Commandes questionnaire et entretien du terminal.

## waymark questionnaire

cli-questionnaire-check-clean = { $file } : aucun problème trouvé.
cli-questionnaire-check-failed = Fichiers avec des problèmes : { $count } sur { $total }.
cli-questionnaire-source-builtin = intégré
cli-questionnaire-source-pack = paquet { $pack_id }
cli-questionnaire-list-none = Aucun questionnaire n’est disponible.

## waymark interview

cli-interview-started = { $title }. Chaque réponse est enregistrée, chiffrée, dès qu’elle est donnée (brouillon { $draft }).
cli-interview-resumed = { $title } : on reprend là où vous vous étiez arrêté.
cli-interview-need-source = Indiquez un identifiant de questionnaire ou --file.
cli-interview-cmd-back = retour
cli-interview-cmd-review = revoir
cli-interview-cmd-stop = arrêter
cli-interview-cmd-quit = quitter
cli-interview-cmd-help = aide
cli-interview-cmd-go = aller
cli-interview-commands = Répondez avec le numéro ou les mots de votre réponse. Vous pouvez aussi taper : { $back } (question précédente), { $review } (voir vos réponses), { $stop } (arrêter ici), { $quit } (partir maintenant et continuer plus tard), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Pour la personne qui interroge : { $hint }
cli-interview-kind-integer = (un nombre entier)
cli-interview-kind-decimal = (un nombre)
cli-interview-kind-date = (une date, écrite AAAA-MM-JJ)
cli-interview-kind-text = (tapez la réponse, puis Entrée)
cli-interview-kind-multiple = (un ou plusieurs numéros, séparés par des virgules)
cli-interview-kind-note = (appuyez sur Entrée pour continuer)
cli-interview-kind-optional = (Entrée sans réponse pour passer cette question)
cli-interview-current-answer = Réponse actuelle : { $answer }
cli-interview-not-understood = Désolé, cette réponse n’a pas été comprise. Réessayez, s’il vous plaît.
cli-interview-repeat-offer = Ajouter { $title } ({ $number }) ? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Vos réponses :
cli-interview-review-item = { $number }. { $question } : { $answer }
cli-interview-review-unanswered = (pas de réponse)
cli-interview-review-go = Pour changer une réponse, tapez { $go } et son numéro, par exemple : { $go } 2
cli-interview-review-hidden = Les réponses sont privées : la personne n’a pas accepté de les montrer.
cli-interview-stopped = Arrêté ici. Plus aucune question ne sera posée.
cli-interview-end = C’était la dernière question.
cli-interview-left = Les réponses sont enregistrées. Pour continuer plus tard : waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Voulez-vous que l’intervenant voie vos réponses ? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Merci. Rendez le téléphone maintenant, s’il vous plaît.
cli-interview-finalize-ask = Terminer maintenant et enregistrer le rapport ? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = Le rapport { $report } est enregistré dans le coffre. Il ne contient que les réponses aux questions posées.
cli-interview-answer-saved = Réponse enregistrée.
cli-interview-answers-file = Le fichier de réponses n’a pas pu être lu. Détails : { $reason }
cli-interview-answers-unknown = Le fichier de réponses nomme { $name }, qui n’est pas une question ni une section répétée de ce questionnaire (ou pas une qui est posée ici).
cli-interview-answers-not-list = { $name } est une section répétée : donnez-lui une liste de blocs ([[{ $name }]] en TOML).

## Résumé

cli-interview-summary-title = Résumé : { $title }
cli-interview-summary-risk = Résultat : { $risk }
cli-interview-summary-indicators = Signes trouvés :
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = Aucun signe n’a été trouvé dans ces réponses.
cli-interview-summary-actions = Prochaines étapes conseillées :
cli-interview-summary-options = Ce que vous pourriez faire :
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Contacter une ligne d’écoute :
cli-interview-summary-helplines-country = - Contacter une ligne d’écoute. Ajoutez le pays de la personne (par exemple --country TH) pour voir les bons numéros.
cli-interview-summary-helplines-none = - Contacter une ligne d’écoute. L’annuaire n’a pas encore de ligne pour ce pays.
cli-interview-summary-progress = Réponses : { $answered } sur { $relevant } questions.
cli-interview-summary-stopped = Le questionnaire a été arrêté avant la fin.
cli-interview-summary-answers-hidden = Les réponses sont privées : la personne n’a pas accepté de les montrer.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Il n’y a pas de brouillon.
cli-interview-mode-interviewer = entretien
cli-interview-mode-self = auto-évaluation
cli-interview-mode-handover = remise du téléphone
