# Swahili. Plain, short sentences for a newcomer. Keep every key in every locale.

## Language and start

language-choose = Chagua lugha yako.
language-changed = Sawa. Nitakuandikia kwa Kiswahili.
welcome =
    Habari! Mimi ni msaidizi wa { $project }.
    Ninawasaidia wazazi waliohamia Finland.
    Ninaweza kukutafutia kozi na mikutano ya vikundi. Pia mtu halisi anaweza kukusaidia.

## Privacy and consent

consent-notice =
    Kabla ya maswali: kuhusu taarifa zako.

    Nani anazihifadhi: { $project }. Mawasiliano: { $contact }
    Kwa nini: ili tukutafutie kozi na msaada unaokufaa.
    Tunauliza nini: lugha zako, shule, kazi, watoto, matakwa yako na nyakati zinazokufaa. Pia tunauliza hali yako, jinsia yako na umri wako.
    Nani anaziona: washauri wa mradi. Wanasoma majibu yako na ujumbe wako.
    Kwa muda gani: tunafuta taarifa zako { $months ->
        [one] mwezi { $months }
       *[other] miezi { $months }
    } baada ya ujumbe wako wa mwisho. Ujumbe wako na mshauri tunaufuta { $days ->
        [one] siku { $days }
       *[other] siku { $days }
    } baada ya mazungumzo kuisha.
    Ni idadi tu bila majina zinazobaki kwenye takwimu.
    Kujibu ni hiari. Hakuathiri mambo yako katika Kela, ofisi za ajira au Idara ya Uhamiaji (Migri).
    Haki zako: /mydata inaonyesha taarifa zako. /delete inazifuta na kuondoa idhini yako. Vitufe hivyo viko pia kwenye menyu.
    Unaweza kulalamika kwa Mlinzi wa Taarifa Binafsi wa Finland: tietosuoja.fi

    Je, unakubali?
consent-contact-counsellor = mwandikie mshauri hapa: /counsellor
consent-accept = ✅ Ninakubali
consent-decline = ❌ Sikubali
consent-accepted = Asante. Tunaweza kuanza.
consent-declined =
    Sawa. Hatukuhifadhi jibu lolote.
    Bado unaweza kusoma taarifa za jumla.
    Unaweza pia kuzungumza na mtu.
consent-needed = Kwanza, tafadhali soma kuhusu taarifa zako, kisha ujibu.
consent-withdraw-confirm =
    Hapo awali ulikubali.
    Usipokubali sasa, tutafuta taarifa zako zote:
    majibu yako, kozi zako na nafasi zako kwenye orodha ya kusubiri, na ujumbe wako na washauri.
    Tutahifadhi tu namba zisizo na majina, kwa ajili ya takwimu za mradi.
    Hutaweza kuzirudisha. Je, unataka hivyo?
consent-withdraw-yes = 🗑 Ndiyo, futa taarifa zangu
consent-withdraw-no = ↩️ Hapana, rudi nyuma
consent-withdrawn =
    Hukubali tena, kwa hiyo tumefuta taarifa zako. Asante.
    Bado unaweza kusoma taarifa za jumla na kuzungumza na mtu: andika /start.
consent-withdraw-cancelled = Sawa. Hakuna kilichofutwa. Idhini yako inabaki kama ilivyokuwa.

## Main menu

menu-title = Ungependa kufanya nini?
menu-survey-start = 📝 Anza maswali
menu-survey-continue = 📝 Endelea na maswali
menu-profile = 👤 Majibu yangu
menu-language = 🌐 Lugha
menu-info = ℹ️ Taarifa
menu-help = ❓ Msaada
audio-listen = 🔊 Sikiliza
audio-none = Samahani, hili bado haliwezi kusikilizwa kwa lugha yako.
audio-failed = Samahani, sauti haikuweza kutengenezwa sasa hivi. Tafadhali jaribu tena baadaye.
audio-reminder = Huu ni ukumbusho wa mkutano wako. Siku, saa na mahali viko kwenye ujumbe. Ukija, bonyeza kitufe cha kwanza. Usipoweza kuja, bonyeza kitufe cha pili.
menu-mydata = 🔐 Taarifa zangu
menu-delete = 🗑 Futa taarifa zangu

help =
    Mimi ni roboti ya mazungumzo (programu ya kompyuta). Ninakusaidia kupata kozi na msaada.
    Tumia vitufe. Huhitaji kuandika mengi.

    /start – menyu kuu
    /language – badilisha lugha
    /profile – ona au badilisha majibu yako
    /mydata – ona taarifa zako
    /delete – futa taarifa zako
    /help – ujumbe huu
