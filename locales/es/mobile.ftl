### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = Algo salió mal dentro de la aplicación. No se perdió nada de lo que guardó. Inténtelo de nuevo.
ffi-network-facts-unavailable = La aplicación no puede revisar la red ahora, así que no se envió nada.
