# Dari / Persian (one file for both). Simple Persian that Dari speakers understand easily. Plain, short sentences for a newcomer. Keep every key in every locale.

## Language and start

language-choose = لطفاً زبان خود را انتخاب کنید.
language-changed = بسیار خوب. از این به بعد به زبان دری / فارسی برای شما می‌نویسم.
welcome =
    سلام! من دستیار { $project } هستم.
    من به پدران و مادرانی که به فنلند آمده‌اند کمک می‌کنم.
    من می‌توانم برای شما کورس‌ها و نشست‌های گروهی پیدا کنم. یک شخص واقعی هم می‌تواند به شما کمک کند.

## Privacy and consent

consent-notice =
    پیش از سوال‌ها: در باره معلومات شما.

    چه کسی نگه می‌دارد؟ { $project }. راه تماس: { $contact }
    چرا؟ تا کورس‌ها و کمک‌هایی را پیدا کنیم که برای شما مناسب باشد.
    چه می‌پرسیم؟ در باره زبان‌ها، مکتب، کار، اولاد، خواسته‌ها و وقت‌های مناسب شما. هم‌چنان می‌پرسیم که حال شما چطور است، و جنسیت و سن شما را.
    چه کسی می‌بیند؟ مشاوران پروژه. آن‌ها جواب‌ها و پیام‌های شما را می‌خوانند.
    تا چه وقت؟ معلومات شما را { $months ->
        [one] { $months } ماه
       *[other] { $months } ماه
    } بعد از آخرین پیام شما پاک می‌کنیم. پیام‌های شما با مشاور را { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } بعد از ختم گفتگو پاک می‌کنیم.
    فقط شمار بدون نام در احصائیه باقی می‌ماند.
    جواب دادن اختیاری است. بالای کارهای شما در کِلا (Kela)، خدمات کاریابی یا اداره مهاجرت (Migri) هیچ اثری ندارد.
    حقوق شما: ⁦/mydata⁩ معلومات شما را نشان می‌دهد. ⁦/delete⁩ آن را پاک می‌کند و موافقت شما را پس می‌گیرد. همین دکمه‌ها در منو هم هستند.
    می‌توانید به اداره حفاظت از معلومات فنلند شکایت کنید: tietosuoja.fi

    آیا موافق هستید؟
consent-contact-counsellor = اینجا به یک مشاور بنویسید: ⁦/counsellor⁩
consent-accept = موافقم ✅
consent-decline = موافق نیستم ❌
consent-accepted = تشکر. می‌توانیم شروع کنیم.
consent-declined =
    بسیار خوب. ما هیچ جوابی را ذخیره نکردیم.
    باز هم می‌توانید معلومات عمومی را بخوانید.
    همچنین می‌توانید با یک شخص صحبت کنید.
consent-needed = لطفاً اول در باره معلومات خود بخوانید و جواب بدهید.
consent-withdraw-confirm =
    شما قبلاً موافقت کرده بودید.
    اگر حالا موافق نیستید، همه معلومات شما را حذف می‌کنیم:
    جواب‌های شما، کورس‌ها و جای شما در لست انتظار، و پیام‌های شما با مشاوران.
    فقط عددهای بدون نام را برای آمار پروژه نگه می‌داریم.
    این کار قابل برگشت نیست. آیا این را می‌خواهید؟
consent-withdraw-yes = بلی، معلومات من حذف شود 🗑
consent-withdraw-no = نخیر، برگشت ↩️
consent-withdrawn =
    شما دیگر موافق نیستید، پس معلومات شما را حذف کردیم. تشکر.
    باز هم می‌توانید معلومات عمومی را بخوانید و با یک شخص صحبت کنید. ⁦/start⁩ را بنویسید.
consent-withdraw-cancelled = بسیار خوب. هیچ چیزی حذف نشد. موافقت شما مثل قبل باقی است.

## Main menu

menu-title = چه کاری می‌خواهید بکنید؟
menu-survey-start = شروع سوال‌ها 📝
menu-survey-continue = ادامه سوال‌ها 📝
menu-profile = جواب‌های من 👤
menu-language = زبان 🌐
menu-info = معلومات ℹ️
menu-help = کمک ❓
audio-listen = 🔊 گوش بدهید
audio-none = متأسفانه هنوز نمی‌شود این را به زبان شما شنید.
audio-failed = متأسفانه همین حالا صدا ساخته نشد. لطفاً بعداً دوباره کوشش کنید.
audio-reminder = این یادآوری جلسهٔ شماست. روز، ساعت و جای آن در پیام نوشته شده است. اگر می‌آیید، دکمهٔ اول را بزنید. اگر نمی‌توانید بیایید، دکمهٔ دوم را بزنید.
menu-mydata = معلومات من 🔐
menu-delete = پاک کردن معلومات من 🗑

help =
    من یک ربات هستم. به شما کمک می‌کنم که کورس و کمک پیدا کنید.
    از دکمه‌ها استفاده کنید. لازم نیست زیاد بنویسید.

    منوی اصلی: ⁦/start⁩
    تغییر زبان: ⁦/language⁩
    دیدن یا تغییر جواب‌های شما: ⁦/profile⁩
    دیدن معلومات شما: ⁦/mydata⁩
    پاک کردن معلومات شما: ⁦/delete⁩
    همین پیام: ⁦/help⁩
