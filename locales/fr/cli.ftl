### L’application de terminal waymark. Traduction assistée par machine ; relecture native nécessaire.

## Codes

cli-prompt-passcode = Code :
cli-prompt-new-passcode = Nouveau code :
cli-prompt-duress-passcode = Code d’urgence :
cli-prompt-again = Tapez-le encore une fois :
cli-passcode-mismatch = Les deux codes sont différents. Rien n’a été changé.
cli-no-terminal = Pas de terminal pour demander le code. Définissez WAYMARK_PASSCODE (et WAYMARK_NEW_PASSCODE ou WAYMARK_DURESS_PASSCODE quand ils sont demandés).

## waymark vault

cli-vault-created = Coffre créé. Il est fermé. Seul votre code l’ouvre.
cli-vault-unlocked = Code accepté. Le coffre s’est ouvert, et il est de nouveau fermé.
cli-vault-locked = Le coffre est fermé. Waymark ne le laisse jamais ouvert après une commande.
cli-vault-status-none = Il n’y a pas de coffre dans ce dossier.
cli-vault-status-wipe =
    Un coffre est ici. Il est fermé.
    Codes incorrects depuis la dernière ouverture : { $failed }.
    Il est effacé après ce nombre de codes incorrects d’affilée : { $limit }.
cli-vault-status-no-wipe =
    Un coffre est ici. Il est fermé.
    Codes incorrects depuis la dernière ouverture : { $failed }.
    Les codes incorrects ne l’effacent jamais.
cli-vault-passcode-changed = Code changé.
cli-vault-duress-removed = Code d’urgence supprimé.
cli-vault-duress-set = Code d’urgence enregistré. L’ouvrir avec ce code détruit ce coffre et en ouvre un vide.
cli-vault-wipe-after-invalid = Donnez un nombre d’essais (1 ou plus), ou "off".
cli-vault-wipe-after-set = Le coffre sera effacé après ce nombre de codes incorrects d’affilée : { $limit }.
cli-vault-wipe-after-off = Les codes incorrects n’effaceront plus le coffre.
cli-vault-nothing-wiped = Rien n’a été effacé.
cli-vault-wiped = Le coffre est détruit. Ses fichiers ont disparu et personne ne peut les déchiffrer.
cli-vault-confirm-needed = Ajoutez --yes pour effacer sans question.
cli-vault-confirm-word = oui
cli-vault-confirm-wipe = Détruire ce coffre pour toujours ? Tapez { $word } :
cli-error-read-answer = Impossible de lire la réponse.

## waymark journal

cli-journal-stdin-failed = Impossible de lire la note sur l’entrée standard.
cli-journal-edited = (modifiée)
cli-journal-saved = Enregistrée comme note n° { $id }.
cli-journal-empty = Le journal est vide.
cli-journal-changed = Note n° { $id } modifiée.
cli-journal-deleted = Note n° { $id } supprimée.

## waymark locales

cli-locales-lint-clean = Aucun problème. Langues : { $locales }. Fichiers : { $files }.
cli-locales-lint-failed = Problèmes trouvés : { $count }.
cli-direction-ltr = de gauche à droite
cli-direction-rtl = de droite à gauche
cli-status-source = texte source
cli-status-machine-assisted = assistée par machine, relecture native nécessaire
cli-status-native-reviewed = relue par une personne de langue maternelle

## waymark demo

cli-error-temp-folder = Impossible de créer un dossier temporaire.
cli-error-read-vault-file = Impossible de lire un fichier du coffre.
cli-demo-step-1-title = 1. Créer un coffre
cli-demo-step-1 =
    Un coffre est un endroit chiffré dans le téléphone. Nous en créons un dans un dossier temporaire.
    Il est protégé par le code { $passcode }. Transformer un code en clé prend
    un moment exprès : cela rend les devinettes lentes.
