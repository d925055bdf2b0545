# Svenska (Finland). Korta och enkla meningar för en nyinflyttad. Alla nycklar finns på alla språk.

## Språk och start

language-choose = Välj språk.
language-changed = Okej. Nu skriver jag till dig på svenska.
welcome =
    Hej! Jag är en hjälpreda från { $project }.
    Jag hjälper föräldrar som har flyttat till Finland.
    Jag kan hitta kurser och gruppträffar åt dig. En människa kan också hjälpa dig.

## Integritet och samtycke

consent-notice =
    Innan frågorna: om dina uppgifter.

    Vem sparar: { $project }. Kontakt: { $contact }
    Varför: för att hitta kurser och hjälp som passar dig.
    Vad vi frågar: dina språk, skola, arbete, barn, önskemål och tider som passar. Vi frågar också hur du mår, ditt kön och din ålder.
    Vem ser: projektets handledare. De läser dina svar och dina meddelanden.
    Hur länge: vi raderar dina uppgifter { $months ->
        [one] { $months } månad
       *[other] { $months } månader
    } efter ditt senaste meddelande. Meddelanden med en handledare raderar vi { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } efter att samtalet har slutat.
    Bara antal utan namn finns kvar i statistiken.
    Det är frivilligt att svara. Det påverkar inte dina ärenden hos FPA (Kela), sysselsättningstjänsterna eller Migrationsverket (Migri).
    Dina rättigheter: /mydata visar dina uppgifter. /delete raderar dem och tar tillbaka ditt samtycke. Samma knappar finns i menyn.
    Du kan klaga hos dataombudsmannen: tietosuoja.fi

    Godkänner du det här?
consent-contact-counsellor = skriv till en handledare här: /counsellor
consent-accept = ✅ Jag godkänner
consent-decline = ❌ Jag godkänner inte
consent-accepted = Tack. Vi kan börja.
consent-declined =
    Okej. Vi sparade inga svar.
    Du kan ändå läsa allmän information.
    Du kan också prata med en människa.
consent-needed = Läs först hur vi använder dina uppgifter, och svara sedan.
consent-withdraw-confirm =
    Du har tidigare godkänt att vi använder dina uppgifter.
    Om du inte längre godkänner raderar vi alla dina uppgifter:
    dina svar, dina kurser och platser på väntelistor och dina meddelanden med handledare.
    Vi sparar bara siffror utan namn för projektets statistik.
    Det går inte att ångra. Vill du det?
consent-withdraw-yes = 🗑 Ja, radera mina uppgifter
consent-withdraw-no = ↩️ Nej, gå tillbaka
consent-withdrawn =
    Du godkänner inte längre, så vi har raderat dina uppgifter. Tack.
    Du kan ändå läsa allmän information och prata med en människa: skriv /start.
consent-withdraw-cancelled = Okej. Ingenting raderades. Ditt godkännande gäller som förut.

## Huvudmeny

menu-title = Vad vill du göra?
menu-survey-start = 📝 Börja med frågorna
menu-survey-continue = 📝 Fortsätt med frågorna
menu-profile = 👤 Mina svar
menu-language = 🌐 Språk
menu-info = ℹ️ Information
menu-help = ❓ Hjälp
audio-listen = 🔊 Lyssna
audio-none = Tyvärr kan det här inte höras på ditt språk än.
audio-failed = Tyvärr gick det inte att göra ljudet just nu. Försök igen senare.
audio-reminder = Det här är en påminnelse om ditt möte. Dagen, tiden och platsen står i meddelandet. Om du kommer, tryck på den första knappen. Om du inte kan komma, tryck på den andra knappen.
menu-mydata = 🔐 Mina uppgifter
menu-delete = 🗑 Radera mina uppgifter

help =
    Jag är en bot. Jag hjälper dig att hitta kurser och hjälp.
    Använd knapparna. Du behöver inte skriva mycket.

    /start – huvudmeny
    /language – byt språk
    /profile – se eller ändra dina svar
    /mydata – se dina uppgifter
    /delete – radera dina uppgifter
    /help – det här meddelandet
