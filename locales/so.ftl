# Somali. Plain, short sentences for a newcomer. Keep every key in every locale.

## Language and start

language-choose = Dooro luqaddaada.
language-changed = Waa hagaag. Waxaan kuu qori doonaa af Soomaali.
welcome =
    Soo dhowow! Waxaan ahay caawiyaha { $project }.
    Waxaan caawiyaa waalidiinta u soo guuray Finland.
    Waxaan kuu heli karaa koorsooyin iyo kulamo kooxeed. Qof dhab ah ayaa sidoo kale ku caawin kara.

## Privacy and consent

consent-notice =
    Ka hor su'aalaha: macluumaad ku saabsan xogtaada.

    Yaa haya: { $project }. La xiriir: { $contact }
    Sababta: si aan kuu helno koorsooyin iyo caawimaad kugu habboon.
    Waxa aan weydiinno: luqadahaaga, dugsiga, shaqada, carruurta, waxaad rabto iyo waqtiyada kuu fiican. Waxaan sidoo kale ku weydiinnaa sidaad tahay, jinsigaaga iyo da'daada.
    Yaa arka: la-taliyayaasha mashruuca. Waxay akhriyaan jawaabahaaga iyo fariimahaaga.
    Muddada: xogtaada waxaan tirtirnaa { $months ->
        [one] { $months } bil
       *[other] { $months } bilood
    } kadib fariintaada ugu dambeysa. Fariimaha la-taliyaha waxaan tirtirnaa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } kadib marka wada-hadalku dhammaado.
    Tirakoobka waxaa ku hara oo keliya tirooyin aan magac lahayn.
    Ka jawaabiddu waa ikhtiyaar. Wax saameyn ah kuma laha arrimahaaga Kela, xafiisyada shaqada ama Migri.
    Xuquuqdaada: /mydata waxay ku tusinaysaa xogtaada. /delete way tirtiraysaa, oggolaanshahaagana way ka noqonaysaa. Badhamadaas oo kale waxay ku jiraan liiska.
    Waxaad cabasho u diri kartaa Wakiilka Ilaalinta Xogta ee Finland: tietosuoja.fi

    Ma ku raacsan tahay?
consent-contact-counsellor = halkan u qor la-taliye: /counsellor
consent-accept = ✅ Waan ogolahay
consent-decline = ❌ Ma ogoli
consent-accepted = Mahadsanid. Waan bilaabi karnaa.
consent-declined =
    Waa hagaag. Wax jawaab ah ma aanan kaydin.
    Weli waad akhrin kartaa macluumaadka guud.
    Sidoo kale waad la hadli kartaa qof.
consent-needed = Marka hore, fadlan akhri qoraalka ku saabsan xogtaada, kadibna jawaab.
consent-withdraw-confirm =
    Hore waad ogolaatay.
    Haddii aadan hadda ogolayn, waxaan tirtiri doonnaa xogtaada oo dhan:
    jawaabahaaga, koorsooyinkaaga iyo meelahaaga liiska sugitaanka, iyo fariimaha aad la wadaagtay la-taliyayaasha.
    Waxaan kaydinaynaa oo keliya tirooyin aan magac lahayn, tirakoobka mashruuca awgeed.
    Tan dib looma celin karo. Ma rabtaa tan?
consent-withdraw-yes = 🗑 Haa, tirtir xogtayda
consent-withdraw-no = ↩️ Maya, dib u noqo
consent-withdrawn =
    Hadda ma ogolid, sidaas darteed xogtaada waan tirtirnay. Mahadsanid.
    Weli waad akhrin kartaa macluumaadka guud, waadna la hadli kartaa qof: qor /start.
consent-withdraw-cancelled = Waa hagaag. Waxba lama tirtirin. Ogolaanshahaagu sidii hore ayuu yahay.

## Main menu

menu-title = Maxaad rabtaa inaad samayso?
menu-survey-start = 📝 Bilow su'aalaha
menu-survey-continue = 📝 Sii wad su'aalaha
menu-profile = 👤 Jawaabahayga
menu-language = 🌐 Luqadda
menu-info = ℹ️ Macluumaad
menu-help = ❓ Caawimaad
audio-listen = 🔊 Dhagayso
audio-none = Waan ka xumahay, tan weli laguma dhagaysan karo luuqaddaada.
audio-failed = Waan ka xumahay, codka hadda lama samayn karin. Fadlan mar kale isku day hadhow.
audio-reminder = Tani waa xusuusin kulankaaga. Maalinta, waqtiga iyo goobta waxay ku qoran yihiin fariinta. Haddii aad imanayso, riix badhanka koowaad. Haddii aadan iman karin, riix badhanka labaad.
menu-mydata = 🔐 Xogtayda
menu-delete = 🗑 Tirtir xogtayda

help =
    Waxaan ahay bot (barnaamij kombiyuutar). Waxaan kaa caawiyaa inaad hesho koorsooyin iyo caawimaad.
    Isticmaal badhamada. Uma baahnid inaad wax badan qorto.

    /start – bogga hore
    /language – beddel luqadda
    /profile – arag ama beddel jawaabahaaga
    /mydata – arag xogtaada
    /delete – tirtir xogtaada
    /help – fariintan
