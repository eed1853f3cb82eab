### प्रश्नावलियाँ: फ़ाइल की जाँच, और इंटरव्यू के दौरान की गलतियाँ।

## एक्सप्रेशन की गलतियाँ

expr-error-unexpected-char = एक्सप्रेशन में इस अक्षर से कुछ भी शुरू नहीं हो सकता।
expr-error-unterminated-string = इस टेक्स्ट का बंद करने वाला { $quote } नहीं है।
expr-error-dollar = "$" से ${"{"}name{"}"} जैसा रेफ़रेंस शुरू होना चाहिए।
expr-error-bad-reference-name = रेफ़रेंस का नाम किसी अक्षर या "_" से शुरू होना चाहिए और उसमें सिर्फ़ अक्षर, अंक, "_", "-" और "." हों।
expr-error-unclosed-reference = इस रेफ़रेंस का बंद करने वाला "{"}"}" नहीं है।
expr-error-number-too-large = यह संख्या बहुत बड़ी है।
expr-error-unsupported-xpath = XPath सिंटैक्स { $what } समर्थित नहीं है। सवालों का रेफ़रेंस ${"{"}name{"}"} से दें।
expr-error-too-long = एक्सप्रेशन { $max } बाइट से लंबा है।
expr-error-empty = एक्सप्रेशन खाली है।
expr-error-trailing = पूरे एक्सप्रेशन के बाद { $found } नहीं आ सकता। शायद कोई ऑपरेटर या "," छूट गया है।
expr-error-too-deep = एक्सप्रेशन { $max } से ज़्यादा स्तर तक नेस्टेड है।
expr-error-ends-early = एक्सप्रेशन वहाँ खत्म होता है जहाँ कोई मान चाहिए।
expr-error-expected = यहाँ { $expected } चाहिए था, पर { $found } मिला।
expr-error-ends-before = एक्सप्रेशन वहाँ खत्म होता है जहाँ { $expected } चाहिए।
expr-error-value-before = { $found } से पहले एक मान छूट गया है।
expr-error-bare-name = { $name } फ़ंक्शन कॉल नहीं है। सवाल के लिए ${"{"}{ $name }{"}"} लिखें, या टेक्स्ट के लिए '{ $name }' कोट्स में लिखें।
expr-error-not-a-value = यहाँ एक मान चाहिए था, पर { $found } मिला।
expr-error-unknown-function = { $name }() समर्थित फ़ंक्शन नहीं है।
expr-error-repeat-as-value = यहाँ हर दोहराए गए ब्लॉक का एक जवाब है। sum() या count() इस्तेमाल करें।
expr-error-unknown-reference = ${"{"}{ $name }{"}"} इस फ़ॉर्म का कोई सवाल या गणना नहीं है।
expr-error-arity = { $function }() { $expected } आर्ग्युमेंट लेता है, { $got } नहीं।
expr-error-text-not-number = यह टेक्स्ट संख्या नहीं है।
expr-error-arithmetic-on-choices = बहु-विकल्प पर गणना। count-selected() इस्तेमाल करें।
expr-error-compare-number-text = एक संख्या की तुलना ऐसे टेक्स्ट से हो रही है जो संख्या नहीं है।
expr-error-compare-date-text = एक तारीख की तुलना ऐसे टेक्स्ट से हो रही है जो तारीख नहीं है। 'YYYY-MM-DD' लिखें।
expr-error-compare-choices = बहु-विकल्प की तुलना "=" से हो रही है। selected() इस्तेमाल करें।
expr-error-needs-choices = यहाँ { $function }() को बहु-विकल्प चाहिए।
expr-error-sum-needs-numbers = यहाँ sum() को संख्याएँ चाहिए।
expr-error-needs-repeat = यहाँ { $function }() को किसी दोहराए गए ब्लॉक का सवाल चाहिए।

## `waymark questionnaire check` के नतीजे

