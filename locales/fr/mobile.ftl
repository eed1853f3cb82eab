### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Un problème est survenu dans l'application. Rien de ce que vous avez enregistré n'a été perdu. Veuillez réessayer.
ffi-network-facts-unavailable = L'application ne peut pas vérifier le réseau pour le moment, donc rien n'a été envoyé.
