### terminal ရှိ မေးခွန်းလွှာနှင့် အင်တာဗျူး အမိန့်များ။

## waymark questionnaire

cli-questionnaire-check-clean = { $file }- ပြဿနာ မတွေ့ပါ။
cli-questionnaire-check-failed = ပြဿနာရှိသော ဖိုင်များ- { $total } ခုအနက် { $count } ခု။
cli-questionnaire-source-builtin = မူလပါဝင်
cli-questionnaire-source-pack = ထုပ် { $pack_id }
cli-questionnaire-list-none = အသုံးပြုနိုင်သော မေးခွန်းလွှာ မရှိပါ။

## waymark interview

cli-interview-started = { $title }။ အဖြေတစ်ခုချင်းစီကို ဖြေလိုက်သည်နှင့် စာဝှက်၍ သိမ်းသည် (မူကြမ်း { $draft })။
cli-interview-resumed = { $title }- သင်ရပ်ခဲ့သည့်နေရာမှ ဆက်လုပ်မည်။
cli-interview-need-source = မေးခွန်းလွှာ id သို့မဟုတ် --file ကို ပေးပါ။
cli-interview-cmd-back = နောက်သို့
cli-interview-cmd-review = ပြန်ကြည့်
cli-interview-cmd-stop = ရပ်
cli-interview-cmd-quit = ထွက်
cli-interview-cmd-help = အကူအညီ
cli-interview-cmd-go = သွား
cli-interview-commands = သင့်အဖြေ၏ နံပါတ် သို့မဟုတ် စကားလုံးဖြင့် ဖြေပါ။ ဤစကားလုံးများကိုလည်း ရိုက်နိုင်သည်- { $back } (ယခင်မေးခွန်း)၊ { $review } (အဖြေများ ကြည့်ရန်)၊ { $stop } (ဤနေရာတွင် ရပ်ရန်)၊ { $quit } (ယခု ထွက်ပြီး နောက်မှ ဆက်ရန်)၊ { $help }။
cli-interview-section = — { $title } —
cli-interview-section-instance = — { $title } ({ $number }) —
cli-interview-hint = အင်တာဗျူးသူအတွက်- { $hint }
cli-interview-kind-integer = (ကိန်းပြည့်)
cli-interview-kind-decimal = (ဂဏန်း)
cli-interview-kind-date = (ရက်စွဲ၊ YYYY-MM-DD ပုံစံ)
cli-interview-kind-text = (အဖြေကို ရိုက်ပြီး Enter နှိပ်ပါ)
cli-interview-kind-multiple = (နံပါတ် တစ်ခု သို့မဟုတ် အများ၊ ကော်မာဖြင့် ခွဲပါ)
cli-interview-kind-note = (ဆက်ရန် Enter နှိပ်ပါ)
cli-interview-kind-optional = (ဤမေးခွန်းကို ကျော်ရန် အဖြေမပါဘဲ Enter နှိပ်ပါ)
cli-interview-current-answer = လက်ရှိအဖြေ- { $answer }
cli-interview-not-understood = စိတ်မကောင်းပါ၊ ထိုအဖြေကို နားမလည်ပါ။ ကျေးဇူးပြု၍ ထပ်ကြိုးစားပါ။
cli-interview-repeat-offer = { $title } ({ $number }) ထည့်မလား။ 1 = { $yes }၊ 2 = { $no }
cli-interview-review-title = သင့်အဖြေများ-
cli-interview-review-item = { $number }. { $question }- { $answer }
cli-interview-review-unanswered = (အဖြေ မရှိ)
cli-interview-review-go = အဖြေတစ်ခု ပြောင်းရန် { $go } နှင့် ၎င်း၏ နံပါတ်ကို ရိုက်ပါ၊ ဥပမာ- { $go } 2
cli-interview-review-hidden = အဖြေများသည် လျှို့ဝှက်ချက် ဖြစ်သည်- ထိုသူက ပြရန် သဘောမတူပါ။
cli-interview-stopped = ဤနေရာတွင် ရပ်ပြီ။ နောက်ထပ် မမေးတော့ပါ။
cli-interview-end = ၎င်းသည် နောက်ဆုံးမေးခွန်း ဖြစ်သည်။
cli-interview-left = အဖြေများကို သိမ်းပြီးပါပြီ။ နောက်မှ ဆက်ရန်- waymark interview resume { $draft } --dir { $dir }
cli-interview-consent = ဝန်ထမ်းက သင့်အဖြေများကို မြင်စေလိုပါသလား။ 1 = { $yes }၊ 2 = { $no }
cli-interview-hand-back = ကျေးဇူးတင်ပါသည်။ ဖုန်းကို ယခု ပြန်ပေးပါ။
cli-interview-finalize-ask = ယခု ပြီးဆုံးပြီး အစီရင်ခံစာ သိမ်းမလား။ 1 = { $yes }၊ 2 = { $no }
cli-interview-finalized = အစီရင်ခံစာ { $report } ကို သေတ္တာထဲ သိမ်းပြီးပါပြီ။ မေးခဲ့သော မေးခွန်းများ၏ အဖြေများသာ ပါသည်။
cli-interview-answer-saved = အဖြေ သိမ်းပြီး။
cli-interview-answers-file = အဖြေဖိုင်ကို မဖတ်နိုင်ပါ။ အသေးစိတ်- { $reason }
cli-interview-answers-unknown = အဖြေဖိုင်တွင် { $name } ပါသော်လည်း ၎င်းသည် ဤမေးခွန်းလွှာ၏ မေးခွန်း သို့မဟုတ် ထပ်ခါထပ်ခါ အပိုင်း မဟုတ်ပါ (သို့မဟုတ် ဤနေရာတွင် မမေးပါ)။
cli-interview-answers-not-list = { $name } သည် ထပ်ခါထပ်ခါ အပိုင်း ဖြစ်သည်- အပိုင်းများ စာရင်းကို ပေးပါ (TOML တွင် [[{ $name }]])။

