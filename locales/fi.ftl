# Suomi. Lyhyitä ja selkeitä lauseita uudelle tulijalle. Jokainen avain on jokaisessa kielessä.

## Kieli ja aloitus

language-choose = Valitse kieli.
language-changed = Selvä. Kirjoitan sinulle nyt suomeksi.
welcome =
    Hei! Olen { $project } -hankkeen apuri.
    Autan vanhempia, jotka ovat muuttaneet Suomeen.
    Voin etsiä sinulle kursseja ja ryhmätapaamisia. Myös ihminen voi auttaa sinua.

## Yksityisyys ja suostumus

consent-notice =
    Ennen kysymyksiä: näin käytämme tietojasi.

    Kuka säilyttää: { $project }. Yhteystieto: { $contact }
    Miksi: jotta löydämme sinulle sopivia kursseja ja apua.
    Mitä kysymme: kielesi, koulu, työ, lapset, toiveet ja sopivat ajat. Kysymme myös, miten voit, sekä sukupuoltasi ja ikääsi.
    Kuka näkee: projektin ohjaajat. He lukevat vastauksesi ja viestisi.
    Kuinka kauan: poistamme tietosi, kun viimeisestä viestistäsi on kulunut { $months ->
        [one] { $months } kuukausi
       *[other] { $months } kuukautta
    }. Viestit ohjaajan kanssa poistamme, kun keskustelun päättymisestä on kulunut { $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    }.
    Vain nimettömät lukumäärät jäävät tilastoihin.
    Vastaaminen on vapaaehtoista. Se ei vaikuta asioihisi Kelassa, työllisyyspalveluissa tai Maahanmuuttovirastossa (Migri).
    Oikeutesi: /mydata näyttää tietosi. /delete poistaa ne ja peruu suostumuksesi. Samat painikkeet ovat valikossa.
    Voit tehdä valituksen tietosuojavaltuutetulle: tietosuoja.fi

    Hyväksytkö tämän?
consent-contact-counsellor = kirjoita ohjaajalle täällä: /counsellor
consent-accept = ✅ Hyväksyn
consent-decline = ❌ En hyväksy
consent-accepted = Kiitos. Voimme aloittaa.
consent-declined =
    Selvä. Emme tallentaneet vastauksia.
    Voit silti lukea yleistä tietoa.
    Voit myös puhua ihmisen kanssa.
consent-needed = Lue ensin, miten käytämme tietojasi, ja vastaa.
consent-withdraw-confirm =
    Olet aiemmin hyväksynyt tietojesi käytön.
    Jos et enää hyväksy, poistamme kaikki tietosi:
    vastauksesi, kurssisi ja paikkasi jonotuslistoilla sekä viestisi ohjaajien kanssa.
    Säilytämme vain nimettömiä lukuja hankkeen tilastoja varten.
    Poistoa ei voi perua. Haluatko tämän?
consent-withdraw-yes = 🗑 Kyllä, poista tietoni
consent-withdraw-no = ↩️ En, palaa takaisin
consent-withdrawn =
    Et enää hyväksy tietojesi käyttöä, joten poistimme tietosi. Kiitos.
    Voit silti lukea yleistä tietoa ja puhua ihmisen kanssa: kirjoita /start.
consent-withdraw-cancelled = Selvä. Mitään ei poistettu. Hyväksyntäsi on voimassa kuten ennenkin.

## Päävalikko

menu-title = Mitä haluat tehdä?
menu-survey-start = 📝 Aloita kysymykset
menu-survey-continue = 📝 Jatka kysymyksiä
menu-profile = 👤 Vastaukseni
menu-language = 🌐 Kieli
menu-info = ℹ️ Tietoa
menu-help = ❓ Ohje
audio-listen = 🔊 Kuuntele
audio-none = Valitettavasti tätä ei voi vielä kuunnella kielelläsi.
audio-failed = Valitettavasti ääntä ei voitu tehdä juuri nyt. Yritä myöhemmin uudelleen.
audio-reminder = Tämä on muistutus tapaamisestasi. Päivä, kellonaika ja paikka ovat viestissä. Jos tulet, napauta ensimmäistä painiketta. Jos et pääse, napauta toista painiketta.
menu-mydata = 🔐 Tietoni
menu-delete = 🗑 Poista tietoni

help =
    Olen botti. Autan sinua löytämään kursseja ja apua.
    Käytä painikkeita. Sinun ei tarvitse kirjoittaa paljon.

    /start – päävalikko
    /language – vaihda kieli
    /profile – katso tai muuta vastauksiasi
    /mydata – katso tietosi
    /delete – poista tietosi
    /help – tämä viesti
