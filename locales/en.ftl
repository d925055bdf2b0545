# English. Plain, short sentences for a newcomer. Keep every key in every locale.

## Language and start

language-choose = Choose your language.
language-changed = Okay. I will write to you in English.
welcome =
    Hello! I am the helper of { $project }.
    I help parents who have moved to Finland.
    I can find courses and group meetings for you. A person can also help you.

## Privacy and consent

consent-notice =
    Before the questions: about your data.

    Who keeps it: { $project }. Contact: { $contact }
    Why: to find courses and help that fit you.
    What we ask: your languages, school, work, children, wishes and good times. We also ask how you feel, your gender and your age.
    Who sees it: the project's counsellors. They read your answers and your messages.
    How long: we delete your data { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after your last message. We delete messages with a counsellor { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the chat ends.
    Only numbers without names stay in the statistics.
    Answering is voluntary. It does not affect your matters with Kela, the employment services or the Immigration Service (Migri).
    Your rights: /mydata shows your data. /delete deletes it and takes back your agreement. The same buttons are in the menu.
    You can complain to the Data Protection Ombudsman: tietosuoja.fi

    Do you agree?
consent-contact-counsellor = write to a counsellor here: /counsellor
consent-accept = ✅ I agree
consent-decline = ❌ I do not agree
consent-accepted = Thank you. We can start.
consent-declined =
    Okay. We did not save any answers.
    You can still read general information.
    You can also talk to a person.
consent-needed = First, please read about your data and answer.
consent-withdraw-confirm =
    You agreed before.
    If you do not agree now, we will delete all your data:
    your answers, your courses and places on waiting lists, and your messages with counsellors.
    We keep only numbers without names, for the project's statistics.
    This cannot be undone. Do you want this?
consent-withdraw-yes = 🗑 Yes, delete my data
consent-withdraw-no = ↩️ No, go back
consent-withdrawn =
    You do not agree any more, so we deleted your data. Thank you.
    You can still read general information and talk to a person: write /start.
consent-withdraw-cancelled = Okay. Nothing was deleted. Your agreement stays as it was.

## Main menu

menu-title = What do you want to do?
menu-survey-start = 📝 Start the questions
menu-survey-continue = 📝 Continue the questions
menu-profile = 👤 My answers
menu-language = 🌐 Language
menu-info = ℹ️ Information
menu-help = ❓ Help
audio-listen = 🔊 Listen
audio-none = Sorry, this cannot be heard in your language yet.
audio-failed = Sorry, the sound could not be made just now. Please try again later.
audio-reminder = This is a reminder of your meeting. The day, the time and the place are in the message. If you are coming, tap the first button. If you cannot come, tap the second button.
menu-mydata = 🔐 My data
menu-delete = 🗑 Delete my data

help =
    I am a bot. I help you find courses and help.
    Use the buttons. You do not need to write much.

    /start – main menu
    /language – change the language
    /profile – see or change your answers
    /mydata – see your data
    /delete – delete your data
    /help – this message
info =
    General information:
    InfoFinland has information about life in Finland in many languages: www.infofinland.fi
    In an emergency, call 112.

## Survey: general

survey-intro =
    I will ask some questions. It takes about 10 minutes.
    Your answers help the project find courses and help for you.
    This is not the official assessment of the municipality or the employment services. It does not replace it.
    Your answers are saved at once. You can stop and continue later.
survey-progress = Question { $index } of { $total }
survey-multi-hint = Tap all that fit. Then tap “{ survey-done }”.
survey-number-hint = Write a number.
survey-text-hint = Write a short answer.
survey-counts-hint = Tap ➕ once for each child. ➖ takes one away. Then tap “{ survey-done }”.
survey-back = ◀️ Back
survey-skip = Skip ⏭
survey-done = ✔️ Done
survey-yes = Yes
survey-no = No
survey-skipped = (skipped)
survey-voice-answer = 🎤 Voice message
survey-voice-noted = Thank you. A counsellor will listen to your voice message.

survey-use-buttons = Please use the buttons under the question.
survey-not-a-number = Please write a number from { $min } to { $max }.
survey-out-of-range = Please write a number from { $min } to { $max }.
survey-not-whole = Please write a whole number, without a decimal point.
survey-too-long =
    This is too long. Please write at most { $max ->
        [one] { $max } letter
       *[other] { $max } letters
    }.
survey-empty = Please write a few words.
survey-send-text = Please write your answer as text.
survey-bad-characters = Some characters in your message could not be read. Please write it again.
survey-choose-at-least-one = Please choose at least one. Then tap “{ survey-done }”.
survey-too-many = Please choose at most { $max ->
    [one] { $max } answer
   *[other] { $max } answers
}.
survey-not-optional = This question is needed. Please answer it.
survey-unknown-option = This button does not work any more. Here is the question again.
survey-stale-button = This button is from an older message. Here is your question now.
stale-button = This button is from an older message.
stale-button-menu = This button is from an older message. Please choose again from the menu.
survey-consent-first = Please agree to the privacy notice first.

survey-summary-title = Your answers. Is everything right?
survey-summary-confirm = ✅ Everything is right
survey-summary-change = ✏️ Change an answer
survey-change-which = Which answer do you want to change?
survey-completed =
    Thank you! Your answers are saved.
    A counsellor can see them and help you.
survey-already-completed = You have answered all questions. Thank you!

profile-title = Your answers:
profile-empty = You have not answered any questions yet.

not-understood = Sorry, I did not understand. Please use the buttons, or write /help.
error-generic = Sorry, something went wrong. Please try again in a moment.

## Survey: questions. q-ID is the question, q-ID-OPTION an option, qs-ID a short label.

q-region = Where do you live?
q-region-paijat-hame = Päijät-Häme (Lahti area)
q-region-south-karelia = South Karelia (Lappeenranta area)
q-region-meri-lappi = Sea Lapland (Kemi, Tornio)
q-region-kanta-hame = Kanta-Häme (Hämeenlinna area)
q-region-ostrobothnia = Ostrobothnia (Vaasa area)
q-region-other = Somewhere else
qs-region = Where you live
q-int-lang =
    In your region, integration training is in Finnish or in Swedish.
    Which language do you want to learn?
q-int-lang-fi = Finnish
q-int-lang-sv = Swedish
q-int-lang-unsure = I do not know yet
qs-int-lang = Integration language

q-years-in-fi = How long have you lived in Finland?
q-years-in-fi-under-1 = Less than 1 year
q-years-in-fi-1-3 = 1 to 3 years
q-years-in-fi-over-3 = More than 3 years
qs-years-in-fi = Time in Finland

q-languages = Which languages do you speak?
q-languages-ar = Arabic
q-languages-prs = Dari
q-languages-fa = Persian
q-languages-ps = Pashto
q-languages-ckb = Kurdish (Sorani)
q-languages-kmr = Kurdish (Kurmanji)
q-languages-so = Somali
q-languages-ru = Russian
q-languages-uk = Ukrainian
q-languages-sw = Swahili
q-languages-en = English
q-languages-ku = Kurdish
q-languages-ti = Tigrinya
q-languages-am = Amharic
q-languages-ln = Lingala
q-languages-rw = Kinyarwanda
q-languages-fr = French
q-languages-other = Another language
qs-languages = Your languages

q-finnish = How well do you speak Finnish?
q-finnish-none = Not at all
q-finnish-basics = A few words
q-finnish-everyday = Enough for everyday life
q-finnish-good = Well
qs-finnish = Finnish

q-swedish = How well do you speak Swedish?
q-swedish-none = Not at all
q-swedish-basics = A few words
q-swedish-everyday = Enough for everyday life
q-swedish-good = Well
qs-swedish = Swedish

q-read-own = Can you read and write in your own language?
q-read-own-no = No
q-read-own-a-little = A little
q-read-own-yes = Yes
qs-read-own = Reading, own language

q-read-latin = Can you read and write letters like these: A B C?
q-read-latin-no = No
q-read-latin-a-little = A little
q-read-latin-yes = Yes
qs-read-latin = Reading, A B C

q-school-years = How many years did you go to school?
q-school-years-none = I did not go to school
q-school-years-1-6 = 1–6 years
q-school-years-7-9 = 7–9 years
q-school-years-10-12 = 10–12 years
q-school-years-13-plus = 13 years or more
qs-school-years = Years at school

q-education = What is your highest education?
q-education-none = No school
q-education-religious = Only a religious school
q-education-primary-some = Some years of primary school
q-education-basic = Basic school
q-education-secondary = Upper secondary school
q-education-vocational = Vocational school
q-education-university = College or university
qs-education = Education

q-worked = Have you worked before? All work counts: also work without pay, at home for others, on a farm or in a family business.
qs-worked = Work before

q-work-field = What work have you done? Write a few words, for example “cook” or “nurse”. You can also send a voice message 🎤.
qs-work-field = Your work

q-situation = What is your life like now? Choose all that fit.
q-situation-home = 🏠 At home with children
q-situation-family-leave = 👶 On family leave
q-situation-course = 📖 In a Finnish or Swedish course
q-situation-job-seeker = 🔎 Looking for work
q-situation-studying = 🎓 Studying
q-situation-working = 💼 Working
q-situation-other = Something else
qs-situation = Now
q-job-registered = Are you registered as a job seeker at the employment services?
q-job-registered-yes = Yes
q-job-registered-no = No
q-job-registered-unsure = I do not know
qs-job-registered = Registered job seeker
q-plan = Do you already have an integration plan (kotoutumissuunnitelma)?
q-plan-yes = Yes
q-plan-no = No
q-plan-unsure = I do not know
qs-plan = Integration plan
q-kids = Which children live with you? Tap each child's age.
q-kids-0-1 = 👶 Under 1 year
q-kids-1-2 = 👶 1–2 years
q-kids-3-6 = 🧒 3–6 years
q-kids-7-12 = 🧒 7–12 years
q-kids-13-17 = 🧑 13–17 years
q-kids-18-plus = 🧑 18 or older
q-kids-none = No children live with me
qs-kids = Children living with you
q-daycare = Does your child have a daycare place (päiväkoti)?
q-daycare-yes = 🏫 Yes
q-daycare-applied = 📝 I have applied
q-daycare-no = 🏠 No
qs-daycare = Daycare place

q-children = How many children do you have? Write a number. If none, write 0.
qs-children = Children

q-children-under-7 = How many of them are under 7 years old?
qs-children-under-7 = Children under 7

q-child-ages = How old are your children?
q-child-ages-0-1 = Under 1 year
q-child-ages-1-2 = 1–2 years
q-child-ages-3-6 = 3–6 years
q-child-ages-7-12 = 7–12 years
q-child-ages-13-17 = 13–17 years
q-child-ages-18-plus = 18 or older
qs-child-ages = Children's ages

q-childcare = Do you need childcare while you are at a group meeting?
q-childcare-yes = 🧸 Yes
q-childcare-sometimes = 🧸 Sometimes
q-childcare-no = 🙅 No
qs-childcare = Childcare

q-goals = What do you want? Choose all that fit.
q-goals-work = 💼 A job
q-goals-studies = 🎓 To study
q-goals-language = 🗣 To learn Finnish or Swedish
q-goals-friends = 🤝 Friends and people to meet
q-goals-wellbeing = 🌱 To feel well
q-goals-everyday = 🏠 Help with everyday matters
qs-goals = Your wishes

q-times = When can you come to meetings?
q-times-mornings = 🌅 Mornings
q-times-afternoons = ☀️ Afternoons
q-times-evenings = 🌙 Evenings
q-times-weekends = 📅 Weekends
qs-times = Good times

q-coping = How are you these days?
q-coping-well = 🙂 Well
q-coping-okay = 😐 Okay
q-coping-hard = 😔 It is hard
q-coping-talk = 💬 I would like to talk to someone
qs-coping = How you are

q-interpreter = Do you need an interpreter?
qs-interpreter = Interpreter
q-interpreter-lang = Which language should the interpreter speak?
qs-interpreter-lang = Interpreter's language

q-gender = You can tell your gender. You can also skip this.
q-gender-woman = Woman
q-gender-man = Man
q-gender-other = Other
q-gender-no-say = I prefer not to say
qs-gender = Gender

q-age-group = How old are you? You can also skip this.
q-age-group-under-25 = Under 25
q-age-group-25-34 = 25–34
q-age-group-35-44 = 35–44
q-age-group-45-plus = 45 or older
q-age-group-no-say = I prefer not to say
qs-age-group = Age

## Command menu (short descriptions Telegram shows next to /commands)

cmd-start = Main menu
cmd-survey = Answer the questions
cmd-profile = My answers
cmd-language = Change the language
cmd-help = Help

## Other

edited-message = I do not see changes to old messages. Please send a new message.
survey-talk-noted = Thank you for telling us. A counsellor will see this and contact you.

## Modules (courses and groups)

menu-modules = 📚 Courses
menu-my = 🗓 My courses
cmd-modules = Courses for you
cmd-my = My courses

modules-title = These courses and groups fit you. Tap one to read more.
modules-none = There are no courses for you right now. A counsellor can help you.
modules-answer-first = Answer the questions first. Then I can show what fits you.
module-reasons-title = Why this fits you:
match-reason-language-level = You can learn more Finnish.
match-reason-swedish-level = You can learn more Swedish.
match-reason-chose-swedish = You chose to integrate in Swedish.
match-reason-goal-language = You want to learn the language.
match-reason-reading = It helps with reading and writing.
match-reason-goal-work = You want to find work.
match-reason-job-seeker = You are looking for work.
match-reason-newly-arrived = You came to Finland not long ago.
match-reason-goal-everyday = You want help with everyday matters.
match-reason-wellbeing = It can help you feel better.
match-reason-goal-wellbeing = You want to feel well.
match-reason-wants-to-talk = You can talk with a counsellor.
match-reason-goal-friends = You can meet other people.
match-reason-childcare = Childcare is arranged.
match-reason-times = The times fit you.
match-reason-for-mothers = It is a group for mothers.
match-reason-for-working-parents = It is a group for parents who work.
match-note-no-childcare = Note: there is no childcare here.
match-note-times = Note: the times may not fit you.
module-next-sessions = Next meetings:
module-session = { $date }, { $place }
place-by-agreement = By agreement: at the office or at your home
module-languages = Languages: { $languages }
module-childcare-yes = Childcare: yes
module-childcare-no = Childcare: no
module-places-left = { $count ->
    [one] { $count } place left.
   *[other] { $count } places left.
}
module-full = The course is full. You can join the waiting list.
module-enrol = ✅ Join
module-join-waitlist = 🕒 Join the waiting list
module-back = ◀️ All courses
module-children-question = How many of your children need childcare during the meetings?
module-children-none = None
module-confirm = Join “{ $title }”? Children in childcare: { $children }.
module-confirm-yes = ✅ Yes, join
module-confirm-no = ❌ No
module-enrolled = You are in “{ $title }”. Your meetings are in “{ menu-my }”.
module-waitlisted = The course is full. You are number { $position } on the waiting list. I will tell you when there is a place.
module-already-enrolled = You are already in this course.
module-already-waitlisted = You are already on the waiting list. You are number { $position }.
module-unavailable = This course is not available any more.
module-promoted = Good news! A place is free. You are now in “{ $title }”.

my-title = Your courses:
my-none = You have not joined any course yet.
my-enrolled = ✅ { $title }
my-waitlisted = 🕒 { $title }: waiting list, number { $position }
my-next = Next meeting: { $date }, { $place }
my-cancel = ❌ Leave: { $title }
my-cancel-confirm = Do you want to leave “{ $title }”?
my-cancel-yes = Yes, leave
my-cancel-no = No, stay
my-cancelled = You left “{ $title }”. Your place goes to someone on the waiting list.

## Reminders and attendance

reminder-session =
    🔔 Reminder: “{ $title }”
    🗓 { $date }
    📍 { $place }
    Are you coming?
reminder-childcare =
    👶 Childcare is booked for your children at “{ $title }”.
    🗓 { $date }
    Children in childcare: { $children }.
    Please answer, so the carers can prepare.
reminder-cancelled =
    ❗ “{ $title }” on { $date } is cancelled. We are sorry.
    Your other meetings are in “{ menu-my }”.
rsvp-coming = ✅ I am coming
rsvp-not-coming = ❌ I cannot come
rsvp-childcare-yes = ✅ Yes, { $children ->
    [one] { $children } child
   *[other] { $children } children
}
rsvp-childcare-change = ✏️ Change the number
rsvp-children-question = How many children come to childcare this time?
rsvp-thanks-coming = Thank you! See you there.
rsvp-thanks-not-coming = Thank you for telling us. Your place and the childcare are free for others this time.
rsvp-children-saved = Thank you. Children in childcare this time: { $children }.
rsvp-too-late = This meeting has already started or is cancelled.
reminder-moved =
    🔄 “{ $title }” has moved. The new time and place:
    🗓 { $date }
    📍 { $place }
reminder-reinstated =
    ✅ Good news: “{ $title }” is no longer cancelled. It takes place:
    🗓 { $date }
    📍 { $place }
reminder-ask-coming = Are you coming?
reminder-ask-childcare = Are you coming? Children in childcare: { $children }.
reminder-declined-note = You told us you cannot come. If you can come after all, tap the button.
rsvp-can-come = ✅ I can come after all
rsvp-changed =
    ⚠️ The time of “{ $title }” has changed. Your answer was for the old time.
    🗓 { $date }
    📍 { $place }
    Are you coming at the new time?

## Talking to a person

menu-counsellor = 🙋 Talk to a person
menu-unsafe = 🆘 I am not safe
cmd-counsellor = Talk to a person
handoff-opened-now =
    A counsellor will answer you here soon.
    You can write now. Your messages go to the counsellor.
    Write /end to go back to the bot.
handoff-opened-later =
    Our counsellors are not at work now. A counsellor will answer you here on { $date }.
    You can write already. Your messages go to the counsellor.
    Write /end to go back to the bot.
handoff-already = You are already talking with a person. Write your message here. Write /end to go back to the bot.
handoff-forwarded = ✓ Your message is with the counsellor.
handoff-end-button = ↩️ End chat with the counsellor
safety-help-intro = 💛 Thank you for telling us. You are not alone.
safety-help-112 = 🚨 If you are in danger now, call 112.
safety-line-crisis = ☎️ Crisis line, to talk about anything hard: { $name }, { $phone } ({ $hours })
safety-line-violence = ☎️ Help with violence at home or in the family: { $name }, { $phone } ({ $hours })
safety-line-other = ☎️ Helpline: { $name }, { $phone } ({ $hours })
safety-open-always = open day and night
safety-open-hours = open { $weekdays } { $from }–{ $to }
safety-offer = 🙋 A counsellor of the project can also talk with you. Tap the button if you want.
safety-urgent-now =
    🙋 I have told our counsellors. You are first in their queue.
    Write here. Your messages go to the counsellor.
safety-urgent-later =
    🙋 I have told our counsellors. They are not at work now. A counsellor will answer you here on { $date }.
    If you are in danger now, call 112.
handoff-busy-button = You are talking with a person now. Write /end to go back to the bot.
handoff-ended = You are back with the bot.
handoff-closed-by-counsellor = The counsellor ended the chat. You are back with the bot. Write /start to see the menu.
handoff-offer = Would you like to talk to a person?
handoff-offer-yes = 🙋 Yes, talk to a person
not-understood-offer = I still do not understand. A person can help you.

## Your data

cmd-mydata = See my data
cmd-delete = Delete my data
privacy-export-intro = This is everything we keep about you. The file has all of it.
privacy-export-answers = Your answers:
privacy-export-courses = Your courses:
privacy-export-course-enrolled = { $title }: you are in the course
privacy-export-course-waitlisted = { $title }: on the waiting list
privacy-export-course-cancelled = { $title }: you left the course
privacy-export-messages = Messages with counsellors: { $count }
privacy-export-none = We keep nothing else about you.
privacy-delete-confirm =
    Do you want to delete all your data?
    Your answers, courses and messages will be deleted. This cannot be undone.
privacy-delete-yes = 🗑 Yes, delete everything
privacy-delete-no = No, keep my data
privacy-deleted = Your data is deleted. Thank you. Write /start if you want to begin again.
privacy-delete-kept = Okay. Nothing was deleted.
privacy-notice-updated = Our privacy notice has changed. Please read it and answer again.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 Meet a counsellor
cmd-appointment = Book a meeting with a counsellor
apt-kind-question = What kind of meeting do you want?
apt-kind-office = 🏢 At the office
apt-kind-phone = 📞 By phone
apt-kind-video = 💻 By video
apt-kind-home = 🏠 At my home
apt-none = Sorry, there are no free times now. Please try again later, or talk to a person.
apt-times-question = { $kind }: choose a time (Finnish time).
apt-later = Later times ▶
apt-no-later = There are no later times. Here are the first ones again.
apt-stop = ✖ Stop
apt-use-buttons = Please choose with the buttons.
apt-interpreter-question = Do you need an interpreter?
apt-interpreter-no = No interpreter
apt-interpreter-yes = Yes, { $language }
apt-interpreter-other = Another language
apt-interpreter-which = Which language?
apt-interpreter-line = Interpreter: { $language }
apt-interpreter-none = No interpreter
apt-topic-line = Topic: { $topic }
apt-topic-none = No topic chosen
apt-reason-question = What is it about? You can skip this.
apt-reason-work = Work or studies
apt-reason-family = Family and children
apt-reason-health = Health
apt-reason-papers = Letters and forms
apt-reason-other = Something else
apt-skip = Skip
apt-confirm =
    Please check:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Shall I book it?
apt-confirm-move =
    Please check the new time:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Shall I change it?
apt-confirm-yes = ✅ Yes
apt-stopped = OK. Nothing was booked or changed.
apt-taken = Sorry, someone just took that time.
apt-booked =
    ✅ Your meeting is booked.
    { $kind }, { $time }
    { $where }
apt-moved =
    ✅ Your meeting has a new time.
    { $kind }, { $time }
    { $where }
apt-where-office = Address: { $address }
apt-where-office-unknown = The counsellor will tell you the address.
apt-where-video = Video link: { $link }
apt-where-video-later = The counsellor will send you the video link.
apt-where-phone = The counsellor will call you.
apt-where-home = The counsellor will come to your home.
apt-my = 📅 My meetings
apt-my-title = Your meetings:
apt-my-none = You have no meetings booked.
apt-item = { $time }, { $kind }
apt-book = 📅 Book a meeting
apt-move = Change time
apt-cancel = Cancel
apt-not-found = This meeting is no longer booked.
apt-too-late = It is too late to change this meeting here. Please talk to a person.
apt-cancel-question = Cancel your meeting on { $time }?
apt-cancel-yes = Yes, cancel it
apt-cancel-no = No, keep it
apt-cancelled = Your meeting on { $time } is cancelled.
apt-restart = Let us start the booking again. Nothing was booked yet.
apt-coming = ✅ I am coming
apt-other-time = 🔄 I need another time
apt-coming-thanks = Thank you! See you soon.
apt-reminder-day-before =
    📅 Reminder: you have a meeting tomorrow.
    { $kind }, { $time }
    { $where }
apt-reminder-soon =
    📅 Your meeting starts soon.
    { $kind }, { $time }
    { $where }
apt-exception-notice = ❗ Sorry, your meeting on { $time } cannot take place. The counsellor is away. Please choose a new time.
## Integration plan

menu-plan = 📋 My plan
cmd-plan = My plan
plan-title = 📋 Your plan
plan-goals = Your goals:
plan-done = Done:
plan-next = Next:
plan-who-participant = you
plan-who-counsellor = your counsellor
plan-who-partner = with { $partner }
plan-who-partner-unknown = a partner organisation
plan-due = by { $date }
plan-cannot-marked = you told us you cannot do this
plan-no-steps = No steps yet. Your counsellor adds them with you.
plan-none = You do not have a plan yet. Your counsellor makes it with you.
plan-own-words = (your counsellor wrote this in { $language })
plan-button-done = ✅ Done: { $step }
plan-button-cannot = 🙋 I cannot do this
plan-step-not-open = This step is already marked.
plan-step-marked-done = ✅ Well done! “{ $step }” is done.
plan-step-cannot-noted = Thank you for telling us about “{ $step }”. We will find another way together.
plan-nudge =
    📌 A step in your plan is due: “{ $step }” (by { $date }).
    Is it done?
plan-nudge-done = ✅ Yes, it is done
plan-nudge-cannot = 🙋 I cannot do this
plan-step-register-job-seeker = Register as a job seeker
plan-step-apply-daycare = Apply for a daycare place
plan-step-library-language-cafe = Visit the library's language café
plan-step-kela-benefits = Ask Kela about benefits
plan-step-child-health-clinic = Visit the child health clinic
plan-step-integration-training = Apply for integration training
plan-step-finnish-course = Start a Finnish course
plan-step-open-bank-account = Open a bank account

privacy-export-referrals = Your referrals to partner organisations:
privacy-export-referral = { $partner }: { $status ->
     [awaiting-consent] waiting for your answer
     [consent-refused] you said no
     [sent] sent
     [accepted] accepted
     [started] started
     [finished] finished
    *[declined] not accepted
  }
## Referrals

ref-consent-ask =
    🤝 Your counsellor thinks that { $partner } could help you.
    Why: { $reason } (written in { $language })
    They would get: { $shared }.
    May we share this with them? Nothing is sent without your yes.
ref-consent-yes = ✅ Yes, I agree
ref-consent-no = ❌ No
ref-consent-given = Thank you. We will send it to them. Your counsellor will tell you what happens next.
ref-consent-refused = All right. Nothing is sent. You can talk about it with your counsellor at any time.
ref-already-agreed = You already said yes to this. Nothing changes.
ref-already-refused = You already said no to this. Nothing is sent.
ref-unknown = This question is no longer open.
ref-shared-contact = how to contact you
ref-shared-language-level = your language skills
ref-shared-survey-answers = your answers to our questions
ref-shared-plan = your plan
ref-shared-children = information about your children

## Follow-up

fu-q-situation = What is your main situation now? Choose one.
fu-offer =
    👋 It has been { $months ->
        [one] { $months } month
       *[other] { $months } months
    } since you answered our questions. How are things now?
    There are four short questions. Your first answers stay as they were.
fu-start = ▶️ Answer now
fu-progress = Question { $index } of { $total }
fu-thanks = Thank you! Your counsellor can now see how things have changed.
fu-already-done = You have already answered these questions. Thank you!
fu-unknown = These questions are not open for you now.
fu-use-buttons = Please answer with the buttons.
q-goals-reached = Have you reached the goals you had when you started?
q-goals-reached-yes = Yes
q-goals-reached-partly = Partly
q-goals-reached-no = Not yet
qs-goals-reached = Goals reached
