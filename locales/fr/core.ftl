### Waymark : messages du cœur. Traduction assistée par machine ; relecture native nécessaire.

locale-name = Français
i18n-text-missing = Ce texte n’est pas encore disponible.

## Erreurs du coffre

vault-error-not-found = Il n’y a pas de coffre ici.
vault-error-already-exists = Il y a déjà un coffre ici.
vault-error-locked = Le coffre est fermé. Ouvrez-le d’abord avec votre code.
vault-error-wrong-passcode = Code incorrect.
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] Code incorrect. Il reste { $remaining } essai avant l’effacement du coffre.
       *[other] Code incorrect. Il reste { $remaining } essais avant l’effacement du coffre.
    }
vault-error-invalid-passcode = Le code doit faire de 1 à { $max } octets.
vault-error-duress-same-as-passcode = Le code d’urgence doit être différent de votre code.
vault-error-header-corrupt = Le fichier de clé du coffre est abîmé. Le coffre ne peut pas s’ouvrir.
vault-error-header-tampered = Le fichier de clé du coffre a été modifié. Le coffre ne peut pas s’ouvrir.
vault-error-unsupported-version = Ce coffre a été créé par une version plus récente de l’application. Mettez l’application à jour pour l’ouvrir.
vault-error-database-corrupt = Les données du coffre sont abîmées.
vault-error-schema-too-new = Ce coffre a été enregistré par une version plus récente de l’application. Mettez l’application à jour pour l’ouvrir.
vault-error-key-missing = La clé de sécurité du téléphone pour ce coffre a disparu. Le coffre ne peut pas s’ouvrir.
vault-error-key-unwrap-failed = La clé de sécurité du téléphone n’a pas pu ouvrir le coffre.
vault-error-key-store-unavailable = Le stockage sécurisé des clés du téléphone n’est pas prêt. Réessayez.
vault-error-io = Le téléphone n’a pas pu lire ou enregistrer les fichiers du coffre. Vérifiez l’espace libre et réessayez.
vault-error-database = Un problème est survenu dans le coffre (code { $code }).
vault-error-invalid-setting = Ce réglage n’est pas valide.

## Erreurs du journal

journal-error-not-found = Il n’y a pas de note avec ce numéro.
journal-error-empty = La note est vide. Écrivez d’abord quelque chose.
journal-error-too-long = La note est trop longue. Elle peut faire au plus { $max } octets.

## Erreurs des paquets de contenu

pack-error-manifest-missing = Le paquet n’a pas de fichier manifest.json.
pack-error-manifest-invalid = Le fichier manifest.json n’est pas valide. Détails : { $reason }.
pack-error-signature-missing = Le paquet n’a pas de fichier manifest.sig.
pack-error-signature-invalid = La signature ne correspond pas. Le paquet a été modifié, ou une autre clé l’a signé.
pack-error-unknown-publisher = Le paquet est signé par l’éditeur { $key_id }. Cet éditeur n’est pas de confiance ici.
pack-error-invalid-public-key = Ce n’est pas une clé publique valide. Il faut 64 caractères hexadécimaux (Ed25519).
pack-error-development-key = La clé de développement signe seulement le paquet intégré à l’application. On ne peut pas lui faire confiance pour d’autres paquets.
pack-error-invalid-private-key = Ce n’est pas une clé privée valide. Il faut un fichier de clé Ed25519 au format PKCS#8.
pack-error-hash-mismatch = { $file } : le contenu ne correspond pas au manifeste.
pack-error-size-mismatch = { $file } : la taille ne correspond pas au manifeste.
pack-error-missing-file = { $file } : listé dans le manifeste, mais absent du paquet.
pack-error-extra-file = { $file } : présent dans le paquet, mais pas listé dans le manifeste.
pack-error-unsafe-path = { $file } : ce nom de fichier n’est pas autorisé. Détails : { $reason }.
pack-error-duplicate-path = { $file } : ce fichier apparaît plus d’une fois.
pack-error-file-too-large = { $file } : le fichier est trop gros. Limite en octets : { $max }.
pack-error-pack-too-large = Le paquet est trop gros. Limite en octets : { $max }.
pack-error-too-many-files = Le paquet a trop de fichiers. La limite est { $max }.
pack-error-rollback = La version { $offered } du paquet { $pack_id } n’est pas plus récente que la version installée, { $installed }.
pack-error-publisher-mismatch = Le paquet { $pack_id } est déjà installé, venant d’un autre éditeur.
pack-error-reserved-pack-id = L’identifiant de paquet { $pack_id } est réservé au paquet intégré à l’application.
pack-error-invalid-content = { $file } : le contenu n’est pas valide. Détails : { $reason }.
pack-error-io = Les fichiers n’ont pas pu être lus ou enregistrés ({ $reason }). Vérifiez le dossier et l’espace libre, puis réessayez.

## Mots de réponse de tous les questionnaires

answer-yes = Oui
answer-no = Non
answer-not-sure = Je ne sais pas
answer-prefer-not-to-say = Je préfère ne pas répondre
answer-acknowledge = Je comprends
