### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = May nagkaproblema sa loob ng app. Walang nawala sa mga na-save mo. Pakisubukang muli.
ffi-network-facts-unavailable = Hindi masuri ng app ang network ngayon, kaya walang naipadala.
