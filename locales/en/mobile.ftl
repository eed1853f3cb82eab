### Waymark mobile bindings: messages the app shows when a call into the
### core fails in a way the core's own messages do not cover.
### Short, plain sentences. Never blame the reader.

# A bug inside the app's core was caught. Reassure: saved data is safe.
ffi-error-internal = Something went wrong inside the app. Nothing you saved was lost. Please try again.
# The phone could not tell the app about the network, so sending waited.
ffi-network-facts-unavailable = The app cannot check the network right now, so nothing was sent.
# A questionnaire file (from a content pack) cannot be used.
ffi-questionnaire-invalid = This questionnaire has mistakes and cannot be used.
ffi-questionnaire-required = Please answer this question to go on.
ffi-questionnaire-not-accepted = This answer does not fit this question.
ffi-questionnaire-too-long = This answer is too long.
ffi-questionnaire-not-available = This question is not available now.
ffi-questionnaire-closed = This questionnaire is finished. No more answers can be added.
ffi-questionnaire-draft-not-found = This draft or report is no longer here.
ffi-questionnaire-draft-mismatch = This draft was started with a different version of the questionnaire.
ffi-questionnaire-draft-damaged = This saved draft is damaged and cannot be opened.
