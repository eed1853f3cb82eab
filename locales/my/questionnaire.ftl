### မေးခွန်းလွှာများ- ဖိုင်စစ်ဆေးခြင်းနှင့် အင်တာဗျူးအတွင်း အမှားများ။

## expression အမှားများ

expr-error-unexpected-char = ဤစာလုံးဖြင့် expression ထဲတွင် ဘာမျှ မစနိုင်ပါ။
expr-error-unterminated-string = ဤစာသားတွင် ပိတ်သော { $quote } မရှိပါ။
expr-error-dollar = "$" သည် ${"{"}name{"}"} ပုံစံ ကိုးကားချက်ကို စရမည်။
expr-error-bad-reference-name = ကိုးကားချက်တွင် စာလုံး သို့မဟုတ် "_" ဖြင့် စပြီး စာလုံး၊ ဂဏန်း၊ "_"၊ "-" နှင့် "." သာပါသော အမည် လိုသည်။
expr-error-unclosed-reference = ဤကိုးကားချက်တွင် ပိတ်သော "{"}"}" မရှိပါ။
expr-error-number-too-large = ဤဂဏန်းသည် အလွန်ကြီးသည်။
expr-error-unsupported-xpath = XPath ရေးထုံး { $what } ကို မပံ့ပိုးပါ။ မေးခွန်းများကို ${"{"}name{"}"} ဖြင့် ကိုးကားပါ။
expr-error-too-long = expression သည် { $max } ဘိုက်ထက် ရှည်သည်။
expr-error-empty = expression ဗလာ ဖြစ်နေသည်။
expr-error-trailing = ပြည့်စုံပြီးသော expression နောက်တွင် { $found } မလိုက်နိုင်ပါ။ operator သို့မဟုတ် "," ကျန်နေနိုင်သည်။
expr-error-too-deep = expression သည် အဆင့် { $max } ထက် ပိုနက်အောင် အထပ်ထပ် ပါနေသည်။
expr-error-ends-early = တန်ဖိုး လိုအပ်သည့်နေရာတွင် expression ဆုံးသွားသည်။
expr-error-expected = ဤနေရာတွင် { $expected } လိုသော်လည်း { $found } တွေ့သည်။
expr-error-ends-before = { $expected } လိုအပ်သည့်နေရာတွင် expression ဆုံးသွားသည်။
expr-error-value-before = { $found } ရှေ့တွင် တန်ဖိုးတစ်ခု ကျန်နေသည်။
expr-error-bare-name = { $name } သည် function ခေါ်ခြင်း မဟုတ်ပါ။ မေးခွန်းအတွက် ${"{"}{ $name }{"}"} ဟုရေးပါ၊ စာသားအတွက် '{ $name }' ဟု မျက်တောင်အတွင်း ရေးပါ။
expr-error-not-a-value = ဤနေရာတွင် တန်ဖိုးတစ်ခု လိုသော်လည်း { $found } တွေ့သည်။
expr-error-unknown-function = { $name }() သည် ပံ့ပိုးသော function မဟုတ်ပါ။
expr-error-repeat-as-value = ဤနေရာတွင် ထပ်ခါထပ်ခါ အပိုင်းတစ်ခုစီအတွက် အဖြေတစ်ခုစီ ရှိသည်။ sum() သို့မဟုတ် count() ကို သုံးပါ။
expr-error-unknown-reference = ${"{"}{ $name }{"}"} သည် ဤပုံစံ၏ မေးခွန်း သို့မဟုတ် တွက်ချက်မှု မဟုတ်ပါ။
expr-error-arity = { $function }() သည် argument { $expected } ခု ယူသည်၊ { $got } ခု မဟုတ်ပါ။
expr-error-text-not-number = ဤစာသားသည် ဂဏန်း မဟုတ်ပါ။
expr-error-arithmetic-on-choices = အများရွေးချယ်မှုဖြင့် တွက်ချက်နေသည်။ count-selected() ကို သုံးပါ။
expr-error-compare-number-text = ဂဏန်းကို ဂဏန်းမဟုတ်သော စာသားနှင့် နှိုင်းယှဉ်နေသည်။
expr-error-compare-date-text = ရက်စွဲကို ရက်စွဲမဟုတ်သော စာသားနှင့် နှိုင်းယှဉ်နေသည်။ 'YYYY-MM-DD' ဟု ရေးပါ။
expr-error-compare-choices = အများရွေးချယ်မှုကို "=" ဖြင့် နှိုင်းယှဉ်နေသည်။ selected() ကို သုံးပါ။
expr-error-needs-choices = ဤနေရာတွင် { $function }() အတွက် အများရွေးချယ်မှု လိုသည်။
expr-error-sum-needs-numbers = ဤနေရာတွင် sum() အတွက် ဂဏန်းများ လိုသည်။
expr-error-needs-repeat = ဤနေရာတွင် { $function }() အတွက် ထပ်ခါထပ်ခါ အပိုင်းထဲမှ မေးခွန်း လိုသည်။