info =
    Taarifa za jumla:
    InfoFinland ina taarifa kuhusu maisha nchini Finland kwa lugha nyingi: www.infofinland.fi
    Wakati wa dharura, piga simu 112.

## Survey: general

survey-intro =
    Nitakuuliza maswali machache. Inachukua kama dakika 10.
    Majibu yako yanasaidia mradi kukupatia kozi na msaada unaokufaa.
    Hii si tathmini rasmi ya manispaa au ya huduma za ajira. Haichukui nafasi yake.
    Majibu yako yanahifadhiwa mara moja. Unaweza kusimama na kuendelea baadaye.
survey-progress = Swali { $index } kati ya { $total }
survey-multi-hint = Gusa yote yanayokufaa. Kisha gusa “{ survey-done }”.
survey-number-hint = Andika namba.
survey-text-hint = Andika jibu fupi.
survey-counts-hint = Bonyeza ➕ mara moja kwa kila mtoto. ➖ inaondoa mmoja. Kisha bonyeza “{ survey-done }”.
survey-back = ◀️ Rudi
survey-skip = Ruka ⏭
survey-done = ✔️ Nimemaliza
survey-yes = Ndiyo
survey-no = Hapana
survey-skipped = (limerukwa)
survey-voice-answer = 🎤 Ujumbe wa sauti
survey-voice-noted = Asante. Mshauri atasikiliza ujumbe wako wa sauti.

survey-use-buttons = Tafadhali tumia vitufe vilivyo chini ya swali.
survey-not-a-number = Tafadhali andika namba kati ya { $min } na { $max }.
survey-out-of-range = Tafadhali andika namba kati ya { $min } na { $max }.
survey-not-whole = Tafadhali andika namba kamili, bila desimali.
survey-too-long =
    Jibu hili ni refu mno. Tafadhali usiandike zaidi ya { $max ->
        [one] herufi { $max }
       *[other] herufi { $max }
    }.
survey-empty = Tafadhali andika maneno machache.
survey-send-text = Tafadhali andika jibu lako kwa maandishi.
survey-bad-characters = Baadhi ya herufi katika ujumbe wako hazikuweza kusomeka. Tafadhali uandike tena.
survey-choose-at-least-one = Tafadhali chagua angalau jibu moja. Kisha gusa “{ survey-done }”.
survey-too-many = Tafadhali usichague zaidi ya { $max ->
    [one] jibu { $max }
   *[other] majibu { $max }
}.
survey-not-optional = Swali hili ni la lazima. Tafadhali lijibu.
survey-unknown-option = Kitufe hiki hakifanyi kazi tena. Hili hapa swali tena.
survey-stale-button = Kitufe hiki ni cha ujumbe wa zamani. Hili hapa swali lako sasa.
stale-button = Kitufe hiki ni cha ujumbe wa zamani.
stale-button-menu = Kitufe hiki ni cha ujumbe wa zamani. Tafadhali chagua tena kwenye menyu.
survey-consent-first = Tafadhali kwanza ukubali maelezo kuhusu taarifa zako.

survey-summary-title = Haya ni majibu yako. Je, kila kitu ni sahihi?
survey-summary-confirm = ✅ Kila kitu ni sahihi
survey-summary-change = ✏️ Badilisha jibu
survey-change-which = Ungependa kubadilisha jibu lipi?
survey-completed =
    Asante! Majibu yako yamehifadhiwa.
    Mshauri anaweza kuyaona na kukusaidia.
survey-already-completed = Umejibu maswali yote. Asante!

profile-title = Majibu yako:
profile-empty = Bado hujajibu swali lolote.

not-understood = Samahani, sikuelewa. Tafadhali tumia vitufe, au andika /help.
error-generic = Samahani, kuna tatizo. Tafadhali jaribu tena baada ya muda mfupi.

## Survey: questions. q-ID is the question, q-ID-OPTION an option, qs-ID a short label.

q-region = Unaishi wapi?
q-region-paijat-hame = Päijät-Häme (eneo la Lahti)
q-region-south-karelia = Etelä-Karjala (eneo la Lappeenranta)
q-region-meri-lappi = Meri-Lappi (Kemi, Tornio)
q-region-kanta-hame = Kanta-Häme (eneo la Hämeenlinna)
q-region-ostrobothnia = Pohjanmaa (eneo la Vaasa)
q-region-other = Mahali pengine
qs-region = Mahali unapoishi
q-int-lang =
    Katika eneo lako, mafunzo ya kujumuika ni kwa Kifini au Kiswidi.
    Unataka kujifunza lugha gani?
q-int-lang-fi = Kifini
q-int-lang-sv = Kiswidi
q-int-lang-unsure = Bado sijui
qs-int-lang = Lugha ya kujumuika

