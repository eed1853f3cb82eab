# Helpline directory notes (content/builtin/helplines.json). Short and plain.

helpline-hours-24-7 = Iko wazi mchana na usiku, kila siku.
helpline-hours-check = Haiko wazi kila wakati. Angalia saa za kazi kabla ya kupiga simu.
helpline-conf-confidential = Huduma hii inasema unachowaambia kinabaki siri.
helpline-conf-anonymous = Huhitaji kutaja jina lako.
helpline-conf-emergency = Namba ya dharura. Polisi au gari la wagonjwa linaweza kuja.
helpline-conf-government = Ni huduma ya serikali. Unachosema kinaweza kupelekwa kwa mamlaka.
helpline-conf-unknown = Hatujui nani anaona unachowaambia.
helpline-uncertain = Hatukuweza kuthibitisha namba hii. Huenda si sahihi.