info =
    Macluumaad guud:
    Bogga InfoFinland wuxuu leeyahay macluumaad ku saabsan nolosha Finland, luqado badan: www.infofinland.fi
    Haddii ay jirto xaalad degdeg ah, wac 112.

## Survey: general

survey-intro =
    Waxaan ku weydiinayaa su'aalo yar. Waxay qaadanaysaa qiyaastii 10 daqiiqo.
    Jawaabahaagu waxay mashruuca ka caawinayaan inuu kuu helo koorsooyin iyo caawimo kugu habboon.
    Tani ma aha qiimaynta rasmiga ah ee degmada ama adeegyada shaqada. Meesha kama qaadanayso.
    Jawaabahaaga isla markiiba waa la kaydiyaa. Waad joojin kartaa oo hadhow sii wadi kartaa.
survey-progress = Su'aasha { $index }aad (wadar ahaan { $total } su'aalood)
survey-multi-hint = Taabo dhammaan kuwa kugu habboon. Kadib taabo “{ survey-done }”.
survey-number-hint = Qor lambar.
survey-text-hint = Qor jawaab gaaban.
survey-counts-hint = Riix ➕ mar ilmo kasta. ➖ mid ayuu ka saaraa. Kadib riix “{ survey-done }”.
survey-back = ◀️ Dib u noqo
survey-skip = Ka gudub ⏭
survey-done = ✔️ Dhammee
survey-yes = Haa
survey-no = Maya
survey-skipped = (laga gudbay)
survey-voice-answer = 🎤 Fariin cod ah
survey-voice-noted = Mahadsanid. La-taliye ayaa dhegaysan doona fariintaada codka ah.

survey-use-buttons = Fadlan isticmaal badhamada ku hoos yaal su'aasha.
survey-not-a-number = Fadlan qor tiro u dhaxaysa { $min } iyo { $max }.
survey-out-of-range = Fadlan qor tiro u dhaxaysa { $min } iyo { $max }.
survey-not-whole = Fadlan qor lambar dhan, aan jajab lahayn.
survey-too-long =
    Tani aad bay u dheer tahay. Fadlan qor ugu badnaan { $max ->
        [one] { $max } xaraf
       *[other] { $max } xaraf
    }.
survey-empty = Fadlan qor dhowr eray.
survey-send-text = Fadlan jawaabtaada u qor qoraal ahaan.
survey-bad-characters = Xarfaha qaarkood ee fariintaada lama akhrin karin. Fadlan mar kale qor.
survey-choose-at-least-one = Fadlan dooro ugu yaraan mid. Kadib taabo “{ survey-done }”.
survey-too-many = Fadlan dooro ugu badnaan { $max ->
    [one] { $max } jawaab
   *[other] { $max } jawaabood
}.
survey-not-optional = Su'aashan waa in laga jawaabo. Fadlan ka jawaab.
survey-unknown-option = Badhankan hadda ma shaqeeyo. Waa kan su'aashii mar kale.
survey-stale-button = Badhankan wuxuu ka yimid fariin hore. Waa kan su'aashaada hadda.
stale-button = Badhankan wuxuu ka yimid fariin hore.
stale-button-menu = Badhankan wuxuu ka yimid fariin hore. Fadlan mar kale ka dooro liiska.
survey-consent-first = Fadlan marka hore ogolow qoraalka ku saabsan xogtaada.

survey-summary-title = Waa kuwan jawaabahaaga. Wax walba ma sax yihiin?
survey-summary-confirm = ✅ Wax walba waa sax
survey-summary-change = ✏️ Beddel jawaab
survey-change-which = Jawaabtee ayaad rabtaa inaad beddesho?
survey-completed =
    Mahadsanid! Jawaabahaaga waa la kaydiyay.
    La-taliye ayaa arki kara oo ku caawin kara.
survey-already-completed = Waxaad ka jawaabtay dhammaan su'aalaha. Mahadsanid!

profile-title = Jawaabahaaga:
profile-empty = Weli kama aadan jawaabin wax su'aal ah.

not-understood = Waan ka xumahay, ma fahmin. Fadlan isticmaal badhamada, ama qor /help.
error-generic = Waan ka xumahay, wax baa khaldamay. Fadlan mar kale isku day wax yar kadib.

## Survey: questions. q-ID is the question, q-ID-OPTION an option, qs-ID a short label.

q-region = Xaggee ku nooshahay?
q-region-paijat-hame = Päijät-Häme (agagaarka Lahti)
q-region-south-karelia = Etelä-Karjala (agagaarka Lappeenranta)
q-region-meri-lappi = Meri-Lappi (Kemi, Tornio)
q-region-kanta-hame = Kanta-Häme (agagaarka Hämeenlinna)
q-region-ostrobothnia = Pohjanmaa (agagaarka Vaasa)
q-region-other = Meel kale
qs-region = Meesha aad ku nooshahay
q-int-lang =
    Gobolkaaga, tababarka is-dhexgalka waxaa lagu bixiyaa af-Finnish ama af-Iswiidhish.
    Luuqaddee ayaad rabtaa inaad barato?