q-years-in-fi = Umeishi Finland kwa muda gani?
q-years-in-fi-under-1 = Chini ya mwaka 1
q-years-in-fi-1-3 = Miaka 1 hadi 3
q-years-in-fi-over-3 = Zaidi ya miaka 3
qs-years-in-fi = Muda nchini Finland

q-languages = Unazungumza lugha gani?
q-languages-ar = Kiarabu
q-languages-prs = Kidari
q-languages-fa = Kiajemi (Kifarsi)
q-languages-ps = Kipashto
q-languages-ckb = Kikurdi (Sorani)
q-languages-kmr = Kikurdi (Kurmanji)
q-languages-so = Kisomali
q-languages-ru = Kirusi
q-languages-uk = Kiukreni
q-languages-sw = Kiswahili
q-languages-en = Kiingereza
q-languages-ku = Kikurdi
q-languages-ti = Kitigrinya
q-languages-am = Kiamhari
q-languages-ln = Kilingala
q-languages-rw = Kinyarwanda
q-languages-fr = Kifaransa
q-languages-other = Lugha nyingine
qs-languages = Lugha zako

q-finnish = Unazungumza Kifini vizuri kiasi gani?
q-finnish-none = Sijui kabisa
q-finnish-basics = Maneno machache
q-finnish-everyday = Kinatosha kwa maisha ya kila siku
q-finnish-good = Vizuri
qs-finnish = Kifini

q-swedish = Unazungumza Kiswidi vizuri kiasi gani?
q-swedish-none = Sijui kabisa
q-swedish-basics = Maneno machache
q-swedish-everyday = Kinatosha kwa maisha ya kila siku
q-swedish-good = Vizuri
qs-swedish = Kiswidi

q-read-own = Je, unaweza kusoma na kuandika kwa lugha yako ya mama?
q-read-own-no = Hapana
q-read-own-a-little = Kidogo
q-read-own-yes = Ndiyo
qs-read-own = Kusoma, lugha ya mama

q-read-latin = Je, unaweza kusoma na kuandika herufi kama hizi: A B C?
q-read-latin-no = Hapana
q-read-latin-a-little = Kidogo
q-read-latin-yes = Ndiyo
qs-read-latin = Kusoma, A B C

q-school-years = Ulienda shule kwa miaka mingapi?
q-school-years-none = Sikwenda shule
q-school-years-1-6 = Miaka 1–6
q-school-years-7-9 = Miaka 7–9
q-school-years-10-12 = Miaka 10–12
q-school-years-13-plus = Miaka 13 au zaidi
qs-school-years = Miaka ya shule

q-education = Elimu yako ya juu kabisa ni ipi?
q-education-none = Sikusoma shule
q-education-religious = Shule ya dini tu
q-education-primary-some = Miaka michache ya shule ya msingi
q-education-basic = Shule ya msingi
q-education-secondary = Shule ya sekondari
q-education-vocational = Chuo cha ufundi
q-education-university = Chuo au chuo kikuu
qs-education = Elimu

q-worked = Umewahi kufanya kazi? Kazi yoyote inahesabika: hata kazi bila malipo, nyumbani kwa ajili ya wengine, shambani au katika biashara ya familia.
qs-worked = Kazi ya awali

q-work-field = Umefanya kazi gani? Andika maneno machache, kwa mfano “mpishi” au “muuguzi”. Unaweza pia kutuma ujumbe wa sauti 🎤.
qs-work-field = Kazi yako

q-situation = Maisha yako yakoje sasa? Chagua yote yanayofaa.
q-situation-home = 🏠 Niko nyumbani na watoto
q-situation-family-leave = 👶 Niko kwenye likizo ya familia
q-situation-course = 📖 Katika kozi ya Kifini au Kiswidi
q-situation-job-seeker = 🔎 Natafuta kazi
q-situation-studying = 🎓 Ninasoma
q-situation-working = 💼 Ninafanya kazi
q-situation-other = Kitu kingine
qs-situation = Hali ya sasa
q-job-registered = Umejiandikisha kama mtafuta kazi kwenye huduma za ajira?
q-job-registered-yes = Ndiyo
q-job-registered-no = Hapana
q-job-registered-unsure = Sijui
qs-job-registered = Mtafuta kazi aliyesajiliwa
q-plan = Je, tayari una mpango wa kujumuika (kotoutumissuunnitelma)?
q-plan-yes = Ndiyo
q-plan-no = Hapana
q-plan-unsure = Sijui
qs-plan = Mpango wa kujumuika
q-kids = Ni watoto gani wanaishi nawe? Bonyeza umri wa kila mtoto.
q-kids-0-1 = 👶 Chini ya mwaka 1
q-kids-1-2 = 👶 Miaka 1–2
q-kids-3-6 = 🧒 Miaka 3–6
q-kids-7-12 = 🧒 Miaka 7–12
q-kids-13-17 = 🧑 Miaka 13–17
q-kids-18-plus = 🧑 Miaka 18 au zaidi
q-kids-none = Hakuna watoto wanaoishi nami
qs-kids = Watoto wanaoishi nawe
q-daycare = Je, mtoto wako ana nafasi katika shule ya chekechea (päiväkoti)?
q-daycare-yes = 🏫 Ndiyo
q-daycare-applied = 📝 Nimeomba
q-daycare-no = 🏠 Hapana
qs-daycare = Nafasi ya chekechea

