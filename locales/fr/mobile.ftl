### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Un problème est survenu dans l'application. Rien de ce que vous avez enregistré n'a été perdu. Veuillez réessayer.
ffi-network-facts-unavailable = L'application ne peut pas vérifier le réseau pour le moment, donc rien n'a été envoyé.
ffi-questionnaire-invalid = Ce questionnaire contient des erreurs et ne peut pas être utilisé.
ffi-questionnaire-required = Veuillez répondre à cette question pour continuer.
ffi-questionnaire-not-accepted = Cette réponse ne convient pas à cette question.
ffi-questionnaire-too-long = Cette réponse est trop longue.
ffi-questionnaire-not-available = Cette question n'est pas disponible pour le moment.
ffi-questionnaire-closed = Ce questionnaire est terminé. Aucune réponse ne peut plus être ajoutée.
ffi-questionnaire-draft-not-found = Ce brouillon ou ce rapport n'est plus là.
ffi-questionnaire-draft-mismatch = Ce brouillon a été commencé avec une autre version du questionnaire.
ffi-questionnaire-draft-damaged = Ce brouillon enregistré est endommagé et ne peut pas être ouvert.