q-int-lang-fi = Af-Finnish
q-int-lang-sv = Af-Iswiidhish
q-int-lang-unsure = Weli ma garanayo
qs-int-lang = Luuqadda is-dhexgalka

q-years-in-fi = Muddo intee le'eg ayaad ku nooshahay Finland?
q-years-in-fi-under-1 = Ka yar 1 sano
q-years-in-fi-1-3 = 1 ilaa 3 sano
q-years-in-fi-over-3 = Ka badan 3 sano
qs-years-in-fi = Muddada Finland

q-languages = Luqadee ayaad ku hadashaa?
q-languages-ar = Carabi
q-languages-prs = Dari
q-languages-fa = Faarisi
q-languages-ps = Af-Bashto
q-languages-ckb = Af-Kurdi (Soraani)
q-languages-kmr = Af-Kurdi (Kurmaanji)
q-languages-so = Soomaali
q-languages-ru = Ruush
q-languages-uk = Yukreeniyaan
q-languages-sw = Sawaaxili
q-languages-en = Ingiriisi
q-languages-ku = Kurdi
q-languages-ti = Tigrinya
q-languages-am = Af-Amxaari
q-languages-ln = Af-Lingaala
q-languages-rw = Af-Kinyarwanda
q-languages-fr = Faransiis
q-languages-other = Luqad kale
qs-languages = Luqadahaaga

q-finnish = Sidee ayaad ugu hadashaa af Finnishka?
q-finnish-none = Haba yaraatee ma aqaan
q-finnish-basics = Dhowr eray
q-finnish-everyday = Ku filan nolosha maalinlaha ah
q-finnish-good = Si fiican
qs-finnish = Af Finnish

q-swedish = Sidee ayaad ugu hadashaa af Iswiidhishka?
q-swedish-none = Haba yaraatee ma aqaan
q-swedish-basics = Dhowr eray
q-swedish-everyday = Ku filan nolosha maalinlaha ah
q-swedish-good = Si fiican
qs-swedish = Af Iswiidhish

q-read-own = Ma wax ku akhrin kartaa oo ku qori kartaa luqaddaada hooyo?
q-read-own-no = Maya
q-read-own-a-little = Wax yar
q-read-own-yes = Haa
qs-read-own = Akhriska, luqadda hooyo

q-read-latin = Ma akhrin kartaa oo qori kartaa xarfaha sidan oo kale ah: A B C?
q-read-latin-no = Maya
q-read-latin-a-little = Wax yar
q-read-latin-yes = Haa
qs-read-latin = Akhriska, A B C

q-school-years = Immisa sano ayaad dugsi dhigatay?
q-school-years-none = Dugsi ma aanan dhigan
q-school-years-1-6 = 1–6 sano
q-school-years-7-9 = 7–9 sano
q-school-years-10-12 = 10–12 sano
q-school-years-13-plus = 13 sano ama ka badan
qs-school-years = Sanadaha dugsiga

q-education = Waa maxay heerka waxbarashadaada ugu sarreeya?
q-education-none = Dugsi ma dhigan
q-education-religious = Dugsi diini ah oo keliya
q-education-primary-some = Dhowr sano oo dugsi hoose ah
q-education-basic = Dugsi hoose iyo dhexe
q-education-secondary = Dugsi sare
q-education-vocational = Dugsi xirfadeed
q-education-university = Kulliyad ama jaamacad
qs-education = Waxbarasho

q-worked = Horay ma u shaqaysay? Shaqo kasta waa la tiriyaa: xitaa shaqo aan lacag lahayn, guriga dad kale u shaqayn, beer ama ganacsi qoys.
qs-worked = Shaqo hore

q-work-field = Shaqo noocee ah ayaad qabatay? Qor dhowr eray, tusaale “cunto kariye” ama “kalkaaliye caafimaad”. Waxaad sidoo kale soo diri kartaa fariin cod ah 🎤.
qs-work-field = Shaqadaada

q-situation = Noloshaadu sidee bay hadda tahay? Dooro dhammaan waxa ku habboon.
q-situation-home = 🏠 Guriga ayaan la joogaa carruurta
q-situation-family-leave = 👶 Fasax qoys ayaan ku jiraa
q-situation-course = 📖 Koorso af-Finnish ama af-Iswiidhish
q-situation-job-seeker = 🔎 Shaqo ayaan raadinayaa
q-situation-studying = 🎓 Wax baan baranayaa
q-situation-working = 💼 Waan shaqeeyaa
q-situation-other = Wax kale
qs-situation = Hadda
q-job-registered = Ma iska diiwaangelisay qof shaqo raadinaya adeegyada shaqada?
q-job-registered-yes = Haa
q-job-registered-no = Maya
q-job-registered-unsure = Ma garanayo
qs-job-registered = Diiwaangashan shaqo-doon
q-plan = Ma haysataa qorshe is-dhexgal (kotoutumissuunnitelma)?
q-plan-yes = Haa
q-plan-no = Maya
q-plan-unsure = Ma garanayo
qs-plan = Qorshaha is-dhexgalka
q-kids = Carruurtee ayaa kula nool? Riix da'da ilmo kasta.
q-kids-0-1 = 👶 Ka yar 1 sano
q-kids-1-2 = 👶 1–2 sano
q-kids-3-6 = 🧒 3–6 sano
q-kids-7-12 = 🧒 7–12 sano
q-kids-13-17 = 🧑 13–17 sano
q-kids-18-plus = 🧑 18 ama ka weyn
q-kids-none = Carruur ila ma noola
qs-kids = Carruurta kula nool
q-daycare = Ilmahaagu ma leeyahay boos xannaano (päiväkoti)?
q-daycare-yes = 🏫 Haa
q-daycare-applied = 📝 Waan codsaday
q-daycare-no = 🏠 Maya
qs-daycare = Boos xannaano

