### Questionnaires : vérification d’un fichier et erreurs pendant un entretien.

## Erreurs d’expression

expr-error-unexpected-char = Ce caractère ne peut rien commencer dans une expression.
expr-error-unterminated-string = Ce texte n’a pas de { $quote } fermant.
expr-error-dollar = « $ » doit commencer une référence écrite ${"{"}nom{"}"}.
expr-error-bad-reference-name = Une référence a besoin d’un nom qui commence par une lettre ou « _ » et ne contient que des lettres, des chiffres, « _ », « - » et « . ».
expr-error-unclosed-reference = Cette référence n’a pas de « {"}"} » fermant.
expr-error-number-too-large = Ce nombre est trop grand.
expr-error-unsupported-xpath = La syntaxe XPath { $what } n’est pas prise en charge. Désignez les questions avec ${"{"}nom{"}"}.
expr-error-too-long = L’expression dépasse { $max } octets.
expr-error-empty = L’expression est vide.
expr-error-trailing = { $found } ne peut pas suivre une expression complète. Il manque peut-être un opérateur ou une « , ».
expr-error-too-deep = L’expression est imbriquée sur plus de { $max } niveaux.
expr-error-ends-early = L’expression s’arrête là où une valeur est attendue.
expr-error-expected = { $expected } attendu ici, { $found } trouvé.
expr-error-ends-before = L’expression s’arrête là où { $expected } est attendu.
expr-error-value-before = Il manque une valeur avant { $found }.
expr-error-bare-name = { $name } n’est pas un appel de fonction. Écrivez ${"{"}{ $name }{"}"} pour une question, ou '{ $name }' entre guillemets pour du texte.
expr-error-not-a-value = Une valeur est attendue ici, { $found } trouvé.
expr-error-unknown-function = { $name }() n’est pas une fonction prise en charge.
expr-error-repeat-as-value = Ici, il y a une réponse par bloc répété. Utilisez sum() ou count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} n’est pas une question ni un calcul de ce formulaire.
expr-error-arity = { $function }() prend { $expected } argument(s), pas { $got }.
expr-error-text-not-number = Ce texte n’est pas un nombre.
expr-error-arithmetic-on-choices = Calcul sur un choix multiple. Utilisez count-selected().
expr-error-compare-number-text = Un nombre est comparé à un texte qui n’est pas un nombre.
expr-error-compare-date-text = Une date est comparée à un texte qui n’est pas une date. Écrivez 'AAAA-MM-JJ'.
expr-error-compare-choices = Un choix multiple est comparé avec « = ». Utilisez selected().
expr-error-needs-choices = { $function }() demande ici un choix multiple.
expr-error-sum-needs-numbers = sum() demande ici des nombres.
expr-error-needs-repeat = { $function }() demande ici une question d’un bloc répété.

## Résultats de `waymark questionnaire check`

questionnaire-finding-too-large = Le fichier dépasse { $max } octets.
questionnaire-finding-toml = Ceci n’est pas valide ici : { $detail }
questionnaire-finding-not-a-message-id = Les champs de texte contiennent un identifiant de message (lettres, chiffres, - et _) des fichiers .ftl, pas le texte lui-même.
questionnaire-finding-bad-id = L’identifiant du questionnaire « { $name } » n’est pas un nom valide.
questionnaire-finding-bad-choice-name = Le choix « { $name } » n’est pas un nom valide.
questionnaire-finding-bad-section-id = L’identifiant de section « { $name } » n’est pas un nom valide.
questionnaire-finding-bad-question-name = Le nom de question « { $name } » n’est pas un nom valide.
questionnaire-finding-bad-indicator-id = L’identifiant d’indicateur « { $name } » n’est pas un nom valide.
questionnaire-finding-empty-list = La liste de choix { $list } est vide.
questionnaire-finding-duplicate-choice = Le choix { $choice } apparaît deux fois dans la liste { $list }.
questionnaire-finding-duplicate-section = La section { $id } est déclarée deux fois.
questionnaire-finding-unknown-section = La section { $id } n’existe pas.
questionnaire-finding-duplicate-name = Le nom { $name } est utilisé deux fois.
questionnaire-finding-unknown-type = Type de question inconnu « { $type } ». Utilisez yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement ou calculate.
questionnaire-finding-no-label = La question { $name } n’a pas de libellé (label).
questionnaire-finding-needs-choices = La question { $name } a besoin d’une liste de choix : choices = "liste".
questionnaire-finding-unknown-list = La liste de choix { $list } n’existe pas.
questionnaire-finding-choices-not-allowed = La question { $name } n’est pas une question à choix. Retirez `choices`.
questionnaire-finding-no-calculation = Le calcul { $name } n’a pas de `calculation`.
questionnaire-finding-calculation-in-repeat = Les calculs dans un bloc répété ne sont pas pris en charge. Calculez depuis l’extérieur avec sum() ou count().
questionnaire-finding-calculation-not-allowed = Seules les questions calculate ont une `calculation`.
questionnaire-finding-bad-default = La réponse par défaut de { $name } ne correspond pas à son type (ou n’est pas l’un de ses choix).
questionnaire-finding-required-no-answer = { $name } ne prend pas de réponse, elle ne peut donc pas être obligatoire.
questionnaire-finding-constraint-no-answer = Une question sans réponse ne peut pas avoir de contrainte.
questionnaire-finding-filter-not-allowed = Seules les questions à choix ont un choice_filter.
questionnaire-finding-unknown-column = Aucun choix de la liste n’a de colonne nommée { $column }.
questionnaire-finding-cycle = Des calculs dépendent les uns des autres en cercle : { $names }.
questionnaire-finding-duplicate-indicator = L’indicateur { $id } est déclaré deux fois.
questionnaire-finding-bad-strength = La force est weak, medium ou strong.
questionnaire-finding-bad-weight = Le poids doit être un nombre fini.
questionnaire-finding-unknown-indicator = L’indicateur { $id } n’est pas déclaré dans [[indicators]].
questionnaire-finding-bad-level = Le niveau est none, low, medium, high ou urgent.
questionnaire-finding-one-rule = Un résultat a exactement une règle parmi any_of, at_least, all_of_sets ou weight.
questionnaire-finding-bad-at-least = at_least.n doit être entre 1 et le nombre d’indicateurs de `of`.
questionnaire-finding-empty-sets = all_of_sets a besoin d’ensembles qui nomment chacun au moins un indicateur.
questionnaire-finding-bad-threshold = Le seuil doit être un nombre fini.
questionnaire-finding-unreachable = La question { $name } ne peut jamais s’afficher : son `relevant` ne peut jamais être vrai.
questionnaire-finding-unreachable-section = La question { $name } ne peut jamais s’afficher : le `relevant` de sa section ne peut jamais être vrai.
questionnaire-finding-missing-translation = Le message { $id } n’a pas de traduction en { $locale }.

