### Mga questionnaire: pag-check ng file, at mga error habang nag-i-interview.

## Mga error sa expression

expr-error-unexpected-char = Walang puwedeng magsimula sa character na ito sa isang expression.
expr-error-unterminated-string = Walang pangsarang { $quote } ang text na ito.
expr-error-dollar = Ang "$" ay dapat magsimula ng reference na nakasulat na ${"{"}name{"}"}.
expr-error-bad-reference-name = Kailangan ng reference ang pangalang nagsisimula sa letra o "_" at may letra, numero, "_", "-" at "." lang.
expr-error-unclosed-reference = Walang pangsarang "{"}"}" ang reference na ito.
expr-error-number-too-large = Masyadong malaki ang numerong ito.
expr-error-unsupported-xpath = Hindi suportado ang XPath syntax na { $what }. Tukuyin ang mga tanong gamit ang ${"{"}name{"}"}.
expr-error-too-long = Mas mahaba sa { $max } bytes ang expression.
expr-error-empty = Walang laman ang expression.
expr-error-trailing = Hindi puwedeng sumunod ang { $found } sa isang buong expression. Baka may kulang na operator o ",".
expr-error-too-deep = Higit sa { $max } antas ang pagkaka-nest ng expression.
expr-error-ends-early = Natatapos ang expression kung saan may inaasahang value.
expr-error-expected = { $expected } ang inaasahan dito, pero { $found } ang nakita.
expr-error-ends-before = Natatapos ang expression kung saan inaasahan ang { $expected }.
expr-error-value-before = May kulang na value bago ang { $found }.
expr-error-bare-name = Hindi function call ang { $name }. Isulat ang ${"{"}{ $name }{"}"} para sa tanong, o '{ $name }' sa loob ng quotes para sa text.
expr-error-not-a-value = Value ang inaasahan dito, pero { $found } ang nakita.
expr-error-unknown-function = Hindi suportadong function ang { $name }().
expr-error-repeat-as-value = Dito, may isang sagot bawat inuulit na block. Gamitin ang sum() o count().
expr-error-unknown-reference = Ang ${"{"}{ $name }{"}"} ay hindi tanong o kalkulasyon ng form na ito.
expr-error-arity = Ang { $function }() ay tumatanggap ng { $expected } argument, hindi { $got }.
expr-error-text-not-number = Hindi numero ang text na ito.
expr-error-arithmetic-on-choices = Kalkulasyon sa multiple choice. Gamitin ang count-selected().
expr-error-compare-number-text = Ikinukumpara ang numero sa text na hindi numero.
expr-error-compare-date-text = Ikinukumpara ang petsa sa text na hindi petsa. Isulat ang 'YYYY-MM-DD'.
expr-error-compare-choices = Ikinukumpara ang multiple choice gamit ang "=". Gamitin ang selected().
expr-error-needs-choices = Kailangan dito ng { $function }() ang multiple choice.
expr-error-sum-needs-numbers = Kailangan dito ng sum() ang mga numero.
expr-error-needs-repeat = Kailangan dito ng { $function }() ang tanong mula sa inuulit na block.

## Mga resulta ng `waymark questionnaire check`

questionnaire-finding-too-large = Mas malaki sa { $max } bytes ang file.
questionnaire-finding-toml = Hindi ito valid dito: { $detail }
questionnaire-finding-not-a-message-id = Ang mga text field ay may message id (letra, numero, - at _) mula sa mga .ftl file, hindi ang mismong text.
questionnaire-finding-bad-id = Hindi valid na pangalan ang questionnaire id na "{ $name }".
questionnaire-finding-bad-choice-name = Hindi valid na pangalan ang choice na "{ $name }".
questionnaire-finding-bad-section-id = Hindi valid na pangalan ang section id na "{ $name }".
questionnaire-finding-bad-question-name = Hindi valid na pangalan ang pangalan ng tanong na "{ $name }".
questionnaire-finding-bad-indicator-id = Hindi valid na pangalan ang indicator id na "{ $name }".
questionnaire-finding-empty-list = Walang laman ang choice list na { $list }.
questionnaire-finding-duplicate-choice = Dalawang beses lumalabas ang choice na { $choice } sa list na { $list }.
questionnaire-finding-duplicate-section = Dalawang beses idineklara ang section na { $id }.
questionnaire-finding-unknown-section = Walang section na { $id }.
questionnaire-finding-duplicate-name = Dalawang beses ginamit ang pangalang { $name }.
questionnaire-finding-unknown-type = Hindi kilalang uri ng tanong na "{ $type }". Gamitin ang yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement o calculate.
questionnaire-finding-no-label = Walang label ang tanong na { $name }.
questionnaire-finding-needs-choices = Kailangan ng tanong na { $name } ang choice list: choices = "list".
questionnaire-finding-unknown-list = Walang choice list na { $list }.
questionnaire-finding-choices-not-allowed = Hindi choice question ang { $name }. Alisin ang `choices`.
questionnaire-finding-no-calculation = Walang `calculation` ang kalkulasyong { $name }.
questionnaire-finding-calculation-in-repeat = Hindi suportado ang kalkulasyon sa loob ng inuulit na block. Magkalkula mula sa labas gamit ang sum() o count().
questionnaire-finding-calculation-not-allowed = Ang mga calculate na tanong lang ang may `calculation`.
questionnaire-finding-bad-default = Hindi tugma sa uri nito ang default na sagot ng { $name } (o hindi ito isa sa mga pagpipilian nito).
questionnaire-finding-required-no-answer = Walang sagot ang { $name }, kaya hindi ito puwedeng required.
questionnaire-finding-constraint-no-answer = Hindi puwedeng magkaroon ng constraint ang tanong na walang sagot.
questionnaire-finding-filter-not-allowed = Ang mga choice question lang ang may choice_filter.
questionnaire-finding-unknown-column = Walang choice sa list na may column na { $column }.
questionnaire-finding-cycle = Paikot na umaasa sa isa't isa ang mga kalkulasyon: { $names }.
questionnaire-finding-duplicate-indicator = Dalawang beses idineklara ang indicator na { $id }.
questionnaire-finding-bad-strength = Ang strength ay weak, medium o strong.
questionnaire-finding-bad-weight = Dapat may hangganang numero ang weight.
questionnaire-finding-unknown-indicator = Hindi idineklara sa [[indicators]] ang indicator na { $id }.
questionnaire-finding-bad-level = Ang level ay none, low, medium, high o urgent.
questionnaire-finding-one-rule = May eksaktong isang rule ang bawat outcome: any_of, at_least, all_of_sets o weight.
questionnaire-finding-bad-at-least = Ang at_least.n ay dapat nasa pagitan ng 1 at ng bilang ng indicator sa `of`.
questionnaire-finding-empty-sets = Kailangan ng all_of_sets ang mga set na bawat isa ay may kahit isang indicator.
questionnaire-finding-bad-threshold = Dapat may hangganang numero ang threshold.
questionnaire-finding-unreachable = Hindi kailanman lalabas ang tanong na { $name }: hindi kailanman magiging totoo ang `relevant` nito.
questionnaire-finding-unreachable-section = Hindi kailanman lalabas ang tanong na { $name }: hindi kailanman magiging totoo ang `relevant` ng section nito.
questionnaire-finding-missing-translation = Walang salin sa { $locale } ang message na { $id }.