q-children = Immisa carruur ah ayaad leedahay? Qor lambar. Haddii aadan carruur lahayn, qor 0.
qs-children = Carruur

q-children-under-7 = Immisa ka mid ah ayaa ka yar 7 sano?
qs-children-under-7 = Carruurta ka yar 7 sano

q-child-ages = Carruurtaadu immisa jir bay yihiin?
q-child-ages-0-1 = Ka yar 1 sano
q-child-ages-1-2 = 1–2 sano
q-child-ages-3-6 = 3–6 sano
q-child-ages-7-12 = 7–12 sano
q-child-ages-13-17 = 13–17 sano
q-child-ages-18-plus = 18 sano ama ka weyn
qs-child-ages = Da'da carruurta

q-childcare = Ma u baahan tahay qof carruurta haya inta aad joogto kulanka kooxda?
q-childcare-yes = 🧸 Haa
q-childcare-sometimes = 🧸 Mararka qaar
q-childcare-no = 🙅 Maya
qs-childcare = Daryeelka carruurta

q-goals = Maxaad rabtaa? Dooro dhammaan kuwa kugu habboon.
q-goals-work = 💼 Shaqo
q-goals-studies = 🎓 Waxbarasho
q-goals-language = 🗣 Inaan barto af Finnish ama af Iswiidhish
q-goals-friends = 🤝 Saaxiibo iyo dad aan la kulmo
q-goals-wellbeing = 🌱 Inaan si fiican u dareemo
q-goals-everyday = 🏠 Caawimaad arrimaha maalinlaha ah
qs-goals = Waxaad rabto

q-times = Goormaad iman kartaa kulamada?
q-times-mornings = 🌅 Subaxda
q-times-afternoons = ☀️ Galabta
q-times-evenings = 🌙 Fiidka
q-times-weekends = 📅 Dhammaadka toddobaadka
qs-times = Waqtiyada kuu fiican

q-coping = Sidee tahay maalmahan?
q-coping-well = 🙂 Waan fiicanahay
q-coping-okay = 😐 Waa iska caadi
q-coping-hard = 😔 Waa igu adag tahay
q-coping-talk = 💬 Waxaan jeclaan lahaa inaan qof la hadlo
qs-coping = Xaaladdaada

q-interpreter = Ma u baahan tahay turjumaan?
qs-interpreter = Turjumaan
q-interpreter-lang = Turjumaanku luuqaddee buu ku hadlaa?
qs-interpreter-lang = Luuqadda turjumaanka

q-gender = Waxaad sheegi kartaa jinsigaaga. Sidoo kale waad ka gudbi kartaa su'aashan.
q-gender-woman = Haweeney
q-gender-man = Nin
q-gender-other = Kale
q-gender-no-say = Ma doonayo inaan sheego
qs-gender = Jinsi

q-age-group = Immisa jir baad tahay? Sidoo kale waad ka gudbi kartaa su'aashan.
q-age-group-under-25 = Ka yar 25 sano
q-age-group-25-34 = 25–34 sano
q-age-group-35-44 = 35–44 sano
q-age-group-45-plus = 45 sano ama ka weyn
q-age-group-no-say = Ma doonayo inaan sheego
qs-age-group = Da'

## Command menu (short descriptions Telegram shows next to /commands)

cmd-start = Bogga hore
cmd-survey = Ka jawaab su'aalaha
cmd-profile = Jawaabahayga
cmd-language = Beddel luqadda
cmd-help = Caawimaad

## Other

edited-message = Ma arko isbeddelka fariimaha hore. Fadlan dir fariin cusub.
survey-talk-noted = Waad ku mahadsan tahay inaad noo sheegtay. La-taliye ayaa arki doona oo kula soo xiriiri doona.

## Modules (courses and groups)

menu-modules = 📚 Koorsooyin
menu-my = 🗓 Koorsooyinkayga
cmd-modules = Koorsooyin kuu habboon
cmd-my = Koorsooyinkayga

