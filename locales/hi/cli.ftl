### waymark टर्मिनल ऐप। मशीन की मदद से अनुवाद; मूल वक्ता से जाँच ज़रूरी है।

## पासकोड

cli-prompt-passcode = पासकोड:
cli-prompt-new-passcode = नया पासकोड:
cli-prompt-duress-passcode = आपातकालीन पासकोड:
cli-prompt-again = फिर से लिखें:
cli-passcode-mismatch = दोनों पासकोड अलग हैं। कुछ नहीं बदला गया।
cli-no-terminal = पासकोड पूछने के लिए कोई टर्मिनल नहीं है। WAYMARK_PASSCODE सेट करें (और ज़रूरत हो तो WAYMARK_NEW_PASSCODE या WAYMARK_DURESS_PASSCODE)।

## waymark vault

cli-vault-created = तिजोरी बन गई। यह बंद है। सिर्फ़ आपका पासकोड इसे खोलता है।
cli-vault-unlocked = पासकोड सही है। तिजोरी खुली, और फिर से बंद हो गई।
cli-vault-locked = तिजोरी बंद है। Waymark किसी भी आदेश के बाद इसे कभी खुला नहीं छोड़ता।
cli-vault-status-none = इस फ़ोल्डर में कोई तिजोरी नहीं है।
cli-vault-status-wipe =
    यहाँ एक तिजोरी है। यह बंद है।
    पिछली बार खुलने के बाद गलत पासकोड: { $failed }।
    लगातार इतने गलत पासकोड के बाद यह मिट जाएगी: { $limit }।
cli-vault-status-no-wipe =
    यहाँ एक तिजोरी है। यह बंद है।
    पिछली बार खुलने के बाद गलत पासकोड: { $failed }।
    गलत पासकोड इसे कभी नहीं मिटाते।
cli-vault-passcode-changed = पासकोड बदल गया।
cli-vault-duress-removed = आपातकालीन पासकोड हटा दिया गया।
cli-vault-duress-set = आपातकालीन पासकोड सेट हो गया। इससे खोलने पर यह तिजोरी नष्ट हो जाती है और एक खाली तिजोरी खुलती है।
cli-vault-wipe-after-invalid = कोशिशों की संख्या लिखें (1 या ज़्यादा), या "off"।
cli-vault-wipe-after-set = लगातार इतने गलत पासकोड के बाद तिजोरी मिटा दी जाएगी: { $limit }।
cli-vault-wipe-after-off = अब गलत पासकोड से तिजोरी नहीं मिटेगी।
cli-vault-nothing-wiped = कुछ नहीं मिटाया गया।
cli-vault-wiped = तिजोरी नष्ट हो गई। इसकी फ़ाइलें चली गईं और कोई उन्हें खोल नहीं सकता।
cli-vault-confirm-needed = बिना पूछे मिटाने के लिए --yes जोड़ें।
cli-vault-confirm-word = हाँ
cli-vault-confirm-wipe = क्या इस तिजोरी को हमेशा के लिए नष्ट करें? { $word } लिखें:
cli-error-read-answer = जवाब पढ़ा नहीं जा सका।

## waymark journal

cli-journal-stdin-failed = मानक इनपुट से नोट पढ़ा नहीं जा सका।
cli-journal-edited = (बदला गया)
cli-journal-saved = नोट नंबर { $id } के रूप में सहेजा गया।
cli-journal-empty = डायरी खाली है।
cli-journal-changed = नोट नंबर { $id } बदल दिया गया।
cli-journal-deleted = नोट नंबर { $id } मिटा दिया गया।

## waymark locales

cli-locales-lint-clean = कोई समस्या नहीं मिली। भाषाएँ: { $locales }। फ़ाइलें: { $files }।
cli-locales-lint-failed = मिली समस्याएँ: { $count }।
cli-direction-ltr = बाएँ से दाएँ
cli-direction-rtl = दाएँ से बाएँ
cli-status-source = मूल लेख
cli-status-machine-assisted = मशीन की मदद से, मूल वक्ता से जाँच ज़रूरी
cli-status-native-reviewed = मूल वक्ता ने जाँचा

## waymark demo

cli-error-temp-folder = अस्थायी फ़ोल्डर नहीं बन सका।
cli-error-read-vault-file = तिजोरी की एक फ़ाइल पढ़ी नहीं जा सकी।
cli-demo-step-1-title = 1. तिजोरी बनाएँ
cli-demo-step-1 =
    तिजोरी फ़ोन में एक एन्क्रिप्ट की हुई जगह है। हम एक अस्थायी फ़ोल्डर में एक तिजोरी बनाते हैं।
    पासकोड { $passcode } इसकी रक्षा करता है। पासकोड को चाबी में बदलने में
    जानबूझकर थोड़ा समय लगता है: इससे अंदाज़ा लगाना धीमा होता है।
