# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = နေ့ရော ညပါ နေ့တိုင်း ဖွင့်ထားသည်။
helpline-hours-check = အမြဲ မဖွင့်ပါ။ ဖုန်းမဆက်မီ ဖွင့်ချိန်ကို စစ်ကြည့်ပါ။
helpline-conf-confidential = သင်ပြောသည့်အရာများကို လျှို့ဝှက်ထားမည်ဟု ဤဝန်ဆောင်မှုက ဆိုသည်။
helpline-conf-anonymous = သင့်နာမည်ကို ပြောရန် မလိုပါ။
helpline-conf-emergency = အရေးပေါ်နံပါတ်။ ရဲ သို့မဟုတ် လူနာတင်ယာဉ် လာနိုင်သည်။
helpline-conf-government = အစိုးရ ဝန်ဆောင်မှု ဖြစ်သည်။ သင်ပြောသည်ကို အာဏာပိုင်များထံ မျှဝေနိုင်သည်။
helpline-conf-unknown = သင်ပြောသည်ကို မည်သူမြင်သည်ကို ကျွန်ုပ်တို့ မသိပါ။
helpline-uncertain = ဤနံပါတ်ကို ကျွန်ုပ်တို့ အတည်မပြုနိုင်ပါ။ မှားနိုင်သည်။