info =
    Yleistä tietoa:
    InfoFinland-sivustolla on tietoa elämästä Suomessa monella kielellä: www.infofinland.fi
    Hätätilanteessa soita 112.

## Kysely: yleistä

survey-intro =
    Kysyn sinulta muutaman kysymyksen. Siihen menee noin 10 minuuttia.
    Vastauksesi auttavat hanketta löytämään sinulle sopivia kursseja ja apua.
    Tämä ei ole kunnan tai työllisyyspalvelujen alkukartoitus. Se ei korvaa sitä.
    Vastauksesi tallentuvat heti. Voit lopettaa ja jatkaa myöhemmin.
survey-progress = Kysymys { $index }/{ $total }
survey-multi-hint = Napauta kaikkia sopivia. Napauta sitten ”{ survey-done }”.
survey-number-hint = Kirjoita numero.
survey-text-hint = Kirjoita lyhyt vastaus.
survey-counts-hint = Napauta ➕ kerran jokaista lasta kohti. ➖ poistaa yhden. Napauta sitten ”{ survey-done }”.
survey-back = ◀️ Takaisin
survey-skip = Ohita ⏭
survey-done = ✔️ Valmis
survey-yes = Kyllä
survey-no = Ei
survey-skipped = (ohitettu)
survey-voice-answer = 🎤 Ääniviesti
survey-voice-noted = Kiitos. Ohjaaja kuuntelee ääniviestisi.

survey-use-buttons = Käytä kysymyksen alla olevia painikkeita.
survey-not-a-number = Kirjoita numero väliltä { $min }–{ $max }.
survey-out-of-range = Kirjoita numero väliltä { $min }–{ $max }.
survey-not-whole = Kirjoita kokonaisluku, ilman desimaaleja.
survey-too-long =
    Tämä on liian pitkä. Kirjoita enintään { $max ->
        [one] { $max } merkki
       *[other] { $max } merkkiä
    }.
survey-empty = Kirjoita muutama sana.
survey-send-text = Kirjoita vastauksesi tekstinä.
survey-bad-characters = Joitakin viestisi merkkejä ei voitu lukea. Kirjoita viesti uudelleen.
survey-choose-at-least-one = Valitse ainakin yksi. Napauta sitten ”{ survey-done }”.
survey-too-many = Valitse enintään { $max ->
    [one] { $max } vaihtoehto
   *[other] { $max } vaihtoehtoa
}.
survey-not-optional = Tähän kysymykseen pitää vastata.
survey-unknown-option = Tämä painike ei toimi enää. Tässä on kysymys uudelleen.
survey-stale-button = Tämä painike on vanhasta viestistä. Tässä on nykyinen kysymyksesi.
stale-button = Tämä painike on vanhasta viestistä.
stale-button-menu = Tämä painike on vanhasta viestistä. Valitse uudelleen valikosta.
survey-consent-first = Hyväksy ensin, miten käytämme tietojasi.

survey-summary-title = Tässä ovat vastauksesi. Onko kaikki oikein?
survey-summary-confirm = ✅ Kaikki on oikein
survey-summary-change = ✏️ Muuta vastausta
survey-change-which = Minkä vastauksen haluat muuttaa?
survey-completed =
    Kiitos! Vastauksesi on tallennettu.
    Ohjaaja näkee ne ja voi auttaa sinua.
survey-already-completed = Olet vastannut kaikkiin kysymyksiin. Kiitos!

profile-title = Vastauksesi:
profile-empty = Et ole vielä vastannut kysymyksiin.

not-understood = Anteeksi, en ymmärtänyt. Käytä painikkeita tai kirjoita /help.
error-generic = Anteeksi, jokin meni vikaan. Yritä hetken päästä uudelleen.

## Kysely: kysymykset. q-ID on kysymys, q-ID-OPTION vastausvaihtoehto, qs-ID lyhyt otsikko.

q-region = Missä asut?
q-region-paijat-hame = Päijät-Häme (Lahden seutu)
q-region-south-karelia = Etelä-Karjala (Lappeenrannan seutu)
q-region-meri-lappi = Meri-Lappi (Kemi, Tornio)
q-region-kanta-hame = Kanta-Häme (Hämeenlinnan seutu)
q-region-ostrobothnia = Pohjanmaa (Vaasan seutu)
q-region-other = Muualla
qs-region = Asuinpaikka
q-int-lang =
    Alueellasi kotoutumiskoulutusta on suomeksi ja ruotsiksi.
    Kumpaa kieltä haluat oppia?
q-int-lang-fi = Suomi
q-int-lang-sv = Ruotsi
q-int-lang-unsure = En tiedä vielä
qs-int-lang = Kotoutumisen kieli

