### Mga command ng questionnaire at interview sa terminal.

## waymark questionnaire

cli-questionnaire-check-clean = { $file }: walang nakitang problema.
cli-questionnaire-check-failed = Mga file na may problema: { $count } sa { $total }.
cli-questionnaire-source-builtin = kasama na
cli-questionnaire-source-pack = pack { $pack_id }
cli-questionnaire-list-none = Walang available na questionnaire.

## waymark interview

cli-interview-started = { $title }. Bawat sagot ay sine-save nang naka-encrypt sa sandaling ibigay ito (draft { $draft }).
cli-interview-resumed = { $title }: itutuloy natin kung saan ka huminto.
cli-interview-need-source = Magbigay ng questionnaire id o --file.
cli-interview-cmd-back = bumalik
cli-interview-cmd-review = suriin
cli-interview-cmd-stop = tumigil
cli-interview-cmd-quit = umalis
cli-interview-cmd-help = tulong
cli-interview-cmd-go = punta
cli-interview-commands = Sumagot gamit ang numero o mga salita ng sagot mo. Puwede mo ring i-type: { $back } (naunang tanong), { $review } (tingnan ang mga sagot mo), { $stop } (tumigil dito), { $quit } (umalis ngayon at ituloy mamaya), { $help }.
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = Para sa nag-i-interview: { $hint }
cli-interview-kind-integer = (buong numero)
cli-interview-kind-decimal = (numero)
cli-interview-kind-date = (petsa, nakasulat na YYYY-MM-DD)
cli-interview-kind-text = (i-type ang sagot, tapos pindutin ang Enter)
cli-interview-kind-multiple = (isa o higit pang numero, hiwalay sa kuwit)
cli-interview-kind-note = (pindutin ang Enter para magpatuloy)
cli-interview-kind-optional = (pindutin ang Enter nang walang sagot para laktawan ang tanong na ito)
cli-interview-current-answer = Sagot sa ngayon: { $answer }
cli-interview-not-understood = Pasensya, hindi naintindihan ang sagot na iyan. Pakisubukan ulit.
cli-interview-repeat-offer = Magdagdag ng { $title } ({ $number })? 1 = { $yes }, 2 = { $no }
cli-interview-review-title = Mga sagot mo:
cli-interview-review-item = { $number }. { $question }: { $answer }
cli-interview-review-unanswered = (walang sagot)
cli-interview-review-go = Para baguhin ang isang sagot, i-type ang { $go } at ang numero nito, halimbawa: { $go } 2
cli-interview-review-hidden = Pribado ang mga sagot: hindi pumayag ang tao na ipakita ang mga ito.
cli-interview-stopped = Huminto na tayo rito. Wala nang itatanong.
cli-interview-end = Iyon na ang huling tanong.
cli-interview-left = Naka-save ang mga sagot. Para ituloy mamaya: waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = Gusto mo bang makita ng worker ang mga sagot mo? 1 = { $yes }, 2 = { $no }
cli-interview-hand-back = Salamat. Pakibalik na ang phone ngayon.
cli-interview-finalize-ask = Tapusin na at i-save ang report? 1 = { $yes }, 2 = { $no }
cli-interview-finalized = Naka-save sa vault ang report na { $report }. Ang laman lang nito ay ang mga sagot sa mga tanong na itinanong.
cli-interview-answer-saved = Na-save ang sagot.
cli-interview-answers-file = Hindi mabasa ang file ng mga sagot. Detalye: { $reason }
cli-interview-answers-unknown = Binabanggit ng file ng mga sagot ang { $name }, na hindi tanong o inuulit na section ng questionnaire na ito (o hindi itinatanong dito).
cli-interview-answers-not-list = Inuulit na section ang { $name }: bigyan ito ng listahan ng mga block ([[{ $name }]] sa TOML).

## Buod

cli-interview-summary-title = Buod: { $title }
cli-interview-summary-risk = Resulta: { $risk }
cli-interview-summary-indicators = Mga nakitang palatandaan:
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = Walang nakitang palatandaan sa mga sagot na ito.
cli-interview-summary-actions = Mga inirerekomendang susunod na hakbang:
cli-interview-summary-options = Mga puwede mong gawin:
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - Tumawag o sumulat sa isang helpline:
cli-interview-summary-helplines-country = - Tumawag o sumulat sa isang helpline. Idagdag ang bansa ng tao (halimbawa --country PH) para makita ang tamang mga numero.
cli-interview-summary-helplines-none = - Tumawag o sumulat sa isang helpline. Wala pang helpline para sa bansang ito sa listahan.
cli-interview-summary-progress = Nasagot: { $answered } sa { $relevant } na tanong.
cli-interview-summary-stopped = Itinigil ang questionnaire bago matapos.
cli-interview-summary-answers-hidden = Pribado ang mga sagot: hindi pumayag ang tao na ipakita ang mga ito.

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = Walang draft.
cli-interview-mode-interviewer = interview
cli-interview-mode-self = sariling check
cli-interview-mode-handover = pag-abot ng phone