info =
    معلومات عمومی:
    در ویب‌سایت InfoFinland به زبان‌های زیادی در باره زندگی در فنلند معلومات هست: www.infofinland.fi
    در حالت اضطراری، به شماره 112 زنگ بزنید.

## Survey: general

survey-intro =
    چند سؤال از شما می‌پرسم. حدود ۱۰ دقیقه وقت می‌گیرد.
    جواب‌های شما به پروژه کمک می‌کند تا کورس‌ها و کمک مناسب شما را پیدا کند.
    این ارزیابی رسمی شاروالی یا خدمات کاریابی نیست و جای آن را نمی‌گیرد.
    جواب‌های شما فوراً ذخیره می‌شود. می‌توانید توقف کنید و بعداً ادامه دهید.
survey-progress = سوال { $index } از { $total }
survey-multi-hint = همه جواب‌هایی را که برای شما درست است بزنید. بعد دکمه «{ survey-done }» را بزنید.
survey-number-hint = لطفاً یک عدد بنویسید.
survey-text-hint = لطفاً یک جواب کوتاه بنویسید.
survey-counts-hint = برای هر کودک یک بار ➕ را بزنید. ➖ یکی را کم می‌کند. بعد «{ survey-done }» را بزنید.
survey-back = برگشت ↩️
survey-skip = رد شدن ⏭
survey-done = تمام ✔️
survey-yes = بلی
survey-no = نخیر
survey-skipped = بدون جواب
survey-voice-answer = 🎤 پیام صوتی
survey-voice-noted = تشکر. یک مشاور به پیام صوتی شما گوش می‌دهد.

survey-use-buttons = لطفاً از دکمه‌های زیر سوال استفاده کنید.
survey-not-a-number = لطفاً یک عدد از { $min } تا { $max } بنویسید.
survey-out-of-range = لطفاً یک عدد از { $min } تا { $max } بنویسید.
survey-not-whole = لطفاً یک عدد بدون اعشار بنویسید.
survey-too-long =
    این بسیار طولانی است. لطفاً حداکثر { $max ->
        [one] { $max } حرف
       *[other] { $max } حرف
    } بنویسید.
survey-empty = لطفاً چند کلمه بنویسید.
survey-send-text = لطفاً جواب خود را به شکل نوشته بفرستید.
survey-bad-characters = بعضی حرف‌های پیام شما خوانده نشد. لطفاً آن را دوباره بنویسید.
survey-choose-at-least-one = لطفاً حداقل یک جواب را انتخاب کنید. بعد دکمه «{ survey-done }» را بزنید.
survey-too-many = لطفاً حداکثر { $max ->
    [one] { $max } جواب
   *[other] { $max } جواب
} انتخاب کنید.
survey-not-optional = جواب این سوال لازم است. لطفاً به آن جواب بدهید.
survey-unknown-option = این دکمه دیگر کار نمی‌کند. سوال را دوباره برای شما می‌فرستم.
survey-stale-button = این دکمه از یک پیام قدیمی است. سوال فعلی شما این است:
stale-button = این دکمه از یک پیام قدیمی است.
stale-button-menu = این دکمه از یک پیام قدیمی است. لطفاً دوباره از فهرست انتخاب کنید.
survey-consent-first = لطفاً اول در باره معلومات خود بخوانید و موافقت کنید.

survey-summary-title = جواب‌های شما. آیا همه چیز درست است؟
survey-summary-confirm = همه چیز درست است ✅
survey-summary-change = تغییر یک جواب ✏️
survey-change-which = کدام جواب را می‌خواهید تغییر بدهید؟
survey-completed =
    تشکر! جواب‌های شما ذخیره شد.
    یک مشاور می‌تواند آن‌ها را ببیند و به شما کمک کند.
survey-already-completed = شما به همه سوال‌ها جواب داده‌اید. تشکر!

profile-title = جواب‌های شما:
profile-empty = شما هنوز به هیچ سوالی جواب نداده‌اید.

not-understood = ببخشید، نفهمیدم. لطفاً از دکمه‌ها استفاده کنید، یا ⁦/help⁩ را بنویسید.
error-generic = ببخشید، مشکلی پیش آمد. لطفاً چند لحظه بعد دوباره کوشش کنید.

## Survey: questions. q-ID is the question, q-ID-OPTION an option, qs-ID a short label.

q-region = شما در کجا زندگی می‌کنید؟
q-region-paijat-hame = منطقه Päijät-Häme (اطراف شهر لاهتی)
q-region-south-karelia = منطقه Etelä-Karjala (اطراف شهر لاپین‌رانتا)
q-region-meri-lappi = منطقه Meri-Lappi (شهرهای کیمی و تورنیو)
q-region-kanta-hame = منطقه Kanta-Häme (اطراف شهر هامین‌لینا)
q-region-ostrobothnia = منطقه Pohjanmaa (اطراف شهر واسا)
q-region-other = جای دیگر
qs-region = جای زندگی
q-int-lang =
    در منطقهٔ شما آموزش ادغام به فنلندی یا سویدنی است.
    کدام زبان را می‌خواهید یاد بگیرید؟