info =
    Allmän information:
    InfoFinland har information om livet i Finland på många språk: www.infofinland.fi
    Ring 112 i en nödsituation.

## Frågorna: allmänt

survey-intro =
    Jag ställer några frågor. Det tar ungefär 10 minuter.
    Dina svar hjälper projektet att hitta kurser och hjälp som passar dig.
    Det här är inte kommunens eller sysselsättningstjänsternas inledande kartläggning. Det ersätter den inte.
    Dina svar sparas direkt. Du kan sluta och fortsätta senare.
survey-progress = Fråga { $index } av { $total }
survey-multi-hint = Tryck på alla som passar. Tryck sedan på ”{ survey-done }”.
survey-number-hint = Skriv ett tal.
survey-text-hint = Skriv ett kort svar.
survey-counts-hint = Tryck ➕ en gång för varje barn. ➖ tar bort ett. Tryck sedan på ”{ survey-done }”.
survey-back = ◀️ Tillbaka
survey-skip = Hoppa över ⏭
survey-done = ✔️ Klar
survey-yes = Ja
survey-no = Nej
survey-skipped = (överhoppad)
survey-voice-answer = 🎤 Röstmeddelande
survey-voice-noted = Tack. En handledare lyssnar på ditt röstmeddelande.

survey-use-buttons = Använd knapparna under frågan.
survey-not-a-number = Skriv ett tal från { $min } till { $max }.
survey-out-of-range = Skriv ett tal från { $min } till { $max }.
survey-not-whole = Skriv ett heltal, utan decimaler.
survey-too-long =
    Det här är för långt. Skriv högst { $max ->
        [one] { $max } tecken
       *[other] { $max } tecken
    }.
survey-empty = Skriv några ord.
survey-send-text = Skriv ditt svar som text.
survey-bad-characters = Några tecken i ditt meddelande gick inte att läsa. Skriv det igen.
survey-choose-at-least-one = Välj minst ett. Tryck sedan på ”{ survey-done }”.
survey-too-many = Välj högst { $max ->
    [one] { $max } alternativ
   *[other] { $max } alternativ
}.
survey-not-optional = Du måste svara på den här frågan.
survey-unknown-option = Den här knappen fungerar inte längre. Här är frågan igen.
survey-stale-button = Den här knappen är från ett äldre meddelande. Här är din fråga nu.
stale-button = Den här knappen är från ett äldre meddelande.
stale-button-menu = Den här knappen är från ett äldre meddelande. Välj igen i menyn.
survey-consent-first = Godkänn först hur vi använder dina uppgifter.

survey-summary-title = Här är dina svar. Stämmer allt?
survey-summary-confirm = ✅ Allt stämmer
survey-summary-change = ✏️ Ändra ett svar
survey-change-which = Vilket svar vill du ändra?
survey-completed =
    Tack! Dina svar är sparade.
    En handledare kan se dem och hjälpa dig.
survey-already-completed = Du har svarat på alla frågor. Tack!

profile-title = Dina svar:
profile-empty = Du har inte svarat på några frågor ännu.

not-understood = Förlåt, jag förstod inte. Använd knapparna eller skriv /help.
error-generic = Förlåt, något gick fel. Försök igen om en stund.

## Frågorna. q-ID är frågan, q-ID-OPTION ett svarsalternativ, qs-ID en kort rubrik.

q-region = Var bor du?
q-region-paijat-hame = Päijänne-Tavastland (Lahtisregionen)
q-region-south-karelia = Södra Karelen (Villmanstrandsregionen)
q-region-meri-lappi = Havslappland (Kemi, Torneå)
q-region-kanta-hame = Egentliga Tavastland (Tavastehusregionen)
q-region-ostrobothnia = Österbotten (Vasaregionen)
q-region-other = Någon annanstans
qs-region = Bostadsort
q-int-lang =
    I din region finns integrationsutbildning på finska och på svenska.
    Vilket språk vill du lära dig?
q-int-lang-fi = Finska
q-int-lang-sv = Svenska
q-int-lang-unsure = Jag vet inte än
qs-int-lang = Integrationsspråk