q-children = Una watoto wangapi? Andika namba. Kama huna watoto, andika 0.
qs-children = Watoto

q-children-under-7 = Wangapi kati yao wana umri chini ya miaka 7?
qs-children-under-7 = Watoto chini ya miaka 7

q-child-ages = Watoto wako wana umri gani?
q-child-ages-0-1 = Chini ya mwaka 1
q-child-ages-1-2 = Miaka 1–2
q-child-ages-3-6 = Miaka 3–6
q-child-ages-7-12 = Miaka 7–12
q-child-ages-13-17 = Miaka 13–17
q-child-ages-18-plus = Miaka 18 au zaidi
qs-child-ages = Umri wa watoto

q-childcare = Je, unahitaji mtu wa kuwatunza watoto wako ukiwa kwenye mkutano wa kikundi?
q-childcare-yes = 🧸 Ndiyo
q-childcare-sometimes = 🧸 Wakati mwingine
q-childcare-no = 🙅 Hapana
qs-childcare = Kutunza watoto

q-goals = Unataka nini? Chagua yote yanayokufaa.
q-goals-work = 💼 Kazi
q-goals-studies = 🎓 Masomo
q-goals-language = 🗣 Kujifunza Kifini au Kiswidi
q-goals-friends = 🤝 Marafiki na watu wa kukutana nao
q-goals-wellbeing = 🌱 Kujisikia vizuri
q-goals-everyday = 🏠 Msaada katika mambo ya kila siku
qs-goals = Matakwa yako

q-times = Unaweza kuja kwenye mikutano lini?
q-times-mornings = 🌅 Asubuhi
q-times-afternoons = ☀️ Mchana
q-times-evenings = 🌙 Jioni
q-times-weekends = 📅 Mwisho wa wiki
qs-times = Nyakati zinazokufaa

q-coping = Hali yako ikoje siku hizi?
q-coping-well = 🙂 Nzuri
q-coping-okay = 😐 Si mbaya
q-coping-hard = 😔 Ni ngumu
q-coping-talk = 💬 Ningependa kuzungumza na mtu
qs-coping = Hali yako

q-interpreter = Je, unahitaji mkalimani?
qs-interpreter = Mkalimani
q-interpreter-lang = Mkalimani aongee lugha gani?
qs-interpreter-lang = Lugha ya mkalimani

q-gender = Unaweza kutaja jinsia yako. Unaweza pia kuruka swali hili.
q-gender-woman = Mwanamke
q-gender-man = Mwanamume
q-gender-other = Nyingine
q-gender-no-say = Sipendelei kusema
qs-gender = Jinsia

q-age-group = Una umri gani? Unaweza pia kuruka swali hili.
q-age-group-under-25 = Chini ya miaka 25
q-age-group-25-34 = Miaka 25–34
q-age-group-35-44 = Miaka 35–44
q-age-group-45-plus = Miaka 45 au zaidi
q-age-group-no-say = Sipendelei kusema
qs-age-group = Umri

## Command menu (short descriptions Telegram shows next to /commands)

cmd-start = Menyu kuu
cmd-survey = Jibu maswali
cmd-profile = Majibu yangu
cmd-language = Badilisha lugha
cmd-help = Msaada

## Other

edited-message = Siwezi kuona mabadiliko kwenye ujumbe wa zamani. Tafadhali tuma ujumbe mpya.
survey-talk-noted = Asante kwa kutuambia. Mshauri ataona hili na atawasiliana nawe.

## Modules (courses and groups)

menu-modules = 📚 Kozi
menu-my = 🗓 Kozi zangu
cmd-modules = Kozi zinazokufaa
cmd-my = Kozi zangu