q-int-lang-fi = فنلندی
q-int-lang-sv = سویدنی
q-int-lang-unsure = هنوز نمی‌دانم
qs-int-lang = زبان ادغام

q-years-in-fi = چه مدت است که در فنلند زندگی می‌کنید؟
q-years-in-fi-under-1 = کمتر از یک سال
q-years-in-fi-1-3 = از ۱ تا ۳ سال
q-years-in-fi-over-3 = بیشتر از ۳ سال
qs-years-in-fi = مدت زندگی در فنلند

q-languages = به کدام زبان‌ها صحبت می‌کنید؟
q-languages-ar = عربی
q-languages-prs = دری
q-languages-fa = فارسی
q-languages-ps = پشتو
q-languages-ckb = کردی (سورانی)
q-languages-kmr = کردی (کرمانجی)
q-languages-so = سومالیایی
q-languages-ru = روسی
q-languages-uk = اوکراینی
q-languages-sw = سواحلی
q-languages-en = انگلیسی
q-languages-ku = کردی
q-languages-ti = تیگرینیا
q-languages-am = امهری
q-languages-ln = لینگالا
q-languages-rw = کینیارواندا
q-languages-fr = فرانسوی
q-languages-other = زبان دیگر
qs-languages = زبان‌های شما

q-finnish = زبان فنلندی را چقدر خوب صحبت می‌کنید؟
q-finnish-none = هیچ
q-finnish-basics = چند کلمه
q-finnish-everyday = برای زندگی روزانه کافی است
q-finnish-good = خوب
qs-finnish = زبان فنلندی

q-swedish = زبان سویدنی را چقدر خوب صحبت می‌کنید؟
q-swedish-none = هیچ
q-swedish-basics = چند کلمه
q-swedish-everyday = برای زندگی روزانه کافی است
q-swedish-good = خوب
qs-swedish = زبان سویدنی

q-read-own = آیا می‌توانید به زبان مادری خود بخوانید و بنویسید؟
q-read-own-no = نخیر
q-read-own-a-little = کمی
q-read-own-yes = بلی
qs-read-own = خواندن به زبان مادری

q-read-latin = آیا می‌توانید حروفی مثل این‌ها را بخوانید و بنویسید: A B C؟
q-read-latin-no = نخیر
q-read-latin-a-little = کمی
q-read-latin-yes = بلی
qs-read-latin = خواندن حروف A B C

q-school-years = چند سال به مکتب رفتید؟
q-school-years-none = به مکتب نرفتم
q-school-years-1-6 = ۱ تا ۶ سال
q-school-years-7-9 = ۷ تا ۹ سال
q-school-years-10-12 = ۱۰ تا ۱۲ سال
q-school-years-13-plus = ۱۳ سال یا بیشتر
qs-school-years = سال‌های مکتب

q-education = بالاترین درجه تحصیل شما چیست؟
q-education-none = مکتب نرفته‌ام
q-education-religious = فقط مدرسهٔ دینی
q-education-primary-some = چند سال مکتب ابتدایی
q-education-basic = مکتب ابتدایی و متوسطه (۹ سال)
q-education-secondary = لیسه
q-education-vocational = مکتب مسلکی
q-education-university = پوهنتون
qs-education = تحصیلات

q-worked = آیا قبلاً کار کرده‌اید؟ هر کاری حساب است: کار بدون مزد، کار در خانه برای دیگران، در زمین زراعتی یا در کسب‌وکار خانوادگی.
qs-worked = کار در گذشته

q-work-field = چه کاری کرده‌اید؟ چند کلمه بنویسید، مثلاً «آشپز» یا «نرس». می‌توانید پیام صوتی هم بفرستید 🎤.
qs-work-field = کار شما

q-situation = زندگی شما حالا چطور است؟ همه موارد مناسب را انتخاب کنید.
q-situation-home = 🏠 در خانه با فرزندانم
q-situation-family-leave = 👶 در رخصتی خانوادگی
q-situation-course = 📖 در کورس زبان فنلندی یا سویدنی
q-situation-job-seeker = 🔎 دنبال کار هستم
q-situation-studying = 🎓 درس می‌خوانم
q-situation-working = 💼 کار می‌کنم
q-situation-other = چیز دیگر
qs-situation = وضعیت فعلی
q-job-registered = آیا در خدمات کاریابی به عنوان جویندهٔ کار ثبت‌نام کرده‌اید؟
q-job-registered-yes = بلی
q-job-registered-no = نخیر
q-job-registered-unsure = نمی‌دانم
qs-job-registered = ثبت‌نام جویندهٔ کار
q-plan = آیا برنامهٔ ادغام (kotoutumissuunnitelma) دارید؟
q-plan-yes = بلی
q-plan-no = نخیر
q-plan-unsure = نمی‌دانم
qs-plan = برنامهٔ ادغام
q-kids = کدام کودکان با شما زندگی می‌کنند؟ سن هر کودک را بزنید.
q-kids-0-1 = 👶 کمتر از یک سال
q-kids-1-2 = 👶 ۱ تا ۲ سال
q-kids-3-6 = 🧒 ۳ تا ۶ سال
q-kids-7-12 = 🧒 ۷ تا ۱۲ سال
q-kids-13-17 = 🧑 ۱۳ تا ۱۷ سال
q-kids-18-plus = 🧑 ۱۸ سال یا بیشتر
q-kids-none = کودکی با من زندگی نمی‌کند
qs-kids = کودکانی که با شما زندگی می‌کنند
q-daycare = آیا کودک شما در کودکستان (päiväkoti) جا دارد؟
q-daycare-yes = 🏫 بله
q-daycare-applied = 📝 درخواست داده‌ام
q-daycare-no = 🏠 نه
qs-daycare = جای کودکستان