cli-demo-step-2-title = 2. निजी डायरी में लिखें
cli-demo-step-2 = कोई व्यक्ति तारीख के साथ लिखता है कि उसके साथ क्या हो रहा है:
cli-demo-note-1 = मालिक ने आज फिर मेरा पासपोर्ट रख लिया
cli-demo-note-2 = 3 हफ़्ते से वेतन नहीं मिला। वह कहता है कि कमरे के 900 मुझ पर बकाया हैं
cli-demo-note-3 = शिफ़्ट के बाद हमें छात्रावास में बंद कर दिया गया
cli-demo-step-3-title = 3. फ़ाइलें देखें
cli-demo-step-3 = तिजोरी बंद है। डिस्क पर इसकी सभी फ़ाइलें ये हैं:
cli-demo-search-clean = हमने इन फ़ाइलों के हर बाइट में नोट के शब्द खोजे। वे वहाँ नहीं हैं।
cli-demo-search-found = हमने इन फ़ाइलों के हर बाइट में नोट के शब्द खोजे। मिल गए। ऐसा कभी नहीं होना चाहिए।
cli-demo-step-4-title = 4. कोई पासकोड का अंदाज़ा लगाता है
cli-demo-step-4 =
    { $guess } आज़मा रहे हैं: "{ $answer }"
    लगातार इतने गलत अंदाज़ों के बाद यह तिजोरी खुद मिट जाती है: { $limit }।
    फ़ोन फिर से चालू होने पर भी गिनती बनी रहती है।
cli-demo-step-5-title = 5. पासकोड बदलें
cli-demo-step-5 =
    अब पासकोड { $passcode } है। सिर्फ़ छोटी चाबी वाली फ़ाइल बदली।
    डेटा को फिर से एन्क्रिप्ट नहीं किया गया। डायरी में अब भी नोट: { $count }।
cli-demo-step-6-title = 6. आपातकालीन पासकोड सेट करें
cli-demo-step-6 =
    अगर कोई व्यक्ति को ऐप खोलने पर मजबूर करे, तो वह उसकी जगह { $duress } लिख सकता है।
    यह बिल्कुल सामान्य रूप से खोलने जैसा दिखता है।
cli-demo-step-7-title = 7. दबाव में खोलना
cli-demo-step-7 =
    { $duress } से खोलना काम कर गया। डायरी खाली दिखती है (नोट: { $count })।
    अंदर ही अंदर, असली तिजोरी पहले नष्ट कर दी गई। पुराने पासकोड को अब यह मिलता है:
    "{ $answer }"
cli-demo-step-8-title = 8. आपातकालीन मिटाना
cli-demo-step-8 = एक ही कदम तिजोरी को नष्ट कर देता है, बंद होने पर भी। फ़ोल्डर में बची फ़ाइलें:
cli-demo-no-files = (कोई नहीं)
cli-demo-file-size = { $size } बाइट
cli-demo-end = इस डेमो ने एक अस्थायी फ़ोल्डर इस्तेमाल किया। अब वह हटा दिया गया है।
cli-demo-keep-inbox-exists = यह फ़ोल्डर पहले से मौजूद है। --keep-inbox के लिए नया फ़ोल्डर दें; कुछ नहीं बदला गया।
cli-demo-desk = ब्राउज़र में संस्था का पक्ष: डेमो का इनबॉक्स रखने के लिए `waymark demo --keep-inbox ngo-inbox` चलाएँ; डेमो के अंत में दिखेगा कि इसे संस्था की डेस्क में कैसे खोलें (docs/ngo-desk.md)।
cli-demo-desk-kept = डेमो का इनबॉक्स { $dir } में रखा गया है। उसकी रिपोर्ट को वैसे देखने के लिए जैसे टीम देखती है, इनबॉक्स को `waymark inbox serve --dir { $dir }` से फिर शुरू करें, और दूसरे टर्मिनल में संस्था की डेस्क को `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk` से। वह जो पता दिखाए उसे ब्राउज़र में खोलें और अपने नाम और डेमो के पासफ़्रेज़ से लॉग इन करें: { $passphrase }
cli-demo-failed-found = डिस्क पर एक नोट बिना एन्क्रिप्शन के मिला।
cli-demo-failed-duress = आपातकालीन पासकोड ने तिजोरी नष्ट नहीं की।

## waymark content (प्रकाशकों के औज़ार, और तिजोरी में पैक)

cli-content-key-exists = यह चाबी फ़ाइल पहले से है। इसे बदला नहीं गया।
cli-content-error-write-key = चाबी फ़ाइल लिखी नहीं जा सकी।
cli-content-error-read-key = चाबी फ़ाइल पढ़ी नहीं जा सकी।
cli-content-error-write-manifest = मैनिफ़ेस्ट लिखा नहीं जा सका।
cli-content-refused = पैक नहीं लिया गया: { $reason }
cli-content-keygen-done =
    निजी चाबी लिख दी गई। इसे गुप्त रखें और इंटरनेट से दूर रखें।
    सार्वजनिक चाबी: { $public_key }
    चाबी की आईडी: { $key_id }
