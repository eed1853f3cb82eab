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