questionnaire-finding-too-large = फ़ाइल { $max } बाइट से बड़ी है।
questionnaire-finding-toml = यह यहाँ मान्य नहीं है: { $detail }
questionnaire-finding-not-a-message-id = टेक्स्ट फ़ील्ड में .ftl फ़ाइलों का मैसेज आईडी (अक्षर, अंक, - और _) होता है, खुद टेक्स्ट नहीं।
questionnaire-finding-bad-id = प्रश्नावली आईडी "{ $name }" मान्य नाम नहीं है।
questionnaire-finding-bad-choice-name = विकल्प "{ $name }" मान्य नाम नहीं है।
questionnaire-finding-bad-section-id = सेक्शन आईडी "{ $name }" मान्य नाम नहीं है।
questionnaire-finding-bad-question-name = सवाल का नाम "{ $name }" मान्य नाम नहीं है।
questionnaire-finding-bad-indicator-id = संकेतक आईडी "{ $name }" मान्य नाम नहीं है।
questionnaire-finding-empty-list = विकल्प सूची { $list } खाली है।
questionnaire-finding-duplicate-choice = विकल्प { $choice } सूची { $list } में दो बार है।
questionnaire-finding-duplicate-section = सेक्शन { $id } दो बार घोषित है।
questionnaire-finding-unknown-section = सेक्शन { $id } मौजूद नहीं है।
questionnaire-finding-duplicate-name = नाम { $name } दो बार इस्तेमाल हुआ है।
questionnaire-finding-unknown-type = अनजान सवाल प्रकार "{ $type }"। yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement या calculate इस्तेमाल करें।
questionnaire-finding-no-label = सवाल { $name } का कोई लेबल (label) नहीं है।
questionnaire-finding-needs-choices = सवाल { $name } को विकल्प सूची चाहिए: choices = "list"।
questionnaire-finding-unknown-list = विकल्प सूची { $list } मौजूद नहीं है।
questionnaire-finding-choices-not-allowed = सवाल { $name } विकल्प वाला सवाल नहीं है। `choices` हटाएँ।
questionnaire-finding-no-calculation = गणना { $name } में `calculation` नहीं है।
questionnaire-finding-calculation-in-repeat = दोहराए गए ब्लॉक के अंदर गणना समर्थित नहीं है। बाहर से sum() या count() से गणना करें।
questionnaire-finding-calculation-not-allowed = सिर्फ़ calculate सवालों में `calculation` होती है।
questionnaire-finding-bad-default = { $name } का डिफ़ॉल्ट उत्तर उसके प्रकार से मेल नहीं खाता (या उसके विकल्पों में नहीं है)।
questionnaire-finding-required-no-answer = { $name } का कोई जवाब नहीं होता, इसलिए यह ज़रूरी नहीं हो सकता।
questionnaire-finding-constraint-no-answer = जिस सवाल का जवाब नहीं होता उस पर पाबंदी नहीं लग सकती।
questionnaire-finding-filter-not-allowed = सिर्फ़ विकल्प वाले सवालों में choice_filter होता है।
questionnaire-finding-unknown-column = सूची के किसी विकल्प में { $column } नाम का कॉलम नहीं है।
questionnaire-finding-cycle = गणनाएँ गोल घेरे में एक-दूसरे पर निर्भर हैं: { $names }।
questionnaire-finding-duplicate-indicator = संकेतक { $id } दो बार घोषित है।
questionnaire-finding-bad-strength = मज़बूती weak, medium या strong होती है।
questionnaire-finding-bad-weight = वज़न एक सीमित संख्या होनी चाहिए।
questionnaire-finding-unknown-indicator = संकेतक { $id } [[indicators]] में घोषित नहीं है।
questionnaire-finding-bad-level = स्तर none, low, medium, high या urgent होता है।
questionnaire-finding-one-rule = हर नतीजे में ठीक एक नियम होता है: any_of, at_least, all_of_sets या weight।
questionnaire-finding-bad-at-least = at_least.n 1 और `of` के संकेतकों की संख्या के बीच होना चाहिए।
questionnaire-finding-empty-sets = all_of_sets को ऐसे सेट चाहिए जिनमें से हर एक में कम से कम एक संकेतक हो।
questionnaire-finding-bad-threshold = सीमा एक सीमित संख्या होनी चाहिए।
questionnaire-finding-unreachable = सवाल { $name } कभी नहीं दिखेगा: उसका `relevant` कभी सच नहीं हो सकता।
questionnaire-finding-unreachable-section = सवाल { $name } कभी नहीं दिखेगा: उसके सेक्शन का `relevant` कभी सच नहीं हो सकता।
questionnaire-finding-missing-translation = मैसेज { $id } का { $locale } में अनुवाद नहीं है।