modules-title = Kozi na vikundi hivi vinakufaa. Gusa kimoja ili usome zaidi.
modules-none = Kwa sasa hakuna kozi inayokufaa. Mshauri anaweza kukusaidia.
modules-answer-first = Kwanza jibu maswali. Kisha nitaweza kukuonyesha kinachokufaa.
module-reasons-title = Kwa nini hii inakufaa:
match-reason-language-level = Unaweza kujifunza Kifini zaidi.
match-reason-swedish-level = Unaweza kujifunza Kiswidi zaidi.
match-reason-chose-swedish = Ulichagua kujumuika kwa Kiswidi.
match-reason-goal-language = Unataka kujifunza lugha.
match-reason-reading = Inakusaidia kusoma na kuandika.
match-reason-goal-work = Unataka kupata kazi.
match-reason-job-seeker = Unatafuta kazi.
match-reason-newly-arrived = Ulifika Finland hivi karibuni.
match-reason-goal-everyday = Unataka msaada katika mambo ya kila siku.
match-reason-wellbeing = Inaweza kukusaidia kujisikia vizuri zaidi.
match-reason-goal-wellbeing = Unataka kujisikia vizuri.
match-reason-wants-to-talk = Unaweza kuzungumza na mshauri.
match-reason-goal-friends = Unaweza kukutana na watu wengine.
match-reason-childcare = Kuna huduma ya kutunza watoto.
match-reason-times = Nyakati zinakufaa.
match-reason-for-mothers = Ni kikundi cha akina mama.
match-reason-for-working-parents = Ni kikundi cha wazazi wanaofanya kazi.
match-note-no-childcare = Kumbuka: hapa hakuna huduma ya kutunza watoto.
match-note-times = Kumbuka: huenda nyakati zisikufae.
module-next-sessions = Mikutano ijayo:
module-session = { $date }, { $place }
place-by-agreement = Kwa makubaliano: ofisini au nyumbani kwako
module-languages = Lugha: { $languages }
module-childcare-yes = Kutunza watoto: ndiyo
module-childcare-no = Kutunza watoto: hapana
module-places-left = { $count ->
    [one] Imebaki nafasi { $count }.
   *[other] Zimebaki nafasi { $count }.
}
module-full = Kozi imejaa. Unaweza kujiunga na orodha ya kusubiri.
module-enrol = ✅ Jiunge
module-join-waitlist = 🕒 Jiunge na orodha ya kusubiri
module-back = ◀️ Kozi zote
module-children-question = Watoto wako wangapi wanahitaji kutunzwa wakati wa mikutano?
module-children-none = Hakuna
module-confirm = Ungependa kujiunga na “{ $title }”? Watoto wa kutunzwa: { $children }.
module-confirm-yes = ✅ Ndiyo, ninajiunga
module-confirm-no = ❌ Hapana
module-enrolled = Umejiunga na “{ $title }”. Mikutano yako iko kwenye “{ menu-my }”.
module-waitlisted = Kozi imejaa. Wewe ni namba { $position } kwenye orodha ya kusubiri. Nitakuambia nafasi ikipatikana.
module-already-enrolled = Tayari umejiunga na kozi hii.
module-already-waitlisted = Tayari uko kwenye orodha ya kusubiri. Wewe ni namba { $position }.
module-unavailable = Kozi hii haipatikani tena.
module-promoted = Habari njema! Nafasi imepatikana. Sasa umejiunga na “{ $title }”.

my-title = Kozi zako:
my-none = Bado hujajiunga na kozi yoyote.
my-enrolled = ✅ { $title }
my-waitlisted = 🕒 { $title }: orodha ya kusubiri, namba { $position }
my-next = Mkutano ujao: { $date }, { $place }
my-cancel = ❌ Ondoka: { $title }
my-cancel-confirm = Je, unataka kuondoka kwenye “{ $title }”?
my-cancel-yes = Ndiyo, ninaondoka
my-cancel-no = Hapana, nitabaki
my-cancelled = Umeondoka kwenye “{ $title }”. Nafasi yako itapewa mtu aliye kwenye orodha ya kusubiri.

## Reminders and attendance

reminder-session =
    🔔 Ukumbusho: “{ $title }”
    🗓 { $date }
    📍 { $place }
    Je, utakuja?
reminder-childcare =
    👶 Huduma ya kutunza watoto imepangwa kwa ajili ya watoto wako kwenye “{ $title }”.
    🗓 { $date }
    Watoto wa kutunzwa: { $children }.
    Tafadhali jibu, ili walezi wa watoto waweze kujiandaa.
reminder-cancelled =
    ❗ Mkutano wa “{ $title }” ({ $date }) umefutwa. Samahani sana.
    Mikutano yako mingine iko kwenye “{ menu-my }”.