## `waymark questionnaire check` ရလဒ်များ

questionnaire-finding-too-large = ဖိုင်သည် { $max } ဘိုက်ထက် ကြီးသည်။
questionnaire-finding-toml = ဤနေရာတွင် မမှန်ကန်ပါ- { $detail }
questionnaire-finding-not-a-message-id = စာသားအကွက်များတွင် .ftl ဖိုင်များမှ message id (စာလုံး၊ ဂဏန်း၊ - နှင့် _) ကို ထည့်ရသည်၊ စာသားကိုယ်တိုင် မဟုတ်ပါ။
questionnaire-finding-bad-id = မေးခွန်းလွှာ id "{ $name }" သည် မှန်ကန်သော အမည် မဟုတ်ပါ။
questionnaire-finding-bad-choice-name = ရွေးချယ်မှု "{ $name }" သည် မှန်ကန်သော အမည် မဟုတ်ပါ။
questionnaire-finding-bad-section-id = အပိုင်း id "{ $name }" သည် မှန်ကန်သော အမည် မဟုတ်ပါ။
questionnaire-finding-bad-question-name = မေးခွန်းအမည် "{ $name }" သည် မှန်ကန်သော အမည် မဟုတ်ပါ။
questionnaire-finding-bad-indicator-id = ညွှန်ပြချက် id "{ $name }" သည် မှန်ကန်သော အမည် မဟုတ်ပါ။
questionnaire-finding-empty-list = ရွေးချယ်စရာစာရင်း { $list } ဗလာ ဖြစ်နေသည်။
questionnaire-finding-duplicate-choice = ရွေးချယ်မှု { $choice } သည် စာရင်း { $list } တွင် နှစ်ကြိမ် ပါနေသည်။
questionnaire-finding-duplicate-section = အပိုင်း { $id } ကို နှစ်ကြိမ် ကြေညာထားသည်။
questionnaire-finding-unknown-section = အပိုင်း { $id } မရှိပါ။
questionnaire-finding-duplicate-name = အမည် { $name } ကို နှစ်ကြိမ် သုံးထားသည်။
questionnaire-finding-unknown-type = မသိသော မေးခွန်းအမျိုးအစား "{ $type }"။ yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement သို့မဟုတ် calculate ကို သုံးပါ။
questionnaire-finding-no-label = မေးခွန်း { $name } တွင် label မရှိပါ။
questionnaire-finding-needs-choices = မေးခွန်း { $name } တွင် ရွေးချယ်စရာစာရင်း လိုသည်- choices = "list"။
questionnaire-finding-unknown-list = ရွေးချယ်စရာစာရင်း { $list } မရှိပါ။
questionnaire-finding-choices-not-allowed = မေးခွန်း { $name } သည် ရွေးချယ်မေးခွန်း မဟုတ်ပါ။ `choices` ကို ဖယ်ပါ။
questionnaire-finding-no-calculation = တွက်ချက်မှု { $name } တွင် `calculation` မရှိပါ။
questionnaire-finding-calculation-in-repeat = ထပ်ခါထပ်ခါ အပိုင်းအတွင်း တွက်ချက်မှုကို မပံ့ပိုးပါ။ အပြင်မှ sum() သို့မဟုတ် count() ဖြင့် တွက်ပါ။
questionnaire-finding-calculation-not-allowed = calculate မေးခွန်းများတွင်သာ `calculation` ရှိသည်။
questionnaire-finding-bad-default = { $name } ၏ ပုံသေအဖြေသည် ၎င်း၏အမျိုးအစားနှင့် မကိုက်ညီပါ (သို့မဟုတ် ၎င်း၏ရွေးချယ်စရာ မဟုတ်ပါ)။
questionnaire-finding-required-no-answer = { $name } သည် အဖြေ မယူသောကြောင့် မဖြစ်မနေ ဖြေရမည့်အဖြစ် မထားနိုင်ပါ။
questionnaire-finding-constraint-no-answer = အဖြေမယူသော မေးခွန်းတွင် ကန့်သတ်ချက် မထားနိုင်ပါ။
questionnaire-finding-filter-not-allowed = ရွေးချယ်မေးခွန်းများတွင်သာ choice_filter ရှိသည်။
questionnaire-finding-unknown-column = စာရင်းထဲရှိ မည်သည့် ရွေးချယ်မှုတွင်မျှ { $column } အမည်ရှိ ကော်လံ မရှိပါ။
questionnaire-finding-cycle = တွက်ချက်မှုများသည် တစ်ခုနှင့်တစ်ခု စက်ဝိုင်းပုံ မှီခိုနေသည်- { $names }။
questionnaire-finding-duplicate-indicator = ညွှန်ပြချက် { $id } ကို နှစ်ကြိမ် ကြေညာထားသည်။
questionnaire-finding-bad-strength = အားကောင်းမှုသည် weak, medium သို့မဟုတ် strong ဖြစ်ရမည်။
questionnaire-finding-bad-weight = အလေးချိန်သည် အကန့်အသတ်ရှိသော ဂဏန်း ဖြစ်ရမည်။
questionnaire-finding-unknown-indicator = ညွှန်ပြချက် { $id } ကို [[indicators]] တွင် မကြေညာထားပါ။
questionnaire-finding-bad-level = အဆင့်သည် none, low, medium, high သို့မဟုတ် urgent ဖြစ်ရမည်။
questionnaire-finding-one-rule = ရလဒ်တစ်ခုစီတွင် စည်းမျဉ်း တစ်ခုတည်းသာ ရှိရမည်- any_of, at_least, all_of_sets သို့မဟုတ် weight။
questionnaire-finding-bad-at-least = at_least.n သည် 1 နှင့် `of` ထဲရှိ ညွှန်ပြချက်အရေအတွက်ကြား ဖြစ်ရမည်။
questionnaire-finding-empty-sets = all_of_sets တွင် အစုတစ်ခုစီ၌ ညွှန်ပြချက် အနည်းဆုံးတစ်ခု ပါရမည်။
questionnaire-finding-bad-threshold = အကန့်အသတ်သည် အကန့်အသတ်ရှိသော ဂဏန်း ဖြစ်ရမည်။
questionnaire-finding-unreachable = မေးခွန်း { $name } ကို ဘယ်တော့မှ မပြနိုင်ပါ- ၎င်း၏ `relevant` သည် ဘယ်တော့မှ မှန်မလာနိုင်ပါ။
questionnaire-finding-unreachable-section = မေးခွန်း { $name } ကို ဘယ်တော့မှ မပြနိုင်ပါ- ၎င်း၏ အပိုင်း `relevant` သည် ဘယ်တော့မှ မှန်မလာနိုင်ပါ။
questionnaire-finding-missing-translation = message { $id } တွင် { $locale } ဘာသာပြန် မရှိပါ။