q-children = چند فرزند دارید؟ یک عدد بنویسید. اگر فرزند ندارید، ۰ بنویسید.
qs-children = تعداد فرزندان

q-children-under-7 = چند نفر از آن‌ها زیر ۷ سال هستند؟
qs-children-under-7 = فرزندان زیر ۷ سال

q-child-ages = فرزندان شما چند ساله هستند؟
q-child-ages-0-1 = کمتر از یک سال
q-child-ages-1-2 = از ۱ تا ۲ سال
q-child-ages-3-6 = از ۳ تا ۶ سال
q-child-ages-7-12 = از ۷ تا ۱۲ سال
q-child-ages-13-17 = از ۱۳ تا ۱۷ سال
q-child-ages-18-plus = از ۱۸ سال به بالا
qs-child-ages = سن فرزندان

q-childcare = وقتی در نشست گروهی هستید، آیا کسی باید از فرزندان شما نگهداری کند؟
q-childcare-yes = 🧸 بلی
q-childcare-sometimes = 🧸 گاهی
q-childcare-no = 🙅 نخیر
qs-childcare = نگهداری فرزندان

q-goals = چه می‌خواهید؟ همه جواب‌هایی را که برای شما درست است انتخاب کنید.
q-goals-work = 💼 کار
q-goals-studies = 🎓 درس خواندن
q-goals-language = 🗣 یاد گرفتن زبان فنلندی یا سویدنی
q-goals-friends = 🤝 دوستان و آشنایان تازه
q-goals-wellbeing = 🌱 حال خوب و آرامش
q-goals-everyday = 🏠 کمک در کارهای روزانه
qs-goals = خواسته‌های شما

q-times = چه وقت می‌توانید به نشست‌ها بیایید؟
q-times-mornings = 🌅 صبح‌ها
q-times-afternoons = ☀️ بعد از چاشت
q-times-evenings = 🌙 شام‌ها (عصر تا شب)
q-times-weekends = 📅 آخر هفته (شنبه و یکشنبه)
qs-times = وقت‌های مناسب

q-coping = این روزها حال شما چطور است؟
q-coping-well = 🙂 خوب
q-coping-okay = 😐 بد نیست
q-coping-hard = 😔 سخت است
q-coping-talk = 💬 می‌خواهم با کسی صحبت کنم
qs-coping = حال شما

q-interpreter = آیا به ترجمان ضرورت دارید؟
qs-interpreter = ترجمان
q-interpreter-lang = ترجمان باید به کدام زبان صحبت کند؟
qs-interpreter-lang = زبان ترجمان

q-gender = اگر بخواهید، می‌توانید جنسیت خود را بگویید. می‌توانید از این سوال رد شوید.
q-gender-woman = زن
q-gender-man = مرد
q-gender-other = دیگر
q-gender-no-say = ترجیح می‌دهم نگویم
qs-gender = جنسیت

q-age-group = چند سال دارید؟ می‌توانید از این سوال رد شوید.
q-age-group-under-25 = زیر ۲۵ سال
q-age-group-25-34 = از ۲۵ تا ۳۴ سال
q-age-group-35-44 = از ۳۵ تا ۴۴ سال
q-age-group-45-plus = از ۴۵ سال به بالا
q-age-group-no-say = ترجیح می‌دهم نگویم
qs-age-group = سن

## Command menu (short descriptions Telegram shows next to /commands)

cmd-start = منوی اصلی
cmd-survey = جواب دادن به سوال‌ها
cmd-profile = جواب‌های من
cmd-language = تغییر زبان
cmd-help = کمک

## Other

edited-message = من تغییرات پیام‌های قبلی را نمی‌بینم. لطفاً یک پیام تازه بفرستید.
survey-talk-noted = تشکر که به ما گفتید. یک مشاور این را می‌بیند و با شما تماس می‌گیرد.

## Modules (courses and groups)

menu-modules = کورس‌ها 📚
menu-my = کورس‌های من 🗓
cmd-modules = کورس‌های مناسب شما
cmd-my = کورس‌های من

