### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = May nagkaproblema sa loob ng app. Walang nawala sa mga na-save mo. Pakisubukang muli.
ffi-network-facts-unavailable = Hindi masuri ng app ang network ngayon, kaya walang naipadala.
ffi-questionnaire-invalid = May mga mali ang questionnaire na ito at hindi ito magagamit.
ffi-questionnaire-required = Pakisagot ang tanong na ito para magpatuloy.
ffi-questionnaire-not-accepted = Hindi angkop ang sagot na ito sa tanong na ito.
ffi-questionnaire-too-long = Masyadong mahaba ang sagot na ito.
ffi-questionnaire-not-available = Hindi available ang tanong na ito ngayon.
ffi-questionnaire-closed = Tapos na ang questionnaire na ito. Hindi na puwedeng magdagdag ng sagot.
ffi-questionnaire-draft-not-found = Wala na rito ang draft o ulat na ito.
ffi-questionnaire-draft-mismatch = Sinimulan ang draft na ito gamit ang ibang bersyon ng questionnaire.
ffi-questionnaire-draft-damaged = Sira ang naka-save na draft na ito at hindi ito mabuksan.
