# Uchunguzi wa haraka wa vijana (questionnaires/youth_screen.toml).

ys-title = Uchunguzi wa haraka wa vijana
ys-section-about = Kuhusu wewe
ys-section-work = Kazi
ys-section-safety = Kujisikia salama
ys-intro = Nitakuuliza maswali machache. Hakuna jibu baya, na unaweza kusema "sitaki kujibu" wakati wowote.
ys-intro-hint = Kaa kwa usawa wa kijana, faraghani. Mtu mzima aliyekuja naye akisisitiza kubaki, liandike na uulize maswali ya jumla tu.
ys-age = Una umri gani?
ys-age-check = Andika umri kati ya 5 na 30.
ys-looks-young = Je, kijana anaonekana kuwa chini ya miaka 18?
ys-looks-young-hint = Ni maoni yako mwenyewe; usiyaseme kwa sauti. Ukiwa na shaka, jibu ndiyo.
ys-family = Unaishi na wazazi wako au familia inayokutunza?
ys-works = Unafanya kazi kwa mtu asiye wa familia yako, kwa pesa au kwa kitu kingine?
ys-school = Je, kazi hii inakuzuia kwenda shule?
ys-money-taken = Je, mtu mwingine anachukua pesa unazopata?
ys-long-hours = Unafanya kazi usiku, au saa nyingi bila kupumzika?
ys-brought = Je, kuna mtu aliyekuleta hapa kutoka mji au nchi nyingine, na sasa anakuambia la kufanya?
ys-forced = Je, kuna mtu anayekulazimisha kufanya mambo usiyotaka, au anayekutisha wewe au familia yako?
ys-sexual = Je, kuna mtu aliyekuomba au kukulazimisha kufanya jambo la ngono kwa malipo ya pesa, chakula, mahali pa kulala au kitu kingine?
ys-sexual-hint = Tulia jibu liwe lolote. Usiulize maelezo: hiyo ni kazi ya wataalamu.
ys-safe-tonight = Una mahali salama pa kulala usiku huu?
ys-act-follow-up = Kijana haishi na familia: hakikisha nani anamtunza na fuatilia.
ys-act-refer = Kuna dalili za unyonyaji: pamoja na kijana, wasiliana na huduma maalum.
ys-act-specialist = Dalili kadhaa kwa pamoja: mpeleke leo kwa huduma maalum ya watoto na vijana.
ys-act-child-protection = Mtoto mwenye dalili za unyonyaji: wasiliana leo na huduma za ulinzi wa mtoto, kwa kufuata utaratibu wako.
ys-act-urgent-child = Mtoto anayeweza kuwa ananyonywa kingono: wasiliana na ulinzi wa mtoto sasa. Usimwache aondoke na mnyonyaji anayeshukiwa.
ys-act-safe-place = Hakuna mahali salama usiku huu: tafuta makazi ya dharura sasa, na piga namba ya dharura kama kijana yuko hatarini.