modules-title = این کورس‌ها و گروه‌ها برای شما مناسب است. روی یکی بزنید تا بیشتر بخوانید.
modules-none = فعلاً کورس مناسبی برای شما نیست. یک مشاور می‌تواند به شما کمک کند.
modules-answer-first = لطفاً اول به سوال‌ها جواب بدهید. بعد می‌توانم نشان بدهم که چه چیزی برای شما مناسب است.
module-reasons-title = چرا این برای شما مناسب است:
match-reason-language-level = می‌توانید زبان فنلندی را بیشتر یاد بگیرید.
match-reason-swedish-level = می‌توانید سویدنی بیشتر یاد بگیرید.
match-reason-chose-swedish = شما ادغام به زبان سویدنی را انتخاب کردید.
match-reason-goal-language = می‌خواهید زبان یاد بگیرید.
match-reason-reading = به خواندن و نوشتن کمک می‌کند.
match-reason-goal-work = می‌خواهید کار پیدا کنید.
match-reason-job-seeker = دنبال کار هستید.
match-reason-newly-arrived = تازه به فنلند آمده‌اید.
match-reason-goal-everyday = در کارهای روزانه کمک می‌خواهید.
match-reason-wellbeing = می‌تواند کمک کند که حال بهتری داشته باشید.
match-reason-goal-wellbeing = می‌خواهید حال خوبی داشته باشید.
match-reason-wants-to-talk = می‌توانید با یک مشاور صحبت کنید.
match-reason-goal-friends = می‌توانید با افراد دیگر آشنا شوید.
match-reason-childcare = نگهداری فرزندان فراهم است.
match-reason-times = وقت‌ها برای شما مناسب است.
match-reason-for-mothers = این گروه برای مادران است.
match-reason-for-working-parents = این گروه برای والدینی است که کار می‌کنند.
match-note-no-childcare = توجه: این‌جا نگهداری فرزندان نیست.
match-note-times = توجه: شاید وقت‌ها برای شما مناسب نباشد.
module-next-sessions = نشست‌های بعدی:
module-session = وقت: { $date }، محل: { $place }
place-by-agreement = طبق توافق: در دفتر یا در خانه شما
module-languages = زبان‌ها: { $languages }
module-childcare-yes = نگهداری فرزندان: هست
module-childcare-no = نگهداری فرزندان: نیست
module-places-left = { $count ->
    [one] هنوز { $count } جای خالی هست.
   *[other] هنوز { $count } جای خالی هست.
}
module-full = این کورس پر است. می‌توانید نام خود را در لست انتظار بنویسید.
module-enrol = ثبت‌نام ✅
module-join-waitlist = ثبت‌نام در لست انتظار 🕒
module-back = همه کورس‌ها ↩️
module-children-question = در وقت نشست‌ها، چند نفر از فرزندان شما به نگهداری ضرورت دارند؟
module-children-none = هیچ‌کدام
module-confirm = آیا در «{ $title }» ثبت‌نام می‌کنید؟ تعداد فرزندان برای نگهداری: { $children }.
module-confirm-yes = بلی، ثبت‌نام ✅
module-confirm-no = نخیر ❌
module-enrolled = شما در «{ $title }» ثبت‌نام شدید. نشست‌های خود را در «{ menu-my }» می‌بینید.
module-waitlisted = این کورس پر است. شما در لست انتظار نفر { $position } هستید. وقتی جای خالی پیدا شود، به شما خبر می‌دهم.
module-already-enrolled = شما قبلاً در این کورس ثبت‌نام کرده‌اید.
module-already-waitlisted = شما قبلاً در لست انتظار هستید. شما نفر { $position } هستید.
module-unavailable = این کورس دیگر موجود نیست.
module-promoted = خبر خوش! یک جای خالی پیدا شد. حالا شما در «{ $title }» ثبت‌نام هستید.

my-title = کورس‌های شما:
my-none = شما هنوز در هیچ کورسی ثبت‌نام نکرده‌اید.
my-enrolled = ✅ کورس: { $title }
my-waitlisted = 🕒 لست انتظار: { $title }، نفر { $position }
my-next = نشست بعدی: { $date }، محل: { $place }
my-cancel = لغو ثبت‌نام: { $title } ❌
my-cancel-confirm = آیا می‌خواهید ثبت‌نام خود را در «{ $title }» لغو کنید؟
my-cancel-yes = بلی، لغو شود
my-cancel-no = نخیر، می‌مانم
my-cancelled = ثبت‌نام شما در «{ $title }» لغو شد. جای شما به کسی در لست انتظار داده می‌شود.

## Reminders and attendance

reminder-session =
    🔔 یادآوری: «{ $title }»
    🗓 وقت: { $date }
    📍 محل: { $place }
    آیا می‌آیید؟
reminder-childcare =
    👶 برای فرزندان شما در «{ $title }» نگهداری در نظر گرفته شده است.
    🗓 وقت: { $date }
    تعداد فرزندان برای نگهداری: { $children }.
    لطفاً جواب بدهید تا مراقبان فرزندان آماده شوند.
reminder-cancelled =
    ❗ نشست «{ $title }» در روز { $date } لغو شد. ما متأسفیم.
    نشست‌های دیگر خود را در «{ menu-my }» می‌بینید.
rsvp-coming = می‌آیم ✅
rsvp-not-coming = نمی‌توانم بیایم ❌
rsvp-childcare-yes = بلی، { $children ->
    [one] { $children } فرزند
   *[other] { $children } فرزند
} ✅
rsvp-childcare-change = تغییر تعداد ✏️
rsvp-children-question = این بار چند فرزند برای نگهداری می‌آیند؟
rsvp-thanks-coming = تشکر! به امید دیدار.
rsvp-thanks-not-coming = تشکر که به ما گفتید. این بار جای شما و نگهداری فرزندان برای دیگران آزاد می‌شود.
rsvp-children-saved = تشکر. این بار تعداد فرزندان برای نگهداری: { $children }.
rsvp-too-late = این نشست قبلاً شروع شده یا لغو شده است.
reminder-moved =
    🔄 وقت یا محل نشست «{ $title }» تغییر کرد. وقت و محل جدید:
    🗓 وقت: { $date }
    📍 محل: { $place }