## जवाब देते समय की गलतियाँ

questionnaire-error-invalid = इस प्रश्नावली में समस्याएँ हैं ({ $count })।
questionnaire-error-unknown-question = { $name } नाम का कोई सवाल नहीं है।
questionnaire-error-unknown-section = { $id } नाम का कोई सेक्शन नहीं है।
questionnaire-error-not-answerable = { $name } का कोई जवाब नहीं होता।
questionnaire-error-not-relevant = सवाल { $name } अभी नहीं पूछा जा रहा।
questionnaire-error-wrong-type = इस तरह का जवाब सवाल { $name } के लिए ठीक नहीं है।
questionnaire-error-not-a-choice = यह { $name } के विकल्पों में से नहीं है।
questionnaire-error-too-long = { $name } का जवाब बहुत लंबा है।
questionnaire-error-constraint = { $name } का यह जवाब स्वीकार नहीं है। कृपया इसे जाँचें।
questionnaire-error-required = सवाल { $name } का जवाब चाहिए। "पक्का नहीं पता" और "नहीं बताना चाहते" भी जवाब हैं।
questionnaire-error-no-such-instance = { $name } में ब्लॉक नंबर { $number } नहीं है।
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, ब्लॉक { $number }: { $message }
questionnaire-error-no-current-question = अब और सवाल नहीं हैं।
questionnaire-error-stopped = यह प्रश्नावली रोक दी गई। आप अभी भी सारांश देख सकते हैं और इसे पूरा कर सकते हैं।
questionnaire-error-finalized = यह प्रश्नावली पहले ही पूरी हो चुकी है।
questionnaire-error-draft-not-found = ऐसा कोई ड्राफ़्ट नहीं है।
questionnaire-error-report-not-found = ऐसी कोई रिपोर्ट नहीं है।
questionnaire-error-draft-mismatch = यह ड्राफ़्ट प्रश्नावली { $id } संस्करण { $version } का है, जो यहाँ उपलब्ध नहीं है।
questionnaire-error-draft-damaged = सहेजा गया ड्राफ़्ट खराब हो गया है और आगे नहीं बढ़ सकता।

## प्रश्नावलियाँ ढूँढना

catalog-error-not-found = { $id } आईडी वाली कोई प्रश्नावली नहीं है।
catalog-error-invalid = प्रश्नावली { $id } में समस्याएँ हैं ({ $count })।
catalog-error-id-mismatch = { $file } आईडी { $id } घोषित करती है, पर फ़ाइल का नाम कोई और आईडी बताता है।
catalog-error-texts = { $file } के अनुवाद पढ़े नहीं जा सके। विवरण: { $reason }
catalog-error-not-utf8 = { $file } UTF-8 टेक्स्ट नहीं है।
catalog-error-too-large = { $file } { $max } बाइट से बड़ी है।
catalog-error-io = { $file } पढ़ी नहीं जा सकी ({ $reason })।

## नतीजे

risk-level-none = कोई संकेत नहीं मिला
risk-level-low = कम
risk-level-medium = मध्यम
risk-level-high = ज़्यादा
risk-level-urgent = तुरंत
strength-weak = कमज़ोर
strength-medium = मध्यम
strength-strong = मज़बूत

## संकेतक

indicator-abuse_of_vulnerability = मजबूरी का फ़ायदा उठाना
indicator-deception = धोखा
indicator-restriction_of_movement = आने-जाने पर रोक
indicator-isolation = अलग-थलग रखना
indicator-physical_and_sexual_violence = शारीरिक और यौन हिंसा
indicator-intimidation_and_threats = डराना और धमकाना
indicator-retention_of_identity_documents = पहचान के कागज़ दूसरों के पास
indicator-withholding_of_wages = मज़दूरी रोकना
indicator-debt_bondage = कर्ज़ की गुलामी
indicator-abusive_working_and_living_conditions = काम और रहने की बुरी हालत
indicator-excessive_overtime = हद से ज़्यादा ओवरटाइम
indicator-deceptive_recruitment = धोखे से भर्ती
indicator-coercive_recruitment = ज़बरदस्ती भर्ती
indicator-sexual_exploitation = यौन शोषण
indicator-child = मामले में एक बच्चा है
