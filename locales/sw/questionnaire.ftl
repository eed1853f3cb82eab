### Dodoso: kukagua faili, na makosa wakati wa mahojiano.

## Makosa ya usemi (expression)

expr-error-unexpected-char = Herufi hii haiwezi kuanzisha chochote katika usemi.
expr-error-unterminated-string = Maandishi haya hayana { $quote } ya kufunga.
expr-error-dollar = "$" lazima ianzishe marejeo yaliyoandikwa ${"{"}jina{"}"}.
expr-error-bad-reference-name = Marejeo yanahitaji jina linaloanza kwa herufi au "_" na lenye herufi, tarakimu, "_", "-" na "." tu.
expr-error-unclosed-reference = Marejeo haya hayana "{"}"}" ya kufunga.
expr-error-number-too-large = Nambari hii ni kubwa mno.
expr-error-unsupported-xpath = Sintaksia ya XPath { $what } haitumiki. Rejelea maswali kwa ${"{"}jina{"}"}.
expr-error-too-long = Usemi ni mrefu kuliko baiti { $max }.
expr-error-empty = Usemi ni mtupu.
expr-error-trailing = { $found } haiwezi kufuata usemi uliokamilika. Huenda kiendeshaji au "," kimekosekana.
expr-error-too-deep = Usemi una zaidi ya ngazi { $max } zilizofungamana.
expr-error-ends-early = Usemi unaishia mahali ambapo thamani inatarajiwa.
expr-error-expected = Hapa { $expected } ilitarajiwa, lakini kuna { $found }.
expr-error-ends-before = Usemi unaishia mahali ambapo { $expected } inatarajiwa.
expr-error-value-before = Thamani inakosekana kabla ya { $found }.
expr-error-bare-name = { $name } si mwito wa kitendakazi. Andika ${"{"}{ $name }{"}"} kwa swali, au '{ $name }' ndani ya alama za nukuu kwa maandishi.
expr-error-not-a-value = Hapa thamani ilitarajiwa, lakini kuna { $found }.
expr-error-unknown-function = { $name }() si kitendakazi kinachotumika.
expr-error-repeat-as-value = Hapa kuna jibu moja kwa kila kipande kinachorudiwa. Tumia sum() au count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} si swali wala hesabu ya fomu hii.
expr-error-arity = { $function }() inachukua hoja { $expected }, si { $got }.
expr-error-text-not-number = Maandishi haya si nambari.
expr-error-arithmetic-on-choices = Hesabu kwenye chaguo nyingi. Tumia count-selected().
expr-error-compare-number-text = Nambari inalinganishwa na maandishi ambayo si nambari.
expr-error-compare-date-text = Tarehe inalinganishwa na maandishi ambayo si tarehe. Andika 'YYYY-MM-DD'.
expr-error-compare-choices = Chaguo nyingi linalinganishwa kwa "=". Tumia selected().
expr-error-needs-choices = Hapa { $function }() inahitaji chaguo nyingi.
expr-error-sum-needs-numbers = Hapa sum() inahitaji nambari.
expr-error-needs-repeat = Hapa { $function }() inahitaji swali kutoka kipande kinachorudiwa.

## Matokeo ya `waymark questionnaire check`

questionnaire-finding-too-large = Faili ni kubwa kuliko baiti { $max }.
questionnaire-finding-toml = Hili si sahihi hapa: { $detail }
questionnaire-finding-not-a-message-id = Sehemu za maandishi zinabeba kitambulisho cha ujumbe (herufi, tarakimu, - na _) kutoka faili za .ftl, si maandishi yenyewe.
questionnaire-finding-bad-id = Kitambulisho cha dodoso "{ $name }" si jina sahihi.
questionnaire-finding-bad-choice-name = Chaguo "{ $name }" si jina sahihi.
questionnaire-finding-bad-section-id = Kitambulisho cha sehemu "{ $name }" si jina sahihi.
questionnaire-finding-bad-question-name = Jina la swali "{ $name }" si jina sahihi.
questionnaire-finding-bad-indicator-id = Kitambulisho cha kiashiria "{ $name }" si jina sahihi.
questionnaire-finding-empty-list = Orodha ya machaguo { $list } ni tupu.
questionnaire-finding-duplicate-choice = Chaguo { $choice } linaonekana mara mbili katika orodha { $list }.
questionnaire-finding-duplicate-section = Sehemu { $id } imetangazwa mara mbili.
questionnaire-finding-unknown-section = Sehemu { $id } haipo.
questionnaire-finding-duplicate-name = Jina { $name } limetumika mara mbili.
questionnaire-finding-unknown-type = Aina ya swali isiyojulikana "{ $type }". Tumia yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement au calculate.
questionnaire-finding-no-label = Swali { $name } halina lebo (label).
questionnaire-finding-needs-choices = Swali { $name } linahitaji orodha ya machaguo: choices = "orodha".
questionnaire-finding-unknown-list = Orodha ya machaguo { $list } haipo.
questionnaire-finding-choices-not-allowed = Swali { $name } si swali la machaguo. Ondoa `choices`.
questionnaire-finding-no-calculation = Hesabu { $name } haina `calculation`.
questionnaire-finding-calculation-in-repeat = Hesabu ndani ya kipande kinachorudiwa hazitumiki. Hesabu kutoka nje kwa sum() au count().
questionnaire-finding-calculation-not-allowed = Maswali ya calculate pekee ndiyo yana `calculation`.
questionnaire-finding-bad-default = Jibu la msingi la { $name } halilingani na aina yake (au si mojawapo ya machaguo yake).
questionnaire-finding-required-no-answer = { $name } haipokei jibu, kwa hiyo haiwezi kuwa ya lazima.
questionnaire-finding-constraint-no-answer = Swali lisilopokea jibu haliwezi kuwa na sharti.
questionnaire-finding-filter-not-allowed = Maswali ya machaguo pekee ndiyo yana choice_filter.
questionnaire-finding-unknown-column = Hakuna chaguo katika orodha lenye safu iitwayo { $column }.
questionnaire-finding-cycle = Hesabu zinategemeana kwa mduara: { $names }.
questionnaire-finding-duplicate-indicator = Kiashiria { $id } kimetangazwa mara mbili.
questionnaire-finding-bad-strength = Nguvu ni weak, medium au strong.
questionnaire-finding-bad-weight = Uzito lazima uwe nambari yenye kikomo.
questionnaire-finding-unknown-indicator = Kiashiria { $id } hakijatangazwa katika [[indicators]].
questionnaire-finding-bad-level = Kiwango ni none, low, medium, high au urgent.
questionnaire-finding-one-rule = Kila tokeo lina kanuni moja tu: any_of, at_least, all_of_sets au weight.
questionnaire-finding-bad-at-least = at_least.n lazima iwe kati ya 1 na idadi ya viashiria katika `of`.
questionnaire-finding-empty-sets = all_of_sets inahitaji makundi ambayo kila moja linataja angalau kiashiria kimoja.
questionnaire-finding-bad-threshold = Kizingiti lazima kiwe nambari yenye kikomo.
questionnaire-finding-unreachable = Swali { $name } haliwezi kuonyeshwa kamwe: `relevant` yake haiwezi kuwa kweli.
questionnaire-finding-unreachable-section = Swali { $name } haliwezi kuonyeshwa kamwe: `relevant` ya sehemu yake haiwezi kuwa kweli.
questionnaire-finding-missing-translation = Ujumbe { $id } hauna tafsiri katika { $locale }.