reminder-reinstated =
    ✅ خبر خوب: نشست «{ $title }» دیگر لغو نیست و برگزار می‌شود:
    🗓 وقت: { $date }
    📍 محل: { $place }
reminder-ask-coming = آیا می‌آیید؟
reminder-ask-childcare = آیا می‌آیید؟ تعداد فرزندان برای نگهداری: { $children }.
reminder-declined-note = شما گفتید که نمی‌توانید بیایید. اگر حالا می‌توانید بیایید، دکمه را بزنید.
rsvp-can-come = حالا می‌توانم بیایم ✅
rsvp-changed =
    ⚠️ وقت نشست «{ $title }» تغییر کرد. جواب شما برای وقت قبلی بود.
    🗓 وقت: { $date }
    📍 محل: { $place }
    آیا در وقت جدید می‌آیید؟

## Talking to a person

menu-counsellor = صحبت با یک شخص 🙋
menu-unsafe = 🆘 در امان نیستم
cmd-counsellor = صحبت با یک شخص
handoff-opened-now =
    یک مشاور به زودی همین‌جا به شما جواب می‌دهد.
    همین حالا می‌توانید بنویسید. پیام‌های شما به مشاور می‌رسد.
    برای برگشت به ربات، ⁦/end⁩ را بنویسید.
handoff-opened-later =
    مشاوران ما حالا سر کار نیستند. یک مشاور همین‌جا به شما جواب می‌دهد، وقتی که کار دوباره شروع شود: { $date }.
    همین حالا هم می‌توانید بنویسید. پیام‌های شما به مشاور می‌رسد.
    برای برگشت به ربات، ⁦/end⁩ را بنویسید.
handoff-already = شما حالا با یک شخص صحبت می‌کنید. پیام خود را همین‌جا بنویسید. برای برگشت به ربات، ⁦/end⁩ را بنویسید.
handoff-forwarded = پیام شما به مشاور رسید ✓
handoff-end-button = ↩️ پایان گفتگو با مشاور
safety-help-intro = 💛 تشکر که به ما گفتید. شما تنها نیستید.
safety-help-112 = 🚨 اگر همین حالا در خطر هستید، به ۱۱۲ زنگ بزنید.
safety-line-crisis = ☎️ خط بحران، برای گپ زدن دربارهٔ هر مشکلی: { $name }، { $phone } ({ $hours })
safety-line-violence = ☎️ کمک در برابر خشونت در خانه یا خانواده: { $name }، { $phone } ({ $hours })
safety-line-other = ☎️ خط کمک: { $name }، { $phone } ({ $hours })
safety-open-always = شب و روز باز است
safety-open-hours = باز در روزهای { $weekdays } از { $from } تا { $to }
safety-offer = 🙋 یک مشاور پروژه هم می‌تواند با شما گپ بزند. اگر می‌خواهید، دکمه را بزنید.
safety-urgent-now =
    🙋 به مشاوران ما خبر دادم. شما اولین نفر در نوبت هستید.
    اینجا بنویسید. پیام‌های شما به مشاور می‌رسد.
safety-urgent-later =
    🙋 به مشاوران ما خبر دادم. آن‌ها حالا سر کار نیستند. یک مشاور در { $date } اینجا به شما جواب می‌دهد.
    اگر همین حالا در خطر هستید، به ۱۱۲ زنگ بزنید.
handoff-busy-button = شما حالا با یک شخص صحبت می‌کنید. برای برگشت به ربات، ⁦/end⁩ را بنویسید.
handoff-ended = شما دوباره با ربات هستید.
handoff-closed-by-counsellor = مشاور صحبت را تمام کرد. شما دوباره با ربات هستید. برای دیدن منوی اصلی، ⁦/start⁩ را بنویسید.
handoff-offer = آیا می‌خواهید با یک شخص صحبت کنید؟
handoff-offer-yes = بلی، می‌خواهم با یک شخص صحبت کنم 🙋
not-understood-offer = ببخشید، هنوز هم نمی‌فهمم. یک شخص واقعی می‌تواند به شما کمک کند.

## Your data

cmd-mydata = دیدن معلومات من
cmd-delete = حذف معلومات من
privacy-export-intro = این همه معلوماتی است که ما در باره شما نگه می‌داریم. همه آن در فایل هم هست.
privacy-export-answers = جواب‌های شما:
privacy-export-courses = کورس‌های شما:
privacy-export-course-enrolled = در «{ $title }» ثبت‌نام شده‌اید
privacy-export-course-waitlisted = در لست انتظار «{ $title }» هستید
privacy-export-course-cancelled = از کورس «{ $title }» بیرون شدید
privacy-export-messages = تعداد پیام‌های شما با مشاوران: { $count }
privacy-export-none = ما معلومات دیگری در باره شما نگه نمی‌داریم.
privacy-delete-confirm =
    آیا می‌خواهید همه معلومات خود را حذف کنید؟
    جواب‌ها، کورس‌ها و پیام‌های شما حذف می‌شود. این کار قابل برگشت نیست.