## ဖြေဆိုစဉ် အမှားများ

questionnaire-error-invalid = ဤမေးခွန်းလွှာတွင် ပြဿနာများ ရှိသည် ({ $count })။
questionnaire-error-unknown-question = { $name } အမည်ရှိ မေးခွန်း မရှိပါ။
questionnaire-error-unknown-section = { $id } အမည်ရှိ အပိုင်း မရှိပါ။
questionnaire-error-not-answerable = { $name } သည် အဖြေ မယူပါ။
questionnaire-error-not-relevant = မေးခွန်း { $name } ကို ယခု မမေးပါ။
questionnaire-error-wrong-type = ဤအဖြေအမျိုးအစားသည် မေးခွန်း { $name } နှင့် မကိုက်ညီပါ။
questionnaire-error-not-a-choice = ၎င်းသည် { $name } ၏ ရွေးချယ်စရာ မဟုတ်ပါ။
questionnaire-error-too-long = { $name } အတွက် အဖြေသည် အလွန်ရှည်သည်။
questionnaire-error-constraint = { $name } အတွက် ဤအဖြေကို လက်မခံပါ။ ကျေးဇူးပြု၍ ပြန်စစ်ပါ။
questionnaire-error-required = မေးခွန်း { $name } ကို ဖြေရန် လိုသည်။ "မသေချာပါ" နှင့် "မပြောလိုပါ" တို့လည်း အဖြေများ ဖြစ်သည်။
questionnaire-error-no-such-instance = { $name } တွင် အပိုင်း နံပါတ် { $number } မရှိပါ။
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }၊ အပိုင်း { $number }: { $message }
questionnaire-error-no-current-question = နောက်ထပ် မေးခွန်း မရှိတော့ပါ။
questionnaire-error-stopped = ဤမေးခွန်းလွှာကို ရပ်ထားသည်။ အကျဉ်းချုပ်ကို ကြည့်ပြီး ပြီးဆုံးအောင် လုပ်နိုင်သေးသည်။
questionnaire-error-finalized = ဤမေးခွန်းလွှာ ပြီးဆုံးပြီး ဖြစ်သည်။
questionnaire-error-draft-not-found = ထိုမူကြမ်း မရှိပါ။
questionnaire-error-report-not-found = ထိုအစီရင်ခံစာ မရှိပါ။
questionnaire-error-draft-mismatch = ဤမူကြမ်းသည် မေးခွန်းလွှာ { $id } ဗားရှင်း { $version } အတွက် ဖြစ်ပြီး ဤနေရာတွင် မရနိုင်ပါ။
questionnaire-error-draft-damaged = သိမ်းထားသော မူကြမ်း ပျက်စီးနေပြီး ဆက်လုပ်၍ မရပါ။