rsvp-coming = ✅ Nitakuja
rsvp-not-coming = ❌ Siwezi kuja
rsvp-childcare-yes = ✅ Ndiyo, { $children ->
    [one] mtoto { $children }
   *[other] watoto { $children }
}
rsvp-childcare-change = ✏️ Badilisha idadi
rsvp-children-question = Watoto wangapi watakuja kutunzwa safari hii?
rsvp-thanks-coming = Asante! Tutaonana huko.
rsvp-thanks-not-coming = Asante kwa kutuambia. Safari hii nafasi yako na huduma ya kutunza watoto zitapewa watu wengine.
rsvp-children-saved = Asante. Watoto wa kutunzwa safari hii: { $children }.
rsvp-too-late = Mkutano huu umeshaanza au umefutwa.
reminder-moved =
    🔄 Mkutano wa “{ $title }” umehamishwa. Muda na mahali mpya:
    🗓 { $date }
    📍 { $place }
reminder-reinstated =
    ✅ Habari njema: mkutano wa “{ $title }” haujafutwa tena. Utafanyika:
    🗓 { $date }
    📍 { $place }
reminder-ask-coming = Je, utakuja?
reminder-ask-childcare = Je, utakuja? Watoto wa kutunzwa: { $children }.
reminder-declined-note = Ulituambia kwamba huwezi kuja. Ukiweza kuja, bonyeza kitufe.
rsvp-can-come = ✅ Ninaweza kuja sasa
rsvp-changed =
    ⚠️ Muda wa mkutano wa “{ $title }” umebadilika. Jibu lako lilikuwa kwa muda wa zamani.
    🗓 { $date }
    📍 { $place }
    Je, utakuja kwa muda mpya?

## Talking to a person

menu-counsellor = 🙋 Zungumza na mtu
menu-unsafe = 🆘 Siko salama
cmd-counsellor = Zungumza na mtu
handoff-opened-now =
    Mshauri atakujibu hapa hivi karibuni.
    Unaweza kuandika sasa. Ujumbe wako utamfikia mshauri.
    Ili kurudi kwenye huduma hii ya kiotomatiki, andika /end.
handoff-opened-later =
    Washauri wetu hawako kazini sasa. Mshauri atakujibu hapa saa za kazi zitakapoanza: { $date }.
    Unaweza kuandika sasa hivi. Ujumbe wako utamfikia mshauri.
    Ili kurudi kwenye huduma hii ya kiotomatiki, andika /end.
handoff-already = Tayari unazungumza na mtu. Andika ujumbe wako hapa. Ili kurudi kwenye huduma hii ya kiotomatiki, andika /end.
handoff-forwarded = ✓ Ujumbe wako umemfikia mshauri.
handoff-end-button = ↩️ Maliza mazungumzo na mshauri
safety-help-intro = 💛 Asante kwa kutuambia. Hauko peke yako.
safety-help-112 = 🚨 Ukiwa hatarini sasa, piga 112.
safety-line-crisis = ☎️ Simu ya dharura ya msongo, kwa jambo lolote gumu: { $name }, { $phone } ({ $hours })
safety-line-violence = ☎️ Msaada kuhusu ukatili nyumbani au katika familia: { $name }, { $phone } ({ $hours })
safety-line-other = ☎️ Simu ya msaada: { $name }, { $phone } ({ $hours })
safety-open-always = wazi mchana na usiku
safety-open-hours = wazi { $weekdays } { $from }–{ $to }
safety-offer = 🙋 Mshauri wa mradi anaweza pia kuzungumza nawe. Bonyeza kitufe ukitaka.
safety-urgent-now =
    🙋 Nimewaambia washauri wetu. Wewe ni wa kwanza kwenye foleni yao.
    Andika hapa. Ujumbe wako unaenda kwa mshauri.
safety-urgent-later =
    🙋 Nimewaambia washauri wetu. Hawako kazini sasa. Mshauri atakujibu hapa { $date }.
    Ukiwa hatarini sasa, piga 112.
handoff-busy-button = Sasa unazungumza na mtu. Ili kurudi kwenye huduma hii ya kiotomatiki, andika /end.
handoff-ended = Umerudi kwenye huduma hii ya kiotomatiki.
handoff-closed-by-counsellor = Mshauri amemaliza mazungumzo. Umerudi kwenye huduma hii ya kiotomatiki. Andika /start ili kuona menyu.
handoff-offer = Ungependa kuzungumza na mtu?
handoff-offer-yes = 🙋 Ndiyo, nataka kuzungumza na mtu
not-understood-offer = Samahani, bado sielewi. Mtu anaweza kukusaidia.

## Your data

cmd-mydata = Ona taarifa zangu
cmd-delete = Futa taarifa zangu
privacy-export-intro = Hizi ni taarifa zote tunazohifadhi kukuhusu. Zote ziko kwenye faili.
privacy-export-answers = Majibu yako:
privacy-export-courses = Kozi zako:
privacy-export-course-enrolled = { $title }: umejiunga
privacy-export-course-waitlisted = { $title }: uko kwenye orodha ya kusubiri
privacy-export-course-cancelled = { $title }: umeondoka kwenye kozi
privacy-export-messages = Ujumbe kati yako na mshauri: { $count }
privacy-export-none = Hatuhifadhi taarifa nyingine zozote kukuhusu.
privacy-delete-confirm =
    Je, unataka kufuta taarifa zako zote?
    Majibu yako, kozi zako na ujumbe wako vitafutwa. Hutaweza kuvirudisha.
