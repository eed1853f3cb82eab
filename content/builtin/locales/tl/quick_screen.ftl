# Mabilis na pagsusuri (questionnaires/quick_screen.toml). Anumang oo = i-refer.

qs-title = Mabilis na pagsusuri: limang tanong
qs-intro = Magtatanong ako ng limang maikling tanong. Puwede kang sumagot ng oo o hindi, o piliing huwag sumagot.
qs-intro-hint = Magtanong lang kapag walang amo, ahente o kasama na makakarinig.
qs-cannot-leave = May pumipigil ba sa iyo na umalis sa trabaho mo o sa tinutuluyan mo?
qs-documents = May ibang tao bang may hawak ng pasaporte o ID mo, kaya hindi mo ito makuha kapag gusto mo?
qs-debt = May utang ka ba sa amo o ahente na pakiramdam mo hindi mo na mababayaran kailanman?
qs-threats = May nagbanta o nanakit ba sa iyo o sa pamilya mo para pilitin kang magtrabaho o pigilan kang umalis?
qs-deceived = Malaki ba ang pagkakaiba ng trabaho o sahod mo sa ipinangako sa iyo?
qs-act-always = Ibigay ang impormasyon ng mga helpline sa paraang ligtas itago ng tao.
qs-act-refer = Kahit isang sagot ay oo: sa pahintulot ng tao, gawin ang buong panayam o i-refer siya sa isang caseworker.
