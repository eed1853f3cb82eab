# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Démarrer la boîte de réception d'une ONG sur cet ordinateur
cli-demo-sync-inbox = Le serveur de boîte de réception d'une ONG tourne maintenant à { $url } (cet ordinateur seulement), avec ses propres clés dans le dossier de la démo. Il garde des rapports qu'il ne peut pas lire : seule la clé privée de l'ONG les ouvre.
cli-demo-sync-trust-title = 5.2 Faire confiance à l'ONG
cli-demo-sync-trust = Le téléphone fait confiance à l'ONG par sa seule clé de signature. Il a récupéré l'entrée d'annuaire signée de l'ONG et vérifié la signature : { $name } (clé { $key_id }), valable jusqu'au { $expires }.
cli-demo-sync-interview-title = 5.3 Un entretien de repérage
cli-demo-sync-interview = Une intervenante passe le questionnaire rapide intégré avec quelqu'un et le finalise ({ $answered } réponses). Signes trouvés :
cli-demo-sync-queued-title = 5.4 Le sceller et le mettre dans la boîte d'envoi
cli-demo-sync-queued = Le rapport est scellé tout de suite avec la clé de l'ONG. Code de reçu (le téléphone demande les réponses avec un identifiant tiré de ce code ; seule la clé de réponse de ce téléphone peut les lire) : { $code }
cli-demo-sync-policy-title = 5.5 Attendre les règles d'envoi
cli-demo-sync-policy = L'envoi attend ici entre { $min } et { $max } secondes au hasard (sur un téléphone : des minutes), pour que le moment de l'envoi ne montre pas quand le rapport a été écrit. Cette fois : { $waited } secondes. Puis le rapport est parti.
cli-demo-sync-receipt-title = 5.6 Un reçu signé
cli-demo-sync-receipt = La boîte de réception a signé un reçu pour exactement ces octets le { $day }. Le téléphone l'a vérifié avec la clé de reçu de l'ONG, et seulement ensuite a effacé sa copie scellée. Code de reçu : { $code }
cli-demo-sync-ngo-title = 5.7 L'ONG ouvre le rapport
cli-demo-sync-ngo = L'ONG a téléchargé { $count } nouveau(x) rapport(s) (reçu le { $day }) et les a ouverts avec sa clé privée. Les signes qu'elle voit :
cli-demo-sync-reply-title = 5.8 L'ONG répond
cli-demo-sync-reply = L'ONG a scellé une réponse que seul le téléphone de ce rapport peut ouvrir, et l'a déposée dans la boîte : { $text }
cli-demo-sync-reply-text = Nous avons reçu votre rapport. Vous pouvez nous appeler tous les jours de 9 h à 17 h. Vous n'êtes pas seul·e.
cli-demo-sync-read-title = 5.9 La personne lit la réponse
cli-demo-sync-read = La personne qui a fait le rapport a lu la réponse de l'ONG ({ $day }) :
cli-demo-sync-failed = L'aller-retour du rapport vers la boîte de la démo n'a pas abouti.