privacy-delete-yes = بلی، همه چیز حذف شود 🗑
privacy-delete-no = نخیر، معلومات من نگه داشته شود
privacy-deleted = معلومات شما حذف شد. تشکر. اگر می‌خواهید دوباره شروع کنید، ⁦/start⁩ را بنویسید.
privacy-delete-kept = بسیار خوب. هیچ چیزی حذف نشد.
privacy-notice-updated = متن ما در باره معلومات شما تغییر کرده است. لطفاً آن را بخوانید و دوباره جواب بدهید.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 ملاقات با مشاور
cmd-appointment = گرفتن وقت ملاقات با مشاور
apt-kind-question = چه نوع ملاقاتی می‌خواهید؟
apt-kind-office = 🏢 در دفتر
apt-kind-phone = 📞 با تلفن
apt-kind-video = 💻 با ویدیو
apt-kind-home = 🏠 در خانهٔ من
apt-none = متأسفیم، حالا وقت خالی نیست. بعداً دوباره کوشش کنید، یا با یک نفر صحبت کنید.
apt-times-question = یک وقت برای ملاقات { $kind } انتخاب کنید (به وقت فنلند).
apt-later = وقت‌های بعدی ◀
apt-no-later = وقت بعدی نیست. این‌ها دوباره وقت‌های اول هستند.
apt-stop = ✖ توقف
apt-use-buttons = لطفاً با دکمه‌ها انتخاب کنید.
apt-interpreter-question = آیا به ترجمان نیاز دارید؟
apt-interpreter-no = بدون ترجمان
apt-interpreter-yes = بله، { $language }
apt-interpreter-other = زبان دیگر
apt-interpreter-which = کدام زبان؟
apt-interpreter-line = ترجمان: { $language }
apt-interpreter-none = بدون ترجمان
apt-topic-line = موضوع: { $topic }
apt-topic-none = بدون موضوع
apt-reason-question = موضوع ملاقات چیست؟ می‌توانید از این سؤال بگذرید.
apt-reason-work = کار یا تحصیل
apt-reason-family = خانواده و کودکان
apt-reason-health = صحت
apt-reason-papers = نامه‌ها و فورمه‌ها
apt-reason-other = چیز دیگر
apt-skip = بگذر
apt-confirm =
    لطفاً بررسی کنید:
    ملاقات: { $kind }، { $time }، { $interpreter }، { $about }
    وقت را بگیرم؟
apt-confirm-move =
    لطفاً وقت جدید را بررسی کنید:
    ملاقات: { $kind }، { $time }، { $interpreter }، { $about }
    وقت را تغییر بدهم؟
apt-confirm-yes = ✅ بله
apt-stopped = خوب. هیچ وقتی گرفته یا تغییر داده نشد.
apt-taken = متأسفیم، کسی همین حالا این وقت را گرفت.
apt-booked =
    ✅ وقت ملاقات شما گرفته شد.
    ملاقات: { $kind }، { $time }
    جزئیات: { $where }
apt-moved =
    ✅ ملاقات شما وقت جدید دارد.
    ملاقات: { $kind }، { $time }
    جزئیات: { $where }
apt-where-office = آدرس: { $address }
apt-where-office-unknown = مشاور آدرس را به شما می‌گوید.
apt-where-video = لینک ویدیو: { $link }
apt-where-video-later = مشاور لینک ویدیو را برای شما می‌فرستد.
apt-where-phone = مشاور به شما زنگ می‌زند.
apt-where-home = مشاور به خانهٔ شما می‌آید.
apt-my = 📅 ملاقات‌های من
apt-my-title = ملاقات‌های شما:
apt-my-none = شما هیچ ملاقات گرفته‌شده ندارید.
apt-item = ملاقات { $time }، { $kind }
apt-book = 📅 گرفتن وقت
apt-move = تغییر وقت
apt-cancel = لغو
apt-not-found = این ملاقات دیگر گرفته نشده است.
apt-too-late = برای تغییر این ملاقات در اینجا دیر شده است. لطفاً با یک نفر صحبت کنید.
apt-cancel-question = ملاقات شما در { $time } لغو شود؟
apt-cancel-yes = بله، لغو کن
apt-cancel-no = نه، نگه دار
apt-cancelled = ملاقات شما در { $time } لغو شد.
apt-restart = بیایید گرفتن وقت را از نو شروع کنیم. هنوز هیچ وقتی گرفته نشده است.
apt-coming = ✅ می‌آیم
apt-other-time = 🔄 به وقت دیگری نیاز دارم
apt-coming-thanks = تشکر! به زودی می‌بینیم.
apt-reminder-day-before =
    📅 یادآوری: شما فردا ملاقات دارید.
    ملاقات: { $kind }، { $time }
    جزئیات: { $where }
apt-reminder-soon =
    📅 ملاقات شما به زودی شروع می‌شود.
    ملاقات: { $kind }، { $time }
    جزئیات: { $where }
