# Repérage rapide (questionnaires/quick_screen.toml). Un seul oui = orienter.

qs-title = Repérage rapide : cinq questions
qs-intro = Je vais vous poser cinq questions courtes. Vous pouvez répondre oui ou non, ou choisir de ne pas répondre.
qs-intro-hint = Ne posez les questions que si aucun employeur, agent ou accompagnateur ne peut entendre.
qs-cannot-leave = Quelqu’un vous empêche-t-il de quitter votre travail ou l’endroit où vous logez ?
qs-documents = Quelqu’un d’autre garde-t-il votre passeport ou votre carte d’identité, si bien que vous ne pouvez pas les avoir quand vous voulez ?
qs-debt = Devez-vous à un employeur ou à un agent de l’argent que vous pensez ne jamais pouvoir rembourser ?
qs-threats = Quelqu’un vous a-t-il menacé ou fait du mal, à vous ou à votre famille, pour vous faire travailler ou vous empêcher de partir ?
qs-deceived = Votre travail ou votre salaire sont-ils très différents de ce qu’on vous avait promis ?
qs-act-always = Donnez les coordonnées de lignes d’aide sous une forme que la personne peut garder sans danger.
qs-act-refer = Au moins une réponse était oui : avec l’accord de la personne, faites l’entretien complet ou orientez-la vers un travailleur social.
