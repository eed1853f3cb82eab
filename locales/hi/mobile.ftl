### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = ऐप के अंदर कुछ गड़बड़ हो गई। आपका सहेजा हुआ कुछ भी नहीं खोया। कृपया फिर से कोशिश करें।
ffi-network-facts-unavailable = ऐप अभी नेटवर्क की जाँच नहीं कर पा रहा है, इसलिए कुछ भी नहीं भेजा गया।
ffi-questionnaire-invalid = इस प्रश्नावली में गलतियाँ हैं और इसका उपयोग नहीं किया जा सकता।
ffi-questionnaire-required = आगे बढ़ने के लिए कृपया इस प्रश्न का उत्तर दें।
ffi-questionnaire-not-accepted = यह उत्तर इस प्रश्न से मेल नहीं खाता।
ffi-questionnaire-too-long = यह उत्तर बहुत लंबा है।
ffi-questionnaire-not-available = यह प्रश्न अभी उपलब्ध नहीं है।
ffi-questionnaire-closed = यह प्रश्नावली पूरी हो चुकी है। अब और उत्तर नहीं जोड़े जा सकते।
ffi-questionnaire-draft-not-found = यह ड्राफ़्ट या रिपोर्ट अब यहाँ नहीं है।
ffi-questionnaire-draft-mismatch = यह ड्राफ़्ट प्रश्नावली के किसी दूसरे संस्करण से शुरू किया गया था।
ffi-questionnaire-draft-damaged = यह सहेजा गया ड्राफ़्ट खराब हो गया है और खुल नहीं सकता।