cli-demo-step-2-title = 2. Écrire dans le journal privé
cli-demo-step-2 = Une personne note ce qui lui arrive, avec la date :
cli-demo-note-1 = Le patron a encore gardé mon passeport aujourd’hui
cli-demo-note-2 = Pas payé depuis 3 semaines. Il dit que je lui dois 900 pour la chambre
cli-demo-note-3 = Enfermés dans le dortoir après le travail
cli-demo-step-3-title = 3. Regarder les fichiers
cli-demo-step-3 = Le coffre est fermé. Voici tous ses fichiers sur le disque :
cli-demo-search-clean = Nous avons cherché les mots des notes dans chaque octet de ces fichiers. Ils n’y sont pas.
cli-demo-search-found = Nous avons cherché les mots des notes dans chaque octet de ces fichiers. TROUVÉS. Cela ne devrait jamais arriver.
cli-demo-step-4-title = 4. Quelqu’un essaie de deviner le code
cli-demo-step-4 =
    Essai de { $guess } : "{ $answer }"
    Ce coffre s’efface tout seul après ce nombre d’erreurs d’affilée : { $limit }.
    Le compte reste même quand le téléphone redémarre.
cli-demo-step-5-title = 5. Changer le code
cli-demo-step-5 =
    Le code est maintenant { $passcode }. Seul le petit fichier de clé a changé.
    Les données n’ont pas été chiffrées à nouveau. Notes encore dans le journal : { $count }.
cli-demo-step-6-title = 6. Choisir un code d’urgence
cli-demo-step-6 =
    Si quelqu’un force la personne à ouvrir l’application, elle peut taper { $duress } à la place.
    Cela ressemble exactement à une ouverture normale.
cli-demo-step-7-title = 7. Ouvrir sous la contrainte
cli-demo-step-7 =
    L’ouverture avec { $duress } a marché. Le journal semble vide (notes : { $count }).
    En dessous, le vrai coffre a d’abord été détruit. L’ancien code reçoit maintenant :
    "{ $answer }"
cli-demo-step-8-title = 8. Effacement d’urgence
cli-demo-step-8 = Une seule étape détruit le coffre, même fermé. Fichiers restant dans le dossier :
cli-demo-no-files = (aucun)
cli-demo-file-size =
    { $size ->
        [one] { $size } octet
       *[other] { $size } octets
    }
cli-demo-end = La démonstration a utilisé un dossier temporaire. Il est maintenant supprimé.
cli-demo-keep-inbox-exists = Ce dossier existe déjà. Indiquez un nouveau dossier pour --keep-inbox ; rien n’a été modifié.
cli-demo-desk = Le côté de l’ONG dans un navigateur : lancez `waymark demo --keep-inbox ngo-inbox` pour garder la boîte de réception de la démonstration ; la démonstration finit alors en montrant comment l’ouvrir dans le poste de l’ONG (docs/ngo-desk.md).
cli-demo-desk-kept = La boîte de réception de la démonstration est gardée dans { $dir }. Pour voir son signalement comme une personne de l’équipe, relancez la boîte avec `waymark inbox serve --dir { $dir }`, puis dans un second terminal le poste de l’ONG avec `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk`. Ouvrez l’adresse affichée dans votre navigateur et connectez-vous avec votre nom et la phrase de la démonstration : { $passphrase }
cli-demo-failed-found = Une note a été trouvée en clair sur le disque.
cli-demo-failed-duress = Le code d’urgence n’a pas détruit le coffre.

## waymark content (outils pour les éditeurs, et paquets dans un coffre)

cli-content-key-exists = Ce fichier de clé existe déjà. Il n’a pas été remplacé.
cli-content-error-write-key = Impossible d’écrire le fichier de clé.
cli-content-error-read-key = Impossible de lire le fichier de clé.
cli-content-error-write-manifest = Impossible d’écrire le manifeste.
cli-content-refused = Paquet refusé : { $reason }
cli-content-keygen-done =
    Clé privée écrite. Gardez-la secrète et hors ligne.
    Clé publique : { $public_key }
    Identifiant de la clé : { $key_id }
