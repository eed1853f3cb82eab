# Panayam sa pagsusuri para sa mga nasa hustong gulang (questionnaires/frontline_adult.toml).
# Binabasa nang malakas ang mga tanong; ang mga paalala (-hint) ay para lang sa nagtatanong.

fl-title = Panayam sa pagsusuri: trabaho at kaligtasan
fl-section-start = Bago tayo magsimula
fl-section-recruitment = Paano mo nakuha ang trabahong ito
fl-section-workplaces = Mga pinagtrabahuhan mo
fl-section-conditions = Oras, sahod at utang
fl-section-freedom = Ang iyong kalayaan
fl-section-threats = Pagbabanta at pananakit
fl-section-sexual = Sekswal na pagsasamantala
fl-section-safety = Ang kalagayan at kaligtasan mo

fl-intro = Gusto kong magtanong ng ilang bagay tungkol sa trabaho at buhay mo rito. Hindi mo kailangang sagutin ang kahit anong tanong, at puwede kang tumigil anumang oras. Hindi ibabahagi ang sasabihin mo nang walang pahintulot mo, maliban kung may batang nasa panganib.
fl-intro-hint = Humanap muna ng pribadong lugar. Walang amo, ahente o kasama ang dapat makarinig. Gumamit ng tagasalin na pinili ng tao mismo, hindi kailanman ng taong konektado sa amo.
fl-consent = Naiintindihan ko at pumapayag akong sagutin ang mga tanong na ito.
fl-age = Ilang taon ka na?
fl-age-hint = Kung hindi niya alam, itala ang "hindi sigurado". Huwag humingi ng petsa ng kapanganakan o dokumento.
fl-age-check = Maglagay ng edad mula 10 hanggang 110.
fl-working = Sa nakaraang dalawang taon, nagtrabaho ka ba, may bayad man o wala, dito o sa ibang bansa?
fl-working-hint = Kasama ang anumang trabaho: sa bahay ng iba, sa bukid o bangka, sa bar, sa kalye, o sex work.

fl-paid-fee = Nagbayad ka ba sa sinuman para makuha ang trabahong ito o para makabiyahe papunta rito?
fl-fee-owed = May utang ka pa ba sa perang iyon sa amo, sa ahente o sa taong konektado sa kanila?
fl-promised-different = Malaki ba ang pagkakaiba ng trabaho, sahod o kalagayan sa sinabi sa iyo bago ka nagsimula?
fl-pressured = May pumilit o nagpresyon ba sa iyo na tanggapin ang trabahong ito o bumiyahe para rito?

fl-wp-sector = Anong klaseng trabaho ang nasa lugar na ito?
fl-sector-farm-fishing = Bukid, pangingisda o bangka
fl-sector-construction-factory = Construction o pabrika
fl-sector-domestic = Trabaho sa bahay ng iba
fl-sector-hospitality = Restawran, hotel o paglilinis
fl-sector-entertainment-sex = Bar, masahe, entertainment o sex work
fl-sector-street = Pagtitinda o pamamalimos sa kalye
fl-sector-other = Ibang trabaho
fl-wp-place = Saan ang pinagtrabahuhang ito?
fl-place-this-country = Sa bansang ito
fl-place-other-country = Sa ibang bansa
fl-place-at-sea = Sa dagat
fl-wp-current = Nagtatrabaho ka pa ba roon?
fl-wp-ended = Paano natapos ang trabahong ito?
fl-ended-left-freely = Umalis ako nang gustuhin ko
fl-ended-escaped = Kinailangan kong tumakas
fl-ended-sent-away = Pinaalis ako
fl-wp-lived-there = Doon ka rin ba nakatira, o sa lugar na pinili ng amo?

fl-hours = Sa karaniwang araw, ilang oras kang nagtatrabaho?
fl-hours-hint = Isama ang oras ng pag-standby, biyahe sa pagitan ng mga trabaho at trabaho sa bahay ng amo.
fl-hours-check = Maglagay ng bilang ng oras mula 0 hanggang 24.
fl-day-off = May kahit isang buong araw ka bang pahinga bawat linggo?
fl-paid = Buo ba ang sahod na natatanggap mo, gaya ng ipinangako?
fl-debt = May utang ka ba sa amo mo, sa ahente o sa taong konektado sa kanila?
fl-debt-grows = Patuloy bang lumalaki ang utang na ito, o pakiramdam mo hindi mo na ito mababayaran kailanman?
fl-conditions = Mapanganib, marumi o siksikan ba ang lugar kung saan ka nagtatrabaho o natutulog?
fl-conditions-hint = Halimbawa: walang proteksyon sa kemikal, walang banyo o tubig, maraming tao sa isang kuwarto.

