### Waymark: कोर के संदेश। मशीन की मदद से अनुवाद; मूल वक्ता से जाँच ज़रूरी है।

locale-name = हिन्दी
i18n-text-missing = यह लेख अभी उपलब्ध नहीं है।

## तिजोरी की गलतियाँ

vault-error-not-found = यहाँ कोई तिजोरी नहीं है।
vault-error-already-exists = यहाँ पहले से एक तिजोरी है।
vault-error-locked = तिजोरी बंद है। पहले अपने पासकोड से इसे खोलें।
vault-error-wrong-passcode = पासकोड गलत है।
vault-error-wrong-passcode-remaining =
    { $remaining ->
        [one] पासकोड गलत है। तिजोरी मिटने से पहले { $remaining } कोशिश बाकी है।
       *[other] पासकोड गलत है। तिजोरी मिटने से पहले { $remaining } कोशिशें बाकी हैं।
    }
vault-error-invalid-passcode = पासकोड 1 से { $max } बाइट लंबा होना चाहिए।
vault-error-duress-same-as-passcode = आपातकालीन पासकोड आपके पासकोड से अलग होना चाहिए।
vault-error-header-corrupt = तिजोरी की चाबी वाली फ़ाइल खराब है। तिजोरी नहीं खुल सकती।
vault-error-header-tampered = तिजोरी की चाबी वाली फ़ाइल बदली गई है। तिजोरी नहीं खुल सकती।
vault-error-unsupported-version = यह तिजोरी ऐप के नए संस्करण से बनी है। इसे खोलने के लिए ऐप अपडेट करें।
vault-error-database-corrupt = तिजोरी का डेटा खराब है।
vault-error-schema-too-new = यह तिजोरी ऐप के नए संस्करण से सहेजी गई है। इसे खोलने के लिए ऐप अपडेट करें।
vault-error-key-missing = इस तिजोरी के लिए फ़ोन की सुरक्षा चाबी अब नहीं है। तिजोरी नहीं खुल सकती।
vault-error-key-unwrap-failed = फ़ोन की सुरक्षा चाबी तिजोरी नहीं खोल सकी।
vault-error-key-store-unavailable = फ़ोन की सुरक्षित चाबी की जगह अभी तैयार नहीं है। फिर से कोशिश करें।
vault-error-io = फ़ोन तिजोरी की फ़ाइलें पढ़ या सहेज नहीं सका। खाली जगह देखें और फिर से कोशिश करें।
vault-error-database = तिजोरी के अंदर कुछ गड़बड़ हुई (कोड { $code })।
vault-error-invalid-setting = यह सेटिंग सही नहीं है।

## डायरी की गलतियाँ

journal-error-not-found = इस नंबर का कोई नोट नहीं है।
journal-error-empty = नोट खाली है। पहले कुछ लिखें।
journal-error-too-long = नोट बहुत लंबा है। यह ज़्यादा से ज़्यादा { $max } बाइट का हो सकता है।