q-years-in-fi = Hur länge har du bott i Finland?
q-years-in-fi-under-1 = Mindre än 1 år
q-years-in-fi-1-3 = 1–3 år
q-years-in-fi-over-3 = Mer än 3 år
qs-years-in-fi = Tid i Finland

q-languages = Vilka språk talar du?
q-languages-ar = Arabiska
q-languages-prs = Dari
q-languages-fa = Persiska (farsi)
q-languages-ps = Pashto
q-languages-ckb = Kurdiska (sorani)
q-languages-kmr = Kurdiska (kurmanji)
q-languages-so = Somaliska
q-languages-ru = Ryska
q-languages-uk = Ukrainska
q-languages-sw = Swahili
q-languages-en = Engelska
q-languages-ku = Kurdiska
q-languages-ti = Tigrinja
q-languages-am = Amhariska
q-languages-ln = Lingala
q-languages-rw = Kinyarwanda
q-languages-fr = Franska
q-languages-other = Ett annat språk
qs-languages = Dina språk

q-finnish = Hur bra talar du finska?
q-finnish-none = Inte alls
q-finnish-basics = Några ord
q-finnish-everyday = Jag klarar mig i vardagen
q-finnish-good = Bra
qs-finnish = Finska

q-swedish = Hur bra talar du svenska?
q-swedish-none = Inte alls
q-swedish-basics = Några ord
q-swedish-everyday = Jag klarar mig i vardagen
q-swedish-good = Bra
qs-swedish = Svenska

q-read-own = Kan du läsa och skriva på ditt eget språk?
q-read-own-no = Nej
q-read-own-a-little = Lite
q-read-own-yes = Ja
qs-read-own = Läsa, eget språk

q-read-latin = Kan du läsa och skriva bokstäver som de här: A B C?
q-read-latin-no = Nej
q-read-latin-a-little = Lite
q-read-latin-yes = Ja
qs-read-latin = Läsa, A B C

q-school-years = Hur många år gick du i skolan?
q-school-years-none = Jag gick inte i skolan
q-school-years-1-6 = 1–6 år
q-school-years-7-9 = 7–9 år
q-school-years-10-12 = 10–12 år
q-school-years-13-plus = 13 år eller mer
qs-school-years = År i skola

q-education = Vilken är din högsta utbildning?
q-education-none = Ingen skola
q-education-religious = Bara en religiös skola
q-education-primary-some = Några år i grundskolan
q-education-basic = Grundskola
q-education-secondary = Gymnasium
q-education-vocational = Yrkesskola
q-education-university = Högskola eller universitet
qs-education = Utbildning

q-worked = Har du arbetat förut? Allt arbete räknas: också arbete utan lön, hemma för andra, på en gård eller i ett familjeföretag.
qs-worked = Tidigare arbete

q-work-field = Vilket arbete har du gjort? Skriv några ord, till exempel ”kock” eller ”sjukskötare”. Du kan också skicka ett röstmeddelande 🎤.
qs-work-field = Ditt arbete

q-situation = Hur ser ditt liv ut nu? Välj allt som passar.
q-situation-home = 🏠 Hemma med barn
q-situation-family-leave = 👶 Familjeledig
q-situation-course = 📖 På en kurs i finska eller svenska
q-situation-job-seeker = 🔎 Söker arbete
q-situation-studying = 🎓 Studerar
q-situation-working = 💼 Arbetar
q-situation-other = Något annat
qs-situation = Situation nu
q-job-registered = Är du anmäld som arbetssökande hos sysselsättningstjänsterna?
q-job-registered-yes = Ja
q-job-registered-no = Nej
q-job-registered-unsure = Jag vet inte
qs-job-registered = Anmäld arbetssökande
q-plan = Har du redan en integrationsplan (kotoutumissuunnitelma)?
q-plan-yes = Ja
q-plan-no = Nej
q-plan-unsure = Jag vet inte
qs-plan = Integrationsplan
q-kids = Vilka barn bor med dig? Tryck på varje barns ålder.
q-kids-0-1 = 👶 Under 1 år
q-kids-1-2 = 👶 1–2 år
q-kids-3-6 = 🧒 3–6 år
q-kids-7-12 = 🧒 7–12 år
q-kids-13-17 = 🧑 13–17 år
q-kids-18-plus = 🧑 18 eller äldre
q-kids-none = Inga barn bor med mig
qs-kids = Barn som bor med dig
q-daycare = Har ditt barn en plats på daghem (päiväkoti)?
q-daycare-yes = 🏫 Ja
q-daycare-applied = 📝 Jag har ansökt
q-daycare-no = 🏠 Nej
qs-daycare = Daghemsplats