modules-title = Koorsooyinkan iyo kooxahan ayaa kugu habboon. Taabo mid si aad wax badan uga ogaato.
modules-none = Hadda ma jiraan koorsooyin kuu habboon. La-taliye ayaa ku caawin kara.
modules-answer-first = Marka hore ka jawaab su'aalaha. Kadib waxaan ku tusi karaa waxa kugu habboon.
module-reasons-title = Sababta ay kuugu habboon tahay:
match-reason-language-level = Waxaad sii baran kartaa af Finnishka.
match-reason-swedish-level = Waxaad baran kartaa af-Iswiidhish dheeraad ah.
match-reason-chose-swedish = Waxaad dooratay is-dhexgal af-Iswiidhish ah.
match-reason-goal-language = Waxaad rabtaa inaad barato luqadda.
match-reason-reading = Waxay kaa caawisaa akhriska iyo qoraalka.
match-reason-goal-work = Waxaad rabtaa inaad shaqo hesho.
match-reason-job-seeker = Waxaad raadinaysaa shaqo.
match-reason-newly-arrived = Dhawaan ayaad timid Finland.
match-reason-goal-everyday = Waxaad rabtaa caawimaad arrimaha maalinlaha ah.
match-reason-wellbeing = Waxay kaa caawin kartaa inaad si ka fiican u dareento.
match-reason-goal-wellbeing = Waxaad rabtaa inaad si fiican u dareento.
match-reason-wants-to-talk = Waxaad la hadli kartaa la-taliye.
match-reason-goal-friends = Waxaad la kulmi kartaa dad kale.
match-reason-childcare = Daryeelka carruurta waa la diyaariyay.
match-reason-times = Waqtiyadu way kugu habboon yihiin.
match-reason-for-mothers = Waa koox hooyooyinka loogu talagalay.
match-reason-for-working-parents = Waa koox waalidiinta shaqeeya loogu talagalay.
match-note-no-childcare = Ogow: halkan ma jiro daryeel carruur.
match-note-times = Ogow: waxaa laga yaabaa in waqtiyadu aysan kugu habboonayn.
module-next-sessions = Kulamada soo socda:
module-session = { $date }, { $place }
place-by-agreement = Sida lagu heshiiyo: xafiiska ama gurigaaga
module-languages = Luqadaha: { $languages }
module-childcare-yes = Daryeelka carruurta: haa
module-childcare-no = Daryeelka carruurta: maya
module-places-left = { $count ->
    [one] { $count } boos ayaa haray.
   *[other] { $count } boos ayaa haray.
}
module-full = Koorsadu way buuxdaa. Waxaad gali kartaa liiska sugitaanka.
module-enrol = ✅ Ku biir
module-join-waitlist = 🕒 Gal liiska sugitaanka
module-back = ◀️ Dhammaan koorsooyinka
module-children-question = Immisa ka mid ah carruurtaada ayaa u baahan daryeel inta kulamadu socdaan?
module-children-none = Midna
module-confirm = Ma rabtaa inaad ku biirto “{ $title }”? Carruurta u baahan daryeel: { $children }.
module-confirm-yes = ✅ Haa, waan ku biirayaa
module-confirm-no = ❌ Maya
module-enrolled = Waxaad ku jirtaa “{ $title }”. Kulamadaada waxaad ka heli kartaa “{ menu-my }”.
module-waitlisted = Koorsadu way buuxdaa. Waxaad tahay lambarka { $position } ee liiska sugitaanka. Waan kuu sheegi doonaa marka boos bannaan yahay.
module-already-enrolled = Horeba waad ugu jirtaa koorsadan.
module-already-waitlisted = Horeba waad ugu jirtaa liiska sugitaanka. Waxaad tahay lambarka { $position }.
module-unavailable = Koorsadan hadda lama heli karo.
module-promoted = War wanaagsan! Boos ayaa bannaanaaday. Hadda waxaad ku jirtaa “{ $title }”.

my-title = Koorsooyinkaaga:
my-none = Weli kuma aadan biirin wax koorso ah.
my-enrolled = ✅ { $title }
my-waitlisted = 🕒 { $title }: liiska sugitaanka, lambarka { $position }
my-next = Kulanka xiga: { $date }, { $place }
my-cancel = ❌ Ka bax: { $title }
my-cancel-confirm = Ma rabtaa inaad ka baxdo “{ $title }”?
my-cancel-yes = Haa, waan ka baxayaa
my-cancel-no = Maya, waan sii joogayaa
my-cancelled = Waxaad ka baxday “{ $title }”. Booskaaga waxaa la siin doonaa qof ku jira liiska sugitaanka.

## Reminders and attendance

reminder-session =
    🔔 Xusuusin: “{ $title }”
    🗓 { $date }
    📍 { $place }
    Ma imanaysaa?
reminder-childcare =
    👶 Carruurtaada waxaa loo diyaariyay daryeel inta uu socdo kulanka “{ $title }”.
    🗓 { $date }
    Carruurta u baahan daryeel: { $children }.
    Fadlan jawaab, si ay dadka carruurta haya isugu diyaariyaan.
reminder-cancelled =
    ❗ Kulanka “{ $title }” ({ $date }) waa la baajiyay. Waan ka xunnahay.
    Kulamadaada kale waxaad ka heli kartaa “{ menu-my }”.
