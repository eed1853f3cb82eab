# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Anzisha sanduku la ujumbe la shirika kwenye kompyuta hii
cli-demo-sync-inbox = Seva ya sanduku la ujumbe la shirika sasa inafanya kazi kwenye { $url } (kompyuta hii tu), na funguo zake ziko kwenye folda ya onyesho. Inahifadhi ripoti isizoweza kusoma: ni ufunguo binafsi wa shirika pekee unaozifungua.
cli-demo-sync-trust-title = 5.2 Kuliamini shirika
cli-demo-sync-trust = Simu inaliamini shirika kwa ufunguo wake wa sahihi pekee. Ilipakua ingizo la saraka lenye sahihi la shirika na kukagua sahihi: { $name } (ufunguo { $key_id }), halali hadi { $expires }.
cli-demo-sync-interview-title = 5.3 Mahojiano ya uchunguzi
cli-demo-sync-interview = Mfanyakazi anapitia na mtu dodoso fupi lililojengwa ndani na kulikamilisha (majibu { $answered }). Dalili zilizopatikana:
cli-demo-sync-queued-title = 5.4 Kuifunga na kuiweka kwenye sanduku la kutuma
cli-demo-sync-queued = Ripoti inafungwa mara moja kwa ufunguo wa shirika. Msimbo wa risiti (simu inauliza majibu kwa kitambulisho kilichotokana nao; ni ufunguo wa majibu wa simu hii tu unaoweza kuyasoma): { $code }
cli-demo-sync-policy-title = 5.5 Kusubiri sheria za kutuma
cli-demo-sync-policy = Hapa kutuma kunasubiri kwa bahati kati ya sekunde { $min } na { $max } (kwenye simu: dakika), ili wakati wa kutuma usionyeshe ripoti iliandikwa lini. Safari hii: sekunde { $waited }. Kisha ripoti ikatumwa.
cli-demo-sync-receipt-title = 5.6 Risiti yenye sahihi
cli-demo-sync-receipt = Sanduku la ujumbe lilitia sahihi risiti ya baiti hizi hasa tarehe { $day }. Simu iliikagua kwa ufunguo wa risiti wa shirika, na hapo tu ikafuta nakala yake iliyofungwa. Msimbo wa risiti: { $code }
cli-demo-sync-ngo-title = 5.7 Shirika linafungua ripoti
cli-demo-sync-ngo = Shirika lilipakua ripoti mpya { $count } (zilipokelewa { $day }) na kuzifungua kwa ufunguo wake binafsi. Dalili linazoziona:
cli-demo-sync-reply-title = 5.8 Shirika linajibu
cli-demo-sync-reply = Shirika lilifunga jibu ambalo simu ya ripoti hii pekee inaweza kulifungua, na kulituma kwenye sanduku: { $text }
cli-demo-sync-reply-text = Tumepokea ripoti yako. Unaweza kutupigia simu siku yoyote kuanzia 9:00 hadi 17:00. Hauko peke yako.
cli-demo-sync-read-title = 5.9 Mtoa ripoti anasoma jibu
cli-demo-sync-read = Mtoa ripoti alisoma jibu la shirika ({ $day }):
cli-demo-sync-failed = Safari ya ripoti kwenda sanduku la onyesho na kurudi haikukamilika.