privacy-delete-yes = 🗑 Ndiyo, futa kila kitu
privacy-delete-no = Hapana, hifadhi taarifa zangu
privacy-deleted = Taarifa zako zimefutwa. Asante. Andika /start ukitaka kuanza tena.
privacy-delete-kept = Sawa. Hakuna kilichofutwa.
privacy-notice-updated = Maelezo yetu kuhusu taarifa zako yamebadilika. Tafadhali yasome, kisha ujibu tena.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 Kutana na mshauri
cmd-appointment = Weka miadi na mshauri
apt-kind-question = Unataka mkutano wa aina gani?
apt-kind-office = 🏢 Ofisini
apt-kind-phone = 📞 Kwa simu
apt-kind-video = 💻 Kwa video
apt-kind-home = 🏠 Nyumbani kwangu
apt-none = Samahani, hakuna nafasi sasa. Jaribu tena baadaye, au zungumza na mtu.
apt-times-question = { $kind }: chagua saa (saa za Ufini).
apt-later = Saa za baadaye ▶
apt-no-later = Hakuna saa za baadaye. Hizi ni saa za kwanza tena.
apt-stop = ✖ Acha
apt-use-buttons = Tafadhali chagua kwa vitufe.
apt-interpreter-question = Unahitaji mkalimani?
apt-interpreter-no = Bila mkalimani
apt-interpreter-yes = Ndiyo, { $language }
apt-interpreter-other = Lugha nyingine
apt-interpreter-which = Lugha gani?
apt-interpreter-line = Mkalimani: { $language }
apt-interpreter-none = Bila mkalimani
apt-topic-line = Mada: { $topic }
apt-topic-none = Hakuna mada iliyochaguliwa
apt-reason-question = Ni kuhusu nini? Unaweza kuruka swali hili.
apt-reason-work = Kazi au masomo
apt-reason-family = Familia na watoto
apt-reason-health = Afya
apt-reason-papers = Barua na fomu
apt-reason-other = Kitu kingine
apt-skip = Ruka
apt-confirm =
    Tafadhali hakikisha:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Niweke miadi?
apt-confirm-move =
    Tafadhali hakikisha saa mpya:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Nibadilishe?
apt-confirm-yes = ✅ Ndiyo
apt-stopped = Sawa. Hakuna kilichowekwa wala kubadilishwa.
apt-taken = Samahani, mtu mwingine amechukua saa hiyo sasa hivi.
apt-booked =
    ✅ Miadi yako imewekwa.
    { $kind }, { $time }
    { $where }
apt-moved =
    ✅ Miadi yako ina saa mpya.
    { $kind }, { $time }
    { $where }
apt-where-office = Anwani: { $address }
apt-where-office-unknown = Mshauri atakuambia anwani.
apt-where-video = Kiungo cha video: { $link }
apt-where-video-later = Mshauri atakutumia kiungo cha video.
apt-where-phone = Mshauri atakupigia simu.
apt-where-home = Mshauri atakuja nyumbani kwako.
apt-my = 📅 Miadi yangu
apt-my-title = Miadi yako:
apt-my-none = Huna miadi yoyote.
apt-item = { $time }, { $kind }
apt-book = 📅 Weka miadi
apt-move = Badilisha saa
apt-cancel = Ghairi
apt-not-found = Miadi hii haipo tena.
apt-too-late = Ni kuchelewa sana kubadilisha miadi hii hapa. Tafadhali zungumza na mtu.
apt-cancel-question = Ughairi miadi yako ya { $time }?
apt-cancel-yes = Ndiyo, ghairi
apt-cancel-no = Hapana, iache
apt-cancelled = Miadi yako ya { $time } imeghairiwa.
apt-restart = Tuanze kuweka miadi upya. Bado hakuna kilichowekwa.
apt-coming = ✅ Nitakuja
apt-other-time = 🔄 Nahitaji saa nyingine
apt-coming-thanks = Asante! Tutaonana hivi karibuni.
apt-reminder-day-before =
    📅 Kikumbusho: una miadi kesho.
    { $kind }, { $time }
    { $where }
apt-reminder-soon =
    📅 Miadi yako inaanza hivi karibuni.
    { $kind }, { $time }
    { $where }
apt-exception-notice = ❗ Samahani, miadi yako ya { $time } haitafanyika. Mshauri hayupo. Tafadhali chagua saa mpya.
## Integration plan