cli-content-signed = { $pack_id } version { $version } signé avec la clé { $key_id }. Fichiers : { $count }.
cli-content-verified = Valide : { $pack_id } version { $version }, signé par la clé { $key_id }. Fichiers conformes à leur empreinte : { $count }.
cli-content-checked = Bien formé : { $pack_id } version { $version }. Fichiers : { $files }. Langues : { $locales }. La signature n’a pas été vérifiée (utilisez waymark content verify).
cli-content-trusted = Les paquets signés par la clé { $key_id } seront désormais acceptés dans ce coffre.
cli-content-untrusted = La clé { $key_id } n’est plus de confiance. Ses paquets ont été supprimés.
cli-content-not-trusted = La clé { $key_id } n’était pas de confiance ici.
cli-content-removed = Paquet { $pack_id } supprimé.
cli-content-not-installed = Le paquet { $pack_id } n’était pas installé.
cli-content-installed = { $pack_id } version { $version } installé. Fichiers : { $count }.
cli-content-list-publishers = Éditeurs de confiance : { $count }
cli-content-list-packs = Paquets installés : { $count }
cli-content-list-pack = { $pack_id } version { $version } (clé { $key_id })

## waymark helplines

cli-helplines-unknown-audience = Public inconnu. Utilisez l’un de ces mots : { $choices }.
cli-helplines-unknown-channel = Moyen de contact inconnu. Utilisez l’un de ces mots : { $choices }.
cli-helplines-none = Aucune ligne d’aide ne correspond. Essayez sans --audience ou --channel, ou essayez un autre pays.
cli-helplines-call = Appeler : { $address }
cli-helplines-sms = SMS : { $address }
cli-helplines-sms-keyword = SMS : { $address } (envoyez le mot { $keyword })
cli-helplines-chat = Discussion en ligne : { $address }
cli-helplines-web = Site web : { $address }
cli-helplines-ussd = Composez le code : { $address }
cli-helplines-whatsapp = WhatsApp : { $address }
cli-helplines-bad-date = --today doit être une date écrite AAAA-MM-JJ.
cli-helplines-audit-summary = Pays couverts : { $countries }. Entrées : { $entries }.
cli-helplines-audit-unconfirmed = Champs qu’aucune source ne confirme :
cli-helplines-audit-key-fields = champs clés, donc affichés comme incertains : { $fields }
cli-helplines-audit-other-fields = autres champs : { $fields }
cli-helplines-audit-stale = Sources vérifiées il y a trop longtemps (limite en jours : { $days }) :
cli-helplines-audit-secondary = Champs clés confirmés seulement par la presse ou des tiers :
cli-helplines-audit-marked = Affichées comme incertaines, avec la note des responsables :
cli-helplines-audit-no-sources = Entrées sans aucune source :
cli-helplines-audit-no-emergency = Pays sans numéro d’urgence : { $countries }
cli-helplines-audit-no-trafficking = Pays sans ligne contre la traite : { $countries }
cli-helplines-audit-no-crisis = Pays sans ligne de crise : { $countries }
cli-helplines-audit-none = aucun
cli-helplines-audit-failed = Certains pays n’ont pas de numéro d’urgence. Ajoutez-en un, avec sa source, avant de publier cet annuaire.

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = Vérifiez-le avec : waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = { $file } et { $count } fichier(s) de langue écrits.
cli-import-summary = { $converted } convertis, { $changed } modifiés, { $dropped } retirés, { $refused } refusés.
cli-import-checked = Le questionnaire passe toutes les vérifications de « waymark questionnaire check ».
cli-import-action-converted = converti
cli-import-action-changed = modifié
cli-import-action-dropped = retiré
cli-import-action-refused = refusé
cli-import-exists = { $file } existe déjà : choisissez un autre dossier --out.
