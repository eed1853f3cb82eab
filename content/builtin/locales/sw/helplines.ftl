# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Iko wazi mchana na usiku, kila siku.
helpline-hours-check = Haiko wazi kila wakati. Angalia saa za kazi kabla ya kupiga simu.
helpline-conf-confidential = Huduma hii inasema unachowaambia kinabaki siri.
helpline-conf-anonymous = Huhitaji kutaja jina lako.
helpline-conf-emergency = Namba ya dharura. Polisi au gari la wagonjwa linaweza kuja.
helpline-conf-government = Ni huduma ya serikali. Unachosema kinaweza kupelekwa kwa mamlaka.
helpline-conf-unknown = Hatujui nani anaona unachowaambia.
helpline-uncertain = Hatukuweza kuthibitisha namba hii. Huenda si sahihi.
helpline-uncertain-details = Hatukuweza kuthibitisha nani anaendesha huduma hii au inafunguliwa lini. Hakikisha kabla ya kuitegemea.
helpline-note-spoofing = Laini hii inaonya kwamba matapeli huiga nambari hii wanapopiga simu. Iamini tu wakati wewe ndiye unayepiga.
helpline-note-from-mobile = Kwa kupiga kutoka simu ya mkononi.
helpline-note-from-landline = Kwa kupiga kutoka simu ya mezani.
helpline-note-from-abroad = Kwa kupiga kutoka nje ya nchi.
helpline-note-regional = Inafanya kazi katika sehemu ya nchi tu.
helpline-note-operator-varies = Inaendeshwa na shirika tofauti katika kila nchi; katika baadhi, na polisi.
helpline-note-bill = Haionekani kwenye bili ya simu, lakini nambari inabaki kwenye orodha ya simu zilizopigwa.
helpline-note-tourists = Polisi wa utalii. Wanazungumza lugha kadhaa.
helpline-note-may-call-emergency = Wakiamini kwamba maisha yako yako hatarini sasa hivi, wanaweza kuita huduma za dharura.
helpline-note-languages-limited = Lugha nyingine hazipatikani kila saa.