## Mga error habang sumasagot

questionnaire-error-invalid = May mga problema ang questionnaire na ito ({ $count }).
questionnaire-error-unknown-question = Walang tanong na { $name }.
questionnaire-error-unknown-section = Walang section na { $id }.
questionnaire-error-not-answerable = Walang sagot ang { $name }.
questionnaire-error-not-relevant = Hindi itinatanong sa ngayon ang { $name }.
questionnaire-error-wrong-type = Hindi bagay ang ganitong sagot sa tanong na { $name }.
questionnaire-error-not-a-choice = Hindi iyan isa sa mga pagpipilian para sa { $name }.
questionnaire-error-too-long = Masyadong mahaba ang sagot sa { $name }.
questionnaire-error-constraint = Hindi tinatanggap ang sagot na ito sa { $name }. Pakitingnan ulit.
questionnaire-error-required = Kailangan ng sagot ang tanong na { $name }. Sagot din ang "Hindi sigurado" at "Mas gusto kong hindi sabihin".
questionnaire-error-no-such-instance = Walang block na numero { $number } ang { $name }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, block { $number }: { $message }
questionnaire-error-no-current-question = Wala nang tanong.
questionnaire-error-stopped = Itinigil ang questionnaire na ito. Puwede mo pa ring makita ang buod at tapusin ito.
questionnaire-error-finalized = Tapos na ang questionnaire na ito.
questionnaire-error-draft-not-found = Walang ganoong draft.
questionnaire-error-report-not-found = Walang ganoong report.
questionnaire-error-draft-mismatch = Para sa questionnaire na { $id } bersyon { $version } ang draft na ito, na wala rito.
questionnaire-error-draft-damaged = Sira ang naka-save na draft at hindi na maituloy.

## Paghahanap ng mga questionnaire

catalog-error-not-found = Walang questionnaire na may id na { $id }.
catalog-error-invalid = May mga problema ang questionnaire na { $id } ({ $count }).
catalog-error-id-mismatch = Idinedeklara ng { $file } ang id na { $id }, pero iba ang sinasabi ng pangalan ng file.
catalog-error-texts = Hindi mabasa ang mga salin sa { $file }. Detalye: { $reason }
catalog-error-not-utf8 = Hindi UTF-8 text ang { $file }.
catalog-error-too-large = Mas malaki sa { $max } bytes ang { $file }.
catalog-error-io = Hindi mabasa ang { $file } ({ $reason }).

## Mga resulta

risk-level-none = Walang nakitang palatandaan
risk-level-low = Mababa
risk-level-medium = Katamtaman
risk-level-high = Mataas
risk-level-urgent = Agaran
strength-weak = mahina
strength-medium = katamtaman
strength-strong = malakas

## Mga indicator

indicator-abuse_of_vulnerability = Pagsasamantala sa kahinaan
indicator-deception = Panlilinlang
indicator-restriction_of_movement = Paghihigpit sa paggalaw
indicator-isolation = Pagbubukod
indicator-physical_and_sexual_violence = Pisikal at sekswal na karahasan
indicator-intimidation_and_threats = Pananakot at pagbabanta
indicator-retention_of_identity_documents = Hawak ng iba ang mga ID
indicator-withholding_of_wages = Ipinipigil ang sahod
indicator-debt_bondage = Pagkaalipin dahil sa utang
indicator-abusive_working_and_living_conditions = Mapang-abusong kalagayan sa trabaho at tirahan
indicator-excessive_overtime = Sobrang overtime
indicator-deceptive_recruitment = Panlilinlang sa recruitment
indicator-coercive_recruitment = Sapilitang recruitment
indicator-sexual_exploitation = Sekswal na pagsasamantala
indicator-child = May batang sangkot
