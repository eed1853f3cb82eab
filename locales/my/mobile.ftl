### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = အက်ပ်အတွင်း တစ်ခုခု မှားယွင်းသွားပါသည်။ သင်သိမ်းထားသည့်အရာ မပျောက်ပါ။ ထပ်စမ်းကြည့်ပါ။
ffi-network-facts-unavailable = အက်ပ်သည် ယခု ကွန်ရက်ကို မစစ်ဆေးနိုင်သဖြင့် ဘာမျှ မပို့ရသေးပါ။
ffi-questionnaire-invalid = ဤမေးခွန်းလွှာတွင် အမှားများ ရှိသဖြင့် အသုံးမပြုနိုင်ပါ။
ffi-questionnaire-required = ဆက်သွားရန် ဤမေးခွန်းကို ဖြေပါ။
ffi-questionnaire-not-accepted = ဤအဖြေသည် ဤမေးခွန်းနှင့် မကိုက်ညီပါ။
ffi-questionnaire-too-long = ဤအဖြေသည် ရှည်လွန်းပါသည်။
ffi-questionnaire-not-available = ဤမေးခွန်းကို ယခု မရနိုင်ပါ။
ffi-questionnaire-closed = ဤမေးခွန်းလွှာ ပြီးဆုံးသွားပါပြီ။ အဖြေ ထပ်ထည့်၍ မရတော့ပါ။
ffi-questionnaire-draft-not-found = ဤမူကြမ်း သို့မဟုတ် အစီရင်ခံစာ ဤနေရာတွင် မရှိတော့ပါ။
ffi-questionnaire-draft-mismatch = ဤမူကြမ်းကို မေးခွန်းလွှာ၏ အခြားဗားရှင်းဖြင့် စတင်ခဲ့သည်။
ffi-questionnaire-draft-damaged = သိမ်းထားသော ဤမူကြမ်း ပျက်စီးနေသဖြင့် ဖွင့်၍ မရပါ။
