# Mabilis na pagsusuri para sa kabataan (questionnaires/youth_screen.toml).

ys-title = Mabilis na pagsusuri para sa kabataan
ys-section-about = Tungkol sa iyo
ys-section-work = Trabaho
ys-section-safety = Pakiramdam na ligtas
ys-intro = Magtatanong ako ng ilang bagay. Walang maling sagot, at puwede mong sabihing "ayaw kong sumagot" anumang oras.
ys-intro-hint = Umupo sa antas ng kabataan, nang sarilinan. Kung ipipilit ng kasamang adulto na manatili, itala ito at mga pangkalahatang tanong lang ang itanong.
ys-age = Ilang taon ka na?
ys-age-check = Maglagay ng edad mula 5 hanggang 30.
ys-looks-young = Mukha bang wala pang 18 ang kabataan?
ys-looks-young-hint = Sarili mong palagay; huwag itong sabihin nang malakas. Kung nagdududa, sumagot ng oo.
ys-family = Nakatira ka ba kasama ng mga magulang mo o ng pamilyang nag-aalaga sa iyo?
ys-works = Nagtatrabaho ka ba para sa taong hindi mo kapamilya, kapalit ng pera o ng ibang bagay?
ys-school = Hindi ka ba nakakapasok sa paaralan dahil sa trabahong ito?
ys-money-taken = May ibang tao bang kumukuha ng perang kinikita mo?
ys-long-hours = Nagtatrabaho ka ba sa gabi, o maraming oras nang walang pahinga?
ys-brought = May nagdala ba sa iyo rito mula sa ibang bayan o bansa, at ngayon ay sinasabi niya kung ano ang gagawin mo?
ys-forced = May pumipilit ba sa iyo na gumawa ng mga bagay na ayaw mo, o tinatakot ka o ang pamilya mo?
ys-sexual = May humiling o pumilit ba sa iyo na gumawa ng sekswal na bagay kapalit ng pera, pagkain, matutulugan o iba pa?
ys-sexual-hint = Manatiling kalmado anuman ang sagot. Huwag humingi ng detalye: para iyon sa mga espesyalista.
ys-safe-tonight = May ligtas ka bang matutulugan ngayong gabi?
ys-act-follow-up = Hindi nakatira ang kabataan kasama ng pamilya: alamin kung sino ang nag-aalaga sa kanya at subaybayan.
ys-act-refer = May palatandaan ng pagsasamantala: kasama ng kabataan, kontakin ang isang espesyal na serbisyo.
ys-act-specialist = Ilang palatandaan nang sabay: i-refer ngayong araw sa espesyal na serbisyo para sa mga bata at kabataan.
ys-act-child-protection = Batang may palatandaan ng pagsasamantala: kontakin ngayong araw ang proteksyon ng bata, ayon sa proseso ninyo.
ys-act-urgent-child = Batang maaaring sekswal na pinagsasamantalahan: kontakin agad ang proteksyon ng bata. Huwag siyang hayaang umalis kasama ng pinaghihinalaan.
ys-act-safe-place = Walang ligtas na lugar ngayong gabi: humanap agad ng emergency shelter, at tumawag sa emergency number kung nasa panganib ang kabataan.
