### waymark တာမီနယ် အက်ပ်။ စက်ဖြင့် ကူညီဘာသာပြန်ထားသည်။ မိခင်ဘာသာစကားပြောသူ စစ်ဆေးရန် လိုသည်။

## လျှို့ဝှက်နံပါတ်များ

cli-prompt-passcode = လျှို့ဝှက်နံပါတ်:
cli-prompt-new-passcode = လျှို့ဝှက်နံပါတ် အသစ်:
cli-prompt-duress-passcode = အရေးပေါ် လျှို့ဝှက်နံပါတ်:
cli-prompt-again = နောက်တစ်ကြိမ် ရိုက်ပါ:
cli-passcode-mismatch = လျှို့ဝှက်နံပါတ် နှစ်ခု မတူပါ။ ဘာမှ မပြောင်းပါ။
cli-no-terminal = လျှို့ဝှက်နံပါတ် မေးရန် တာမီနယ် မရှိပါ။ WAYMARK_PASSCODE ကို သတ်မှတ်ပါ (လိုအပ်လျှင် WAYMARK_NEW_PASSCODE သို့မဟုတ် WAYMARK_DURESS_PASSCODE ကိုလည်း)။

## waymark vault

cli-vault-created = သေတ္တာ ပြုလုပ်ပြီးပါပြီ။ သော့ခတ်ထားသည်။ သင့်လျှို့ဝှက်နံပါတ်သာ ဖွင့်နိုင်သည်။
cli-vault-unlocked = လျှို့ဝှက်နံပါတ် မှန်ပါသည်။ သေတ္တာ ပွင့်ခဲ့ပြီး ပြန်သော့ခတ်ပြီးပါပြီ။
cli-vault-locked = သေတ္တာ သော့ခတ်ထားသည်။ Waymark သည် အမိန့်တစ်ခုပြီးတိုင်း ဖွင့်မထားပါ။
cli-vault-status-none = ဤဖိုင်တွဲတွင် သေတ္တာ မရှိပါ။
cli-vault-status-wipe =
    ဤနေရာတွင် သေတ္တာ ရှိသည်။ သော့ခတ်ထားသည်။
    နောက်ဆုံးဖွင့်ပြီးနောက် မှားသော လျှို့ဝှက်နံပါတ်များ: { $failed }။
    ဆက်တိုက် ဤအကြိမ်ရေ မှားလျှင် ဖျက်ပစ်မည်: { $limit }။
cli-vault-status-no-wipe =
    ဤနေရာတွင် သေတ္တာ ရှိသည်။ သော့ခတ်ထားသည်။
    နောက်ဆုံးဖွင့်ပြီးနောက် မှားသော လျှို့ဝှက်နံပါတ်များ: { $failed }။
    မှားသော လျှို့ဝှက်နံပါတ်များကြောင့် ဘယ်တော့မှ မဖျက်ပါ။
cli-vault-passcode-changed = လျှို့ဝှက်နံပါတ် ပြောင်းပြီးပါပြီ။
cli-vault-duress-removed = အရေးပေါ် လျှို့ဝှက်နံပါတ် ဖယ်ရှားပြီးပါပြီ။
cli-vault-duress-set = အရေးပေါ် လျှို့ဝှက်နံပါတ် သတ်မှတ်ပြီးပါပြီ။ ၎င်းဖြင့် ဖွင့်လျှင် ဤသေတ္တာကို ဖျက်ဆီးပြီး သေတ္တာအလွတ်တစ်ခု ဖွင့်ပေးမည်။
cli-vault-wipe-after-invalid = အကြိမ်ရေ (1 သို့မဟုတ် ထို့ထက်ပို) သို့မဟုတ် "off" ကို ရေးပါ။
cli-vault-wipe-after-set = ဆက်တိုက် ဤအကြိမ်ရေ မှားလျှင် သေတ္တာကို ဖျက်ပစ်မည်: { $limit }။
cli-vault-wipe-after-off = မှားသော လျှို့ဝှက်နံပါတ်များကြောင့် သေတ္တာကို မဖျက်တော့ပါ။
cli-vault-nothing-wiped = ဘာမှ မဖျက်ခဲ့ပါ။
cli-vault-wiped = သေတ္တာကို ဖျက်ဆီးပြီးပါပြီ။ ဖိုင်များ မရှိတော့ဘဲ မည်သူမျှ ပြန်ဖွင့်၍ မရပါ။
cli-vault-confirm-needed = မမေးဘဲ ဖျက်ရန် --yes ကို ထည့်ပါ။
cli-vault-confirm-word = ဟုတ်
cli-vault-confirm-wipe = ဤသေတ္တာကို အပြီးတိုင် ဖျက်ဆီးမလား။ { $word } ဟု ရိုက်ပါ:
cli-error-read-answer = အဖြေကို ဖတ်၍ မရပါ။

## waymark journal

cli-journal-stdin-failed = စံထည့်သွင်းမှုမှ မှတ်စုကို ဖတ်၍ မရပါ။
cli-journal-edited = (ပြင်ထားသည်)
cli-journal-saved = မှတ်စု နံပါတ် { $id } အဖြစ် သိမ်းပြီးပါပြီ။
cli-journal-empty = မှတ်စုစာအုပ် ဗလာဖြစ်နေသည်။
cli-journal-changed = မှတ်စု နံပါတ် { $id } ပြင်ပြီးပါပြီ။
cli-journal-deleted = မှတ်စု နံပါတ် { $id } ဖျက်ပြီးပါပြီ။

## waymark locales

cli-locales-lint-clean = ပြဿနာ မတွေ့ပါ။ ဘာသာစကားများ: { $locales }။ ဖိုင်များ: { $files }။
cli-locales-lint-failed = တွေ့ရှိသော ပြဿနာများ: { $count }။
cli-direction-ltr = ဘယ်မှ ညာသို့
cli-direction-rtl = ညာမှ ဘယ်သို့
cli-status-source = မူရင်းစာ
cli-status-machine-assisted = စက်ဖြင့် ကူညီပြန်ထားသည်၊ မိခင်ဘာသာစကားပြောသူ စစ်ရန် လိုသည်
cli-status-native-reviewed = မိခင်ဘာသာစကားပြောသူ စစ်ဆေးပြီး

## waymark demo

cli-error-temp-folder = ယာယီဖိုင်တွဲ ပြုလုပ်၍ မရပါ။
cli-error-read-vault-file = သေတ္တာ ဖိုင်တစ်ခုကို ဖတ်၍ မရပါ။
cli-demo-step-1-title = 1. သေတ္တာ ပြုလုပ်ခြင်း
cli-demo-step-1 =
    သေတ္တာဆိုသည်မှာ ဖုန်းထဲရှိ လျှို့ဝှက်ကုဒ်ပြောင်းထားသော နေရာဖြစ်သည်။ ယာယီဖိုင်တွဲတွင် တစ်ခု ပြုလုပ်မည်။
    ၎င်းကို လျှို့ဝှက်နံပါတ် { $passcode } ဖြင့် ကာကွယ်ထားသည်။ လျှို့ဝှက်နံပါတ်ကို သော့အဖြစ် ပြောင်းရာတွင်
    တမင် အချိန်အနည်းငယ် ယူသည်။ ထို့ကြောင့် ခန့်မှန်းရန် နှေးသည်။
cli-demo-step-2-title = 2. ကိုယ်ပိုင် မှတ်စုစာအုပ်တွင် ရေးခြင်း
cli-demo-step-2 = လူတစ်ယောက်သည် မိမိအပေါ် ဖြစ်ပျက်သမျှကို ရက်စွဲနှင့်တကွ ရေးမှတ်သည်:
cli-demo-note-1 = ဒီနေ့ သူဌေးက ကျွန်မ ပတ်စ်ပို့ကို ထပ်သိမ်းထားတယ်
cli-demo-note-2 = 3 ပတ်ကြာ လစာ မရဘူး။ အခန်းခ 900 အကြွေးရှိတယ်လို့ ပြောတယ်
cli-demo-note-3 = အလုပ်ဆင်းပြီးနောက် အဆောင်ထဲမှာ သော့ခတ်ပိတ်ထားခံရတယ်
cli-demo-step-3-title = 3. ဖိုင်များကို ကြည့်ခြင်း
cli-demo-step-3 = သေတ္တာ သော့ခတ်ထားသည်။ ဒစ်ခ်ပေါ်ရှိ ၎င်း၏ ဖိုင်အားလုံးမှာ:
cli-demo-search-clean = ဤဖိုင်များ၏ ဘိုက်တိုင်းတွင် မှတ်စုများ၏ စကားလုံးများကို ရှာခဲ့သည်။ မတွေ့ပါ။
cli-demo-search-found = ဤဖိုင်များ၏ ဘိုက်တိုင်းတွင် မှတ်စုများ၏ စကားလုံးများကို ရှာခဲ့သည်။ တွေ့သည်။ ဤသို့ ဘယ်တော့မှ မဖြစ်သင့်ပါ။
cli-demo-step-4-title = 4. တစ်စုံတစ်ယောက်က လျှို့ဝှက်နံပါတ်ကို ခန့်မှန်းသည်
cli-demo-step-4 =
    { $guess } ကို စမ်းသည်: "{ $answer }"
    ဤသေတ္တာသည် ဆက်တိုက် ဤအကြိမ်ရေ မှားလျှင် သူ့ဘာသာ ပျက်သွားမည်: { $limit }။
    ဖုန်းကို ပြန်ဖွင့်လည်း အရေအတွက် ကျန်နေသည်။