q-children = Hur många barn har du? Skriv ett tal. Om du inte har barn, skriv 0.
qs-children = Barn

q-children-under-7 = Hur många av dem är under 7 år?
qs-children-under-7 = Barn under 7 år

q-child-ages = Hur gamla är dina barn?
q-child-ages-0-1 = Under 1 år
q-child-ages-1-2 = 1–2 år
q-child-ages-3-6 = 3–6 år
q-child-ages-7-12 = 7–12 år
q-child-ages-13-17 = 13–17 år
q-child-ages-18-plus = 18 år eller äldre
qs-child-ages = Barnens åldrar

q-childcare = Behöver du barnpassning medan du är på en gruppträff?
q-childcare-yes = 🧸 Ja
q-childcare-sometimes = 🧸 Ibland
q-childcare-no = 🙅 Nej
qs-childcare = Barnpassning

q-goals = Vad vill du? Välj alla som passar.
q-goals-work = 💼 Ett jobb
q-goals-studies = 🎓 Studera
q-goals-language = 🗣 Lära mig finska eller svenska
q-goals-friends = 🤝 Vänner och människor att träffa
q-goals-wellbeing = 🌱 Må bra
q-goals-everyday = 🏠 Hjälp med vardagliga saker
qs-goals = Dina önskemål

q-times = När kan du komma på träffar?
q-times-mornings = 🌅 Förmiddagar
q-times-afternoons = ☀️ Eftermiddagar
q-times-evenings = 🌙 Kvällar
q-times-weekends = 📅 Veckoslut
qs-times = Tider som passar

q-coping = Hur mår du nu för tiden?
q-coping-well = 🙂 Bra
q-coping-okay = 😐 Okej
q-coping-hard = 😔 Det är svårt
q-coping-talk = 💬 Jag vill gärna prata med någon
qs-coping = Hur du mår

q-interpreter = Behöver du tolk?
qs-interpreter = Tolk
q-interpreter-lang = Vilket språk ska tolken tala?
qs-interpreter-lang = Tolkens språk

q-gender = Du kan berätta ditt kön. Du kan också hoppa över det här.
q-gender-woman = Kvinna
q-gender-man = Man
q-gender-other = Annat
q-gender-no-say = Jag vill inte säga
qs-gender = Kön

q-age-group = Hur gammal är du? Du kan också hoppa över det här.
q-age-group-under-25 = Under 25
q-age-group-25-34 = 25–34
q-age-group-35-44 = 35–44
q-age-group-45-plus = 45 eller äldre
q-age-group-no-say = Jag vill inte säga
qs-age-group = Ålder

## Kommandomeny (korta beskrivningar som Telegram visar bredvid /kommandon)

cmd-start = Huvudmeny
cmd-survey = Svara på frågorna
cmd-profile = Mina svar
cmd-language = Byt språk
cmd-help = Hjälp

## Other

edited-message = Jag ser inte ändringar i gamla meddelanden. Skicka ett nytt meddelande.
survey-talk-noted = Tack för att du berättade. En handledare ser det och kontaktar dig.

## Moduler (kurser och grupper)

menu-modules = 📚 Kurser
menu-my = 🗓 Mina kurser
cmd-modules = Kurser för dig
cmd-my = Mina kurser

