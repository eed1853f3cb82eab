### Waymark: အဓိက စာများ။ စက်ဖြင့် ကူညီဘာသာပြန်ထားသည်။ မိခင်ဘာသာစကားပြောသူ စစ်ဆေးရန် လိုသည်။

locale-name = မြန်မာ
i18n-text-missing = ဤစာကို မရသေးပါ။

## သေတ္တာ အမှားများ

vault-error-not-found = ဤနေရာတွင် သေတ္တာ မရှိပါ။
vault-error-already-exists = ဤနေရာတွင် သေတ္တာ ရှိပြီးသားပါ။
vault-error-locked = သေတ္တာ သော့ခတ်ထားသည်။ သင့်လျှို့ဝှက်နံပါတ်ဖြင့် အရင်ဖွင့်ပါ။
vault-error-wrong-passcode = လျှို့ဝှက်နံပါတ် မှားနေသည်။
vault-error-wrong-passcode-remaining = လျှို့ဝှက်နံပါတ် မှားနေသည်။ သေတ္တာ ဖျက်မခံရမီ { $remaining } ကြိမ် ကျန်သေးသည်။
vault-error-invalid-passcode = လျှို့ဝှက်နံပါတ်သည် 1 မှ { $max } ဘိုက် အထိ ရှည်ရမည်။
vault-error-duress-same-as-passcode = အရေးပေါ် လျှို့ဝှက်နံပါတ်သည် သင့်လျှို့ဝှက်နံပါတ်နှင့် မတူရပါ။
vault-error-header-corrupt = သေတ္တာ၏ သော့ဖိုင် ပျက်စီးနေသည်။ သေတ္တာကို ဖွင့်၍ မရပါ။
vault-error-header-tampered = သေတ္တာ၏ သော့ဖိုင်ကို ပြောင်းလဲထားသည်။ သေတ္တာကို ဖွင့်၍ မရပါ။
vault-error-unsupported-version = ဤသေတ္တာကို အက်ပ်၏ ပိုသစ်သော ဗားရှင်းဖြင့် ပြုလုပ်ထားသည်။ ဖွင့်ရန် အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။
vault-error-database-corrupt = သေတ္တာ၏ ဒေတာ ပျက်စီးနေသည်။
vault-error-schema-too-new = ဤသေတ္တာကို အက်ပ်၏ ပိုသစ်သော ဗားရှင်းဖြင့် သိမ်းထားသည်။ ဖွင့်ရန် အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။
vault-error-key-missing = ဤသေတ္တာအတွက် ဖုန်း၏ လုံခြုံရေးသော့ မရှိတော့ပါ။ သေတ္တာကို ဖွင့်၍ မရပါ။
vault-error-key-unwrap-failed = ဖုန်း၏ လုံခြုံရေးသော့ဖြင့် သေတ္တာကို ဖွင့်၍ မရပါ။
vault-error-key-store-unavailable = ဖုန်း၏ လုံခြုံသော သော့သိမ်းရာနေရာ အဆင်သင့် မဖြစ်သေးပါ။ ထပ်စမ်းကြည့်ပါ။
vault-error-io = ဖုန်းသည် သေတ္တာ၏ ဖိုင်များကို ဖတ်၍ သို့မဟုတ် သိမ်း၍ မရပါ။ နေရာလွတ် ရှိမရှိ စစ်ပြီး ထပ်စမ်းပါ။
vault-error-database = သေတ္တာအတွင်း တစ်ခုခု မှားယွင်းသွားသည် (ကုဒ် { $code })။
vault-error-invalid-setting = ဤဆက်တင် မမှန်ကန်ပါ။

## မှတ်စုစာအုပ် အမှားများ

journal-error-not-found = ထိုနံပါတ်ဖြင့် မှတ်စု မရှိပါ။
journal-error-empty = မှတ်စု ဗလာဖြစ်နေသည်။ တစ်ခုခု အရင်ရေးပါ။
journal-error-too-long = မှတ်စု ရှည်လွန်းသည်။ အများဆုံး { $max } ဘိုက် သာ ရေးနိုင်သည်။

## အကြောင်းအရာ ပက်ကေ့ချ် အမှားများ

