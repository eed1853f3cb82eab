# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Simulan ang inbox ng isang NGO sa computer na ito
cli-demo-sync-inbox = Tumatakbo na ang inbox server ng isang NGO sa { $url } (sa computer na ito lang), kasama ang sarili nitong mga susi sa folder ng demo. Nag-iimbak ito ng mga ulat na hindi nito mababasa: ang pribadong susi lang ng NGO ang makapagbubukas.
cli-demo-sync-trust-title = 5.2 Pagtitiwala sa NGO
cli-demo-sync-trust = Nagtitiwala ang telepono sa NGO sa pamamagitan lang ng signing key nito. Kinuha nito ang pinirmahang directory entry ng NGO at sinuri ang pirma: { $name } (susi { $key_id }), may bisa hanggang { $expires }.
cli-demo-sync-interview-title = 5.3 Isang screening na panayam
cli-demo-sync-interview = Sinasagutan ng isang manggagawa kasama ang isang tao ang kasamang mabilis na screening at tinatapos ito ({ $answered } sagot). Mga palatandaang nakita:
cli-demo-sync-queued-title = 5.4 Selyuhan at ilagay sa outbox
cli-demo-sync-queued = Agad na sinelyuhan ang ulat gamit ang susi ng NGO. Receipt code (humihingi ng sagot ang telepono gamit ang id na galing dito; ang susi ng sagot ng teleponong ito lang ang makakabasa): { $code }
cli-demo-sync-policy-title = 5.5 Hintayin ang mga tuntunin sa pagpapadala
cli-demo-sync-policy = Dito, naghihintay nang random ang pagpapadala nang { $min } hanggang { $max } segundo (sa telepono: ilang minuto), para hindi maipakita ng oras ng pagpapadala kung kailan isinulat ang ulat. Ngayon: { $waited } segundo. Pagkatapos, naipadala ang ulat.
cli-demo-sync-receipt-title = 5.6 Isang pinirmahang resibo
cli-demo-sync-receipt = Pumirma ang inbox ng resibo para sa eksaktong mga byte na ito noong { $day }. Sinuri ito ng telepono gamit ang receipt key ng NGO, at saka lang binura ang selyadong kopya nito. Receipt code: { $code }
cli-demo-sync-ngo-title = 5.7 Binuksan ng NGO ang ulat
cli-demo-sync-ngo = Nag-download ang NGO ng { $count } bagong ulat (natanggap noong { $day }) at binuksan ang mga ito gamit ang pribadong susi nito. Mga palatandaang nakikita nito:
cli-demo-sync-reply-title = 5.8 Sumagot ang NGO
cli-demo-sync-reply = Sinelyuhan ng NGO ang isang sagot na ang telepono lang ng ulat na ito ang makapagbubukas, at ipinadala ito sa inbox: { $text }
cli-demo-sync-reply-text = Natanggap namin ang iyong ulat. Maaari mo kaming tawagan araw-araw mula 9:00 hanggang 17:00. Hindi ka nag-iisa.
cli-demo-sync-read-title = 5.9 Binasa ng nag-ulat ang sagot
cli-demo-sync-read = Binasa ng nag-ulat ang sagot mula sa NGO ({ $day }):
cli-demo-sync-failed = Hindi natapos ang pagbiyahe ng ulat papunta sa demo inbox at pabalik.