modules-title = De här kurserna och grupperna passar dig. Tryck på en för att läsa mer.
modules-none = Just nu finns det inga kurser för dig. En handledare kan hjälpa dig.
modules-answer-first = Svara först på frågorna. Sedan kan jag visa vad som passar dig.
module-reasons-title = Därför passar det här dig:
match-reason-language-level = Du kan lära dig mer finska.
match-reason-swedish-level = Du kan lära dig mer svenska.
match-reason-chose-swedish = Du valde integration på svenska.
match-reason-goal-language = Du vill lära dig språket.
match-reason-reading = Det hjälper dig att läsa och skriva.
match-reason-goal-work = Du vill hitta arbete.
match-reason-job-seeker = Du söker arbete.
match-reason-newly-arrived = Du kom till Finland för inte så länge sedan.
match-reason-goal-everyday = Du vill ha hjälp med vardagliga saker.
match-reason-wellbeing = Det kan hjälpa dig att må bättre.
match-reason-goal-wellbeing = Du vill må bra.
match-reason-wants-to-talk = Du kan prata med en handledare.
match-reason-goal-friends = Du kan träffa andra människor.
match-reason-childcare = Det finns barnpassning.
match-reason-times = Tiderna passar dig.
match-reason-for-mothers = Gruppen är för mammor.
match-reason-for-working-parents = Gruppen är för föräldrar som arbetar.
match-note-no-childcare = Obs: här finns ingen barnpassning.
match-note-times = Obs: tiderna passar dig kanske inte.
module-next-sessions = Nästa träffar:
module-session = { $date }, { $place }
place-by-agreement = Enligt överenskommelse: på kontoret eller hemma hos dig
module-languages = Språk: { $languages }
module-childcare-yes = Barnpassning: ja
module-childcare-no = Barnpassning: nej
module-places-left = { $count ->
    [one] { $count } plats kvar.
   *[other] { $count } platser kvar.
}
module-full = Kursen är full. Du kan ställa dig på väntelistan.
module-enrol = ✅ Anmäl mig
module-join-waitlist = 🕒 Ställ mig på väntelistan
module-back = ◀️ Alla kurser
module-children-question = Hur många av dina barn behöver barnpassning under träffarna?
module-children-none = Inga
module-confirm = Vill du anmäla dig till ”{ $title }”? Barn i barnpassning: { $children }.
module-confirm-yes = ✅ Ja, anmäl mig
module-confirm-no = ❌ Nej
module-enrolled = Du är med i ”{ $title }”. Du hittar dina träffar under ”{ menu-my }”.
module-waitlisted = Kursen är full. Du är nummer { $position } på väntelistan. Jag säger till när det finns en plats.
module-already-enrolled = Du är redan med i den här kursen.
module-already-waitlisted = Du står redan på väntelistan. Du är nummer { $position }.
module-unavailable = Den här kursen finns inte längre.
module-promoted = Goda nyheter! En plats har blivit ledig. Nu är du med i ”{ $title }”.

my-title = Dina kurser:
my-none = Du har inte anmält dig till någon kurs ännu.
my-enrolled = ✅ { $title }
my-waitlisted = 🕒 { $title }: väntelista, nummer { $position }
my-next = Nästa träff: { $date }, { $place }
my-cancel = ❌ Lämna: { $title }
my-cancel-confirm = Vill du lämna ”{ $title }”?
my-cancel-yes = Ja, lämna
my-cancel-no = Nej, stanna kvar
my-cancelled = Du har lämnat ”{ $title }”. Din plats går till någon på väntelistan.

## Påminnelser och närvaro

reminder-session =
    🔔 Påminnelse: ”{ $title }”
    🗓 { $date }
    📍 { $place }
    Kommer du?
reminder-childcare =
    👶 Barnpassning är bokad för dina barn på ”{ $title }”.
    🗓 { $date }
    Barn i barnpassning: { $children }.
    Svara gärna, så att barnpassarna kan förbereda sig.
reminder-cancelled =
    ❗ Träffen är inställd: ”{ $title }”, { $date }. Vi beklagar.
    Dina andra träffar finns under ”{ menu-my }”.
rsvp-coming = ✅ Jag kommer
rsvp-not-coming = ❌ Jag kan inte komma
rsvp-childcare-yes = ✅ Ja, { $children ->
    [one] { $children } barn
   *[other] { $children } barn
}
rsvp-childcare-change = ✏️ Ändra antalet
rsvp-children-question = Hur många barn kommer till barnpassningen den här gången?
rsvp-thanks-coming = Tack! Vi ses där.
rsvp-thanks-not-coming = Tack för att du berättade. Den här gången blir din plats och barnpassningen lediga för andra.
rsvp-children-saved = Tack. Barn i barnpassning den här gången: { $children }.
rsvp-too-late = Den här träffen har redan börjat eller är inställd.
reminder-moved =
    🔄 ”{ $title }” har flyttats. Ny tid och plats:
    🗓 { $date }
    📍 { $place }
