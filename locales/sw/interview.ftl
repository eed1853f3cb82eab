### Amri za dodoso na mahojiano katika terminal.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: hakuna tatizo lililopatikana.
cli-questionnaire-check-failed = Faili zenye matatizo: { $count } kati ya { $total }.
cli-questionnaire-source-builtin = iliyojengwa ndani
cli-questionnaire-source-pack = kifurushi { $pack_id }
cli-questionnaire-list-none = Hakuna dodoso linalopatikana.

## waymark interview

cli-interview-started = { $title }. Kila jibu linahifadhiwa likiwa limesimbwa mara tu linapotolewa (rasimu { $draft }).
cli-interview-resumed = { $title }: tunaendelea pale ulipoishia.
cli-interview-need-source = Toa kitambulisho cha dodoso au --file.
cli-interview-cmd-back = rudi
cli-interview-cmd-review = pitia
cli-interview-cmd-stop = simama
cli-interview-cmd-quit = toka
cli-interview-cmd-help = msaada
cli-interview-cmd-go = nenda
cli-interview-commands = Jibu kwa namba au maneno ya jibu lako. Unaweza pia kuandika: { $back } (swali lililopita), { $review } (ona majibu yako), { $stop } (simama hapa), { $quit } (toka sasa na uendelee baadaye), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Kwa anayehoji: { $hint }
cli-interview-kind-integer = (namba kamili)
cli-interview-kind-decimal = (namba)
cli-interview-kind-date = (tarehe, iandikwe YYYY-MM-DD)
cli-interview-kind-text = (andika jibu, kisha bonyeza Enter)
cli-interview-kind-multiple = (namba moja au zaidi, zikitenganishwa kwa koma)
cli-interview-kind-note = (bonyeza Enter kuendelea)
cli-interview-kind-optional = (bonyeza Enter bila jibu kuruka swali hili)
cli-interview-current-answer = Jibu hadi sasa: { $answer }
cli-interview-not-understood = Samahani, jibu hilo halikueleweka. Tafadhali jaribu tena.
cli-interview-repeat-offer = Ongeza { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Majibu yako:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (hakuna jibu)
cli-interview-review-go = Kubadilisha jibu, andika { $go } na namba yake, kwa mfano: { $go } 2
cli-interview-review-hidden = Majibu ni ya siri: mtu huyo hakukubali yaonyeshwe.
cli-interview-stopped = Tumesimama hapa. Hakuna maswali zaidi yatakayoulizwa.
cli-interview-end = Hilo lilikuwa swali la mwisho.
cli-interview-left = Majibu yamehifadhiwa. Kuendelea baadaye: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Je, ungependa mfanyakazi aone majibu yako? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Asante. Tafadhali rudisha simu sasa.
cli-interview-finalize-ask = Kumaliza sasa na kuhifadhi ripoti? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = Ripoti { $report } imehifadhiwa kwenye sefu. Ina majibu ya maswali yaliyoulizwa tu.
cli-interview-answer-saved = Jibu limehifadhiwa.
cli-interview-answers-file = Faili ya majibu haikuweza kusomwa. Maelezo: { $reason }
cli-interview-answers-unknown = Faili ya majibu inataja { $name }, ambayo si swali wala sehemu inayorudiwa ya dodoso hili (au haiulizwi hapa).
cli-interview-answers-not-list = { $name } ni sehemu inayorudiwa: ipe orodha ya vipande ([[{ $name }]] katika TOML).

## Muhtasari

cli-interview-summary-title = Muhtasari: { $title }
cli-interview-summary-risk = Matokeo: { $risk }
cli-interview-summary-indicators = Dalili zilizopatikana:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = Hakuna dalili zilizopatikana katika majibu haya.
cli-interview-summary-actions = Hatua zinazopendekezwa:
cli-interview-summary-options = Mambo unayoweza kufanya:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Wasiliana na namba ya msaada:
cli-interview-summary-helplines-country = - Wasiliana na namba ya msaada. Ongeza nchi ya mtu huyo (kwa mfano --country KE) kuona namba sahihi.
cli-interview-summary-helplines-none = - Wasiliana na namba ya msaada. Orodha bado haina namba ya nchi hii.
cli-interview-summary-progress = Yamejibiwa: { $answered } kati ya maswali { $relevant }.
cli-interview-summary-stopped = Dodoso lilisimamishwa kabla ya mwisho.
cli-interview-summary-answers-hidden = Majibu ni ya siri: mtu huyo hakukubali yaonyeshwe.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Hakuna rasimu.
cli-interview-mode-interviewer = mahojiano
cli-interview-mode-self = kujipima
cli-interview-mode-handover = kukabidhi simu
