### Envoyer des signalements à une ONG : la boîte d'envoi, les règles d'envoi, les réponses. Traduction automatique ; à relire.

## Pourquoi rien n'est envoyé pour l'instant

sync-held-waiting-for-user = En attente de votre appui sur « envoyer ».
sync-held-no-network = En attente d'une connexion.
sync-held-captive-portal = Ce réseau demande d'abord une connexion. En attente.
sync-held-not-validated = En attente d'une connexion internet qui fonctionne.
sync-held-transport = En attente d'un type de connexion que vous avez autorisé.
sync-held-metered = En attente d'une connexion qui n'est pas facturée aux données.
sync-held-roaming = Pas d'envoi en itinérance.
sync-held-vpn = En attente de votre VPN.
sync-held-untrusted-network = En attente d'un réseau de confiance.
sync-held-time-window = En attente d'une heure que vous avez autorisée.
sync-held-not-charging = En attente que le téléphone charge.

## Pourquoi un envoi a échoué (le signalement est gardé et renvoyé plus tard)

sync-failure-connect = Le serveur de l'ONG est injoignable.
sync-failure-timeout = Le serveur de l'ONG a mis trop de temps à répondre.
sync-failure-tls = La connexion sécurisée n'a pas pu être vérifiée.
sync-failure-pin-mismatch = La clé de sécurité du serveur n'est pas celle de l'ONG. Rien n'a été envoyé.
sync-failure-interrupted = La connexion a été coupée.
sync-failure-server-error = Le serveur de l'ONG a eu un problème.
sync-failure-rate-limited = Le serveur de l'ONG est occupé. Nouvel essai plus tard.
sync-failure-too-large = Le signalement est trop gros pour cette ONG.
sync-failure-refused = Le serveur de l'ONG a refusé le signalement.
sync-failure-malformed = Le serveur de l'ONG a donné une réponse incohérente.
sync-failure-no-endpoint = Impossible de joindre cette ONG avec les réglages actuels.
sync-failure-setup = La connexion n'a pas pu être préparée. Vérifiez le proxy.
sync-failure-bad-receipt = Le reçu du serveur n'a pas pu être vérifié : le signalement est gardé.

## Erreurs

sync-error-unknown-ngo = Cette ONG n'est pas dans votre liste.
sync-error-no-directory = Les coordonnées de cette ONG n'ont pas encore été téléchargées.
sync-error-directory-expired = Les coordonnées de cette ONG sont périmées. Mettez-les d'abord à jour.
sync-error-invalid-key = Ce n'est pas une clé d'ONG valide.
sync-error-unknown-report = Ce signalement n'est pas dans la boîte d'envoi.
sync-error-nothing-to-send = Il n'y a rien à envoyer.
sync-error-already-queued = C'est déjà dans la boîte d'envoi.
sync-error-too-large = Le signalement est trop gros pour être envoyé.
sync-error-seal = Le signalement n'a pas pu être scellé.
sync-error-signature = La signature de l'ONG n'est pas valide.
sync-error-directory-rollback = Ces informations de l'ONG sont plus anciennes que celles déjà présentes sur ce téléphone : elles n'ont pas été utilisées.
sync-error-bad-answer = Le serveur de l'ONG a donné une réponse incohérente.
sync-error-damaged = Les données d'envoi enregistrées sont abîmées.
sync-error-invalid-setting = Ce réglage n'est pas permis : { $setting }.

## waymark ngo

cli-ngo-added = Vous faites maintenant confiance à { $name } (clé { $key_id }). Les signalements sont scellés pour qu'elle seule puisse les lire.
cli-ngo-refreshed = Les coordonnées de { $name } sont à jour.
cli-ngo-none = Vous ne faites encore confiance à aucune ONG.
cli-ngo-line-ready = { $key_id }  { $name }  (coordonnées valables jusqu'au { $expires })
cli-ngo-line-no-directory = { $key_id }  { $name }  (coordonnées pas encore téléchargées)

## waymark outbox

cli-outbox-queued =
    Scellé et placé dans la boîte d'envoi : { $id }.
    Code de reçu (ce téléphone demande les réponses avec lui ; seul ce téléphone peut les lire) : { $code }
    Le même code en chiffres : { $digits }
cli-outbox-fingerprint = Empreinte du signalement (l’ONG voit la même sur votre signalement ; lisez-la plutôt que le code) : { $fingerprint }
cli-outbox-empty = La boîte d'envoi est vide.
cli-outbox-kind-questionnaire = questionnaire
cli-outbox-kind-journal = notes du journal
cli-outbox-kind-assistant = assistant
cli-outbox-kind-text = texte
cli-outbox-line-queued = { $id }  { $kind }  en attente (essais : { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  remis ({ $day })
cli-outbox-last-problem = Dernier problème : { $reason }
cli-outbox-status = En attente : { $queued }. Remis : { $sent }.
cli-outbox-policy-allows = Vos règles permettent d'envoyer maintenant.
cli-sync-held = Pas d'envoi pour l'instant. { $reason }
cli-sync-delayed = Envoi bientôt, à un moment choisi au hasard.
cli-sync-idle = Rien à envoyer.
cli-sync-ran = Remis : { $sent }. Échecs : { $failed }. Encore en attente : { $queued }. Nouvelles réponses : { $replies }.

## waymark policy

cli-yes = oui
cli-no = non
cli-policy-any-time = à toute heure
cli-policy-no-proxy = aucun
cli-policy-bad-window = Donnez les plages horaires sous la forme HH:MM-HH:MM, par exemple 22:00-06:00.
cli-policy-saved = Vos règles sont enregistrées.
cli-policy-show =
    Seulement quand j'appuie sur envoyer : { $manual }
    Wi-Fi : { $wifi }. Données mobiles : { $cellular }. Réseaux facturés aux données : { $metered }. Itinérance : { $roaming }.
    VPN nécessaire : { $vpn }. Réseaux de confiance seulement : { $trusted } (enregistrés : { $trusted_count }).
    Heures : { $windows }. Seulement en charge : { $charging }.
    Attente au hasard avant l'envoi, en secondes : de { $delay_min } à { $delay_max }. Envois factices : { $dummy }.
    Proxy Tor ou SOCKS : { $proxy }

## waymark replies

cli-replies-none = Pas encore de réponse.
cli-replies-line = Réponse du { $day } au signalement { $id } :