menu-plan = 📋 Mpango wangu
cmd-plan = Mpango wangu
plan-title = 📋 Mpango wako
plan-goals = Malengo yako:
plan-done = Imekamilika:
plan-next = Inayofuata:
plan-who-participant = wewe
plan-who-counsellor = mshauri wako
plan-who-partner = pamoja na { $partner }
plan-who-partner-unknown = shirika mshirika
plan-due = kabla ya { $date }
plan-cannot-marked = ulituambia huwezi kufanya hili
plan-no-steps = Bado hakuna hatua. Mshauri wako ataziongeza pamoja nawe.
plan-none = Bado huna mpango. Mshauri wako ataufanya pamoja nawe.
plan-own-words = (mshauri wako aliandika hili kwa { $language })
plan-button-done = ✅ Imefanyika: { $step }
plan-button-cannot = 🙋 Siwezi kufanya hili
plan-step-not-open = Hatua hii tayari imewekwa alama.
plan-step-marked-done = ✅ Hongera! “{ $step }” imefanyika.
plan-step-cannot-noted = Asante kwa kutuambia kuhusu “{ $step }”. Tutatafuta njia nyingine pamoja.
plan-nudge =
    📌 Ni wakati wa hatua katika mpango wako: “{ $step }” (kabla ya { $date }).
    Imefanyika?
plan-nudge-done = ✅ Ndiyo, imefanyika
plan-nudge-cannot = 🙋 Siwezi kufanya hili
plan-step-register-job-seeker = Jiandikishe kama mtafuta kazi
plan-step-apply-daycare = Omba nafasi ya kituo cha kulelea watoto
plan-step-library-language-cafe = Tembelea mkahawa wa lugha wa maktaba
plan-step-kela-benefits = Uliza Kela kuhusu misaada
plan-step-child-health-clinic = Tembelea kliniki ya afya ya watoto
plan-step-integration-training = Omba mafunzo ya utangamano
plan-step-finnish-course = Anza kozi ya Kifini
plan-step-open-bank-account = Fungua akaunti ya benki

privacy-export-referrals = Rufaa zako kwa mashirika washirika:
privacy-export-referral = { $partner }: { $status ->
     [awaiting-consent] inasubiri jibu lako
     [consent-refused] ulikataa
     [sent] imetumwa
     [accepted] imekubaliwa
     [started] imeanza
     [finished] imekamilika
    *[declined] haikukubaliwa
  }
## Referrals

ref-consent-ask =
    🤝 Mshauri wako anafikiri kwamba { $partner } wanaweza kukusaidia.
    Kwa nini: { $reason } (imeandikwa kwa { $language })
    Watapata: { $shared }.
    Tunaweza kushiriki hili nao? Hakuna kinachotumwa bila idhini yako.
ref-consent-yes = ✅ Ndiyo, nakubali
ref-consent-no = ❌ Hapana
ref-consent-given = Asante. Tutawatumia. Mshauri wako atakuambia kinachofuata.
ref-consent-refused = Sawa. Hakuna kinachotumwa. Unaweza kuzungumza na mshauri wako kuhusu hili wakati wowote.
ref-already-agreed = Tayari ulikubali hili. Hakuna kinachobadilika.
ref-already-refused = Tayari ulikataa hili. Hakuna kinachotumwa.
ref-unknown = Swali hili halipo wazi tena.
ref-shared-contact = jinsi ya kuwasiliana nawe
ref-shared-language-level = ujuzi wako wa lugha
ref-shared-survey-answers = majibu yako kwa maswali yetu
ref-shared-plan = mpango wako
ref-shared-children = taarifa kuhusu watoto wako

## Follow-up

fu-q-situation = Hali yako kuu sasa ni ipi? Chagua moja.
fu-offer =
    👋 { $months ->
        [one] Mwezi { $months } umepita
       *[other] Miezi { $months } imepita
    } tangu ulipojibu maswali yetu. Mambo yakoje sasa?
    Kuna maswali manne mafupi. Majibu yako ya kwanza yanabaki kama yalivyo.
fu-start = ▶️ Jibu sasa
fu-progress = Swali { $index } kati ya { $total }
fu-thanks = Asante! Sasa mshauri wako anaweza kuona kilichobadilika.
fu-already-done = Tayari umejibu maswali haya. Asante!
fu-unknown = Maswali haya hayako wazi kwako sasa.
fu-use-buttons = Tafadhali jibu kwa kutumia vitufe.
q-goals-reached = Je, umefikia malengo uliyokuwa nayo ulipoanza?
q-goals-reached-yes = Ndiyo
q-goals-reached-partly = Kwa sehemu
q-goals-reached-no = Bado
qs-goals-reached = Malengo yamefikiwa