reminder-reinstated =
    ✅ Goda nyheter: ”{ $title }” är inte längre inställd. Träffen blir av:
    🗓 { $date }
    📍 { $place }
reminder-ask-coming = Kommer du?
reminder-ask-childcare = Kommer du? Barn i barnpassning: { $children }.
reminder-declined-note = Du har sagt att du inte kan komma. Om du kan komma ändå, tryck på knappen.
rsvp-can-come = ✅ Jag kan komma ändå
rsvp-changed =
    ⚠️ Tiden för ”{ $title }” har ändrats. Ditt svar gällde den gamla tiden.
    🗓 { $date }
    📍 { $place }
    Kommer du på den nya tiden?

## Prata med en människa

menu-counsellor = 🙋 Prata med en människa
menu-unsafe = 🆘 Jag är inte trygg
cmd-counsellor = Prata med en människa
handoff-opened-now =
    En handledare svarar dig här snart.
    Du kan skriva redan nu. Dina meddelanden går till handledaren.
    Skriv /end när du vill tillbaka till boten.
handoff-opened-later =
    Våra handledare är inte på jobbet just nu. En handledare svarar dig här när arbetstiden börjar: { $date }.
    Du kan skriva redan nu. Dina meddelanden går till handledaren.
    Skriv /end när du vill tillbaka till boten.
handoff-already = Du pratar redan med en människa. Skriv ditt meddelande här. Skriv /end när du vill tillbaka till boten.
handoff-forwarded = ✓ Ditt meddelande har gått till handledaren.
handoff-end-button = ↩️ Avsluta chatten med handledaren
safety-help-intro = 💛 Tack för att du berättar. Du är inte ensam.
safety-help-112 = 🚨 Om du är i fara nu, ring 112.
safety-line-crisis = ☎️ Kristelefon, när något är svårt: { $name }, { $phone } ({ $hours })
safety-line-violence = ☎️ Hjälp vid våld i nära relationer: { $name }, { $phone } ({ $hours })
safety-line-other = ☎️ Stödtelefon: { $name }, { $phone } ({ $hours })
safety-open-always = öppen dygnet runt
safety-open-hours = öppen { $weekdays } kl. { $from }–{ $to }
safety-offer = 🙋 En handledare i projektet kan också prata med dig. Tryck på knappen om du vill.
safety-urgent-now =
    🙋 Jag har sagt till våra handledare. Du är först i deras kö.
    Skriv här. Dina meddelanden går till handledaren.
safety-urgent-later =
    🙋 Jag har sagt till våra handledare. De är inte på jobbet nu. En handledare svarar dig här { $date }.
    Om du är i fara nu, ring 112.
handoff-busy-button = Du pratar med en människa nu. Skriv /end när du vill tillbaka till boten.
handoff-ended = Nu pratar du med boten igen.
handoff-closed-by-counsellor = Handledaren avslutade samtalet. Nu pratar du med boten igen. Skriv /start för att se menyn.
handoff-offer = Vill du prata med en människa?
handoff-offer-yes = 🙋 Ja, jag vill prata med en människa
not-understood-offer = Förlåt, jag förstår fortfarande inte. En människa kan hjälpa dig.

## Dina uppgifter

cmd-mydata = Se mina uppgifter
cmd-delete = Radera mina uppgifter
privacy-export-intro = Här är allt som vi sparar om dig. Filen innehåller alltihop.
privacy-export-answers = Dina svar:
privacy-export-courses = Dina kurser:
privacy-export-course-enrolled = { $title }: du är med
privacy-export-course-waitlisted = { $title }: på väntelistan
privacy-export-course-cancelled = { $title }: du har lämnat kursen
privacy-export-messages = Meddelanden med handledare: { $count }
privacy-export-none = Vi sparar inget annat om dig.
privacy-delete-confirm =
    Vill du radera alla dina uppgifter?
    Dina svar, kurser och meddelanden raderas. Det går inte att ångra.
