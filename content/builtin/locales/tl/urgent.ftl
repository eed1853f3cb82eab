### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = Kailangan ko ng tulong ngayon
urgent-heard-you = Nag-aalala ako sa isinulat mo. Ang kaligtasan mo ang pinakamahalaga.
urgent-start = Nasa panganib ka ba ngayon?
urgent-danger-now = Oo, nasa panganib ako ngayon
urgent-not-right-now = Hindi sa ngayon
urgent-leave-app = Mabilis na umalis sa app na ito
urgent-emergency-first = Kung kaya mo, tumawag ngayon sa emergency number. Hindi mo kailangang ipaliwanag ang lahat: sabihin kung nasaan ka at na kailangan mo ng tulong.
urgent-no-country = Hindi namin alam kung saang bansa ka, kaya hindi kami makapagpakita ng lokal na numero. Sa maraming bansa, puwede kang tumawag sa 112 mula sa kahit anong mobile phone.
urgent-cant-speak = Hindi ako ligtas na makapagsalita
urgent-cant-speak-info = Kung hindi ka makapagsalita, may mga serbisyong tumatanggap ng text. Magpadala lang kung ligtas, at burahin ito pagkatapos kung may tumitingin sa telepono mo.
urgent-safety-steps = Ano ang magagawa ko ngayon?
urgent-steps-intro = Ilang bagay na makakatulong ngayon:
urgent-tip-public-place = Kung kaya mo, pumunta sa lugar na may ibang tao, gaya ng tindahan, ospital o terminal ng bus.
urgent-tip-trusted-person = Sabihin sa taong pinagkakatiwalaan mo kung nasaan ka.
urgent-tip-hide-app = Kung may dumating, puwede kang umalis agad sa app na ito gamit ang exit button.
urgent-show-numbers = Ipakita ulit ang mga numero
urgent-done = Mayroon na ako ng kailangan ko
urgent-not-now = Mabuti at wala ka sa panganib ngayon. Makakatulong ang mga serbisyong ito kapag handa ka na. Marami ang libre, at hindi mo kailangang ibigay ang pangalan mo.
urgent-be-ready = Tulungan akong maging handa
urgent-steps-later = Narito ang tatlong hakbang para maging handa ka. Idinagdag namin ang mga ito sa safety plan mo.
urgent-plan-number = Isaulo ang isang emergency number.
urgent-plan-documents = Kung kaya mo, magtabi ng litrato ng pasaporte o ID mo sa ligtas na lugar, o sa taong pinagkakatiwalaan mo.
urgent-plan-code-word = Magkasundo sa isang code word kasama ang taong pinagkakatiwalaan mo, para makahingi ka ng tulong nang hindi nalalaman ng iba.
urgent-end = Puwede kang bumalik dito kahit kailan. Nakakandado ang usapang ito sa teleponong ito, at puwede mo itong burahin kahit kailan mo gusto.

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = Salamat sa pagsasabi mo sa akin. Parang may pinagdadaanan kang napakasakit ngayon.
urgent-crisis-not-alone = Hindi ka nag-iisa. Maraming tao ang nakaramdam ng ganito, at makakatulong ang pakikipag-usap sa iba. Karapat-dapat kang suportahan.
urgent-crisis-talk-now = Puwede kang makipag-usap sa isang tao ngayon mismo. Ang mga tao sa mga serbisyong ito ay handang makinig. Hindi mo kailangang ipaliwanag ang lahat.
urgent-crisis-not-safe = Baka hindi ako ligtas ngayon
urgent-crisis-emergency = Kung pakiramdam mo ay baka gawin mo ang mga naiisip mo sa lalong madaling panahon, tumawag ngayon sa emergency number o pumunta sa emergency room ng ospital. Kung kaya mo, manatili kasama ang ibang tao hanggang dumating ang tulong.
urgent-crisis-cant-call = Hindi ako makapagsalita sa telepono
urgent-crisis-cant-call-info = Kung masyadong mahirap magsalita, may mga serbisyong sumasagot sa text. Puwede ka ring humiling sa taong pinagkakatiwalaan mo na tumawag kasama ka, o para sa iyo.
urgent-crisis-get-through = Ano ang makakatulong sa akin ngayon?
urgent-crisis-steps-intro = Ilang bagay na makakatulong ngayon:
urgent-crisis-tip-people = Kung kaya mo, samahan mo ang isang tao, o pumunta sa lugar na may ibang tao.
urgent-crisis-tip-distance = Kung kaya mo, lumayo sa anumang bagay na puwede mong gamitin para saktan ang sarili mo.
urgent-crisis-tip-moment = Humuhupa ang ganito kalakas na damdamin. Sa ngayon, sapat na ang malampasan ang susunod na ilang minuto.
urgent-crisis-plan-line = Itago ang numero ng isang crisis line sa lugar na mabilis mong makikita.
urgent-crisis-other-danger = May nananakit o kumokontrol din sa akin
urgent-crisis-show-numbers = Ipakita kung sino ang puwede kong makausap
urgent-crisis-done = Sa ngayon, mayroon na ako ng kailangan ko
urgent-crisis-no-country = Hindi namin alam kung saang bansa ka, kaya hindi namin maipakita ang lokal na crisis line. Kung nasa panganib ang buhay mo, tumawag sa emergency number: sa maraming bansa, gumagana ang 112 mula sa kahit anong mobile phone.
urgent-crisis-end = Natutuwa ako na sumulat ka. Puwede kang bumalik dito anumang oras, araw man o gabi. Kung bumalik ang mga naiisip na ito, makipag-usap ka sa isang tao: hindi mo kailangang pagdaanan ito nang mag-isa.
