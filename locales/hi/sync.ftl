### किसी संस्था को रिपोर्ट भेजना: आउटबॉक्स, भेजने के नियम, जवाब। मशीन अनुवाद; जाँच ज़रूरी है।

## अभी कुछ क्यों नहीं भेजा जा रहा

sync-held-waiting-for-user = आपके भेजें दबाने का इंतज़ार है।
sync-held-no-network = कनेक्शन का इंतज़ार है।
sync-held-captive-portal = यह नेटवर्क पहले साइन-इन माँगता है। इंतज़ार है।
sync-held-not-validated = चालू इंटरनेट कनेक्शन का इंतज़ार है।
sync-held-transport = आपके चुने हुए तरह के कनेक्शन का इंतज़ार है।
sync-held-metered = ऐसे कनेक्शन का इंतज़ार है जिसमें डेटा के हिसाब से पैसे न लगें।
sync-held-roaming = रोमिंग में नहीं भेजा जाता।
sync-held-vpn = आपके VPN का इंतज़ार है।
sync-held-untrusted-network = भरोसेमंद नेटवर्क का इंतज़ार है।
sync-held-time-window = आपके चुने हुए समय का इंतज़ार है।
sync-held-not-charging = फ़ोन के चार्ज होने का इंतज़ार है।

## भेजना क्यों नहीं हो पाया (रिपोर्ट रखी रहती है और फिर भेजी जाएगी)

sync-failure-connect = संस्था के सर्वर तक नहीं पहुँच सके।
sync-failure-timeout = संस्था के सर्वर ने जवाब देने में बहुत देर की।
sync-failure-tls = सुरक्षित कनेक्शन की जाँच नहीं हो सकी।
sync-failure-pin-mismatch = सर्वर की सुरक्षा कुंजी संस्था की नहीं है। कुछ नहीं भेजा गया।
sync-failure-interrupted = कनेक्शन टूट गया।
sync-failure-server-error = संस्था के सर्वर में कोई दिक्कत हुई।
sync-failure-rate-limited = संस्था का सर्वर व्यस्त है। बाद में फिर कोशिश होगी।
sync-failure-too-large = यह रिपोर्ट इस संस्था के लिए बहुत बड़ी है।
sync-failure-refused = संस्था के सर्वर ने रिपोर्ट लेने से मना किया।
sync-failure-malformed = संस्था के सर्वर का जवाब समझ में नहीं आया।
sync-failure-no-endpoint = अभी की सेटिंग से इस संस्था तक पहुँचने का कोई रास्ता नहीं है।
sync-failure-setup = कनेक्शन तैयार नहीं हो सका। प्रॉक्सी की सेटिंग देखें।
sync-failure-bad-receipt = सर्वर की रसीद की जाँच नहीं हो सकी, इसलिए रिपोर्ट रखी गई है।

## गड़बड़ियाँ

sync-error-unknown-ngo = यह संस्था आपकी सूची में नहीं है।
sync-error-no-directory = इस संस्था की जानकारी अभी डाउनलोड नहीं हुई है।
sync-error-directory-expired = इस संस्था की जानकारी पुरानी हो गई है। पहले उसे अपडेट करें।
sync-error-invalid-key = यह संस्था की सही कुंजी नहीं है।
sync-error-unknown-report = आउटबॉक्स में ऐसी कोई रिपोर्ट नहीं है।
sync-error-nothing-to-send = भेजने को कुछ नहीं है।
sync-error-already-queued = यह पहले से आउटबॉक्स में है।
sync-error-too-large = रिपोर्ट भेजने के लिए बहुत बड़ी है।
sync-error-seal = रिपोर्ट सील नहीं हो सकी।
sync-error-signature = संस्था का हस्ताक्षर सही नहीं है।
sync-error-directory-rollback = संस्था की ये जानकारी इस फ़ोन पर पहले से मौजूद जानकारी से पुरानी है, इसलिए इस्तेमाल नहीं की गई।
sync-error-bad-answer = संस्था के सर्वर का जवाब समझ में नहीं आया।
sync-error-damaged = भेजने का सहेजा गया डेटा खराब हो गया है।
sync-error-invalid-setting = यह सेटिंग मान्य नहीं है: { $setting }।