rsvp-coming = ✅ Waan imanayaa
rsvp-not-coming = ❌ Ma iman karo
rsvp-childcare-yes = ✅ Haa, { $children ->
    [one] { $children } ilmo
   *[other] { $children } carruur ah
}
rsvp-childcare-change = ✏️ Beddel tirada
rsvp-children-question = Markan immisa carruur ah ayaa u baahan daryeel?
rsvp-thanks-coming = Mahadsanid! Halkaas ayaan kugu arki doonnaa.
rsvp-thanks-not-coming = Waad ku mahadsan tahay inaad noo sheegtay. Markan booskaaga iyo daryeelka carruurta waxaa heli doona dad kale.
rsvp-children-saved = Mahadsanid. Carruurta u baahan daryeel markan: { $children }.
rsvp-too-late = Kulankan horeba wuu bilaabmay, ama waa la baajiyay.
reminder-moved =
    🔄 Kulanka “{ $title }” waa la beddelay. Waqtiga iyo goobta cusub:
    🗓 { $date }
    📍 { $place }
reminder-reinstated =
    ✅ War wanaagsan: kulanka “{ $title }” lama baajin, wuu dhacayaa:
    🗓 { $date }
    📍 { $place }
reminder-ask-coming = Ma imanaysaa?
reminder-ask-childcare = Ma imanaysaa? Carruurta u baahan daryeel: { $children }.
reminder-declined-note = Waxaad noo sheegtay inaadan iman karin. Haddii aad iman karto, riix badhanka.
rsvp-can-come = ✅ Hadda waan iman karaa
rsvp-changed =
    ⚠️ Waqtiga kulanka “{ $title }” waa isbeddelay. Jawaabtaadu waxay ahayd waqtigii hore.
    🗓 { $date }
    📍 { $place }
    Ma imanaysaa waqtiga cusub?

## Talking to a person

menu-counsellor = 🙋 La hadal qof
menu-unsafe = 🆘 Ammaan ma ihi
cmd-counsellor = La hadal qof
handoff-opened-now =
    La-taliye ayaa halkan kaaga jawaabi doona dhowaan.
    Hadda waad qori kartaa. Fariimahaaga waxaa loo dirayaa la-taliyaha.
    Si aad dib ugu noqoto bot-ka, qor /end.
handoff-opened-later =
    Hadda ma jiro la-taliye shaqada jooga. La-taliye ayaa halkan kaaga jawaabi doona marka shaqadu bilaabato: { $date }.
    Hadda ayaad qori kartaa. Fariimahaaga waxaa loo dirayaa la-taliyaha.
    Si aad dib ugu noqoto bot-ka, qor /end.
handoff-already = Horeba waxaad la hadlaysaa qof. Fariintaada halkan ku qor. Si aad dib ugu noqoto bot-ka, qor /end.
handoff-forwarded = ✓ Fariintaada waxay gaartay la-taliyaha.
handoff-end-button = ↩️ Dhammee wadahadalka la-taliyaha
safety-help-intro = 💛 Mahadsanid inaad noo sheegtay. Kaligaa ma tihid.
safety-help-112 = 🚨 Haddii aad hadda khatar ku jirto, wac 112.
safety-line-crisis = ☎️ Khadka xaaladaha adag, wax kasta oo adag: { $name }, { $phone } ({ $hours })
safety-line-violence = ☎️ Caawimaad rabshadaha guriga ama qoyska: { $name }, { $phone } ({ $hours })
safety-line-other = ☎️ Khadka caawimaadda: { $name }, { $phone } ({ $hours })
safety-open-always = furan habeen iyo maalin
safety-open-hours = furan { $weekdays } { $from }–{ $to }
safety-offer = 🙋 La-taliye mashruuca ah ayaa sidoo kale kula hadli kara. Riix badhanka haddii aad rabto.
safety-urgent-now =
    🙋 Waxaan u sheegay la-taliyayaashayada. Adiga ayaa ugu horreeya safkooda.
    Halkan wax ku qor. Fariimahaagu waxay gaarayaan la-taliyaha.
safety-urgent-later =
    🙋 Waxaan u sheegay la-taliyayaashayada. Hadda shaqada ma joogaan. La-taliye ayaa halkan kuugu jawaabi doona { $date }.
    Haddii aad hadda khatar ku jirto, wac 112.
handoff-busy-button = Hadda waxaad la hadlaysaa qof. Si aad dib ugu noqoto bot-ka, qor /end.
handoff-ended = Waxaad dib ugu soo noqotay bot-ka.
handoff-closed-by-counsellor = La-taliyaha ayaa dhammeeyay wada hadalka. Waxaad dib ugu soo noqotay bot-ka. Qor /start si aad u aragto bogga hore.
handoff-offer = Ma rabtaa inaad la hadasho qof?
handoff-offer-yes = 🙋 Haa, waxaan rabaa inaan la hadlo qof
not-understood-offer = Waan ka xumahay, weli ma fahmin. Qof ayaa ku caawin kara.

## Your data

cmd-mydata = Arag xogtayda
cmd-delete = Tirtir xogtayda
privacy-export-intro = Waa kan wax kasta oo aan kaa hayno. Faylka waxaa ku jira xogtaada oo dhan.
privacy-export-answers = Jawaabahaaga:
privacy-export-courses = Koorsooyinkaaga:
privacy-export-course-enrolled = { $title }: waad ku jirtaa
privacy-export-course-waitlisted = { $title }: waxaad ku jirtaa liiska sugitaanka
privacy-export-course-cancelled = { $title }: waad ka baxday
privacy-export-messages = Fariimaha u dhexeeya adiga iyo la-taliyaha: { $count }
privacy-export-none = Wax kale oo kugu saabsan ma kaydinno.
privacy-delete-confirm =
    Ma rabtaa inaad tirtirto xogtaada oo dhan?
    Jawaabahaaga, koorsooyinkaaga iyo fariimahaaga waa la tirtiri doonaa. Xogta dib looma soo celin karo.
