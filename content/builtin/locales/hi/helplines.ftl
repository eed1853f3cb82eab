# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = दिन-रात, हर दिन खुला है।
helpline-hours-check = हमेशा खुला नहीं रहता। फ़ोन करने से पहले समय देख लें।
helpline-conf-confidential = यह सेवा कहती है कि आपकी बात गुप्त रहेगी।
helpline-conf-anonymous = आपको अपना नाम बताने की ज़रूरत नहीं है।
helpline-conf-emergency = आपातकालीन नंबर। पुलिस या एम्बुलेंस आ सकती है।
helpline-conf-government = यह सरकारी सेवा है। आपकी बात अधिकारियों को बताई जा सकती है।
helpline-conf-unknown = हमें नहीं पता कि आपकी बात कौन देखता है।
helpline-uncertain = हम इस नंबर की पुष्टि नहीं कर पाए। यह गलत हो सकता है।
helpline-uncertain-details = हम पक्का नहीं कर सके कि यह सेवा कौन चलाता है या यह कब खुली रहती है। भरोसा करने से पहले जाँच लें।
helpline-note-spoofing = हेल्पलाइन चेतावनी देती है कि धोखेबाज़ अपनी कॉल में यह नंबर नकली दिखाते हैं। इस पर तभी भरोसा करें जब कॉल आप ख़ुद कर रहे हों।
helpline-note-from-mobile = मोबाइल फ़ोन से कॉल करने के लिए।
helpline-note-from-landline = लैंडलाइन से कॉल करने के लिए।
helpline-note-from-abroad = देश के बाहर से कॉल करने के लिए।
helpline-note-regional = देश के केवल कुछ हिस्सों में काम करता है।
helpline-note-operator-varies = हर देश में इसे अलग संस्था चलाती है, कुछ देशों में पुलिस।
helpline-note-bill = यह फ़ोन बिल में नहीं दिखता, लेकिन नंबर फ़ोन की कॉल सूची में रह जाता है।
helpline-note-tourists = पर्यटक पुलिस। वे कई भाषाएँ बोलते हैं।
helpline-note-may-call-emergency = अगर उन्हें लगे कि आपकी जान को तुरंत ख़तरा है, तो वे आपातकालीन सेवाओं को बुला सकते हैं।
helpline-note-languages-limited = दूसरी भाषाएँ हर समय उपलब्ध नहीं हैं।
