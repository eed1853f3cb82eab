# Uchunguzi wa haraka (questionnaires/quick_screen.toml). Ndiyo yoyote = rufaa.

qs-title = Uchunguzi wa haraka: maswali matano
qs-intro = Nitakuuliza maswali matano mafupi. Unaweza kujibu ndiyo au hapana, au kuchagua kutojibu.
qs-intro-hint = Uliza tu wakati hakuna mwajiri, wakala au mwandamani anayeweza kusikia.
qs-cannot-leave = Je, kuna mtu anayekuzuia kuacha kazi yako au mahali unapokaa?
qs-documents = Je, mtu mwingine anashika pasipoti au kitambulisho chako, hivi kwamba huwezi kukipata unapotaka?
qs-debt = Je, unadaiwa na mwajiri au wakala pesa ambazo unahisi hutaweza kulipa kamwe?
qs-threats = Je, kuna mtu aliyekutishia au kukuumiza, wewe au familia yako, ili ufanye kazi au usiondoke?
qs-deceived = Je, kazi yako au malipo yako ni tofauti sana na ulivyoahidiwa?
qs-act-always = Mpe mtu maelezo ya simu za msaada kwa namna ambayo ni salama kwake kuyatunza.
qs-act-refer = Angalau jibu moja lilikuwa ndiyo: kwa idhini ya mtu huyo, fanya mahojiano kamili au mpeleke kwa mhudumu wa kesi.