## waymark ngo

cli-ngo-added = अब आप { $name } पर भरोसा करते हैं (कुंजी { $key_id })। उसकी रिपोर्टें ऐसे सील होती हैं कि सिर्फ़ वही पढ़ सके।
cli-ngo-refreshed = { $name } की जानकारी नई है।
cli-ngo-none = आप अभी किसी संस्था पर भरोसा नहीं करते।
cli-ngo-line-ready = { $key_id }  { $name }  (जानकारी { $expires } तक मान्य)
cli-ngo-line-no-directory = { $key_id }  { $name }  (जानकारी अभी डाउनलोड नहीं हुई)

## waymark outbox

cli-outbox-queued =
    सील करके आउटबॉक्स में रखा गया: { $id }।
    रसीद कोड (यह फ़ोन इससे जवाब माँगता है; जवाब सिर्फ़ यही फ़ोन पढ़ सकता है): { $code }
    यही कोड अंकों में: { $digits }
cli-outbox-fingerprint = रिपोर्ट की पहचान-छाप (संस्था के कार्यकर्ता को आपकी रिपोर्ट पर यही दिखती है; कोड की जगह यही पढ़कर बताएं): { $fingerprint }
cli-outbox-empty = आउटबॉक्स खाली है।
cli-outbox-kind-questionnaire = प्रश्नावली
cli-outbox-kind-journal = डायरी के नोट
cli-outbox-kind-assistant = सहायक
cli-outbox-kind-text = लिखित संदेश
cli-outbox-line-queued = { $id }  { $kind }  इंतज़ार में (कोशिशें: { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  पहुँच गई ({ $day })
cli-outbox-last-problem = पिछली दिक्कत: { $reason }
cli-outbox-status = इंतज़ार में: { $queued }। पहुँच गईं: { $sent }।
cli-outbox-policy-allows = आपके नियम अभी भेजने की अनुमति देते हैं।
cli-sync-held = अभी नहीं भेजा जा रहा। { $reason }
cli-sync-delayed = जल्द ही, किसी भी पल भेजा जाएगा।
cli-sync-idle = भेजने को कुछ नहीं है।
cli-sync-ran = पहुँच गईं: { $sent }। नहीं जा सकीं: { $failed }। अभी इंतज़ार में: { $queued }। नए जवाब: { $replies }।

## waymark policy

cli-yes = हाँ
cli-no = नहीं
cli-policy-any-time = किसी भी समय
cli-policy-no-proxy = कोई नहीं
cli-policy-bad-window = समय HH:MM-HH:MM की तरह लिखें, जैसे 22:00-06:00।
cli-policy-saved = आपके नियम सहेज लिए गए।
cli-policy-show =
    सिर्फ़ जब मैं भेजें दबाऊँ: { $manual }
    Wi-Fi: { $wifi }। मोबाइल डेटा: { $cellular }। डेटा के हिसाब से पैसे वाले नेटवर्क: { $metered }। रोमिंग: { $roaming }।
    VPN ज़रूरी: { $vpn }। सिर्फ़ भरोसेमंद नेटवर्क: { $trusted } (सहेजे गए: { $trusted_count })।
    समय: { $windows }। सिर्फ़ चार्ज होते समय: { $charging }।
    भेजने से पहले किसी भी पल तक इंतज़ार, सेकंड में: { $delay_min } से { $delay_max }। नकली भेजना: { $dummy }।
    Tor या SOCKS प्रॉक्सी: { $proxy }

## waymark replies

cli-replies-none = अभी कोई जवाब नहीं आया।
cli-replies-line = रिपोर्ट { $id } पर { $day } का जवाब:
