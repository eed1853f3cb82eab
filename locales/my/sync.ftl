### အဖွဲ့အစည်းထံ အစီရင်ခံစာ ပို့ခြင်း- ပို့မည့်သေတ္တာ၊ ပို့ရန် စည်းမျဉ်းများ၊ အကြောင်းပြန်ချက်များ။ စက်ဘာသာပြန်ဖြစ်၍ စစ်ဆေးရန် လိုသည်။

## ယခု ဘာကြောင့် မပို့သေးသနည်း

sync-held-waiting-for-user = သင် ပို့ရန် နှိပ်သည်ကို စောင့်နေသည်။
sync-held-no-network = ချိတ်ဆက်မှုကို စောင့်နေသည်။
sync-held-captive-portal = ဤကွန်ရက်သည် အရင် ဝင်ရောက်ရန် တောင်းသည်။ စောင့်နေသည်။
sync-held-not-validated = အလုပ်လုပ်သော အင်တာနက်ကို စောင့်နေသည်။
sync-held-transport = သင် ခွင့်ပြုထားသော ချိတ်ဆက်မှုအမျိုးအစားကို စောင့်နေသည်။
sync-held-metered = ဒေတာပမာဏအလိုက် ငွေမကောက်သော ချိတ်ဆက်မှုကို စောင့်နေသည်။
sync-held-roaming = ရိုမင်းသုံးနေစဉ် မပို့ပါ။
sync-held-vpn = သင်၏ VPN ကို စောင့်နေသည်။
sync-held-untrusted-network = သင် ယုံကြည်သော ကွန်ရက်ကို စောင့်နေသည်။
sync-held-time-window = သင် ခွင့်ပြုထားသော အချိန်ကို စောင့်နေသည်။
sync-held-not-charging = ဖုန်း အားသွင်းသည်ကို စောင့်နေသည်။

## ပို့ခြင်း ဘာကြောင့် မအောင်မြင်သနည်း (အစီရင်ခံစာကို သိမ်းထားပြီး ထပ်ပို့မည်)

sync-failure-connect = အဖွဲ့အစည်း၏ ဆာဗာကို မရောက်နိုင်ပါ။
sync-failure-timeout = အဖွဲ့အစည်း၏ ဆာဗာ ပြန်ဖြေရန် အလွန်ကြာသည်။
sync-failure-tls = လုံခြုံသော ချိတ်ဆက်မှုကို မစစ်ဆေးနိုင်ပါ။
sync-failure-pin-mismatch = ဆာဗာ၏ လုံခြုံရေးသော့သည် အဖွဲ့အစည်း၏ သော့ မဟုတ်ပါ။ ဘာမျှ မပို့ရသေးပါ။
sync-failure-interrupted = ချိတ်ဆက်မှု ပြတ်သွားသည်။
sync-failure-server-error = အဖွဲ့အစည်း၏ ဆာဗာတွင် ပြဿနာ ရှိသည်။
sync-failure-rate-limited = အဖွဲ့အစည်း၏ ဆာဗာ အလုပ်များနေသည်။ နောက်မှ ထပ်ကြိုးစားမည်။
sync-failure-too-large = ဤအဖွဲ့အစည်းအတွက် အစီရင်ခံစာ ကြီးလွန်းသည်။
sync-failure-refused = အဖွဲ့အစည်း၏ ဆာဗာက အစီရင်ခံစာကို ငြင်းပယ်သည်။
sync-failure-malformed = အဖွဲ့အစည်း၏ ဆာဗာက အဓိပ္ပာယ်မရှိသော အဖြေ ပေးသည်။
sync-failure-no-endpoint = လက်ရှိ ဆက်တင်ဖြင့် ဤအဖွဲ့အစည်းကို မရောက်နိုင်ပါ။
sync-failure-setup = ချိတ်ဆက်မှုကို မပြင်ဆင်နိုင်ပါ။ proxy ဆက်တင်ကို စစ်ပါ။
sync-failure-bad-receipt = ဆာဗာ၏ ပြေစာကို မစစ်ဆေးနိုင်သဖြင့် အစီရင်ခံစာကို သိမ်းထားသည်။

## အမှားများ

sync-error-unknown-ngo = ဤအဖွဲ့အစည်းသည် သင့်စာရင်းတွင် မရှိပါ။
sync-error-no-directory = ဤအဖွဲ့အစည်း၏ အချက်အလက်ကို မဒေါင်းလုဒ်ရသေးပါ။
sync-error-directory-expired = ဤအဖွဲ့အစည်း၏ အချက်အလက် ဟောင်းနေပြီ။ အရင် အပ်ဒိတ်လုပ်ပါ။
sync-error-invalid-key = ဤသည်မှာ မှန်ကန်သော အဖွဲ့အစည်းသော့ မဟုတ်ပါ။
sync-error-unknown-report = ပို့မည့်သေတ္တာတွင် ထိုအစီရင်ခံစာ မရှိပါ။
sync-error-nothing-to-send = ပို့စရာ မရှိပါ။
sync-error-already-queued = ဤအရာသည် ပို့မည့်သေတ္တာတွင် ရှိပြီးသား ဖြစ်သည်။
sync-error-too-large = အစီရင်ခံစာ ပို့ရန် ကြီးလွန်းသည်။
sync-error-seal = အစီရင်ခံစာကို တံဆိပ်ခတ်၍ မရပါ။
sync-error-signature = အဖွဲ့အစည်း၏ လက်မှတ် မမှန်ကန်ပါ။
sync-error-directory-rollback = ဤအဖွဲ့အစည်း အချက်အလက်များသည် ဤဖုန်းတွင် ရှိပြီးသားထက် ဟောင်းသဖြင့် အသုံးမပြုပါ။
sync-error-bad-answer = အဖွဲ့အစည်း၏ ဆာဗာက အဓိပ္ပာယ်မရှိသော အဖြေ ပေးသည်။
sync-error-damaged = သိမ်းထားသော ပို့ခြင်းဒေတာ ပျက်စီးနေသည်။
sync-error-invalid-setting = ဤဆက်တင်ကို ခွင့်မပြုပါ- { $setting }။