q-years-in-fi = Kuinka kauan olet asunut Suomessa?
q-years-in-fi-under-1 = Alle 1 vuoden
q-years-in-fi-1-3 = 1–3 vuotta
q-years-in-fi-over-3 = Yli 3 vuotta
qs-years-in-fi = Aika Suomessa

q-languages = Mitä kieliä puhut?
q-languages-ar = Arabia
q-languages-prs = Dari
q-languages-fa = Persia (farsi)
q-languages-ps = Pašto
q-languages-ckb = Kurdi (sorani)
q-languages-kmr = Kurdi (kurmandži)
q-languages-so = Somali
q-languages-ru = Venäjä
q-languages-uk = Ukraina
q-languages-sw = Swahili
q-languages-en = Englanti
q-languages-ku = Kurdi
q-languages-ti = Tigrinja
q-languages-am = Amhara
q-languages-ln = Lingala
q-languages-rw = Ruanda (kinyarwanda)
q-languages-fr = Ranska
q-languages-other = Muu kieli
qs-languages = Kielesi

q-finnish = Kuinka hyvin puhut suomea?
q-finnish-none = En yhtään
q-finnish-basics = Muutaman sanan
q-finnish-everyday = Pärjään arjessa
q-finnish-good = Hyvin
qs-finnish = Suomen kieli

q-swedish = Kuinka hyvin puhut ruotsia?
q-swedish-none = En yhtään
q-swedish-basics = Muutaman sanan
q-swedish-everyday = Pärjään arjessa
q-swedish-good = Hyvin
qs-swedish = Ruotsin kieli

q-read-own = Osaatko lukea ja kirjoittaa omalla kielelläsi?
q-read-own-no = En
q-read-own-a-little = Vähän
q-read-own-yes = Kyllä
qs-read-own = Lukutaito, oma kieli

q-read-latin = Osaatko lukea ja kirjoittaa tällaisia kirjaimia: A B C?
q-read-latin-no = En
q-read-latin-a-little = Vähän
q-read-latin-yes = Kyllä
qs-read-latin = Lukutaito, A B C

q-school-years = Montako vuotta kävit koulua?
q-school-years-none = En käynyt koulua
q-school-years-1-6 = 1–6 vuotta
q-school-years-7-9 = 7–9 vuotta
q-school-years-10-12 = 10–12 vuotta
q-school-years-13-plus = 13 vuotta tai enemmän
qs-school-years = Kouluvuodet

q-education = Mikä on korkein koulutuksesi?
q-education-none = En käynyt koulua
q-education-religious = Vain uskonnollinen koulu
q-education-primary-some = Osa alakoulusta
q-education-basic = Peruskoulu
q-education-secondary = Lukio
q-education-vocational = Ammattikoulu
q-education-university = Korkeakoulu tai yliopisto
qs-education = Koulutus

q-worked = Oletko tehnyt töitä aiemmin? Kaikki työ lasketaan: myös palkaton työ, työ kotona muille, maatilalla tai perheyrityksessä.
qs-worked = Aiempi työ

q-work-field = Millaista työtä olet tehnyt? Kirjoita muutama sana, esimerkiksi ”kokki” tai ”sairaanhoitaja”. Voit myös lähettää ääniviestin 🎤.
qs-work-field = Työsi

q-situation = Millaista elämäsi on nyt? Valitse kaikki sopivat.
q-situation-home = 🏠 Kotona lasten kanssa
q-situation-family-leave = 👶 Perhevapaalla
q-situation-course = 📖 Suomen tai ruotsin kurssilla
q-situation-job-seeker = 🔎 Etsin työtä
q-situation-studying = 🎓 Opiskelen
q-situation-working = 💼 Olen töissä
q-situation-other = Jotain muuta
qs-situation = Tilanne nyt
q-job-registered = Oletko ilmoittautunut työnhakijaksi työllisyyspalveluihin?
q-job-registered-yes = Kyllä
q-job-registered-no = Ei
q-job-registered-unsure = En tiedä
qs-job-registered = Ilmoittautunut työnhakijaksi
q-plan = Onko sinulla jo kotoutumissuunnitelma?
q-plan-yes = Kyllä
q-plan-no = Ei
q-plan-unsure = En tiedä
qs-plan = Kotoutumissuunnitelma
q-kids = Keitä lapsia asuu kanssasi? Napauta jokaisen lapsen ikää.
q-kids-0-1 = 👶 Alle 1-vuotias
q-kids-1-2 = 👶 1–2-vuotias
q-kids-3-6 = 🧒 3–6-vuotias
q-kids-7-12 = 🧒 7–12-vuotias
q-kids-13-17 = 🧑 13–17-vuotias
q-kids-18-plus = 🧑 18 tai vanhempi
q-kids-none = Kanssani ei asu lapsia
qs-kids = Kanssasi asuvat lapset
q-daycare = Onko lapsellasi päiväkotipaikka?
q-daycare-yes = 🏫 Kyllä
q-daycare-applied = 📝 Olen hakenut
q-daycare-no = 🏠 Ei
qs-daycare = Päiväkotipaikka