fl-documents = Nasa iyo ba ang pasaporte o ID mo, o makukuha mo ba ito kahit kailan mo gusto?
fl-documents-hint = Kasama rin ang pagtatago ng dokumento "para raw hindi mawala" nang labag sa kagustuhan ng tao.
fl-documents-holder = Nasaan ngayon ang mga dokumento mo?
fl-holder-employer = Nasa amo o ahente
fl-holder-someone-else = Nasa ibang tao
fl-holder-lost = Nawala, o hindi ako nagkaroon kailanman
fl-can-leave = Kung gusto mong tumigil sa pagtatrabaho para sa amo na ito, kaya mo ba?
fl-leave-consequence = Sa tingin mo, ano ang mangyayari kung aalis ka?
fl-consequence-threats = Pagbabantaan ako o ang pamilya ko
fl-consequence-violence = Sasaktan ako
fl-consequence-debt = Lalaki ang utang ko o magbabayad ako ng multa
fl-consequence-report = Isusumbong ako sa pulis o sa imigrasyon
fl-consequence-lose-pay = Mawawala ang sahod na utang sa akin
fl-go-out = Kapag hindi ka nagtatrabaho, puwede ka bang lumabas nang mag-isa?
fl-contact = Nakakausap mo ba ang pamilya o mga kaibigan mo kapag gusto mo?
fl-watched = Ikinukulong ka ba, o lagi kang binabantayan, sa trabaho o sa tinitirhan mo?
fl-moved = Inilipat ka ba mula sa isang pinagtatrabahuhan papunta sa iba nang hindi ka tinatanong?

fl-threatened = May nagbanta ba sa iyo o sa pamilya mo para pilitin kang magtrabaho o pigilan kang umalis?
fl-hurt = May tao ba sa trabaho, o konektado sa trabaho mo, na nanakit, pumalo o humawak sa iyo nang sekswal nang labag sa kalooban mo?
fl-hurt-hint = Kung oo, mag-alok muna ng lunas medikal. Huwag magtanong ng detalyeng hindi kailangan.

fl-sex-made = May pumilit ba sa iyo na gumawa ng sekswal na gawain, o makipagkita sa mga tao para sa sex, kahit ayaw mo?
fl-sex-made-hint = Magtanong lang nang sarilinan. Panatilihing kalmado ang boses at mukha. Sapat na ang isang oo: huwag itanong kung ano ang nangyari.
fl-sex-money = May ibang tao bang kumukuha ng lahat o halos lahat ng pera mula rito?

fl-vulnerable = Tugma ba sa iyo ang alinman dito? Piliin lahat ng tugma.
fl-vulnerable-no-papers = Wala akong papeles para manatili o magtrabaho rito
fl-vulnerable-language = Hindi ako magaling magsalita ng wika rito
fl-vulnerable-dependants = Umaasa ang pamilya ko sa perang ipinapadala ko
fl-vulnerable-no-home = Wala akong matitirhan maliban sa lugar na sinasabi ng amo
fl-vulnerable-none = Wala sa mga ito
fl-vulnerable-check = Hindi puwedeng piliin ang "Wala sa mga ito" kasama ng ibang sagot.
fl-safe-tonight = Ligtas ka bang makakabalik ngayong gabi sa lugar kung saan ka natutulog?
fl-safe-tonight-hint = Kung hindi, huwag hayaang umalis nang mag-isa ang tao: sundin agad ang mga hakbang pangkaligtasan.
fl-anything-else = May iba ka pa bang gustong sabihin sa akin?
fl-text-check = Paikliin ang sagot (hanggang 2000 karakter lang).
fl-end = Salamat sa pakikipag-usap sa akin. Anuman ang pasya mo, puwede kang bumalik sa amin.
fl-end-hint = Balikan kasama ng tao ang mga inirerekomendang hakbang. Pagkasunduan kung paano siya ligtas na makokontak.

fl-act-always = Ibigay ang impormasyon ng mga helpline sa paraang ligtas itago ng tao, at pagkasunduan kung paano siya ligtas na makokontak.
fl-act-rights = Ipaliwanag sa tao ang mga karapatan niya sa trabaho at kung saan hihingi ng payo (labor inspectorate, unyon o grupo ng manggagawa).
fl-act-youth = Maaaring wala pang 18 ang tao: sundin ang proseso ninyo sa proteksyon ng bata at gamitin ang pagsusuri para sa kabataan.
fl-act-caseworker = Sa pahintulot ng tao, i-refer siya sa isang caseworker para sa buong pagtatasa.
fl-act-forced-labour = Nagpapakita ang mga sagot ng palatandaan ng sapilitang paggawa (hindi malayang umalis at binabantaan). I-refer sa organisasyong lumalaban sa human trafficking; isangkot lang ang pulis kung pumayag ang tao, maliban kung may batang nasa panganib.
fl-act-sexual = Mag-alok ng kumpidensyal na serbisyong pangkalusugan at espesyal na suporta para sa sekswal na pagsasamantala. Huwag kailanman komprontahin ang nagsasamantala.
fl-act-child = Menor de edad na may palatandaan ng pagsasamantala: kontakin ngayong araw ang serbisyo sa proteksyon ng bata.
fl-act-urgent = Maraming seryosong palatandaan nang sabay: gumawa ngayon ng safety plan kasama ng tao at kontakin ngayong araw ang isang espesyal na organisasyon.
fl-act-safety = Hindi ligtas ang tao ngayong gabi: huwag siyang pabalikin. Humanap ng emergency shelter, at tumawag sa emergency number kung nasa agarang panganib siya.