cli-demo-step-5-title = 5. လျှို့ဝှက်နံပါတ် ပြောင်းခြင်း
cli-demo-step-5 =
    ယခု လျှို့ဝှက်နံပါတ်မှာ { $passcode } ဖြစ်သည်။ သော့ဖိုင်ငယ်လေးသာ ပြောင်းသည်။
    ဒေတာကို ပြန်မပြောင်းထားပါ။ မှတ်စုစာအုပ်ထဲ ကျန်သော မှတ်စုများ: { $count }။
cli-demo-step-6-title = 6. အရေးပေါ် လျှို့ဝှက်နံပါတ် သတ်မှတ်ခြင်း
cli-demo-step-6 =
    တစ်စုံတစ်ယောက်က အက်ပ်ကို အတင်းဖွင့်ခိုင်းလျှင် { $duress } ကို အစားရိုက်နိုင်သည်။
    ပုံမှန်ဖွင့်သည့်အတိုင်း အတိအကျ ပေါ်သည်။
cli-demo-step-7-title = 7. ဖိအားပေးခံရစဉ် ဖွင့်ခြင်း
cli-demo-step-7 =
    { $duress } ဖြင့် ဖွင့်၍ ရသည်။ မှတ်စုစာအုပ် ဗလာဖြစ်နေပုံ ပေါ်သည် (မှတ်စုများ: { $count })။
    နောက်ကွယ်တွင် တကယ့်သေတ္တာကို အရင် ဖျက်ဆီးခဲ့သည်။ လျှို့ဝှက်နံပါတ်ဟောင်းသည် ယခု ဤအဖြေ ရသည်:
    "{ $answer }"
cli-demo-step-8-title = 8. အရေးပေါ် ဖျက်ခြင်း
cli-demo-step-8 = အဆင့်တစ်ခုတည်းဖြင့် သေတ္တာကို ဖျက်ဆီးနိုင်သည်၊ သော့ခတ်ထားလျှင်ပင်။ ဖိုင်တွဲတွင် ကျန်သော ဖိုင်များ:
cli-demo-no-files = (မရှိ)
cli-demo-file-size = { $size } ဘိုက်
cli-demo-end = ဤသရုပ်ပြမှုသည် ယာယီဖိုင်တွဲကို သုံးခဲ့သည်။ ယခု ဖယ်ရှားပြီးပါပြီ။
cli-demo-keep-inbox-exists = ထိုဖိုင်တွဲ ရှိပြီးသားဖြစ်သည်။ --keep-inbox အတွက် ဖိုင်တွဲအသစ် အမည်ပေးပါ။ ဘာမျှ မပြောင်းပါ။
cli-demo-desk = ဘရောက်ဇာထဲရှိ အဖွဲ့အစည်းဘက်- သရုပ်ပြ၏ စာဝင်ပုံးကို ထိန်းထားရန် `waymark demo --keep-inbox ngo-inbox` ကို လုပ်ဆောင်ပါ။ သရုပ်ပြ အဆုံးတွင် အဖွဲ့အစည်း စားပွဲ၌ ဖွင့်နည်းကို ပြပါမည် (docs/ngo-desk.md)။
cli-demo-desk-kept = သရုပ်ပြ၏ စာဝင်ပုံးကို { $dir } တွင် ထိန်းထားသည်။ ဝန်ထမ်းမြင်သကဲ့သို့ ၎င်း၏ အစီရင်ခံစာကို ကြည့်ရန် `waymark inbox serve --dir { $dir }` ဖြင့် စာဝင်ပုံးကို ပြန်စတင်ပြီး ဒုတိယ terminal တွင် `waymark-inbox desk --keys { $dir }/ngo-keys.json --server { $url } --store { $dir }/desk` ဖြင့် အဖွဲ့အစည်း စားပွဲကို စတင်ပါ။ ပြသော လိပ်စာကို ဘရောက်ဇာတွင် ဖွင့်ပြီး သင့်အမည်နှင့် သရုပ်ပြ စကားဝှက်စာကြောင်းဖြင့် ဝင်ပါ- { $passphrase }
cli-demo-failed-found = ဒစ်ခ်ပေါ်တွင် လျှို့ဝှက်ကုဒ်မပြောင်းထားသော မှတ်စုကို တွေ့ခဲ့သည်။
cli-demo-failed-duress = အရေးပေါ် လျှို့ဝှက်နံပါတ်က သေတ္တာကို မဖျက်ဆီးခဲ့ပါ။