## waymark ngo

cli-ngo-added = ယခု သင်သည် { $name } ကို ယုံကြည်သည် (သော့ { $key_id })။ ၎င်းထံ ပို့သော အစီရင်ခံစာများကို ၎င်းတစ်ခုတည်းသာ ဖတ်နိုင်အောင် တံဆိပ်ခတ်သည်။
cli-ngo-refreshed = { $name } ၏ အချက်အလက် နောက်ဆုံးအခြေအနေ ဖြစ်သည်။
cli-ngo-none = သင် မည်သည့်အဖွဲ့အစည်းကိုမျှ မယုံကြည်ရသေးပါ။
cli-ngo-line-ready = { $key_id }  { $name }  (အချက်အလက် { $expires } အထိ အကျုံးဝင်သည်)
cli-ngo-line-no-directory = { $key_id }  { $name }  (အချက်အလက် မဒေါင်းလုဒ်ရသေးပါ)

## waymark outbox

cli-outbox-queued =
    တံဆိပ်ခတ်ပြီး ပို့မည့်သေတ္တာထဲ ထည့်ပြီး- { $id }။
    ပြေစာကုဒ် (ဤဖုန်းက ၎င်းဖြင့် အဖြေများကို တောင်းသည်၊ ဤဖုန်းသာ ဖတ်နိုင်သည်)- { $code }
    တူညီသော ကုဒ်ကို ဂဏန်းဖြင့်- { $digits }
cli-outbox-fingerprint = အစီရင်ခံစာ လက်ဗွေ (အဖွဲ့အစည်း ဝန်ထမ်းသည် သင့်အစီရင်ခံစာတွင် အလားတူကို မြင်ရသည်။ ကုဒ်အစား ၎င်းကို ဖတ်ပြပါ): { $fingerprint }
cli-outbox-empty = ပို့မည့်သေတ္တာ ဗလာ ဖြစ်သည်။
cli-outbox-kind-questionnaire = မေးခွန်းလွှာ
cli-outbox-kind-journal = မှတ်တမ်းစာများ
cli-outbox-kind-assistant = အကူ
cli-outbox-kind-text = စာသား
cli-outbox-line-queued = { $id }  { $kind }  စောင့်နေသည် (ကြိုးစားမှု- { $attempts })
cli-outbox-line-sent = { $id }  { $kind }  ရောက်ပြီ ({ $day })
cli-outbox-last-problem = နောက်ဆုံး ပြဿနာ- { $reason }
cli-outbox-status = စောင့်နေသည်- { $queued }။ ရောက်ပြီ- { $sent }။
cli-outbox-policy-allows = သင်၏ စည်းမျဉ်းများက ယခု ပို့ခွင့်ပြုသည်။
cli-sync-held = ယခု မပို့သေးပါ။ { $reason }
cli-sync-delayed = မကြာမီ ကျပန်းအချိန်တွင် ပို့မည်။
cli-sync-idle = ပို့စရာ မရှိပါ။
cli-sync-ran = ရောက်ပြီ- { $sent }။ မအောင်မြင်- { $failed }။ စောင့်နေဆဲ- { $queued }။ အဖြေအသစ်- { $replies }။

## waymark policy

cli-yes = ဟုတ်
cli-no = မဟုတ်
cli-policy-any-time = အချိန်မရွေး
cli-policy-no-proxy = မရှိ
cli-policy-bad-window = အချိန်ကို HH:MM-HH:MM ပုံစံဖြင့် ရေးပါ၊ ဥပမာ 22:00-06:00။
cli-policy-saved = သင်၏ စည်းမျဉ်းများကို သိမ်းပြီး။
cli-policy-show =
    ကျွန်ုပ် ပို့ရန် နှိပ်မှသာ- { $manual }
    Wi-Fi- { $wifi }။ မိုဘိုင်းဒေတာ- { $cellular }။ ဒေတာအလိုက် ငွေကောက်သော ကွန်ရက်- { $metered }။ ရိုမင်း- { $roaming }။
    VPN လိုအပ်- { $vpn }။ ယုံကြည်သော ကွန်ရက်သာ- { $trusted } (သိမ်းထား- { $trusted_count })။
    အချိန်- { $windows }။ အားသွင်းနေစဉ်သာ- { $charging }။
    မပို့မီ ကျပန်းစောင့်ချိန် (စက္ကန့်)- { $delay_min } မှ { $delay_max }။ အတုပို့ခြင်း- { $dummy }။
    Tor သို့မဟုတ် SOCKS proxy- { $proxy }

## waymark replies

cli-replies-none = အဖြေ မရှိသေးပါ။
cli-replies-line = အစီရင်ခံစာ { $id } အတွက် { $day } ရက်စွဲပါ အဖြေ-
