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

## कंटेंट पैक की गलतियाँ

pack-error-manifest-missing = पैक में manifest.json फ़ाइल नहीं है।
pack-error-manifest-invalid = manifest.json फ़ाइल सही नहीं है। विवरण: { $reason }।
pack-error-signature-missing = पैक में manifest.sig फ़ाइल नहीं है।
pack-error-signature-invalid = हस्ताक्षर मेल नहीं खाता। पैक बदला गया है, या किसी दूसरी चाबी ने हस्ताक्षर किया है।
pack-error-unknown-publisher = यह पैक प्रकाशक { $key_id } ने हस्ताक्षरित किया है। इस प्रकाशक पर यहाँ भरोसा नहीं है।
pack-error-invalid-public-key = यह सही सार्वजनिक चाबी नहीं है। इसमें 64 हेक्स अक्षर होने चाहिए (Ed25519)।
pack-error-development-key = डेवलपमेंट चाबी सिर्फ़ ऐप के साथ आए पैक पर हस्ताक्षर करती है। दूसरे पैक के लिए इस पर भरोसा नहीं किया जा सकता।
pack-error-invalid-private-key = यह सही निजी चाबी नहीं है। PKCS#8 रूप में Ed25519 चाबी फ़ाइल चाहिए।
pack-error-hash-mismatch = { $file }: सामग्री मैनिफ़ेस्ट से मेल नहीं खाती।
pack-error-size-mismatch = { $file }: आकार मैनिफ़ेस्ट से मेल नहीं खाता।
pack-error-missing-file = { $file }: मैनिफ़ेस्ट में है, पर पैक में नहीं है।
pack-error-extra-file = { $file }: पैक में है, पर मैनिफ़ेस्ट में नहीं है।
pack-error-unsafe-path = { $file }: इस फ़ाइल नाम की अनुमति नहीं है। विवरण: { $reason }।
pack-error-duplicate-path = { $file }: यह फ़ाइल एक से ज़्यादा बार है।
pack-error-file-too-large = { $file }: फ़ाइल बहुत बड़ी है। बाइट में सीमा: { $max }।
pack-error-pack-too-large = पैक बहुत बड़ा है। बाइट में सीमा: { $max }।
pack-error-too-many-files = पैक में बहुत ज़्यादा फ़ाइलें हैं। सीमा { $max } है।
pack-error-rollback = पैक { $pack_id } का संस्करण { $offered } इंस्टॉल किए गए संस्करण { $installed } से नया नहीं है।
pack-error-publisher-mismatch = पैक { $pack_id } पहले से किसी दूसरे प्रकाशक से इंस्टॉल है।
pack-error-reserved-pack-id = पैक आईडी { $pack_id } ऐप के साथ आए पैक के लिए आरक्षित है।
pack-error-invalid-content = { $file }: सामग्री सही नहीं है। विवरण: { $reason }।
pack-error-io = फ़ाइलें पढ़ी या सहेजी नहीं जा सकीं ({ $reason })। फ़ोल्डर और खाली जगह देखें, फिर से कोशिश करें।

## सभी प्रश्नावलियों के जवाब वाले शब्द

answer-yes = हाँ
answer-no = नहीं
answer-not-sure = पक्का नहीं पता
answer-prefer-not-to-say = नहीं बताना चाहते
answer-acknowledge = मैं समझता/समझती हूँ