q-children = Kuinka monta lasta sinulla on? Kirjoita numero. Jos sinulla ei ole lapsia, kirjoita 0.
qs-children = Lapset

q-children-under-7 = Kuinka moni heistä on alle 7-vuotias?
qs-children-under-7 = Alle 7-vuotiaat lapset

q-child-ages = Minkä ikäisiä lapsesi ovat?
q-child-ages-0-1 = Alle 1 vuosi
q-child-ages-1-2 = 1–2 vuotta
q-child-ages-3-6 = 3–6 vuotta
q-child-ages-7-12 = 7–12 vuotta
q-child-ages-13-17 = 13–17 vuotta
q-child-ages-18-plus = 18 vuotta tai vanhempi
qs-child-ages = Lasten iät

q-childcare = Tarvitsetko lastenhoitoa ryhmätapaamisen ajaksi?
q-childcare-yes = 🧸 Kyllä
q-childcare-sometimes = 🧸 Joskus
q-childcare-no = 🙅 Ei
qs-childcare = Lastenhoito

q-goals = Mitä haluat? Valitse kaikki sopivat.
q-goals-work = 💼 Työpaikan
q-goals-studies = 🎓 Opiskella
q-goals-language = 🗣 Oppia suomea tai ruotsia
q-goals-friends = 🤝 Ystäviä ja seuraa
q-goals-wellbeing = 🌱 Voida hyvin
q-goals-everyday = 🏠 Apua arjen asioihin
qs-goals = Toiveesi

q-times = Milloin voit tulla tapaamisiin?
q-times-mornings = 🌅 Aamupäivisin
q-times-afternoons = ☀️ Iltapäivisin
q-times-evenings = 🌙 Iltaisin
q-times-weekends = 📅 Viikonloppuisin
qs-times = Sopivat ajat

q-coping = Miten sinulla menee nykyään?
q-coping-well = 🙂 Hyvin
q-coping-okay = 😐 Ihan ok
q-coping-hard = 😔 On vaikeaa
q-coping-talk = 💬 Haluaisin puhua jonkun kanssa
qs-coping = Vointi

q-interpreter = Tarvitsetko tulkkia?
qs-interpreter = Tulkki
q-interpreter-lang = Mitä kieltä tulkin pitäisi puhua?
qs-interpreter-lang = Tulkin kieli

q-gender = Voit kertoa sukupuolesi. Voit myös ohittaa tämän.
q-gender-woman = Nainen
q-gender-man = Mies
q-gender-other = Muu
q-gender-no-say = En halua kertoa
qs-gender = Sukupuoli

q-age-group = Kuinka vanha olet? Voit myös ohittaa tämän.
q-age-group-under-25 = Alle 25
q-age-group-25-34 = 25–34
q-age-group-35-44 = 35–44
q-age-group-45-plus = 45 tai vanhempi
q-age-group-no-say = En halua kertoa
qs-age-group = Ikä

## Komentovalikko (lyhyet kuvaukset, jotka Telegram näyttää /komentojen vieressä)

cmd-start = Päävalikko
cmd-survey = Vastaa kysymyksiin
cmd-profile = Vastaukseni
cmd-language = Vaihda kieli
cmd-help = Ohje

## Other

edited-message = En näe muutoksia vanhoihin viesteihin. Lähetä uusi viesti.
survey-talk-noted = Kiitos, että kerroit. Ohjaaja näkee tämän ja ottaa sinuun yhteyttä.

## Moduulit (kurssit ja ryhmät)

menu-modules = 📚 Kurssit
menu-my = 🗓 Omat kurssini
cmd-modules = Sinulle sopivat kurssit
cmd-my = Omat kurssini