privacy-delete-yes = 🗑 Haa, tirtir wax walba
privacy-delete-no = Maya, ha tirtirin xogtayda
privacy-deleted = Xogtaada waa la tirtiray. Mahadsanid. Qor /start haddii aad rabto inaad mar kale bilowdo.
privacy-delete-kept = Waa hagaag. Waxba lama tirtirin.
privacy-notice-updated = Qoraalka ku saabsan xogtaada waa la beddelay. Fadlan akhri, kadibna mar kale jawaab.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 La kulan la-taliye
cmd-appointment = Ballan ballan la-taliye
apt-kind-question = Kulan noocee ah ayaad rabtaa?
apt-kind-office = 🏢 Xafiiska
apt-kind-phone = 📞 Taleefanka
apt-kind-video = 💻 Fiidiyow
apt-kind-home = 🏠 Gurigayga
apt-none = Waan ka xunnahay, hadda ma jiraan waqtiyo bannaan. Mar dambe isku day, ama la hadal qof.
apt-times-question = { $kind }: dooro waqti (waqtiga Finland).
apt-later = Waqtiyo dambe ▶
apt-no-later = Ma jiraan waqtiyo dambe. Kuwani waa waqtiyadii hore mar kale.
apt-stop = ✖ Jooji
apt-use-buttons = Fadlan ku dooro badhamada.
apt-interpreter-question = Ma u baahan tahay turjubaan?
apt-interpreter-no = Turjubaan la'aan
apt-interpreter-yes = Haa, { $language }
apt-interpreter-other = Luqad kale
apt-interpreter-which = Luqaddee?
apt-interpreter-line = Turjubaan: { $language }
apt-interpreter-none = Turjubaan la'aan
apt-topic-line = Mawduuca: { $topic }
apt-topic-none = Mawduuc lama dooran
apt-reason-question = Maxay ku saabsan tahay? Waad ka boodi kartaa.
apt-reason-work = Shaqo ama waxbarasho
apt-reason-family = Qoyska iyo carruurta
apt-reason-health = Caafimaadka
apt-reason-papers = Warqadaha iyo foomamka
apt-reason-other = Wax kale
apt-skip = Ka bood
apt-confirm =
    Fadlan hubi:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Ma kuu qabtaa?
apt-confirm-move =
    Fadlan hubi waqtiga cusub:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Ma beddelaa?
apt-confirm-yes = ✅ Haa
apt-stopped = Hagaag. Waxba lama qaban lamana beddelin.
apt-taken = Waan ka xunnahay, qof ayaa hadda qaatay waqtigaas.
apt-booked =
    ✅ Ballantaada waa la qabtay.
    { $kind }, { $time }
    { $where }
apt-moved =
    ✅ Ballantaadu waqti cusub ayay leedahay.
    { $kind }, { $time }
    { $where }
apt-where-office = Cinwaanka: { $address }
apt-where-office-unknown = La-taliyaha ayaa kuu sheegi doona cinwaanka.
apt-where-video = Xiriirka fiidiyowga: { $link }
apt-where-video-later = La-taliyaha ayaa kuu soo diri doona xiriirka fiidiyowga.
apt-where-phone = La-taliyaha ayaa ku soo wici doona.
apt-where-home = La-taliyaha ayaa gurigaaga iman doona.
apt-my = 📅 Ballamahayga
apt-my-title = Ballamahaaga:
apt-my-none = Ma lihid ballamo la qabtay.
apt-item = { $time }, { $kind }
apt-book = 📅 Qabso ballan
apt-move = Beddel waqtiga
apt-cancel = Jooji ballanta
apt-not-found = Ballantan hadda lama qabsan.
apt-too-late = Waa goor dambe in halkan lagu beddelo ballantan. Fadlan la hadal qof.
apt-cancel-question = Ma joojinaysaa ballantaada { $time }?
apt-cancel-yes = Haa, jooji
apt-cancel-no = Maya, hay
apt-cancelled = Ballantaada { $time } waa la joojiyay.
apt-restart = Aan dib u bilowno ballan qabashada. Weli waxba lama qaban.
apt-coming = ✅ Waan imanayaa
apt-other-time = 🔄 Waxaan u baahanahay waqti kale
apt-coming-thanks = Mahadsanid! Dhowaan ayaan kula kulmi doonnaa.
apt-reminder-day-before =
    📅 Xusuusin: berri waxaad leedahay ballan.
    { $kind }, { $time }
    { $where }
apt-reminder-soon =
    📅 Ballantaadu dhowaan ayay bilaabanaysaa.
    { $kind }, { $time }
    { $where }