## waymark content (ထုတ်ဝေသူများအတွက် ကိရိယာများနှင့် သေတ္တာထဲရှိ ပက်ကေ့ချ်များ)

cli-content-key-exists = ထိုသော့ဖိုင် ရှိပြီးသားပါ။ ၎င်းကို အစားထိုး မရေးပါ။
cli-content-error-write-key = သော့ဖိုင်ကို ရေး၍ မရပါ။
cli-content-error-read-key = သော့ဖိုင်ကို ဖတ်၍ မရပါ။
cli-content-error-write-manifest = manifest ဖိုင်ကို ရေး၍ မရပါ။
cli-content-refused = ပက်ကေ့ချ်ကို လက်မခံပါ: { $reason }
cli-content-keygen-done =
    ကိုယ်ပိုင်သော့ကို ရေးပြီးပါပြီ။ လျှို့ဝှက်ထားပြီး အင်တာနက်နှင့် မချိတ်ထားသော နေရာတွင် သိမ်းပါ။
    အများသုံးသော့: { $public_key }
    သော့ ID: { $key_id }
cli-content-signed = { $pack_id } ဗားရှင်း { $version } ကို သော့ { $key_id } ဖြင့် လက်မှတ်ထိုးပြီးပါပြီ။ ဖိုင်များ: { $count }။
cli-content-verified = မှန်ကန်သည်: { $pack_id } ဗားရှင်း { $version }၊ သော့ { $key_id } ဖြင့် လက်မှတ်ထိုးထားသည်။ hash နှင့် ကိုက်ညီသော ဖိုင်များ: { $count }။
cli-content-checked = ဖွဲ့စည်းပုံ မှန်သည်: { $pack_id } ဗားရှင်း { $version }။ ဖိုင်များ: { $files }။ ဘာသာစကားများ: { $locales }။ လက်မှတ်ကို မစစ်ရသေးပါ (waymark content verify ကို သုံးပါ)။
cli-content-trusted = ယခုမှစ၍ သော့ { $key_id } ဖြင့် လက်မှတ်ထိုးထားသော ပက်ကေ့ချ်များကို ဤသေတ္တာတွင် လက်ခံပါမည်။
cli-content-untrusted = သော့ { $key_id } ကို မယုံကြည်တော့ပါ။ ၎င်း၏ ပက်ကေ့ချ်များကို ဖယ်ရှားပြီးပါပြီ။
cli-content-not-trusted = ဤနေရာတွင် သော့ { $key_id } ကို ယုံကြည်ထားခြင်း မရှိခဲ့ပါ။
cli-content-removed = ပက်ကေ့ချ် { $pack_id } ကို ဖယ်ရှားပြီးပါပြီ။
cli-content-not-installed = ပက်ကေ့ချ် { $pack_id } ကို ထည့်သွင်းထားခြင်း မရှိပါ။
cli-content-installed = { $pack_id } ဗားရှင်း { $version } ကို ထည့်သွင်းပြီးပါပြီ။ ဖိုင်များ: { $count }။
cli-content-list-publishers = ယုံကြည်ရသော ထုတ်ဝေသူများ: { $count }
cli-content-list-packs = ထည့်သွင်းထားသော ပက်ကေ့ချ်များ: { $count }
cli-content-list-pack = { $pack_id } ဗားရှင်း { $version } (သော့ { $key_id })

## waymark helplines

