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
