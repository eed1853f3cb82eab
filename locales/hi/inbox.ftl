### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = संस्था की कुंजी फ़ाइल का पासफ़्रेज़:
inbox-prompt-again = फिर से लिखें:
inbox-keygen-done =
    कुंजियाँ बन गईं।
    निजी कुंजियाँ (एन्क्रिप्टेड; संस्था के कंप्यूटर पर रखें और बैकअप लें): { $keys }
    सर्वर सेटिंग (सर्वर पर कॉपी करें): { $config }
    सार्वजनिक कुंजियाँ (फ़ोन के लिए): { $public }
    निर्देशिका कुंजी id: { $keyid }
inbox-directory-signed = निर्देशिका प्रविष्टि पर हस्ताक्षर हो गए, { $expires } तक मान्य: { $file }
inbox-pull-done = डाउनलोड की गई नई रिपोर्टें: { $new }। स्थानीय भंडार में खोली गई रिपोर्टें: { $total }।
inbox-pull-unopened = लिफ़ाफ़े जिन्हें यह कुंजी नहीं खोल सकी (बिना बदले रखे गए): { $count }।
inbox-reply-sent = जवाब सील करके भेज दिया गया। केवल रिपोर्ट करने वाले का फ़ोन इसे पढ़ सकता है।
inbox-serve-listening = इनबॉक्स { $address } पर सुन रहा है। Ctrl-C से रोकें।
inbox-serve-stopped = इनबॉक्स रुक गया।
inbox-desk-listening = डेस्क { $url } पर सिर्फ़ इसी कंप्यूटर पर खुली है। इसे अपने ब्राउज़र में खोलें और की फ़ाइल के पासफ़्रेज़ से लॉग इन करें। Ctrl-C से रोकें।
inbox-serve-created = { $dir } में एक डेमो इनबॉक्स बनाया गया। फ़ोन { $url } पर भेजते हैं।
inbox-error-config = इनबॉक्स की सेटिंग मान्य नहीं है: { $setting }।
inbox-error-file = फ़ाइल पढ़ी या लिखी नहीं जा सकी ({ $file })।
inbox-error-already-exists = उस फ़ोल्डर में पहले से कुंजियाँ हैं। कुछ भी बदला नहीं गया।
inbox-error-wrong-passphrase = पासफ़्रेज़ गलत है, या कुंजी फ़ाइल बदली गई है।
inbox-error-weak-passphrase = पासफ़्रेज़ बहुत छोटा है। कम से कम 10 अक्षर रखें; कुछ यादृच्छिक शब्द सबसे अच्छे हैं।
inbox-error-key-file = यह Waymark संस्था की कुंजी फ़ाइल नहीं है, या यह खराब है।
inbox-error-schema-too-new = डेटाबेस इनबॉक्स के नए संस्करण ने बनाया है। यह प्रोग्राम अपडेट करें।
inbox-error-storage = अभी डेटाबेस इस्तेमाल नहीं हो सकता।
inbox-error-unreachable = इनबॉक्स सर्वर तक पहुँचा नहीं जा सका।
inbox-error-refused = इनबॉक्स सर्वर ने अनुरोध अस्वीकार किया ({ $status }, { $code })।
inbox-error-bad-response = इनबॉक्स सर्वर का जवाब मान्य नहीं है।
inbox-error-unknown-report = इस id वाली कोई रिपोर्ट अभी डाउनलोड नहीं हुई। पहले pull चलाएँ।
inbox-error-reply-text = जवाब खाली है या बहुत लंबा है।
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = जवाब बहुत लंबा है: एक जवाब में ज़्यादा से ज़्यादा { $max } बाइट आते हैं। इसे कई छोटे जवाबों में भेजें।
inbox-error-argument = यह मान मान्य नहीं है: { $option }।
inbox-error-no-terminal = पासफ़्रेज़ पूछने के लिए कोई टर्मिनल नहीं है। WAYMARK_INBOX_PASSPHRASE सेट करें।
inbox-error-passphrase-mismatch = दोनों पासफ़्रेज़ अलग हैं। कुछ नहीं बदला।
inbox-error-not-loopback = waymark inbox serve केवल इसी कंप्यूटर (127.0.0.1) पर सुनता है। असली सर्वर के लिए waymark-inbox serve इस्तेमाल करें।