## Makosa wakati wa kujibu

questionnaire-error-invalid = Dodoso hili lina matatizo ({ $count }).
questionnaire-error-unknown-question = Hakuna swali liitwalo { $name }.
questionnaire-error-unknown-section = Hakuna sehemu iitwayo { $id }.
questionnaire-error-not-answerable = { $name } haipokei jibu.
questionnaire-error-not-relevant = Swali { $name } haliulizwi kwa sasa.
questionnaire-error-wrong-type = Aina hii ya jibu haifai kwa swali { $name }.
questionnaire-error-not-a-choice = Hilo si mojawapo ya machaguo ya { $name }.
questionnaire-error-too-long = Jibu la { $name } ni refu mno.
questionnaire-error-constraint = Jibu hili la { $name } halikubaliki. Tafadhali likague.
questionnaire-error-required = Swali { $name } linahitaji jibu. "Sina uhakika" na "Sipendi kusema" pia ni majibu.
questionnaire-error-no-such-instance = { $name } haina kipande namba { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, kipande { $number }: { $message }
questionnaire-error-no-current-question = Hakuna maswali zaidi.
questionnaire-error-stopped = Dodoso hili limesimamishwa. Bado unaweza kuona muhtasari na kulimaliza.
questionnaire-error-finalized = Dodoso hili tayari limekamilika.
questionnaire-error-draft-not-found = Rasimu hiyo haipo.
questionnaire-error-report-not-found = Ripoti hiyo haipo.
questionnaire-error-draft-mismatch = Rasimu hii ni ya dodoso { $id } toleo { $version }, ambalo halipatikani hapa.
questionnaire-error-draft-damaged = Rasimu iliyohifadhiwa imeharibika na haiwezi kuendelezwa.

## Kutafuta dodoso

catalog-error-not-found = Hakuna dodoso lenye kitambulisho { $id }.
catalog-error-invalid = Dodoso { $id } lina matatizo ({ $count }).
catalog-error-id-mismatch = { $file } inatangaza kitambulisho { $id }, lakini jina la faili linaonyesha kingine.
catalog-error-texts = Tafsiri katika { $file } hazikuweza kusomwa. Maelezo: { $reason }
catalog-error-not-utf8 = { $file } si maandishi ya UTF-8.
catalog-error-too-large = { $file } ni kubwa kuliko baiti { $max }.
catalog-error-io = { $file } haikuweza kusomwa ({ $reason }).

## Matokeo

risk-level-none = Hakuna dalili zilizopatikana
risk-level-low = Chini
risk-level-medium = Wastani
risk-level-high = Juu
risk-level-urgent = Dharura
strength-weak = dhaifu
strength-medium = wastani
strength-strong = imara

## Viashiria

indicator-abuse_of_vulnerability = Kutumia udhaifu wa mtu
indicator-deception = Udanganyifu
indicator-restriction_of_movement = Kuzuiwa kutembea
indicator-isolation = Kutengwa
indicator-physical_and_sexual_violence = Ukatili wa kimwili na wa kingono
indicator-intimidation_and_threats = Vitisho na kutishwa
indicator-retention_of_identity_documents = Vitambulisho vinashikiliwa na wengine
indicator-withholding_of_wages = Mshahara kuzuiliwa
indicator-debt_bondage = Utumwa wa madeni
indicator-abusive_working_and_living_conditions = Mazingira mabaya ya kazi na maisha
indicator-excessive_overtime = Saa za ziada kupita kiasi
indicator-deceptive_recruitment = Kuajiriwa kwa udanganyifu
indicator-coercive_recruitment = Kuajiriwa kwa kulazimishwa
indicator-sexual_exploitation = Unyonyaji wa kingono
indicator-child = Mtoto anahusika