modules-title = Nämä kurssit ja ryhmät sopivat sinulle. Napauta yhtä, niin näet lisää.
modules-none = Juuri nyt sinulle ei ole sopivaa kurssia. Ohjaaja voi auttaa sinua.
modules-answer-first = Vastaa ensin kysymyksiin. Sitten voin näyttää, mikä sopii sinulle.
module-reasons-title = Miksi tämä sopii sinulle:
match-reason-language-level = Voit oppia lisää suomea.
match-reason-swedish-level = Voit oppia lisää ruotsia.
match-reason-chose-swedish = Valitsit kotoutumisen ruotsiksi.
match-reason-goal-language = Haluat oppia kieltä.
match-reason-reading = Tämä auttaa lukemaan ja kirjoittamaan.
match-reason-goal-work = Haluat löytää työtä.
match-reason-job-seeker = Etsit työtä.
match-reason-newly-arrived = Tulit Suomeen vähän aikaa sitten.
match-reason-goal-everyday = Haluat apua arjen asioihin.
match-reason-wellbeing = Tämä voi auttaa sinua voimaan paremmin.
match-reason-goal-wellbeing = Haluat voida hyvin.
match-reason-wants-to-talk = Voit puhua ohjaajan kanssa.
match-reason-goal-friends = Voit tavata muita ihmisiä.
match-reason-childcare = Lastenhoito on järjestetty.
match-reason-times = Ajat sopivat sinulle.
match-reason-for-mothers = Ryhmä on äideille.
match-reason-for-working-parents = Ryhmä on työssä käyville vanhemmille.
match-note-no-childcare = Huom: täällä ei ole lastenhoitoa.
match-note-times = Huom: ajat eivät ehkä sovi sinulle.
module-next-sessions = Seuraavat tapaamiset:
module-session = { $date }, { $place }
place-by-agreement = Sovitaan erikseen: toimistolla tai kotonasi
module-languages = Kielet: { $languages }
module-childcare-yes = Lastenhoito: kyllä
module-childcare-no = Lastenhoito: ei
module-places-left = { $count ->
    [one] Vielä { $count } vapaa paikka.
   *[other] Vielä { $count } vapaata paikkaa.
}
module-full = Kurssi on täynnä. Voit ilmoittautua jonotuslistalle.
module-enrol = ✅ Ilmoittaudu
module-join-waitlist = 🕒 Ilmoittaudu jonotuslistalle
module-back = ◀️ Kaikki kurssit
module-children-question = Kuinka moni lapsistasi tarvitsee lastenhoitoa tapaamisten aikana?
module-children-none = Ei yhtään
module-confirm = Ilmoittaudutko mukaan: ”{ $title }”? Lapsia lastenhoitoon: { $children }.
module-confirm-yes = ✅ Kyllä, ilmoittaudun
module-confirm-no = ❌ En
module-enrolled = Olet nyt mukana: ”{ $title }”. Näet tapaamisesi kohdasta ”{ menu-my }”.
module-waitlisted = Kurssi on täynnä. Olet jonotuslistalla numero { $position }. Kerron sinulle, kun paikka vapautuu.
module-already-enrolled = Olet jo mukana tällä kurssilla.
module-already-waitlisted = Olet jo jonotuslistalla. Olet numero { $position }.
module-unavailable = Tätä kurssia ei ole enää tarjolla.
module-promoted = Hyviä uutisia! Paikka vapautui. Olet nyt mukana: ”{ $title }”.

my-title = Kurssisi:
my-none = Et ole vielä ilmoittautunut millekään kurssille.
my-enrolled = ✅ { $title }
my-waitlisted = 🕒 { $title }: jonotuslista, numero { $position }
my-next = Seuraava tapaaminen: { $date }, { $place }
my-cancel = ❌ Peru: { $title }
my-cancel-confirm = Haluatko perua ilmoittautumisesi: ”{ $title }”?
my-cancel-yes = Kyllä, peru
my-cancel-no = En, pysyn mukana
my-cancelled = Perusit ilmoittautumisesi: ”{ $title }”. Paikkasi menee jollekulle jonotuslistalta.

## Muistutukset ja osallistuminen

reminder-session =
    🔔 Muistutus: ”{ $title }”
    🗓 { $date }
    📍 { $place }
    Tuletko?
reminder-childcare =
    👶 Lapsillesi on varattu lastenhoito: ”{ $title }”.
    🗓 { $date }
    Lapsia lastenhoidossa: { $children }.
    Vastaa, niin hoitajat voivat valmistautua.
reminder-cancelled =
    ❗ Tapaaminen on peruttu: ”{ $title }”, { $date }. Olemme pahoillamme.
    Muut tapaamisesi näet kohdasta ”{ menu-my }”.
rsvp-coming = ✅ Tulen
rsvp-not-coming = ❌ En pääse
rsvp-childcare-yes = ✅ Kyllä, { $children ->
    [one] { $children } lapsi
   *[other] { $children } lasta
}
rsvp-childcare-change = ✏️ Muuta lasten määrää
rsvp-children-question = Kuinka moni lapsi tulee lastenhoitoon tällä kertaa?
rsvp-thanks-coming = Kiitos! Nähdään siellä.
rsvp-thanks-not-coming = Kiitos, että kerroit. Tällä kertaa paikkasi ja lastenhoito vapautuvat muille.
rsvp-children-saved = Kiitos. Lapsia lastenhoidossa tällä kertaa: { $children }.
rsvp-too-late = Tämä tapaaminen on jo alkanut tai se on peruttu.
reminder-moved =
    🔄 Tapaaminen ”{ $title }” on siirretty. Uusi aika ja paikka:
    🗓 { $date }
    📍 { $place }
