### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Kuna hitilafu ndani ya programu. Hakuna ulichohifadhi kilichopotea. Tafadhali jaribu tena.
ffi-network-facts-unavailable = Programu haiwezi kuangalia mtandao sasa, kwa hiyo hakuna kilichotumwa.
