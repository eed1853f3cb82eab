# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = နေ့ရော ညပါ နေ့တိုင်း ဖွင့်ထားသည်။
helpline-hours-check = အမြဲ မဖွင့်ပါ။ ဖုန်းမဆက်မီ ဖွင့်ချိန်ကို စစ်ကြည့်ပါ။
helpline-conf-confidential = သင်ပြောသည့်အရာများကို လျှို့ဝှက်ထားမည်ဟု ဤဝန်ဆောင်မှုက ဆိုသည်။
helpline-conf-anonymous = သင့်နာမည်ကို ပြောရန် မလိုပါ။
helpline-conf-emergency = အရေးပေါ်နံပါတ်။ ရဲ သို့မဟုတ် လူနာတင်ယာဉ် လာနိုင်သည်။
helpline-conf-government = အစိုးရ ဝန်ဆောင်မှု ဖြစ်သည်။ သင်ပြောသည်ကို အာဏာပိုင်များထံ မျှဝေနိုင်သည်။
helpline-conf-unknown = သင်ပြောသည်ကို မည်သူမြင်သည်ကို ကျွန်ုပ်တို့ မသိပါ။
helpline-uncertain = ဤနံပါတ်ကို ကျွန်ုပ်တို့ အတည်မပြုနိုင်ပါ။ မှားနိုင်သည်။
helpline-uncertain-details = ဒီဝန်ဆောင်မှုကို ဘယ်သူ လုပ်ဆောင်လဲ၊ ဘယ်အချိန် ဖွင့်လဲ အတည်မပြုနိုင်ပါ။ အားမကိုးခင် စစ်ဆေးပါ။
helpline-note-spoofing = လိမ်လည်သူတွေ ဖုန်းဆက်တဲ့အခါ ဒီနံပါတ်ကို အတုလုပ်တယ်လို့ လိုင်းက သတိပေးထားပါတယ်။ သင်ကိုယ်တိုင် ဆက်တဲ့အခါမှသာ ယုံပါ။
helpline-note-from-mobile = မိုဘိုင်းဖုန်းကနေ ဆက်ရန်။
helpline-note-from-landline = အိမ်ဖုန်းကနေ ဆက်ရန်။
helpline-note-from-abroad = နိုင်ငံပြင်ပကနေ ဆက်ရန်။
helpline-note-regional = နိုင်ငံရဲ့ တစ်စိတ်တစ်ပိုင်းမှာသာ ရပါတယ်။
helpline-note-operator-varies = နိုင်ငံတိုင်းမှာ အဖွဲ့အစည်း မတူကြ၊ တချို့နိုင်ငံမှာ ရဲက လုပ်ဆောင်တယ်။
helpline-note-bill = ဖုန်းဘေလ်မှာ မပေါ်ပေမယ့် နံပါတ်က ဖုန်းရဲ့ ခေါ်ဆိုမှုစာရင်းထဲမှာ ကျန်နေပါတယ်။
helpline-note-tourists = ခရီးသွားရဲ။ ဘာသာစကား အများအပြား ပြောပါတယ်။
helpline-note-may-call-emergency = သင့်အသက် ချက်ချင်း အန္တရာယ်ရှိတယ်လို့ ထင်ရင် အရေးပေါ်ဝန်ဆောင်မှုကို ခေါ်နိုင်ပါတယ်။
helpline-note-languages-limited = တခြားဘာသာစကားတွေက အချိန်တိုင်း မရနိုင်ပါ။
