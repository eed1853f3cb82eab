### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = J'ai besoin d'aide maintenant
urgent-heard-you = Ce que tu as écrit m'inquiète. Ta sécurité passe avant tout.
urgent-start = Es-tu en danger en ce moment ?
urgent-danger-now = Oui, je suis en danger maintenant
urgent-not-right-now = Pas en ce moment
urgent-leave-app = Quitter vite cette application
urgent-emergency-first = Si tu peux, appelle maintenant un numéro d'urgence. Tu n'as pas besoin de tout expliquer : dis où tu es et que tu as besoin d'aide.
urgent-no-country = Nous ne savons pas dans quel pays tu es, donc nous ne pouvons pas montrer de numéros locaux. Dans beaucoup de pays, on peut appeler le 112 depuis n'importe quel téléphone portable.
urgent-cant-speak = Je ne peux pas parler sans risque
urgent-cant-speak-info = Si tu ne peux pas parler, certains services acceptent les SMS. Envoie-en un seulement si c'est sans danger, et efface-le ensuite si quelqu'un regarde ton téléphone.
urgent-safety-steps = Que puis-je faire tout de suite ?
urgent-steps-intro = Quelques choses qui peuvent aider tout de suite :
urgent-tip-public-place = Si tu peux, va dans un endroit où il y a du monde, comme un magasin, un hôpital ou une gare routière.
urgent-tip-trusted-person = Dis à une personne de confiance où tu es.
urgent-tip-hide-app = Si quelqu'un arrive, tu peux quitter cette application tout de suite avec le bouton de sortie.
urgent-show-numbers = Montre-moi encore les numéros
urgent-done = J'ai ce qu'il me faut
urgent-not-now = Je suis content que tu ne sois pas en danger en ce moment. Ces services peuvent t'aider quand tu seras prêt ou prête. Beaucoup sont gratuits, et tu n'as pas à donner ton nom.
urgent-be-ready = Aide-moi à me préparer
urgent-steps-later = Voici trois étapes pour t'aider à te préparer. Nous les avons ajoutées à ton plan de sécurité.
urgent-plan-number = Apprends par cœur un numéro d'urgence.
urgent-plan-documents = Si tu peux, garde une photo de ton passeport ou de ta pièce d'identité dans un endroit sûr, ou chez une personne de confiance.
urgent-plan-code-word = Convenez d'un mot code avec une personne de confiance, pour demander de l'aide sans que les autres le sachent.
urgent-end = Tu peux revenir ici à tout moment. Cette conversation reste verrouillée sur ce téléphone, et tu peux l'effacer quand tu veux.

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = Merci de me l'avoir dit. On dirait que tu traverses quelque chose de très douloureux en ce moment.
urgent-crisis-not-alone = Tu n'es pas seul ou seule. Beaucoup de gens ont ressenti cela, et parler à quelqu'un peut aider. Tu mérites d'être soutenu ou soutenue.
urgent-crisis-talk-now = Tu peux parler à quelqu'un tout de suite. Les personnes de ces services sont là pour t'écouter. Tu n'as pas besoin de tout expliquer.
urgent-crisis-not-safe = Je ne suis peut-être pas en sécurité en ce moment
urgent-crisis-emergency = Si tu sens que tu pourrais passer à l'acte bientôt, appelle maintenant un numéro d'urgence ou va aux urgences d'un hôpital. Si tu peux, reste avec une autre personne jusqu'à l'arrivée de l'aide.
urgent-crisis-cant-call = Je ne peux pas parler au téléphone
urgent-crisis-cant-call-info = Si parler est trop difficile, certains services répondent aux SMS. Tu peux aussi demander à une personne de confiance d'appeler avec toi, ou pour toi.
urgent-crisis-get-through = Qu'est-ce qui peut m'aider maintenant ?
urgent-crisis-steps-intro = Quelques choses qui peuvent aider tout de suite :
urgent-crisis-tip-people = Si tu peux, reste avec quelqu'un, ou va dans un endroit où il y a du monde.
urgent-crisis-tip-distance = Si tu peux, éloigne-toi de tout ce que tu pourrais utiliser pour te faire du mal.
urgent-crisis-tip-moment = Des sentiments aussi forts peuvent s'apaiser. Pour l'instant, il suffit de passer les prochaines minutes.
urgent-crisis-plan-line = Garde le numéro d'une ligne d'écoute là où tu peux le trouver vite.
urgent-crisis-other-danger = En plus, quelqu'un me fait du mal ou me contrôle
urgent-crisis-show-numbers = Montre-moi à qui je peux parler
urgent-crisis-done = J'ai ce qu'il me faut pour l'instant
urgent-crisis-no-country = Nous ne savons pas dans quel pays tu es, donc nous ne pouvons pas montrer de ligne d'écoute locale. Si ta vie est en danger, appelle un numéro d'urgence : dans beaucoup de pays, le 112 fonctionne depuis n'importe quel portable.
urgent-crisis-end = Merci d'avoir écrit. Tu peux revenir ici à tout moment, de jour comme de nuit. Si ces pensées reviennent, parles-en à quelqu'un : tu n'as pas à traverser cela seul ou seule.
