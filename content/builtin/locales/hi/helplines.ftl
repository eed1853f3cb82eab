# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = दिन-रात, हर दिन खुला है।
helpline-hours-check = हमेशा खुला नहीं रहता। फ़ोन करने से पहले समय देख लें।
helpline-conf-confidential = यह सेवा कहती है कि आपकी बात गुप्त रहेगी।
helpline-conf-anonymous = आपको अपना नाम बताने की ज़रूरत नहीं है।
helpline-conf-emergency = आपातकालीन नंबर। पुलिस या एम्बुलेंस आ सकती है।
helpline-conf-government = यह सरकारी सेवा है। आपकी बात अधिकारियों को बताई जा सकती है।
helpline-conf-unknown = हमें नहीं पता कि आपकी बात कौन देखता है।
helpline-uncertain = हम इस नंबर की पुष्टि नहीं कर पाए। यह गलत हो सकता है।
