### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = အက်ပ်အတွင်း တစ်ခုခု မှားယွင်းသွားပါသည်။ သင်သိမ်းထားသည့်အရာ မပျောက်ပါ။ ထပ်စမ်းကြည့်ပါ။
ffi-network-facts-unavailable = အက်ပ်သည် ယခု ကွန်ရက်ကို မစစ်ဆေးနိုင်သဖြင့် ဘာမျှ မပို့ရသေးပါ။
