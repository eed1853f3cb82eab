### Waymark mobile bindings: messages the app shows when a call into the
### core fails in a way the core's own messages do not cover.
### Short, plain sentences. Never blame the reader.

# A bug inside the app's core was caught. Reassure: saved data is safe.
ffi-error-internal = Something went wrong inside the app. Nothing you saved was lost. Please try again.
# The phone could not tell the app about the network, so sending waited.
ffi-network-facts-unavailable = The app cannot check the network right now, so nothing was sent.