privacy-delete-yes = 🗑 Ja, radera allt
privacy-delete-no = Nej, behåll mina uppgifter
privacy-deleted = Dina uppgifter är raderade. Tack. Skriv /start om du vill börja om.
privacy-delete-kept = Okej. Ingenting raderades.
privacy-notice-updated = Texten om hur vi använder dina uppgifter har ändrats. Läs den och svara igen.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 Träffa en handledare
cmd-appointment = Boka en tid hos en handledare
apt-kind-question = Vilken sorts möte vill du ha?
apt-kind-office = 🏢 På kontoret
apt-kind-phone = 📞 Per telefon
apt-kind-video = 💻 Per video
apt-kind-home = 🏠 Hemma hos mig
apt-none = Tyvärr finns det inga lediga tider nu. Försök igen senare, eller tala med en person.
apt-times-question = { $kind }: välj en tid (finsk tid).
apt-later = Senare tider ▶
apt-no-later = Det finns inga senare tider. Här är de första tiderna igen.
apt-stop = ✖ Avbryt
apt-use-buttons = Välj med knapparna, tack.
apt-interpreter-question = Behöver du en tolk?
apt-interpreter-no = Ingen tolk
apt-interpreter-yes = Ja, { $language }
apt-interpreter-other = Ett annat språk
apt-interpreter-which = Vilket språk?
apt-interpreter-line = Tolk: { $language }
apt-interpreter-none = Ingen tolk
apt-topic-line = Ämne: { $topic }
apt-topic-none = Inget ämne valt
apt-reason-question = Vad gäller det? Du kan hoppa över det här.
apt-reason-work = Arbete eller studier
apt-reason-family = Familj och barn
apt-reason-health = Hälsa
apt-reason-papers = Brev och blanketter
apt-reason-other = Något annat
apt-skip = Hoppa över
apt-confirm =
    Kontrollera, tack:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Ska jag boka?
apt-confirm-move =
    Kontrollera den nya tiden:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Ska jag ändra tiden?
apt-confirm-yes = ✅ Ja
apt-stopped = Okej. Ingenting bokades eller ändrades.
apt-taken = Tyvärr tog någon just den tiden.
apt-booked =
    ✅ Din tid är bokad.
    { $kind }, { $time }
    { $where }
apt-moved =
    ✅ Ditt möte har en ny tid.
    { $kind }, { $time }
    { $where }
apt-where-office = Adress: { $address }
apt-where-office-unknown = Handledaren berättar adressen för dig.
apt-where-video = Videolänk: { $link }
apt-where-video-later = Handledaren skickar videolänken till dig.
apt-where-phone = Handledaren ringer dig.
apt-where-home = Handledaren kommer hem till dig.
apt-my = 📅 Mina möten
apt-my-title = Dina möten:
apt-my-none = Du har inga bokade möten.
apt-item = { $time }, { $kind }
apt-book = 📅 Boka en tid
apt-move = Ändra tid
apt-cancel = Avboka
apt-not-found = Det här mötet är inte längre bokat.
apt-too-late = Det är för sent att ändra det här mötet här. Tala med en person, tack.
apt-cancel-question = Vill du avboka ditt möte { $time }?
apt-cancel-yes = Ja, avboka
apt-cancel-no = Nej, behåll det
apt-cancelled = Ditt möte { $time } är avbokat.
apt-restart = Vi börjar bokningen från början. Ingenting är bokat ännu.
apt-coming = ✅ Jag kommer
apt-other-time = 🔄 Jag behöver en annan tid
apt-coming-thanks = Tack! Vi ses snart.
apt-reminder-day-before =
    📅 Påminnelse: du har ett möte i morgon.
    { $kind }, { $time }
    { $where }
apt-reminder-soon =
    📅 Ditt möte börjar snart.
    { $kind }, { $time }
    { $where }
apt-exception-notice = ❗ Tyvärr kan ditt möte { $time } inte bli av. Handledaren är borta. Välj en ny tid, tack.
## Integrationsplan

