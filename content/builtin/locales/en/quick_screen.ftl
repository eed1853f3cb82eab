# Quick screen (questionnaires/quick_screen.toml). Any yes = refer.

qs-title = Quick screen: five questions
qs-intro = I am going to ask five short questions. You can answer yes or no, or choose not to answer.
qs-intro-hint = Ask only when no employer, agent or companion can hear.
qs-cannot-leave = Is anyone stopping you from leaving your work or the place where you stay?
qs-documents = Does someone else keep your passport or ID card, so that you cannot get it when you want?
qs-debt = Do you owe money to an employer or agent that you feel you can never pay back?
qs-threats = Has anyone threatened or hurt you, or your family, to make you work or to stop you from leaving?
qs-deceived = Is your work or pay very different from what you were promised?
qs-act-always = Offer helpline details in a form that is safe for the person to keep.
qs-act-refer = At least one answer was yes: with the person's agreement, do the full screening interview or refer them to a caseworker.
