# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Open day and night, every day.
helpline-hours-check = Not always open. Check the hours before you call.
helpline-conf-confidential = The service says what you tell them stays private.
helpline-conf-anonymous = You do not have to give your name.
helpline-conf-emergency = Emergency number. Police or an ambulance may come.
helpline-conf-government = Run by the government. What you say may be shared with the authorities.
helpline-conf-unknown = We do not know who sees what you tell them.
helpline-uncertain = We could not confirm this number. It may be wrong.
helpline-uncertain-details = We could not confirm who runs this service or when it is open. Check before you rely on it.

# Notes shown with some entries (their `notices`).
helpline-note-spoofing = The hotline warns that scammers fake this number on calls they make. Trust it only when you are the one calling.
helpline-note-from-mobile = For calls from a mobile phone.
helpline-note-from-landline = For calls from a landline.
helpline-note-from-abroad = For calls from outside the country.
helpline-note-regional = Works only in part of the country.
helpline-note-operator-varies = Run by a different organisation in each country, in some by the police.
helpline-note-bill = It does not appear on the phone bill, but the number stays in the phone's list of calls.
helpline-note-tourists = Tourist police. They speak several languages.
helpline-note-may-call-emergency = If they believe your life is in immediate danger, they may call emergency services.
helpline-note-languages-limited = Other languages are not available at every hour.