menu-plan = 📋 Min plan
cmd-plan = Min plan
plan-title = 📋 Din plan
plan-goals = Dina mål:
plan-done = Klart:
plan-next = Nästa:
plan-who-participant = du
plan-who-counsellor = din handledare
plan-who-partner = med { $partner }
plan-who-partner-unknown = en samarbetsorganisation
plan-due = senast { $date }
plan-cannot-marked = du har sagt att du inte kan göra det här
plan-no-steps = Inga steg ännu. Din handledare lägger till dem tillsammans med dig.
plan-none = Du har ingen plan ännu. Din handledare gör den tillsammans med dig.
plan-own-words = (din handledare skrev detta på { $language })
plan-button-done = ✅ Klart: { $step }
plan-button-cannot = 🙋 Jag kan inte göra det här
plan-step-not-open = Det här steget är redan markerat.
plan-step-marked-done = ✅ Bra gjort! ”{ $step }” är klart.
plan-step-cannot-noted = Tack för att du berättade om ”{ $step }”. Vi hittar ett annat sätt tillsammans.
plan-nudge =
    📌 Ett steg i din plan ska göras nu: ”{ $step }” (senast { $date }).
    Är det klart?
plan-nudge-done = ✅ Ja, det är klart
plan-nudge-cannot = 🙋 Jag kan inte göra det här
plan-step-register-job-seeker = Anmäl dig som arbetssökande
plan-step-apply-daycare = Ansök om dagvårdsplats
plan-step-library-language-cafe = Besök bibliotekets språkcafé
plan-step-kela-benefits = Fråga FPA om förmåner
plan-step-child-health-clinic = Besök barnrådgivningen
plan-step-integration-training = Ansök till integrationsutbildning
plan-step-finnish-course = Börja på en kurs i finska
plan-step-open-bank-account = Öppna ett bankkonto

privacy-export-referrals = Dina hänvisningar till samarbetsorganisationer:
privacy-export-referral = { $partner }: { $status ->
     [awaiting-consent] väntar på ditt svar
     [consent-refused] du sa nej
     [sent] skickad
     [accepted] godkänd
     [started] har börjat
     [finished] avslutad
    *[declined] inte godkänd
  }
## Hänvisningar

ref-consent-ask =
    🤝 Din handledare tror att { $partner } kan hjälpa dig.
    Varför: { $reason } (skrivet på { $language })
    De skulle få: { $shared }.
    Får vi dela detta med dem? Inget skickas utan ditt ja.
ref-consent-yes = ✅ Ja, jag godkänner
ref-consent-no = ❌ Nej
ref-consent-given = Tack. Vi skickar det till dem. Din handledare berättar vad som händer sedan.
ref-consent-refused = Okej. Inget skickas. Du kan prata om det med din handledare när du vill.
ref-already-agreed = Du har redan sagt ja till detta. Inget ändras.
ref-already-refused = Du har redan sagt nej till detta. Inget skickas.
ref-unknown = Den här frågan är inte längre öppen.
ref-shared-contact = hur man når dig
ref-shared-language-level = dina språkkunskaper
ref-shared-survey-answers = dina svar på våra frågor
ref-shared-plan = din plan
ref-shared-children = uppgifter om dina barn

## Uppföljning

fu-q-situation = Hur ser ditt liv mest ut nu? Välj ett.
fu-offer =
    👋 Det har gått { $months ->
        [one] { $months } månad
       *[other] { $months } månader
    } sedan du svarade på våra frågor. Hur går det nu?
    Det är fyra korta frågor. Dina första svar stannar som de var.
fu-start = ▶️ Svara nu
fu-progress = Fråga { $index } av { $total }
fu-thanks = Tack! Nu ser din handledare vad som har förändrats.
fu-already-done = Du har redan svarat på de här frågorna. Tack!
fu-unknown = De här frågorna är inte öppna för dig nu.
fu-use-buttons = Svara med knapparna, tack.
q-goals-reached = Har du nått de mål du hade när du började?
q-goals-reached-yes = Ja
q-goals-reached-partly = Delvis
q-goals-reached-no = Inte ännu
qs-goals-reached = Mål nådda