apt-exception-notice = ❗ متأسفیم، ملاقات شما در { $time } انجام نمی‌شود. مشاور حاضر نیست. لطفاً یک وقت جدید انتخاب کنید.
## Integration plan

menu-plan = 📋 پلان من
cmd-plan = پلان من
plan-title = 📋 پلان شما
plan-goals = هدف‌های شما:
plan-done = انجام شده:
plan-next = قدم‌های بعدی:
plan-who-participant = شما
plan-who-counsellor = مشاور شما
plan-who-partner = همراه با { $partner }
plan-who-partner-unknown = یک سازمان همکار
plan-due = تا { $date }
plan-cannot-marked = شما گفتید که این کار را نمی‌توانید
plan-no-steps = هنوز قدمی نیست. مشاور شما آن‌ها را با شما اضافه می‌کند.
plan-none = شما هنوز پلان ندارید. مشاور شما آن را با شما می‌سازد.
plan-own-words = (مشاور شما این را به زبان { $language } نوشته است)
plan-button-done = ✅ انجام شد: { $step }
plan-button-cannot = 🙋 این کار را نمی‌توانم
plan-step-not-open = این قدم قبلاً علامت خورده است.
plan-step-marked-done = ✅ آفرین! «{ $step }» انجام شد.
plan-step-cannot-noted = تشکر که در باره «{ $step }» به ما گفتید. با هم راه دیگری پیدا می‌کنیم.
plan-nudge =
    📌 وقت یک قدم پلان شما رسیده است: «{ $step }» (تا { $date }).
    آیا انجام شده است؟
plan-nudge-done = ✅ بلی، انجام شده
plan-nudge-cannot = 🙋 این کار را نمی‌توانم
plan-step-register-job-seeker = ثبت‌نام به حیث کارجو
plan-step-apply-daycare = درخواست جای کودکستان
plan-step-library-language-cafe = رفتن به کافه زبان کتابخانه
plan-step-kela-benefits = پرسیدن از کیلا (Kela) در باره کمک‌ها
plan-step-child-health-clinic = رفتن به کلینیک صحت طفل
plan-step-integration-training = درخواست برای آموزش ادغام
plan-step-finnish-course = شروع کورس زبان فنلندی
plan-step-open-bank-account = باز کردن حساب بانکی

privacy-export-referrals = معرفی‌های شما به سازمان‌های همکار:
privacy-export-referral = اداره { $partner }: { $status ->
     [awaiting-consent] منتظر جواب شما
     [consent-refused] شما نه گفتید
     [sent] فرستاده شد
     [accepted] قبول شد
     [started] شروع شد
     [finished] تمام شد
    *[declined] قبول نشد
  }
## Referrals

ref-consent-ask =
    🤝 مشاور شما فکر می‌کند که { $partner } می‌تواند به شما کمک کند.
    چرا: { $reason } (به زبان { $language } نوشته شده)
    آن‌ها این را می‌گیرند: { $shared }.
    آیا اجازه می‌دهید این را با آن‌ها شریک کنیم؟ بدون اجازه شما چیزی فرستاده نمی‌شود.
ref-consent-yes = ✅ بلی، اجازه می‌دهم
ref-consent-no = ❌ نه
ref-consent-given = تشکر. آن را برای آن‌ها می‌فرستیم. مشاور شما می‌گوید که بعد چه می‌شود.
ref-consent-refused = خوب. چیزی فرستاده نمی‌شود. هر وقت خواستید می‌توانید با مشاور خود در این باره صحبت کنید.
ref-already-agreed = شما قبلاً به این اجازه داده‌اید. چیزی تغییر نمی‌کند.
ref-already-refused = شما قبلاً به این نه گفته‌اید. چیزی فرستاده نمی‌شود.
ref-unknown = این سوال دیگر باز نیست.
ref-shared-contact = راه تماس با شما
ref-shared-language-level = مهارت‌های زبانی شما
ref-shared-survey-answers = جواب‌های شما به سوال‌های ما
ref-shared-plan = پلان شما
ref-shared-children = معلومات در باره فرزندان شما

## Follow-up

fu-q-situation = وضعیت اصلی شما حالا چیست؟ یکی را انتخاب کنید.
fu-offer =
    👋 از جواب دادن شما به سوال‌های ما { $months ->
        [one] یک ماه
       *[other] { $months } ماه
    } گذشته است. حالا اوضاع چطور است؟
    چهار سوال کوتاه است. جواب‌های اول شما همان‌طور باقی می‌مانند.
fu-start = ▶️ حالا جواب بدهید
fu-progress = سوال { $index } از { $total }
fu-thanks = تشکر! مشاور شما حالا می‌بیند که چه چیزی تغییر کرده است.
fu-already-done = شما قبلاً به این سوال‌ها جواب داده‌اید. تشکر!
fu-unknown = این سوال‌ها حالا برای شما باز نیستند.
fu-use-buttons = لطفاً با دکمه‌ها جواب بدهید.
q-goals-reached = آیا به هدف‌هایی که در شروع داشتید رسیده‌اید؟
q-goals-reached-yes = بلی
q-goals-reached-partly = تا اندازه‌ای
q-goals-reached-no = هنوز نه
qs-goals-reached = رسیدن به هدف‌ها
