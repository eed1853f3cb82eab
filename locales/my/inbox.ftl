### The NGO inbox (waymark-inbox, waymark inbox serve). Machine-assisted translation.
### Keep every { $variable } and every WAYMARK_… name as is.

inbox-prompt-passphrase = အဖွဲ့အစည်း၏ သော့ဖိုင် စကားဝှက်စာကြောင်း:
inbox-prompt-again = ထပ်ရိုက်ပါ:
inbox-keygen-done =
    သော့များ ဖန်တီးပြီးပါပြီ။
    ကိုယ်ပိုင်သော့များ (ကုဒ်ဝှက်ထားသည်၊ အဖွဲ့၏ ကွန်ပျူတာပေါ်တွင် သိမ်းပြီး မိတ္တူကူးထားပါ): { $keys }
    ဆာဗာ ဆက်တင် (ဆာဗာသို့ ကူးပါ): { $config }
    အများသုံးသော့များ (ဖုန်းများအတွက်): { $public }
    လမ်းညွှန်သော့ id: { $keyid }
inbox-directory-signed = လမ်းညွှန် ထည့်သွင်းချက်ကို လက်မှတ်ထိုးပြီး၊ { $expires } အထိ သုံးနိုင်သည်: { $file }
inbox-pull-done = ဒေါင်းလုဒ်လုပ်ခဲ့သော အစီရင်ခံစာအသစ်: { $new }။ စက်တွင်း သိုလှောင်ရာတွင် ဖွင့်ထားသော အစီရင်ခံစာ: { $total }။
inbox-pull-unopened = ဤသော့ဖြင့် မဖွင့်နိုင်သော စာအိတ်များ (မပြောင်းလဲဘဲ သိမ်းထားသည်): { $count }။
inbox-reply-sent = အကြောင်းပြန်စာကို တံဆိပ်ခတ်ပြီး ပို့လိုက်ပါပြီ။ အစီရင်ခံသူ၏ ဖုန်းသာ ဖတ်နိုင်သည်။
inbox-serve-listening = ဝင်စာပုံးသည် { $address } တွင် နားထောင်နေသည်။ Ctrl-C ဖြင့် ရပ်ပါ။
inbox-serve-stopped = ဝင်စာပုံး ရပ်သွားပါပြီ။
inbox-desk-listening = စားပွဲကို { $url } တွင် ဤကွန်ပျူတာပေါ်၌သာ ဖွင့်ထားသည်။ ဘရောက်ဇာတွင် ဖွင့်ပြီး သော့ဖိုင်၏ စကားဝှက်စာကြောင်းဖြင့် ဝင်ပါ။ Ctrl-C ဖြင့် ရပ်ပါ။
inbox-serve-created = { $dir } တွင် သရုပ်ပြ ဝင်စာပုံး ဖန်တီးထားသည်။ ဖုန်းများသည် { $url } သို့ ပို့သည်။
inbox-error-config = ဝင်စာပုံး ဆက်တင် မမှန်ပါ: { $setting }။
inbox-error-file = ဖိုင်ကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ ({ $file })။
inbox-error-already-exists = ထိုဖိုင်တွဲတွင် သော့များ ရှိပြီးသားဖြစ်သည်။ ဘာမှ ထပ်မရေးပါ။
inbox-error-wrong-passphrase = စကားဝှက်စာကြောင်း မှားနေသည်၊ သို့မဟုတ် သော့ဖိုင်ကို ပြောင်းထားသည်။
inbox-error-weak-passphrase = စကားဝှက်စာကြောင်း တိုလွန်းသည်။ အနည်းဆုံး စာလုံး 10 လုံး သုံးပါ၊ ကျပန်းစကားလုံး အနည်းငယ်က အကောင်းဆုံး။
inbox-error-key-file = ဤဖိုင်သည် Waymark အဖွဲ့အစည်း သော့ဖိုင် မဟုတ်ပါ၊ သို့မဟုတ် ပျက်စီးနေသည်။
inbox-error-schema-too-new = ဒေတာဘေ့စ်ကို ဝင်စာပုံး ဗားရှင်းအသစ်က ဖန်တီးခဲ့သည်။ ဤပရိုဂရမ်ကို အပ်ဒိတ်လုပ်ပါ။
inbox-error-storage = ယခု ဒေတာဘေ့စ်ကို သုံး၍ မရပါ။
inbox-error-unreachable = ဝင်စာပုံး ဆာဗာကို ဆက်သွယ်၍ မရပါ။
inbox-error-refused = ဝင်စာပုံး ဆာဗာက တောင်းဆိုချက်ကို ငြင်းပယ်သည် ({ $status }, { $code })။
inbox-error-bad-response = ဝင်စာပုံး ဆာဗာ၏ အဖြေ မမှန်ပါ။
inbox-error-unknown-report = ထို id ဖြင့် အစီရင်ခံစာကို မဒေါင်းလုဒ်လုပ်ရသေးပါ။ pull ကို အရင် လုပ်ပါ။
inbox-error-reply-text = အကြောင်းပြန်စာ ဗလာ သို့မဟုတ် ရှည်လွန်းသည်။
# $max (number): bytes of text one reply holds.
inbox-error-reply-too-long = အဖြေ ရှည်လွန်းသည်- အဖြေတစ်ခုတွင် အများဆုံး { $max } ဘိုက်သာ ဆံ့သည်။ ပိုတိုသော အဖြေများစွာအဖြစ် ပို့ပါ။
inbox-error-argument = ဤတန်ဖိုး မမှန်ပါ: { $option }။
inbox-error-no-terminal = စကားဝှက်စာကြောင်း မေးရန် terminal မရှိပါ။ WAYMARK_INBOX_PASSPHRASE ကို သတ်မှတ်ပါ။
inbox-error-passphrase-mismatch = စကားဝှက်စာကြောင်း နှစ်ခု မတူပါ။ ဘာမှ မပြောင်းပါ။
inbox-error-not-loopback = waymark inbox serve သည် ဤကွန်ပျူတာ (127.0.0.1) ပေါ်တွင်သာ နားထောင်သည်။ တကယ့်ဆာဗာအတွက် waymark-inbox serve ကို သုံးပါ။