pack-error-manifest-missing = ပက်ကေ့ချ်တွင် manifest.json ဖိုင် မရှိပါ။
pack-error-manifest-invalid = manifest.json ဖိုင် မမှန်ကန်ပါ။ အသေးစိတ်: { $reason }။
pack-error-signature-missing = ပက်ကေ့ချ်တွင် manifest.sig ဖိုင် မရှိပါ။
pack-error-signature-invalid = လက်မှတ် မကိုက်ညီပါ။ ပက်ကေ့ချ်ကို ပြောင်းလဲထားသည်၊ သို့မဟုတ် အခြားသော့ဖြင့် လက်မှတ်ထိုးထားသည်။
pack-error-unknown-publisher = ပက်ကေ့ချ်ကို ထုတ်ဝေသူ { $key_id } က လက်မှတ်ထိုးထားသည်။ ဤနေရာတွင် ဤထုတ်ဝေသူကို မယုံကြည်ပါ။
pack-error-invalid-public-key = ဤသည်မှာ မှန်ကန်သော အများသုံးသော့ မဟုတ်ပါ။ hex စာလုံး 64 လုံး ဖြစ်ရမည် (Ed25519)။
pack-error-development-key = ဆော့ဖ်ဝဲရေးသူ သော့သည် အက်ပ်တွင်ပါသော ပက်ကေ့ချ်ကိုသာ လက်မှတ်ထိုးသည်။ အခြားပက်ကေ့ချ်များအတွက် ၎င်းကို ယုံကြည်၍ မရပါ။
pack-error-invalid-private-key = ဤသည်မှာ မှန်ကန်သော ကိုယ်ပိုင်သော့ မဟုတ်ပါ။ PKCS#8 ပုံစံ Ed25519 သော့ဖိုင် လိုအပ်သည်။
pack-error-hash-mismatch = { $file }: အကြောင်းအရာသည် manifest နှင့် မကိုက်ညီပါ။
pack-error-size-mismatch = { $file }: အရွယ်အစားသည် manifest နှင့် မကိုက်ညီပါ။
pack-error-missing-file = { $file }: manifest တွင် ပါသော်လည်း ပက်ကေ့ချ်ထဲတွင် မရှိပါ။
pack-error-extra-file = { $file }: ပက်ကေ့ချ်ထဲတွင် ရှိသော်လည်း manifest တွင် မပါပါ။
pack-error-unsafe-path = { $file }: ဤဖိုင်အမည်ကို ခွင့်မပြုပါ။ အသေးစိတ်: { $reason }။
pack-error-duplicate-path = { $file }: ဤဖိုင် တစ်ကြိမ်ထက် ပိုပါနေသည်။
pack-error-file-too-large = { $file }: ဖိုင် ကြီးလွန်းသည်။ ကန့်သတ်ချက် (ဘိုက်): { $max }။
pack-error-pack-too-large = ပက်ကေ့ချ် ကြီးလွန်းသည်။ ကန့်သတ်ချက် (ဘိုက်): { $max }။
pack-error-too-many-files = ပက်ကေ့ချ်တွင် ဖိုင် များလွန်းသည်။ ကန့်သတ်ချက်မှာ { $max } ဖြစ်သည်။
pack-error-rollback = ပက်ကေ့ချ် { $pack_id } ဗားရှင်း { $offered } သည် ထည့်သွင်းထားသော ဗားရှင်း { $installed } ထက် မသစ်ပါ။
pack-error-publisher-mismatch = ပက်ကေ့ချ် { $pack_id } ကို အခြားထုတ်ဝေသူထံမှ ထည့်သွင်းထားပြီး ဖြစ်သည်။
pack-error-reserved-pack-id = ပက်ကေ့ချ် ID { $pack_id } ကို အက်ပ်တွင်ပါသော ပက်ကေ့ချ်အတွက် သီးသန့်ထားသည်။
pack-error-invalid-content = { $file }: အကြောင်းအရာ မမှန်ကန်ပါ။ အသေးစိတ်: { $reason }။
pack-error-io = ဖိုင်များကို ဖတ်၍ သို့မဟုတ် သိမ်း၍ မရပါ ({ $reason })။ ဖိုင်တွဲနှင့် နေရာလွတ်ကို စစ်ပြီး ထပ်စမ်းပါ။

## မေးခွန်းလွှာအားလုံးတွင် သုံးသော အဖြေစကားလုံးများ

answer-yes = ဟုတ်ကဲ့
answer-no = မဟုတ်ပါ
answer-not-sure = မသေချာပါ
answer-prefer-not-to-say = မပြောလိုပါ
answer-acknowledge = နားလည်ပါသည်