reminder-reinstated =
    ✅ Hyviä uutisia: ”{ $title }” ei olekaan peruttu. Tapaaminen pidetään:
    🗓 { $date }
    📍 { $place }
reminder-ask-coming = Tuletko?
reminder-ask-childcare = Tuletko? Lapsia lastenhoidossa: { $children }.
reminder-declined-note = Kerroit, että et pääse. Jos pääset sittenkin, paina nappia.
rsvp-can-come = ✅ Pääsen sittenkin
rsvp-changed =
    ⚠️ Tapaamisen ”{ $title }” aika on muuttunut. Vastauksesi koski vanhaa aikaa.
    🗓 { $date }
    📍 { $place }
    Tuletko uuteen aikaan?

## Keskustelu ihmisen kanssa

menu-counsellor = 🙋 Puhu ihmisen kanssa
menu-unsafe = 🆘 En ole turvassa
cmd-counsellor = Puhu ihmisen kanssa
handoff-opened-now =
    Ohjaaja vastaa sinulle täällä pian.
    Voit kirjoittaa jo nyt. Viestisi menevät ohjaajalle.
    Kirjoita /end, kun haluat takaisin bottiin.
handoff-opened-later =
    Ohjaajamme eivät ole nyt töissä. Ohjaaja vastaa sinulle täällä, kun työaika alkaa: { $date }.
    Voit kirjoittaa jo nyt. Viestisi menevät ohjaajalle.
    Kirjoita /end, kun haluat takaisin bottiin.
handoff-already = Puhut jo ihmisen kanssa. Kirjoita viestisi tähän. Kirjoita /end, kun haluat takaisin bottiin.
handoff-forwarded = ✓ Viestisi on mennyt ohjaajalle.
handoff-end-button = ↩️ Lopeta keskustelu ohjaajan kanssa
safety-help-intro = 💛 Kiitos, että kerroit. Et ole yksin.
safety-help-112 = 🚨 Jos olet vaarassa nyt, soita 112.
safety-line-crisis = ☎️ Kriisipuhelin, kun jokin on vaikeaa: { $name }, { $phone } ({ $hours })
safety-line-violence = ☎️ Apua lähisuhdeväkivaltaan: { $name }, { $phone } ({ $hours })
safety-line-other = ☎️ Auttava puhelin: { $name }, { $phone } ({ $hours })
safety-open-always = auki ympäri vuorokauden
safety-open-hours = auki { $weekdays } klo { $from }–{ $to }
safety-offer = 🙋 Hankkeen ohjaaja voi myös jutella kanssasi. Napauta painiketta, jos haluat.
safety-urgent-now =
    🙋 Kerroin ohjaajillemme. Olet heidän jonossaan ensimmäisenä.
    Kirjoita tähän. Viestisi menevät ohjaajalle.
safety-urgent-later =
    🙋 Kerroin ohjaajillemme. He eivät ole nyt töissä. Ohjaaja vastaa sinulle tässä { $date }.
    Jos olet vaarassa nyt, soita 112.
handoff-busy-button = Puhut nyt ihmisen kanssa. Kirjoita /end, kun haluat takaisin bottiin.
handoff-ended = Nyt olet taas botin kanssa.
handoff-closed-by-counsellor = Ohjaaja lopetti keskustelun. Nyt olet taas botin kanssa. Kirjoita /start, niin näet valikon.
handoff-offer = Haluaisitko puhua ihmisen kanssa?
handoff-offer-yes = 🙋 Kyllä, haluan puhua ihmisen kanssa
not-understood-offer = Anteeksi, en vieläkään ymmärrä. Ihminen voi auttaa sinua.

## Tietosi

cmd-mydata = Katso tietoni
cmd-delete = Poista tietoni
privacy-export-intro = Tässä ovat kaikki tiedot, joita säilytämme sinusta. Tiedostossa on ne kaikki.
privacy-export-answers = Vastauksesi:
privacy-export-courses = Kurssisi:
privacy-export-course-enrolled = { $title }: olet mukana
privacy-export-course-waitlisted = { $title }: jonossa
privacy-export-course-cancelled = { $title }: lähdit pois kurssilta
privacy-export-messages = Viestejä ohjaajien kanssa: { $count }
privacy-export-none = Muita tietoja sinusta emme säilytä.
privacy-delete-confirm =
    Haluatko poistaa kaikki tietosi?
    Vastauksesi, kurssisi ja viestisi poistetaan. Poistoa ei voi perua.