cli-helplines-unknown-audience = ဤလူအုပ်စုကို မသိပါ။ ဤစကားလုံးများထဲမှ တစ်ခုကို သုံးပါ: { $choices }။
cli-helplines-unknown-channel = ဤဆက်သွယ်နည်းကို မသိပါ။ ဤစကားလုံးများထဲမှ တစ်ခုကို သုံးပါ: { $choices }။
cli-helplines-none = ကိုက်ညီသော အကူအညီဖုန်းလိုင်း မရှိပါ။ --audience သို့မဟုတ် --channel မပါဘဲ စမ်းကြည့်ပါ။ သို့မဟုတ် အခြားနိုင်ငံကို စမ်းကြည့်ပါ။
cli-helplines-call = ဖုန်းခေါ်ရန်: { $address }
cli-helplines-sms = SMS ပို့ရန်: { $address }
cli-helplines-sms-keyword = SMS ပို့ရန်: { $address } ({ $keyword } ဟူသော စကားလုံးကို ပို့ပါ)
cli-helplines-chat = ချတ်: { $address }
cli-helplines-web = ဝက်ဘ်ဆိုက်: { $address }
cli-helplines-ussd = ဤကုဒ်ကို နှိပ်ပါ: { $address }
cli-helplines-whatsapp = WhatsApp: { $address }
cli-helplines-bad-date = --today သည် YYYY-MM-DD ပုံစံ ရက်စွဲ ဖြစ်ရမည်။
cli-helplines-audit-summary = ပါဝင်သော နိုင်ငံများ: { $countries }။ စာရင်းများ: { $entries }။
cli-helplines-audit-unconfirmed = မည်သည့် ရင်းမြစ်ကမှ အတည်မပြုသော အကွက်များ:
cli-helplines-audit-key-fields = အဓိက အကွက်များ ဖြစ်၍ မသေချာဟု ပြသည်: { $fields }
cli-helplines-audit-other-fields = အခြား အကွက်များ: { $fields }
cli-helplines-audit-stale = အလွန်ကြာခဲ့ပြီ စစ်ထားသော ရင်းမြစ်များ (ရက်အကန့်အသတ်: { $days }):
cli-helplines-audit-secondary = သတင်း သို့မဟုတ် ပြင်ပအဖွဲ့များကသာ အတည်ပြုသော အဓိက အကွက်များ:
cli-helplines-audit-marked = မသေချာဟု ပြထားသည်၊ ထိန်းသိမ်းသူ၏ မှတ်ချက်နှင့်:
cli-helplines-audit-no-sources = ရင်းမြစ် လုံးဝမရှိသော စာရင်းများ:
cli-helplines-audit-no-emergency = အရေးပေါ်နံပါတ် မရှိသော နိုင်ငံများ: { $countries }
cli-helplines-audit-no-trafficking = လူကုန်ကူးမှု ဆန့်ကျင်ရေး လိုင်း မရှိသော နိုင်ငံများ: { $countries }
cli-helplines-audit-no-crisis = အကျပ်အတည်း လိုင်း မရှိသော နိုင်ငံများ: { $countries }
cli-helplines-audit-none = မရှိ
cli-helplines-audit-failed = နိုင်ငံအချို့တွင် အရေးပေါ်နံပါတ် မရှိပါ။ ဤလမ်းညွှန်ကို မထုတ်ဝေမီ ရင်းမြစ်နှင့်အတူ တစ်ခု ထည့်ပါ။

# After an invalid-questionnaire error: the command that lists its problems.
questionnaire-check-hint = ဤအမိန့်ဖြင့် စစ်ပါ- waymark questionnaire check

# waymark questionnaire import FORM [--out DIR]
cli-import-wrote = { $file } နှင့် ဘာသာစကားဖိုင် { $count } ခု ရေးပြီး။
cli-import-summary = ပြောင်း { $converted }၊ ပြင် { $changed }၊ ချန် { $dropped }၊ ငြင်း { $refused }။
cli-import-checked = မေးခွန်းလွှာသည် "waymark questionnaire check" ၏ စစ်ဆေးမှုအားလုံးကို အောင်သည်။
cli-import-action-converted = ပြောင်းပြီး
cli-import-action-changed = ပြင်ပြီး
cli-import-action-dropped = ချန်ထား
cli-import-action-refused = ငြင်းပယ်
cli-import-exists = { $file } ရှိပြီးသား: အခြား --out ဖိုင်တွဲကို ရွေးပါ။
