# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Open day and night, every day.
helpline-hours-check = Not always open. Check the hours before you call.
helpline-conf-confidential = The service says what you tell them stays private.
helpline-conf-anonymous = You do not have to give your name.
helpline-conf-emergency = Emergency number. Police or an ambulance may come.
helpline-conf-government = Run by the government. What you say may be shared with the authorities.
helpline-conf-unknown = We do not know who sees what you tell them.
helpline-uncertain = We could not confirm this number. It may be wrong.
