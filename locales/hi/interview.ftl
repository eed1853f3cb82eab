### टर्मिनल के प्रश्नावली और इंटरव्यू कमांड।

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: कोई समस्या नहीं मिली।
cli-questionnaire-check-failed = समस्या वाली फ़ाइलें: { $total } में से { $count }।
cli-questionnaire-source-builtin = अंतर्निहित
cli-questionnaire-source-pack = पैक { $pack_id }
cli-questionnaire-list-none = कोई प्रश्नावली उपलब्ध नहीं है।

## waymark interview

cli-interview-started = { $title }। हर जवाब देते ही एन्क्रिप्ट करके सहेजा जाता है (ड्राफ़्ट { $draft })।
cli-interview-resumed = { $title }: जहाँ आप रुके थे, वहीं से आगे।
cli-interview-need-source = प्रश्नावली आईडी या --file दें।
cli-interview-cmd-back = पीछे
cli-interview-cmd-review = देखें
cli-interview-cmd-stop = रुकें
cli-interview-cmd-quit = बाहर
cli-interview-cmd-help = मदद
cli-interview-cmd-go = जाएँ
cli-interview-commands = अपने जवाब का नंबर या शब्द लिखें। आप यह भी लिख सकते हैं: { $back } (पिछला सवाल), { $review } (अपने जवाब देखें), { $stop } (यहीं रुकें), { $quit } (अभी जाएँ और बाद में जारी रखें), { $help }।
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = इंटरव्यू लेने वाले के लिए: { $hint }
cli-interview-kind-integer = (एक पूर्ण संख्या)
cli-interview-kind-decimal = (एक संख्या)
cli-interview-kind-date = (तारीख, YYYY-MM-DD के रूप में)
cli-interview-kind-text = (जवाब लिखें, फिर Enter दबाएँ)
cli-interview-kind-multiple = (एक या ज़्यादा नंबर, कॉमा से अलग)
cli-interview-kind-note = (आगे बढ़ने के लिए Enter दबाएँ)
cli-interview-kind-optional = (इस सवाल को छोड़ने के लिए बिना जवाब Enter दबाएँ)
cli-interview-current-answer = अब तक का जवाब: { $answer }
cli-interview-not-understood = माफ़ कीजिए, यह जवाब समझ नहीं आया। कृपया फिर से कोशिश करें।
cli-interview-repeat-offer = { $title } ({ $number }) जोड़ें? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = आपके जवाब:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (कोई जवाब नहीं)
cli-interview-review-go = कोई जवाब बदलने के लिए { $go } और उसका नंबर लिखें, जैसे: { $go } 2
cli-interview-review-hidden = जवाब निजी हैं: व्यक्ति ने उन्हें दिखाने की सहमति नहीं दी।
cli-interview-stopped = यहीं रुक गए। अब और सवाल नहीं पूछे जाएँगे।
cli-interview-end = यह आखिरी सवाल था।
cli-interview-left = जवाब सहेजे गए हैं। बाद में जारी रखने के लिए: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = क्या आप चाहते हैं कि कार्यकर्ता आपके जवाब देखें? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = धन्यवाद। कृपया अब फ़ोन वापस दे दें।
cli-interview-finalize-ask = अभी पूरा करें और रिपोर्ट सहेजें? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = रिपोर्ट { $report } तिजोरी में सहेजी गई है। इसमें सिर्फ़ पूछे गए सवालों के जवाब हैं।
cli-interview-answer-saved = जवाब सहेजा गया।
cli-interview-answers-file = जवाबों की फ़ाइल पढ़ी नहीं जा सकी। विवरण: { $reason }
cli-interview-answers-unknown = जवाबों की फ़ाइल में { $name } है, जो इस प्रश्नावली का सवाल या दोहराया जाने वाला सेक्शन नहीं है (या यहाँ पूछा नहीं जाता)।
cli-interview-answers-not-list = { $name } दोहराया जाने वाला सेक्शन है: इसे ब्लॉकों की सूची दें (TOML में [[{ $name }]])।

## सारांश

cli-interview-summary-title = सारांश: { $title }
cli-interview-summary-risk = नतीजा: { $risk }
cli-interview-summary-indicators = मिले संकेत:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = इन जवाबों में कोई संकेत नहीं मिला।
cli-interview-summary-actions = सुझाए गए अगले कदम:
cli-interview-summary-options = आप ये कर सकते हैं:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - किसी हेल्पलाइन से संपर्क करें:
cli-interview-summary-helplines-country = - किसी हेल्पलाइन से संपर्क करें। सही नंबर देखने के लिए व्यक्ति का देश जोड़ें (जैसे --country IN)।
cli-interview-summary-helplines-none = - किसी हेल्पलाइन से संपर्क करें। सूची में अभी इस देश की कोई हेल्पलाइन नहीं है।
cli-interview-summary-progress = जवाब दिए: { $relevant } में से { $answered } सवाल।
cli-interview-summary-stopped = प्रश्नावली बीच में रोक दी गई थी।
cli-interview-summary-answers-hidden = जवाब निजी हैं: व्यक्ति ने उन्हें दिखाने की सहमति नहीं दी।

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = कोई ड्राफ़्ट नहीं है।
cli-interview-mode-interviewer = इंटरव्यू
cli-interview-mode-self = खुद की जाँच
cli-interview-mode-handover = फ़ोन सौंपना