cli-content-signed = { $pack_id } संस्करण { $version } पर चाबी { $key_id } से हस्ताक्षर किए गए। फ़ाइलें: { $count }।
cli-content-verified = सही है: { $pack_id } संस्करण { $version }, चाबी { $key_id } से हस्ताक्षरित। अपने हैश से मेल खाने वाली फ़ाइलें: { $count }।
cli-content-checked = ढाँचा सही है: { $pack_id } संस्करण { $version }। फ़ाइलें: { $files }। भाषाएँ: { $locales }। हस्ताक्षर की जाँच नहीं हुई (waymark content verify इस्तेमाल करें)।
cli-content-trusted = अब से यह तिजोरी चाबी { $key_id } से हस्ताक्षरित पैक स्वीकार करेगी।
cli-content-untrusted = चाबी { $key_id } पर अब भरोसा नहीं है। इसके पैक हटा दिए गए।
cli-content-not-trusted = चाबी { $key_id } पर यहाँ भरोसा नहीं था।
cli-content-removed = पैक { $pack_id } हटा दिया गया।
cli-content-not-installed = पैक { $pack_id } इंस्टॉल नहीं था।
cli-content-installed = { $pack_id } संस्करण { $version } इंस्टॉल हो गया। फ़ाइलें: { $count }।
cli-content-list-publishers = भरोसेमंद प्रकाशक: { $count }
cli-content-list-packs = इंस्टॉल किए गए पैक: { $count }
cli-content-list-pack = { $pack_id } संस्करण { $version } (चाबी { $key_id })

## waymark helplines

cli-helplines-unknown-audience = यह समूह पहचाना नहीं गया। इनमें से कोई एक शब्द लिखें: { $choices }।
cli-helplines-unknown-channel = संपर्क का यह तरीका पहचाना नहीं गया। इनमें से कोई एक शब्द लिखें: { $choices }।
cli-helplines-none = कोई हेल्पलाइन मेल नहीं खाती। --audience या --channel के बिना कोशिश करें, या कोई दूसरा देश चुनें।
cli-helplines-call = कॉल करें: { $address }
cli-helplines-sms = SMS भेजें: { $address }
cli-helplines-sms-keyword = SMS भेजें: { $address } (शब्द { $keyword } भेजें)
cli-helplines-chat = चैट: { $address }
cli-helplines-web = वेबसाइट: { $address }
cli-helplines-ussd = यह कोड डायल करें: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today एक तारीख़ होनी चाहिए, YYYY-MM-DD में लिखी हुई।
cli-helplines-audit-summary = शामिल देश: { $countries }। प्रविष्टियाँ: { $entries }।
cli-helplines-audit-unconfirmed = ऐसे फ़ील्ड जिनकी पुष्टि कोई स्रोत नहीं करता:
cli-helplines-audit-key-fields = मुख्य फ़ील्ड, इसलिए अनिश्चित दिखाए जाते हैं: { $fields }
cli-helplines-audit-other-fields = अन्य फ़ील्ड: { $fields }
cli-helplines-audit-stale = बहुत पहले जाँचे गए स्रोत (सीमा, दिनों में: { $days }):
cli-helplines-audit-secondary = ऐसे मुख्य फ़ील्ड जिनकी पुष्टि सिर्फ़ ख़बरों या दूसरों ने की है:
cli-helplines-audit-marked = अनिश्चित दिखाई जाती हैं, रखरखाव करने वालों की टिप्पणी के साथ:
cli-helplines-audit-no-sources = बिना किसी स्रोत वाली प्रविष्टियाँ:
cli-helplines-audit-no-emergency = बिना आपातकालीन नंबर वाले देश: { $countries }
cli-helplines-audit-no-trafficking = बिना मानव तस्करी हेल्पलाइन वाले देश: { $countries }
cli-helplines-audit-no-crisis = बिना संकट हेल्पलाइन वाले देश: { $countries }
cli-helplines-audit-none = कोई नहीं
cli-helplines-audit-failed = कुछ देशों का कोई आपातकालीन नंबर नहीं है। यह निर्देशिका जारी करने से पहले, स्रोत के साथ एक नंबर जोड़ें।

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = इससे जाँचें: waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = { $file } और { $count } भाषा फ़ाइल(ें) लिखी गईं।
cli-import-summary = { $converted } बदले गए, { $changed } संशोधित, { $dropped } छोड़े गए, { $refused } अस्वीकार।
cli-import-checked = प्रश्नावली "waymark questionnaire check" की हर जाँच पास करती है।
cli-import-action-converted = बदला गया
cli-import-action-changed = संशोधित
cli-import-action-dropped = छोड़ा गया
cli-import-action-refused = अस्वीकार
cli-import-exists = { $file } पहले से मौजूद है: कोई दूसरा --out फ़ोल्डर चुनें।