## အကျဉ်းချုပ်

cli-interview-summary-title = အကျဉ်းချုပ်- { $title }
cli-interview-summary-risk = ရလဒ်- { $risk }
cli-interview-summary-indicators = တွေ့ရှိသော လက္ခဏာများ-
cli-interview-summary-indicator = - { $name } ({ $strength })
cli-interview-summary-no-indicators = ဤအဖြေများတွင် လက္ခဏာ မတွေ့ပါ။
cli-interview-summary-actions = အကြံပြုထားသော နောက်အဆင့်များ-
cli-interview-summary-options = သင်လုပ်နိုင်သည်များ-
cli-interview-summary-action = - { $text }
cli-interview-summary-helplines = - အကူအညီဖုန်းလိုင်းကို ဆက်သွယ်ပါ-
cli-interview-summary-helplines-country = - အကူအညီဖုန်းလိုင်းကို ဆက်သွယ်ပါ။ မှန်ကန်သော နံပါတ်များ မြင်ရန် ထိုသူ၏ နိုင်ငံကို ထည့်ပါ (ဥပမာ --country TH)။
cli-interview-summary-helplines-none = - အကူအညီဖုန်းလိုင်းကို ဆက်သွယ်ပါ။ ဤနိုင်ငံအတွက် လိုင်း စာရင်းထဲတွင် မရှိသေးပါ။
cli-interview-summary-progress = ဖြေပြီး- မေးခွန်း { $relevant } ခုအနက် { $answered } ခု။
cli-interview-summary-stopped = မေးခွန်းလွှာကို မပြီးမီ ရပ်ခဲ့သည်။
cli-interview-summary-answers-hidden = အဖြေများသည် လျှို့ဝှက်ချက် ဖြစ်သည်- ထိုသူက ပြရန် သဘောမတူပါ။

## waymark interview list

cli-interview-draft-line = { $draft }  { $questionnaire } v{ $version }  { $mode }  { $updated }
cli-interview-no-drafts = မူကြမ်း မရှိပါ။
cli-interview-mode-interviewer = အင်တာဗျူး
cli-interview-mode-self = ကိုယ်တိုင်စစ်ဆေးခြင်း
cli-interview-mode-handover = ဖုန်းလွှဲပေးခြင်း