## မေးခွန်းလွှာများ ရှာဖွေခြင်း

catalog-error-not-found = id { $id } ရှိ မေးခွန်းလွှာ မရှိပါ။
catalog-error-invalid = မေးခွန်းလွှာ { $id } တွင် ပြဿနာများ ရှိသည် ({ $count })။
catalog-error-id-mismatch = { $file } သည် id { $id } ကို ကြေညာသော်လည်း ဖိုင်အမည်က အခြား id ကို ပြသည်။
catalog-error-texts = { $file } ရှိ ဘာသာပြန်များကို မဖတ်နိုင်ပါ။ အသေးစိတ်- { $reason }
catalog-error-not-utf8 = { $file } သည် UTF-8 စာသား မဟုတ်ပါ။
catalog-error-too-large = { $file } သည် { $max } ဘိုက်ထက် ကြီးသည်။
catalog-error-io = { $file } ကို မဖတ်နိုင်ပါ ({ $reason })။

## ရလဒ်များ

risk-level-none = လက္ခဏာ မတွေ့ပါ
risk-level-low = နိမ့်
risk-level-medium = အလယ်အလတ်
risk-level-high = မြင့်
risk-level-urgent = အရေးပေါ်
strength-weak = အားနည်း
strength-medium = အလယ်အလတ်
strength-strong = အားကောင်း

## ညွှန်ပြချက်များ

indicator-abuse_of_vulnerability = အားနည်းချက်ကို အခွင့်ကောင်းယူခြင်း
indicator-deception = လှည့်စားခြင်း
indicator-restriction_of_movement = သွားလာခွင့် ကန့်သတ်ခြင်း
indicator-isolation = အထီးကျန်အောင် ထားခြင်း
indicator-physical_and_sexual_violence = ကိုယ်ထိလက်ရောက်နှင့် လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်မှု
indicator-intimidation_and_threats = ခြိမ်းခြောက်ခြင်း
indicator-retention_of_identity_documents = မှတ်ပုံတင်စာရွက်များကို အခြားသူ ကိုင်ထားခြင်း
indicator-withholding_of_wages = လုပ်ခ ထိန်းထားခြင်း
indicator-debt_bondage = အကြွေးကျွန်ဖြစ်ခြင်း
indicator-abusive_working_and_living_conditions = ဆိုးရွားသော အလုပ်နှင့် နေထိုင်မှု အခြေအနေ
indicator-excessive_overtime = အချိန်ပို အလွန်အကျွံ လုပ်ရခြင်း
indicator-deceptive_recruitment = လှည့်စား၍ အလုပ်ခေါ်ခြင်း
indicator-coercive_recruitment = အတင်းအကျပ် အလုပ်ခေါ်ခြင်း
indicator-sexual_exploitation = လိင်ပိုင်းဆိုင်ရာ အမြတ်ထုတ်ခြင်း
indicator-child = ကလေး ပါဝင်သည်