privacy-delete-yes = 🗑 Kyllä, poista kaikki
privacy-delete-no = Ei, säilytä tietoni
privacy-deleted = Tietosi on poistettu. Kiitos. Kirjoita /start, jos haluat aloittaa alusta.
privacy-delete-kept = Selvä. Mitään ei poistettu.
privacy-notice-updated = Teksti siitä, miten käytämme tietojasi, on muuttunut. Lue se ja vastaa uudelleen.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 Tapaa ohjaaja
cmd-appointment = Varaa aika ohjaajalle
apt-kind-question = Millaisen tapaamisen haluat?
apt-kind-office = 🏢 Toimistolla
apt-kind-phone = 📞 Puhelimessa
apt-kind-video = 💻 Videolla
apt-kind-home = 🏠 Kotonani
apt-none = Valitettavasti vapaita aikoja ei nyt ole. Kokeile myöhemmin uudelleen tai puhu ihmisen kanssa.
apt-times-question = { $kind }: valitse aika (Suomen aikaa).
apt-later = Myöhempiä aikoja ▶
apt-no-later = Myöhempiä aikoja ei ole. Tässä ensimmäiset ajat uudelleen.
apt-stop = ✖ Lopeta
apt-use-buttons = Valitse painikkeilla, kiitos.
apt-interpreter-question = Tarvitsetko tulkin?
apt-interpreter-no = Ei tulkkia
apt-interpreter-yes = Kyllä, { $language }
apt-interpreter-other = Muu kieli
apt-interpreter-which = Mikä kieli?
apt-interpreter-line = Tulkki: { $language }
apt-interpreter-none = Ei tulkkia
apt-topic-line = Aihe: { $topic }
apt-topic-none = Aihetta ei valittu
apt-reason-question = Mistä haluat puhua? Voit ohittaa tämän.
apt-reason-work = Työ tai opiskelu
apt-reason-family = Perhe ja lapset
apt-reason-health = Terveys
apt-reason-papers = Kirjeet ja lomakkeet
apt-reason-other = Jotain muuta
apt-skip = Ohita
apt-confirm =
    Tarkista, kiitos:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Varaanko ajan?
apt-confirm-move =
    Tarkista uusi aika:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Vaihdanko ajan?
apt-confirm-yes = ✅ Kyllä
apt-stopped = Selvä. Mitään ei varattu eikä muutettu.
apt-taken = Valitettavasti joku varasi juuri tämän ajan.
apt-booked =
    ✅ Aikasi on varattu.
    { $kind }, { $time }
    { $where }
apt-moved =
    ✅ Tapaamisellasi on uusi aika.
    { $kind }, { $time }
    { $where }
apt-where-office = Osoite: { $address }
apt-where-office-unknown = Ohjaaja kertoo sinulle osoitteen.
apt-where-video = Videolinkki: { $link }
apt-where-video-later = Ohjaaja lähettää sinulle videolinkin.
apt-where-phone = Ohjaaja soittaa sinulle.
apt-where-home = Ohjaaja tulee kotiisi.
apt-my = 📅 Tapaamiseni
apt-my-title = Tapaamisesi:
apt-my-none = Sinulla ei ole varattuja tapaamisia.
apt-item = { $time }, { $kind }
apt-book = 📅 Varaa aika
apt-move = Vaihda aika
apt-cancel = Peru
apt-not-found = Tämä tapaaminen ei ole enää varattuna.
apt-too-late = Tätä tapaamista ei voi enää muuttaa täällä. Puhu ihmisen kanssa, kiitos.
apt-cancel-question = Perutaanko tapaamisesi { $time }?
apt-cancel-yes = Kyllä, peru se
apt-cancel-no = Ei, pidä se
apt-cancelled = Tapaamisesi { $time } on peruttu.
apt-restart = Aloitetaan varaus alusta. Mitään ei ole vielä varattu.
apt-coming = ✅ Tulen
apt-other-time = 🔄 Tarvitsen toisen ajan
apt-coming-thanks = Kiitos! Nähdään pian.
apt-reminder-day-before =
    📅 Muistutus: sinulla on huomenna tapaaminen.
    { $kind }, { $time }
    { $where }
apt-reminder-soon =
    📅 Tapaamisesi alkaa pian.
    { $kind }, { $time }
    { $where }
apt-exception-notice = ❗ Valitettavasti tapaamisesi { $time } ei voi toteutua. Ohjaaja on poissa. Valitse uusi aika, kiitos.
## Kotoutumissuunnitelma

