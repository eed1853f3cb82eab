### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = Phrase secrète du fichier de clés de l’ONG :
inbox-prompt-again = Retapez-la :
inbox-keygen-done =
    Clés créées.
    Clés privées (chiffrées ; gardez-les sur l’ordinateur de l’ONG et sauvegardez-les) : { $keys }
    Configuration du serveur (à copier sur le serveur) : { $config }
    Clés publiques (pour les téléphones) : { $public }
    Identifiant de la clé de l’annuaire : { $keyid }
inbox-directory-signed = Entrée d’annuaire signée, valable jusqu’au { $expires } : { $file }
inbox-pull-done = Nouveaux signalements téléchargés : { $new }. Signalements ouverts dans le stockage local : { $total }.
inbox-pull-unopened = Enveloppes que cette clé n’a pas pu ouvrir (gardées telles quelles) : { $count }.
inbox-reply-sent = Réponse scellée et envoyée. Seul le téléphone de la personne qui a signalé peut la lire.
inbox-serve-listening = La boîte de réception écoute sur { $address }. Arrêtez-la avec Ctrl-C.
inbox-serve-stopped = La boîte de réception est arrêtée.
inbox-desk-listening = Le poste est ouvert à { $url }, sur cet ordinateur seulement. Ouvrez-le dans votre navigateur et connectez-vous avec la phrase secrète du fichier de clés. Arrêtez-le avec Ctrl-C.
inbox-serve-created = Une boîte de démonstration a été créée dans { $dir }. Les téléphones envoient à { $url }.
inbox-error-config = La configuration de la boîte de réception n’est pas valide : { $setting }.
inbox-error-file = Impossible de lire ou d’écrire un fichier ({ $file }).
inbox-error-already-exists = Des clés sont déjà dans ce dossier. Rien n’a été écrasé.
inbox-error-wrong-passphrase = La phrase secrète est fausse, ou le fichier de clés a été modifié.
inbox-error-weak-passphrase = La phrase secrète est trop courte. Utilisez au moins 10 caractères ; quelques mots au hasard, c’est le mieux.
inbox-error-key-file = Ce n’est pas un fichier de clés d’ONG Waymark, ou il est endommagé.
inbox-error-schema-too-new = La base de données vient d’une version plus récente de la boîte de réception. Mettez ce programme à jour.
inbox-error-storage = La base de données est inutilisable pour le moment.
inbox-error-unreachable = Le serveur de la boîte de réception est injoignable.
inbox-error-refused = Le serveur de la boîte de réception a refusé la demande ({ $status }, { $code }).
inbox-error-bad-response = La réponse du serveur n’est pas valide.
inbox-error-unknown-report = Aucun signalement avec cet identifiant n’a encore été téléchargé. Lancez d’abord pull.
inbox-error-reply-text = La réponse est vide ou trop longue.
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = La réponse est trop longue : une réponse contient au plus { $max } octets. Envoyez-la en plusieurs réponses plus courtes.
inbox-error-argument = Cette valeur n’est pas valide : { $option }.
inbox-error-no-terminal = Pas de terminal pour demander la phrase secrète. Définissez WAYMARK_INBOX_PASSPHRASE.
inbox-error-passphrase-mismatch = Les deux phrases secrètes sont différentes. Rien n’a été changé.
inbox-error-not-loopback = « waymark inbox serve » n’écoute que sur cet ordinateur (127.0.0.1). Pour un vrai serveur, utilisez waymark-inbox serve.