## Erreurs pendant les réponses

questionnaire-error-invalid = Ce questionnaire a des problèmes ({ $count }).
questionnaire-error-unknown-question = Il n’y a pas de question nommée { $name }.
questionnaire-error-unknown-section = Il n’y a pas de section nommée { $id }.
questionnaire-error-not-answerable = { $name } ne prend pas de réponse.
questionnaire-error-not-relevant = La question { $name } n’est pas posée pour le moment.
questionnaire-error-wrong-type = Ce genre de réponse ne convient pas à la question { $name }.
questionnaire-error-not-a-choice = Ce n’est pas l’un des choix de { $name }.
questionnaire-error-too-long = La réponse à { $name } est trop longue.
questionnaire-error-constraint = Cette réponse à { $name } n’est pas acceptée. Vérifiez-la, s’il vous plaît.
questionnaire-error-required = La question { $name } a besoin d’une réponse. « Je ne sais pas » et « Je préfère ne pas répondre » sont aussi des réponses.
questionnaire-error-no-such-instance = { $name } n’a pas de bloc numéro { $number }.
questionnaire-error-at = { $name } : { $message }
questionnaire-error-at-block = { $name }, bloc { $number } : { $message }
questionnaire-error-no-current-question = Il n’y a plus de questions.
questionnaire-error-stopped = Ce questionnaire a été arrêté. Vous pouvez encore voir le résumé et le terminer.
questionnaire-error-finalized = Ce questionnaire est déjà terminé.
questionnaire-error-draft-not-found = Ce brouillon n’existe pas.
questionnaire-error-report-not-found = Ce rapport n’existe pas.
questionnaire-error-draft-mismatch = Ce brouillon appartient au questionnaire { $id } version { $version }, qui n’est pas disponible ici.
questionnaire-error-draft-damaged = Le brouillon enregistré est abîmé et ne peut pas être repris.

## Trouver les questionnaires

catalog-error-not-found = Il n’y a pas de questionnaire avec l’identifiant { $id }.
catalog-error-invalid = Le questionnaire { $id } a des problèmes ({ $count }).
catalog-error-id-mismatch = { $file } déclare l’identifiant { $id }, mais son nom de fichier en donne un autre.
catalog-error-texts = Les traductions de { $file } n’ont pas pu être lues. Détails : { $reason }
catalog-error-not-utf8 = { $file } n’est pas du texte UTF-8.
catalog-error-too-large = { $file } dépasse { $max } octets.
catalog-error-io = { $file } n’a pas pu être lu ({ $reason }).

## Résultats

risk-level-none = Aucun signe trouvé
risk-level-low = Faible
risk-level-medium = Moyen
risk-level-high = Élevé
risk-level-urgent = Urgent
strength-weak = faible
strength-medium = moyen
strength-strong = fort

## Indicateurs

indicator-abuse_of_vulnerability = Abus de vulnérabilité
indicator-deception = Tromperie
indicator-restriction_of_movement = Liberté de mouvement restreinte
indicator-isolation = Isolement
indicator-physical_and_sexual_violence = Violences physiques et sexuelles
indicator-intimidation_and_threats = Intimidation et menaces
indicator-retention_of_identity_documents = Papiers d’identité gardés par d’autres
indicator-withholding_of_wages = Salaire retenu
indicator-debt_bondage = Servitude pour dettes
indicator-abusive_working_and_living_conditions = Conditions de travail et de vie abusives
indicator-excessive_overtime = Heures supplémentaires excessives
indicator-deceptive_recruitment = Recrutement trompeur
indicator-coercive_recruitment = Recrutement sous la contrainte
indicator-sexual_exploitation = Exploitation sexuelle
indicator-child = Un enfant est concerné