menu-plan = 📋 Suunnitelmani
cmd-plan = Suunnitelmani
plan-title = 📋 Suunnitelmasi
plan-goals = Tavoitteesi:
plan-done = Tehty:
plan-next = Seuraavaksi:
plan-who-participant = sinä
plan-who-counsellor = ohjaajasi
plan-who-partner = { $partner } kanssa
plan-who-partner-unknown = yhteistyökumppani
plan-due = viimeistään { $date }
plan-cannot-marked = kerroit, ettet pysty tähän
plan-no-steps = Vaiheita ei ole vielä. Ohjaajasi lisää ne kanssasi.
plan-none = Sinulla ei ole vielä suunnitelmaa. Ohjaajasi tekee sen kanssasi.
plan-own-words = (ohjaajasi kirjoitti tämän kielellä { $language })
plan-button-done = ✅ Tehty: { $step }
plan-button-cannot = 🙋 En pysty tähän
plan-step-not-open = Tämä vaihe on jo merkitty.
plan-step-marked-done = ✅ Hienoa! ”{ $step }” on tehty.
plan-step-cannot-noted = Kiitos, että kerroit vaiheesta ”{ $step }”. Etsitään yhdessä toinen tapa.
plan-nudge =
    📌 Suunnitelmasi vaihe on nyt ajankohtainen: ”{ $step }” (viimeistään { $date }).
    Onko se tehty?
plan-nudge-done = ✅ Kyllä, se on tehty
plan-nudge-cannot = 🙋 En pysty tähän
plan-step-register-job-seeker = Ilmoittaudu työnhakijaksi
plan-step-apply-daycare = Hae lapselle päiväkotipaikkaa
plan-step-library-language-cafe = Käy kirjaston kielikahvilassa
plan-step-kela-benefits = Kysy Kelasta etuuksista
plan-step-child-health-clinic = Käy lastenneuvolassa
plan-step-integration-training = Hae kotoutumiskoulutukseen
plan-step-finnish-course = Aloita suomen kielen kurssi
plan-step-open-bank-account = Avaa pankkitili

privacy-export-referrals = Ohjauksesi yhteistyökumppaneille:
privacy-export-referral = { $partner }: { $status ->
     [awaiting-consent] odottaa vastaustasi
     [consent-refused] sanoit ei
     [sent] lähetetty
     [accepted] hyväksytty
     [started] alkanut
     [finished] päättynyt
    *[declined] ei hyväksytty
  }
## Ohjaukset yhteistyökumppaneille

ref-consent-ask =
    🤝 Ohjaajasi ajattelee, että { $partner } voisi auttaa sinua.
    Miksi: { $reason } (kirjoitettu kielellä { $language })
    He saisivat: { $shared }.
    Saammeko antaa nämä tiedot heille? Mitään ei lähetetä ilman lupaasi.
ref-consent-yes = ✅ Kyllä, annan luvan
ref-consent-no = ❌ En
ref-consent-given = Kiitos. Lähetämme tiedot heille. Ohjaajasi kertoo, mitä tapahtuu seuraavaksi.
ref-consent-refused = Selvä. Mitään ei lähetetä. Voit puhua asiasta ohjaajasi kanssa milloin vain.
ref-already-agreed = Annoit jo luvan tähän. Mikään ei muutu.
ref-already-refused = Sanoit jo tähän ei. Mitään ei lähetetä.
ref-unknown = Tämä kysymys ei ole enää auki.
ref-shared-contact = yhteystietosi
ref-shared-language-level = kielitaitosi
ref-shared-survey-answers = vastauksesi kysymyksiimme
ref-shared-plan = suunnitelmasi
ref-shared-children = tietoja lapsistasi

## Seuranta

fu-q-situation = Mikä on tärkein tilanteesi nyt? Valitse yksi.
fu-offer =
    👋 Vastasit kysymyksiimme { $months ->
        [one] { $months } kuukausi
       *[other] { $months } kuukautta
    } sitten. Miten sinulla menee nyt?
    Kysymyksiä on neljä, ja ne ovat lyhyitä. Ensimmäiset vastauksesi säilyvät ennallaan.
fu-start = ▶️ Vastaa nyt
fu-progress = Kysymys { $index }/{ $total }
fu-thanks = Kiitos! Ohjaajasi näkee nyt, mikä on muuttunut.
fu-already-done = Olet jo vastannut näihin kysymyksiin. Kiitos!
fu-unknown = Nämä kysymykset eivät ole nyt auki sinulle.
fu-use-buttons = Vastaa painikkeilla, kiitos.
q-goals-reached = Oletko saavuttanut tavoitteet, jotka sinulla oli alussa?
q-goals-reached-yes = Kyllä
q-goals-reached-partly = Osittain
q-goals-reached-no = En vielä
qs-goals-reached = Tavoitteet saavutettu