apt-exception-notice = ❗ Waan ka xunnahay, ballantaada { $time } ma dhici karto. La-taliyaha ma joogo. Fadlan dooro waqti cusub.
## Integration plan

menu-plan = 📋 Qorshahayga
cmd-plan = Qorshahayga
plan-title = 📋 Qorshahaaga
plan-goals = Hadafyadaada:
plan-done = La qabtay:
plan-next = Xiga:
plan-who-participant = adiga
plan-who-counsellor = lataliyahaaga
plan-who-partner = la jira { $partner }
plan-who-partner-unknown = hay'ad la shaqeysa
plan-due = ka hor { $date }
plan-cannot-marked = waxaad noo sheegtay inaadan tan qaban karin
plan-no-steps = Weli tallaabo ma jirto. Lataliyahaaga ayaa kula darayaa.
plan-none = Weli qorshe ma lihid. Lataliyahaaga ayaa kula samaynaya.
plan-own-words = (lataliyahaaga ayaa tan ku qoray { $language })
plan-button-done = ✅ Waa la qabtay: { $step }
plan-button-cannot = 🙋 Tan ma qaban karo
plan-step-not-open = Tallaabadan horay ayaa loo calaamadeeyay.
plan-step-marked-done = ✅ Aad baad u fiican tahay! “{ $step }” waa la qabtay.
plan-step-cannot-noted = Waad ku mahadsan tahay inaad noo sheegtay “{ $step }”. Waxaan wada raadin doonnaa waddo kale.
plan-nudge =
    📌 Tallaabo qorshahaaga ka mid ah waqtigeedii waa la gaaray: “{ $step }” (ka hor { $date }).
    Ma la qabtay?
plan-nudge-done = ✅ Haa, waa la qabtay
plan-nudge-cannot = 🙋 Tan ma qaban karo
plan-step-register-job-seeker = Isku diiwaangeli shaqo-doon
plan-step-apply-daycare = Codso meel xannaano carruur
plan-step-library-language-cafe = Booqo kafeega luqadda ee maktabadda
plan-step-kela-benefits = Weydii Kela kaalmooyinka
plan-step-child-health-clinic = Booqo xarunta caafimaadka carruurta
plan-step-integration-training = Codso tababarka dhexgalka
plan-step-finnish-course = Bilow koorso luqadda finishka
plan-step-open-bank-account = Fur koonto bangi

privacy-export-referrals = U-gudbinahaaga hay'adaha la shaqeeya:
privacy-export-referral = { $partner }: { $status ->
     [awaiting-consent] waxay sugaysaa jawaabtaada
     [consent-refused] waad diidday
     [sent] waa la diray
     [accepted] waa la aqbalay
     [started] waa la bilaabay
     [finished] waa la dhammeeyay
    *[declined] lama aqbalin
  }
## Referrals

ref-consent-ask =
    🤝 Lataliyahaagu wuxuu u malaynayaa in { $partner } ay ku caawin karaan.
    Sababta: { $reason } (waxaa lagu qoray { $language })
    Waxay heli doonaan: { $shared }.
    Ma la wadaagi karnaa iyaga? Waxba lama diro haddii aadan ogolaan.
ref-consent-yes = ✅ Haa, waan ogolahay
ref-consent-no = ❌ Maya
ref-consent-given = Mahadsanid. Waan u diraynaa. Lataliyahaaga ayaa kuu sheegi doona waxa xiga.
ref-consent-refused = Hagaag. Waxba lama diro. Waqti kasta waad kala hadli kartaa lataliyahaaga.
ref-already-agreed = Horay ayaad tan u ogolaatay. Waxba isma beddelaan.
ref-already-refused = Horay ayaad tan u diiday. Waxba lama diro.
ref-unknown = Su'aashan hadda ma furna.
ref-shared-contact = sida laguu soo xiriiro
ref-shared-language-level = xirfaddaada luqadda
ref-shared-survey-answers = jawaabahaaga su'aalahayaga
ref-shared-plan = qorshahaaga
ref-shared-children = macluumaad ku saabsan carruurtaada

## Follow-up

fu-q-situation = Xaaladdaada ugu weyn hadda waa maxay? Mid dooro.
fu-offer =
    👋 Waxaa laga joogaa { $months ->
        [one] { $months } bil
       *[other] { $months } bilood
    } markii aad ka jawaabtay su'aalahayaga. Sidee tahay hadda?
    Waa afar su'aalood oo gaagaaban. Jawaabahaagii hore sidooda ayay ku jiri doonaan.
fu-start = ▶️ Hadda ka jawaab
fu-progress = Su'aasha { $index } ee { $total }
fu-thanks = Mahadsanid! Lataliyahaaga hadda wuu arki karaa waxa isbeddelay.
fu-already-done = Horay ayaad uga jawaabtay su'aalahan. Mahadsanid!
fu-unknown = Su'aalahan hadda kuuma furna.
fu-use-buttons = Fadlan ku jawaab badhamada.
q-goals-reached = Ma gaartay hadafyadii aad lahayd markii aad bilowday?
q-goals-reached-yes = Haa
q-goals-reached-partly = Qayb ahaan
q-goals-reached-no = Weli maya
qs-goals-reached = Hadafyada la gaaray
