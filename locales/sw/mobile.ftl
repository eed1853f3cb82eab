### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Kuna hitilafu ndani ya programu. Hakuna ulichohifadhi kilichopotea. Tafadhali jaribu tena.
ffi-network-facts-unavailable = Programu haiwezi kuangalia mtandao sasa, kwa hiyo hakuna kilichotumwa.
ffi-questionnaire-invalid = Dodoso hili lina makosa na haliwezi kutumika.
ffi-questionnaire-required = Tafadhali jibu swali hili ili kuendelea.
ffi-questionnaire-not-accepted = Jibu hili haliendani na swali hili.
ffi-questionnaire-too-long = Jibu hili ni refu mno.
ffi-questionnaire-not-available = Swali hili halipatikani kwa sasa.
ffi-questionnaire-closed = Dodoso hili limekamilika. Huwezi kuongeza majibu zaidi.
ffi-questionnaire-draft-not-found = Rasimu au ripoti hii haipo hapa tena.
ffi-questionnaire-draft-mismatch = Rasimu hii ilianzishwa kwa toleo jingine la dodoso.
ffi-questionnaire-draft-damaged = Rasimu hii iliyohifadhiwa imeharibika na haiwezi kufunguliwa.
