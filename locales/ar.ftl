# Arabic (Modern Standard Arabic, kept simple). Plain, short sentences for a newcomer. Keep every key in every locale.

## Language and start

language-choose = الرجاء اختيار اللغة.
language-changed = حسنًا. سأكتب لك باللغة العربية.
welcome =
    مرحبًا! أنا مساعد { $project }.
    أساعد الآباء والأمهات الذين انتقلوا إلى فنلندا.
    أستطيع أن أجد لك دورات ولقاءات جماعية. ويمكن أيضًا أن يساعدك شخص حقيقي.

## Privacy and consent

consent-notice =
    قبل الأسئلة: معلومات عن بياناتك.

    مَن يحفظ بياناتك؟ { $project }. للتواصل: { $contact }
    لماذا؟ لنجد لك دورات ومساعدة تناسبك.
    ماذا نسأل؟ عن لغاتك ودراستك وعملك وأطفالك ورغباتك والأوقات المناسبة لك. ونسأل أيضًا عن حالك، وعن جنسك وعمرك.
    مَن يرى بياناتك؟ المرشدون في المشروع. هم يقرؤون إجاباتك ورسائلك.
    إلى متى؟ نحذف بياناتك بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من آخر رسالة منك. ونحذف رسائلك مع المرشد بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من انتهاء المحادثة.
    نحتفظ فقط بأرقام بلا أسماء للإحصاءات.
    الإجابة اختيارية. ولا تؤثر على معاملاتك لدى كيلا (Kela) أو مكتب التوظيف أو دائرة الهجرة (Migri).
    حقوقك: الأمر ⁦/mydata⁩ يعرض بياناتك. والأمر ⁦/delete⁩ يحذفها ويلغي موافقتك. وتجد الزرّين نفسيهما في القائمة.
    يحق لك أن تقدّم شكوى إلى مفوّض حماية البيانات في فنلندا: tietosuoja.fi

    هل توافق؟
consent-contact-counsellor = اكتب إلى مرشد هنا: ⁦/counsellor⁩
consent-accept = أوافق ✅
consent-decline = لا أوافق ❌
consent-accepted = شكرًا لك. يمكننا أن نبدأ.
consent-declined =
    حسنًا. لم نحفظ أي إجابة.
    ومع ذلك يمكنك قراءة المعلومات العامة.
    ويمكنك أيضًا التحدث مع شخص حقيقي.
consent-needed = أولًا، الرجاء قراءة المعلومات عن بياناتك، ثم الإجابة.
consent-withdraw-confirm =
    لقد وافقت من قبل.
    إذا لم تعد توافق الآن، فسنحذف كل بياناتك:
    إجاباتك، ودوراتك وأماكنك في قوائم الانتظار، ورسائلك مع المرشدين.
    نحتفظ فقط بأرقام بلا أسماء لإحصاءات المشروع.
    لا يمكن التراجع عن ذلك. هل تريد ذلك؟
consent-withdraw-yes = نعم، احذف بياناتي 🗑
consent-withdraw-no = لا، رجوع ↩️
consent-withdrawn =
    لم تعد توافق، لذلك حذفنا بياناتك. شكرًا لك.
    ما زال بإمكانك قراءة المعلومات العامة والتحدث مع شخص حقيقي. اكتب ⁦/start⁩
consent-withdraw-cancelled = حسنًا. لم نحذف أي شيء. ما زالت موافقتك كما كانت.

## Main menu

menu-title = كيف يمكنني أن أساعدك؟
menu-survey-start = بدء الأسئلة 📝
menu-survey-continue = متابعة الأسئلة 📝
menu-profile = إجاباتي 👤
menu-language = اللغة 🌐
menu-info = معلومات ℹ️
menu-help = مساعدة ❓
audio-listen = 🔊 استمع
audio-none = عذرًا، لا يمكن الاستماع إلى هذا بلغتك بعد.
audio-failed = عذرًا، لم نتمكن من تجهيز الصوت الآن. حاول مرة أخرى لاحقًا.
audio-reminder = هذا تذكير بلقائك. اليوم والوقت والمكان مكتوبة في الرسالة. إذا كنت ستأتي، اضغط على الزر الأول. إذا لم تستطع المجيء، اضغط على الزر الثاني.
menu-mydata = بياناتي 🔐
menu-delete = حذف بياناتي 🗑

help =
    أنا برنامج آلي (بوت). أساعدك في إيجاد دورات ومساعدة.
    يمكنك استخدام الأزرار. لا حاجة إلى كتابة الكثير.

    القائمة الرئيسية: ⁦/start⁩
    تغيير اللغة: ⁦/language⁩
    رؤية إجاباتك أو تغييرها: ⁦/profile⁩
    رؤية بياناتك: ⁦/mydata⁩
    حذف بياناتك: ⁦/delete⁩
    هذه الرسالة: ⁦/help⁩
info =
    معلومات عامة:
    في موقع InfoFinland معلومات عن الحياة في فنلندا بلغات كثيرة: www.infofinland.fi
    في حالة الطوارئ، اتصل بالرقم 112.

## Survey: general

survey-intro =
    سأطرح عليك بعض الأسئلة. يستغرق ذلك حوالي 10 دقائق.
    تساعد إجاباتك المشروع على إيجاد دورات ومساعدة تناسبك.
    هذا ليس التقييم الرسمي من البلدية أو من خدمات التوظيف، ولا يحلّ محله.
    تُحفظ إجاباتك فورًا. يمكنك التوقف والمتابعة لاحقًا.
survey-progress = السؤال { $index } من { $total }
survey-multi-hint = يمكنك اختيار كل ما يناسبك، ثم الضغط على «{ survey-done }».
survey-number-hint = الرجاء كتابة رقم.
survey-text-hint = الرجاء كتابة إجابة قصيرة.
survey-counts-hint = اضغط ➕ مرة لكل طفل. ➖ يحذف واحدًا. ثم اضغط «{ survey-done }».
survey-back = رجوع ↩️
survey-skip = تخطي ⏭
survey-done = تم ✔️
survey-yes = نعم
survey-no = لا
survey-skipped = بدون إجابة
survey-voice-answer = 🎤 رسالة صوتية
survey-voice-noted = شكرًا. سيستمع مرشد إلى رسالتك الصوتية.

survey-use-buttons = الرجاء استخدام الأزرار التي تحت السؤال.
survey-not-a-number = الرجاء كتابة رقم من { $min } إلى { $max }.
survey-out-of-range = الرجاء كتابة رقم من { $min } إلى { $max }.
survey-not-whole = الرجاء كتابة عدد صحيح، بدون كسور عشرية.
survey-too-long =
    هذا النص طويل جدًا. الرجاء ألّا يزيد عن { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
survey-empty = الرجاء كتابة بضع كلمات.
survey-send-text = الرجاء إرسال إجابتك في رسالة مكتوبة.
survey-bad-characters = تعذّرت قراءة بعض الحروف في رسالتك. الرجاء كتابتها مرة أخرى.
survey-choose-at-least-one = الرجاء اختيار إجابة واحدة على الأقل، ثم الضغط على «{ survey-done }».
survey-too-many = الرجاء اختيار { $max ->
    [zero] { $max } إجابة
    [one] إجابة واحدة
    [two] إجابتين
    [few] { $max } إجابات
    [many] { $max } إجابةً
   *[other] { $max } إجابة
} على الأكثر.
survey-not-optional = هذا السؤال ضروري. الرجاء الإجابة عنه.
survey-unknown-option = هذا الزر لم يعد يعمل. هذا هو السؤال مرة أخرى.
survey-stale-button = هذا الزر من رسالة قديمة. هذا هو سؤالك الآن.
stale-button = هذا الزر من رسالة قديمة.
stale-button-menu = هذا الزر من رسالة قديمة. الرجاء الاختيار مرة أخرى من القائمة.
survey-consent-first = الرجاء الموافقة أولًا على المعلومات عن بياناتك.

survey-summary-title = هذه إجاباتك. هل كل شيء صحيح؟
survey-summary-confirm = كل شيء صحيح ✅
survey-summary-change = تغيير إجابة ✏️
survey-change-which = أي إجابة تحتاج إلى تغيير؟
survey-completed =
    شكرًا لك! تم حفظ إجاباتك.
    يستطيع أحد المرشدين رؤيتها ومساعدتك.
survey-already-completed = لقد أجبت عن كل الأسئلة. شكرًا لك!

profile-title = إجاباتك:
profile-empty = لا توجد إجابات بعد.

not-understood = عذرًا، لم أفهم. الرجاء استخدام الأزرار، أو كتابة ⁦/help⁩.
error-generic = عذرًا، حدث خطأ. الرجاء المحاولة مرة أخرى بعد قليل.

## Survey: questions. q-ID is the question, q-ID-OPTION an option, qs-ID a short label.

q-region = أين مكان سكنك؟
q-region-paijat-hame = منطقة Päijät-Häme (حول مدينة لاهتي)
q-region-south-karelia = منطقة Etelä-Karjala (حول مدينة لابينرانتا)
q-region-meri-lappi = منطقة Meri-Lappi (كيمي وتورنيو)
q-region-kanta-hame = منطقة Kanta-Häme (حول مدينة هامينلينا)
q-region-ostrobothnia = منطقة Pohjanmaa (حول مدينة فاسا)
q-region-other = مكان آخر
qs-region = مكان السكن
q-int-lang =
    في منطقتك يوجد تدريب الاندماج بالفنلندية أو بالسويدية.
    أي لغة تريد أن تتعلم؟
q-int-lang-fi = الفنلندية
q-int-lang-sv = السويدية
q-int-lang-unsure = لا أعرف بعد
qs-int-lang = لغة الاندماج

q-years-in-fi = منذ متى أنت في فنلندا؟
q-years-in-fi-under-1 = أقل من سنة
q-years-in-fi-1-3 = من سنة إلى 3 سنوات
q-years-in-fi-over-3 = أكثر من 3 سنوات
qs-years-in-fi = المدة في فنلندا

q-languages = بأي لغات يمكنك الكلام؟
q-languages-ar = العربية
q-languages-prs = الدارية (الأفغانية)
q-languages-fa = الفارسية
q-languages-ps = البشتو
q-languages-ckb = الكردية (السورانية)
q-languages-kmr = الكردية (الكرمانجية)
q-languages-so = الصومالية
q-languages-ru = الروسية
q-languages-uk = الأوكرانية
q-languages-sw = السواحلية
q-languages-en = الإنجليزية
q-languages-ku = الكردية
q-languages-ti = التغرينية
q-languages-am = الأمهرية
q-languages-ln = اللينغالا
q-languages-rw = الكينيارواندية
q-languages-fr = الفرنسية
q-languages-other = لغة أخرى
qs-languages = لغاتك

q-finnish = ما مستواك في اللغة الفنلندية؟
q-finnish-none = لا أعرفها أبدًا
q-finnish-basics = بعض الكلمات فقط
q-finnish-everyday = أعرف ما يكفي للحياة اليومية
q-finnish-good = أتكلمها جيدًا
qs-finnish = اللغة الفنلندية

q-swedish = ما مستواك في اللغة السويدية؟
q-swedish-none = لا أعرفها أبدًا
q-swedish-basics = بعض الكلمات فقط
q-swedish-everyday = أعرف ما يكفي للحياة اليومية
q-swedish-good = أتكلمها جيدًا
qs-swedish = اللغة السويدية

q-read-own = هل يمكنك القراءة والكتابة بلغتك الأم؟
q-read-own-no = لا
q-read-own-a-little = قليلًا
q-read-own-yes = نعم
qs-read-own = القراءة بلغتك الأم

q-read-latin = هل يمكنك قراءة وكتابة حروف مثل هذه: A B C؟
q-read-latin-no = لا
q-read-latin-a-little = قليلًا
q-read-latin-yes = نعم
qs-read-latin = قراءة حروف A B C

q-school-years = كم سنة ذهبت إلى المدرسة؟
q-school-years-none = لم أذهب إلى المدرسة
q-school-years-1-6 = من 1 إلى 6 سنوات
q-school-years-7-9 = من 7 إلى 9 سنوات
q-school-years-10-12 = من 10 إلى 12 سنة
q-school-years-13-plus = من 13 سنة فأكثر
qs-school-years = سنوات المدرسة

q-education = ما أعلى مستوى دراسة وصلت إليه؟
q-education-none = لم أذهب إلى المدرسة
q-education-religious = مدرسة دينية فقط
q-education-primary-some = بعض سنوات المدرسة الابتدائية
q-education-basic = المدرسة الأساسية (الابتدائية والمتوسطة)
q-education-secondary = المدرسة الثانوية
q-education-vocational = مدرسة مهنية
q-education-university = كلية أو جامعة
qs-education = الدراسة

q-worked = هل عملت من قبل؟ كل عمل يُحسب: حتى العمل بدون أجر، أو في البيت لآخرين، أو في مزرعة، أو في مشروع عائلي.
qs-worked = العمل سابقًا

q-work-field = ما العمل الذي قمت به؟ اكتب بضع كلمات، مثلًا «طباخ» أو «ممرضة». يمكنك أيضًا إرسال رسالة صوتية 🎤.
qs-work-field = عملك

q-situation = كيف هي حياتك الآن؟ اختر كل ما يناسب.
q-situation-home = 🏠 في البيت مع الأطفال
q-situation-family-leave = 👶 في إجازة عائلية (أمومة أو أبوة)
q-situation-course = 📖 في دورة لغة فنلندية أو سويدية
q-situation-job-seeker = 🔎 أبحث عن عمل
q-situation-studying = 🎓 أدرس
q-situation-working = 💼 أعمل
q-situation-other = شيء آخر
qs-situation = الوضع الآن
q-job-registered = هل أنت مسجّل كباحث عن عمل في خدمات التوظيف؟
q-job-registered-yes = نعم
q-job-registered-no = لا
q-job-registered-unsure = لا أعرف
qs-job-registered = مسجّل كباحث عن عمل
q-plan = هل لديك خطة اندماج (kotoutumissuunnitelma) بالفعل؟
q-plan-yes = نعم
q-plan-no = لا
q-plan-unsure = لا أعرف
qs-plan = خطة الاندماج
q-kids = ما الأطفال الذين يعيشون معك؟ اضغط على عمر كل طفل.
q-kids-0-1 = 👶 أقل من سنة
q-kids-1-2 = 👶 من سنة إلى سنتين
q-kids-3-6 = 🧒 من 3 إلى 6 سنوات
q-kids-7-12 = 🧒 من 7 إلى 12 سنة
q-kids-13-17 = 🧑 من 13 إلى 17 سنة
q-kids-18-plus = 🧑 من 18 سنة فأكثر
q-kids-none = لا يعيش معي أطفال
qs-kids = الأطفال الذين يعيشون معك
q-daycare = هل لطفلك مكان في الحضانة (päiväkoti)؟
q-daycare-yes = 🏫 نعم
q-daycare-applied = 📝 قدّمت طلبًا
q-daycare-no = 🏠 لا
qs-daycare = مكان في الحضانة

q-children = كم طفلًا لديك؟ الرجاء كتابة رقم. إذا لم يكن لديك أطفال، اكتب 0.
qs-children = عدد الأطفال

q-children-under-7 = كم طفلًا منهم عمره أقل من 7 سنوات؟
qs-children-under-7 = الأطفال تحت 7 سنوات

q-child-ages = ما أعمار أطفالك؟
q-child-ages-0-1 = أقل من سنة
q-child-ages-1-2 = من سنة إلى سنتين
q-child-ages-3-6 = من 3 إلى 6 سنوات
q-child-ages-7-12 = من 7 إلى 12 سنة
q-child-ages-13-17 = من 13 إلى 17 سنة
q-child-ages-18-plus = من 18 سنة فما فوق
qs-child-ages = أعمار الأطفال

q-childcare = هل يحتاج أطفالك إلى من يعتني بهم وقت اللقاءات الجماعية؟
q-childcare-yes = 🧸 نعم
q-childcare-sometimes = 🧸 أحيانًا
q-childcare-no = 🙅 لا
qs-childcare = رعاية الأطفال

q-goals = ما أهدافك؟ يمكنك اختيار كل ما يناسبك.
q-goals-work = 💼 إيجاد عمل
q-goals-studies = 🎓 الدراسة
q-goals-language = 🗣 تعلّم اللغة الفنلندية أو السويدية
q-goals-friends = 🤝 التعرّف على أصدقاء وأشخاص جدد
q-goals-wellbeing = 🌱 أن أشعر بحال أفضل
q-goals-everyday = 🏠 مساعدة في أمور الحياة اليومية
qs-goals = رغباتك

q-times = متى يمكنك حضور اللقاءات؟
q-times-mornings = 🌅 في الصباح
q-times-afternoons = ☀️ بعد الظهر
q-times-evenings = 🌙 في المساء
q-times-weekends = 📅 في عطلة نهاية الأسبوع
qs-times = الأوقات المناسبة

q-coping = كيف حالك هذه الأيام؟
q-coping-well = 🙂 بخير
q-coping-okay = 😐 لا بأس
q-coping-hard = 😔 الوضع صعب
q-coping-talk = 💬 أريد أن أتكلم مع أحد
qs-coping = كيف حالك

q-interpreter = هل يلزمك مترجم؟
qs-interpreter = مترجم
q-interpreter-lang = بأي لغة يجب أن يتكلم المترجم؟
qs-interpreter-lang = لغة المترجم

q-gender = يمكنك ذكر جنسك إن أردت. ويمكنك أيضًا تخطي هذا السؤال.
q-gender-woman = امرأة
q-gender-man = رجل
q-gender-other = غير ذلك
q-gender-no-say = أفضّل عدم الإجابة
qs-gender = الجنس

q-age-group = كم عمرك؟ يمكنك أيضًا تخطي هذا السؤال.
q-age-group-under-25 = أقل من 25 سنة
q-age-group-25-34 = من 25 إلى 34 سنة
q-age-group-35-44 = من 35 إلى 44 سنة
q-age-group-45-plus = من 45 سنة فما فوق
q-age-group-no-say = أفضّل عدم الإجابة
qs-age-group = العمر

## Command menu (short descriptions Telegram shows next to /commands)

cmd-start = القائمة الرئيسية
cmd-survey = الإجابة عن الأسئلة
cmd-profile = إجاباتي
cmd-language = تغيير اللغة
cmd-help = مساعدة

## Other

edited-message = لا أرى التعديلات على الرسائل القديمة. من فضلك أرسل رسالة جديدة.
survey-talk-noted = شكرًا لأنك أخبرتنا. سيرى المرشد ذلك وسيتواصل معك.

## Modules (courses and groups)

menu-modules = الدورات 📚
menu-my = دوراتي 🗓
cmd-modules = دورات مناسبة لك
cmd-my = دوراتي

modules-title = هذه الدورات والمجموعات تناسبك. يمكنك الضغط على واحدة منها لمعرفة المزيد.
modules-none = لا توجد دورات مناسبة لك الآن. يمكن أن يساعدك أحد المرشدين.
modules-answer-first = الرجاء الإجابة عن الأسئلة أولًا. بعد ذلك أستطيع أن أعرض لك ما يناسبك.
module-reasons-title = لماذا يناسبك هذا:
match-reason-language-level = يمكنك تعلّم المزيد من اللغة الفنلندية.
match-reason-swedish-level = يمكنك أن تتعلم المزيد من السويدية.
match-reason-chose-swedish = اخترت الاندماج باللغة السويدية.
match-reason-goal-language = هدفك تعلّم اللغة.
match-reason-reading = تساعدك على القراءة والكتابة.
match-reason-goal-work = هدفك إيجاد عمل.
match-reason-job-seeker = أنت تبحث عن عمل.
match-reason-newly-arrived = وصلت إلى فنلندا منذ وقت قصير.
match-reason-goal-everyday = هدفك الحصول على مساعدة في أمور الحياة اليومية.
match-reason-wellbeing = يمكن أن تساعدك على الشعور بحال أفضل.
match-reason-goal-wellbeing = هدفك الشعور بالراحة والعافية.
match-reason-wants-to-talk = يمكنك التحدث مع مرشد.
match-reason-goal-friends = يمكنك التعرّف على أشخاص آخرين.
match-reason-childcare = توجد رعاية للأطفال.
match-reason-times = الأوقات تناسبك.
match-reason-for-mothers = إنها مجموعة للأمهات.
match-reason-for-working-parents = إنها مجموعة للآباء والأمهات الذين يعملون.
match-note-no-childcare = ملاحظة: لا توجد رعاية للأطفال هنا.
match-note-times = ملاحظة: قد لا تناسبك الأوقات.
module-next-sessions = اللقاءات القادمة:
module-session = الموعد: { $date }، المكان: { $place }
place-by-agreement = حسب الاتفاق: في المكتب أو في بيتك
module-languages = اللغات: { $languages }
module-childcare-yes = رعاية الأطفال: متوفرة
module-childcare-no = رعاية الأطفال: غير متوفرة
module-places-left = { $count ->
    [zero] لم يبقَ أي مكان.
    [one] بقي مكان واحد.
    [two] بقي مكانان.
    [few] بقيت { $count } أماكن.
    [many] بقي { $count } مكانًا.
   *[other] بقي { $count } مكان.
}
module-full = الدورة ممتلئة. يمكنك التسجيل في قائمة الانتظار.
module-enrol = سجّلني ✅
module-join-waitlist = سجّلني في قائمة الانتظار 🕒
module-back = كل الدورات ↩️
module-children-question = كم طفلًا من أطفالك يحتاج إلى رعاية أثناء اللقاءات؟
module-children-none = لا أحد
module-confirm = هل تريد التسجيل في «{ $title }»؟ عدد الأطفال الذين يحتاجون إلى رعاية: { $children }.
module-confirm-yes = نعم، سجّلني ✅
module-confirm-no = لا ❌
module-enrolled = تم تسجيلك في «{ $title }». مواعيد لقاءاتك موجودة في «{ menu-my }».
module-waitlisted = الدورة ممتلئة. رقمك في قائمة الانتظار: { $position }. سأخبرك عندما يتوفر مكان.
module-already-enrolled = لقد سجّلت في هذه الدورة من قبل.
module-already-waitlisted = اسمك في قائمة الانتظار من قبل. رقمك: { $position }.
module-unavailable = هذه الدورة لم تعد متاحة.
module-promoted = خبر سار! توفّر مكان. تم تسجيلك الآن في «{ $title }».

my-title = دوراتك:
my-none = لم تسجّل في أي دورة بعد.
my-enrolled = ✅ الدورة: { $title }
my-waitlisted = 🕒 قائمة الانتظار: { $title }، رقمك { $position }
my-next = اللقاء القادم: { $date }، المكان: { $place }
my-cancel = إلغاء التسجيل: { $title } ❌
my-cancel-confirm = هل تريد إلغاء تسجيلك في «{ $title }»؟
my-cancel-yes = نعم، إلغاء التسجيل
my-cancel-no = لا، سأبقى
my-cancelled = تم إلغاء تسجيلك في «{ $title }». سيحصل على مكانك شخص من قائمة الانتظار.

## Reminders and attendance

reminder-session =
    🔔 تذكير: «{ $title }»
    🗓 الموعد: { $date }
    📍 المكان: { $place }
    هل ستحضر؟
reminder-childcare =
    👶 حجزنا رعاية لأطفالك في «{ $title }».
    🗓 الموعد: { $date }
    عدد الأطفال في الرعاية: { $children }.
    الرجاء الرد، حتى يستعد فريق رعاية الأطفال.
reminder-cancelled =
    ❗ تم إلغاء لقاء «{ $title }» يوم { $date }. نعتذر عن ذلك.
    مواعيد لقاءاتك الأخرى موجودة في «{ menu-my }».
rsvp-coming = سأحضر ✅
rsvp-not-coming = لا أستطيع الحضور ❌
rsvp-childcare-yes = نعم، { $children ->
    [zero] بلا أطفال
    [one] طفل واحد
    [two] طفلان
    [few] { $children } أطفال
    [many] { $children } طفلًا
   *[other] { $children } طفل
} ✅
rsvp-childcare-change = تغيير العدد ✏️
rsvp-children-question = كم طفلًا سيأتي إلى رعاية الأطفال هذه المرة؟
rsvp-thanks-coming = شكرًا لك! نراك هناك.
rsvp-thanks-not-coming = شكرًا لأنك أخبرتنا. هذه المرة سيكون مكانك ورعاية الأطفال متاحين لغيرك.
rsvp-children-saved = شكرًا لك. عدد الأطفال في الرعاية هذه المرة: { $children }.
rsvp-too-late = هذا اللقاء بدأ بالفعل أو تم إلغاؤه.
reminder-moved =
    🔄 تغيّر موعد أو مكان لقاء «{ $title }». الموعد والمكان الآن:
    🗓 الموعد: { $date }
    📍 المكان: { $place }
reminder-reinstated =
    ✅ خبر سار: لم يعد لقاء «{ $title }» ملغى، وسيُعقد:
    🗓 الموعد: { $date }
    📍 المكان: { $place }
reminder-ask-coming = هل ستحضر؟
reminder-ask-childcare = هل ستحضر؟ عدد الأطفال في الرعاية: { $children }.
reminder-declined-note = أخبرتنا أنك لا تستطيع الحضور. إذا أصبح بإمكانك الحضور، اضغط على الزر.
rsvp-can-come = أستطيع الحضور الآن ✅
rsvp-changed =
    ⚠️ تغيّر موعد لقاء «{ $title }». كان ردّك على الموعد القديم.
    🗓 الموعد: { $date }
    📍 المكان: { $place }
    هل ستحضر في الموعد الجديد؟

## Talking to a person

menu-counsellor = التحدث مع شخص 🙋
menu-unsafe = 🆘 أنا لست بأمان
cmd-counsellor = التحدث مع شخص
handoff-opened-now =
    سيرد عليك أحد المرشدين هنا قريبًا.
    يمكنك الكتابة من الآن. ستصل رسائلك إلى المرشد.
    للعودة إلى البوت اكتب ⁦/end⁩
handoff-opened-later =
    لا يعمل المرشدون الآن. سيرد عليك أحد المرشدين هنا عند بدء وقت العمل: { $date }.
    يمكنك الكتابة من الآن. ستصل رسائلك إلى المرشد.
    للعودة إلى البوت اكتب ⁦/end⁩
handoff-already = أنت تتحدث مع شخص بالفعل. اكتب رسالتك هنا. للعودة إلى البوت اكتب ⁦/end⁩
handoff-forwarded = وصلت رسالتك إلى المرشد ✓
handoff-end-button = ↩️ إنهاء المحادثة مع المرشد
safety-help-intro = 💛 شكرًا لأنك أخبرتنا. أنت لست وحدك.
safety-help-112 = 🚨 إذا كنت في خطر الآن، اتصل بالرقم 112.
safety-line-crisis = ☎️ خط الأزمات للحديث عن أي شيء صعب: { $name }، { $phone } ({ $hours })
safety-line-violence = ☎️ مساعدة في حالات العنف في البيت أو العائلة: { $name }، { $phone } ({ $hours })
safety-line-other = ☎️ خط المساعدة: { $name }، { $phone } ({ $hours })
safety-open-always = مفتوح ليلًا ونهارًا
safety-open-hours = مفتوح أيام { $weekdays } من { $from } إلى { $to }
safety-offer = 🙋 يمكن أيضًا لمرشد من المشروع أن يتحدث معك. اضغط على الزر إذا أردت.
safety-urgent-now =
    🙋 أبلغت مرشدينا. أنت الأول في قائمة الانتظار.
    اكتب هنا. رسائلك تصل إلى المرشد.
safety-urgent-later =
    🙋 أبلغت مرشدينا. هم ليسوا في العمل الآن. سيرد عليك مرشد هنا في { $date }.
    إذا كنت في خطر الآن، اتصل بالرقم 112.
handoff-busy-button = أنت تتحدث الآن مع شخص. للعودة إلى البوت اكتب ⁦/end⁩
handoff-ended = لقد عدت إلى البوت.
handoff-closed-by-counsellor = أنهى المرشد المحادثة. لقد عدت إلى البوت. لرؤية القائمة اكتب ⁦/start⁩
handoff-offer = هل تريد التحدث مع شخص؟
handoff-offer-yes = نعم، أريد التحدث مع شخص 🙋
not-understood-offer = عذرًا، ما زلت لا أفهم. يمكن أن يساعدك شخص حقيقي.

## Your data

cmd-mydata = رؤية بياناتي
cmd-delete = حذف بياناتي
privacy-export-intro = هذه كل البيانات التي نحفظها عنك. وستجدها كاملة في الملف.
privacy-export-answers = إجاباتك:
privacy-export-courses = دوراتك:
privacy-export-course-enrolled = أنت مسجّل في «{ $title }»
privacy-export-course-waitlisted = أنت في قائمة الانتظار: «{ $title }»
privacy-export-course-cancelled = ألغيت تسجيلك في «{ $title }»
privacy-export-messages = عدد رسائلك مع المرشدين: { $count }
privacy-export-none = لا نحفظ عنك أي شيء آخر.
privacy-delete-confirm =
    هل تريد حذف كل بياناتك؟
    ستُحذف إجاباتك ودوراتك ورسائلك. لا يمكن التراجع عن ذلك.
privacy-delete-yes = نعم، احذف كل شيء 🗑
privacy-delete-no = لا، احتفظ ببياناتي
privacy-deleted = تم حذف بياناتك. شكرًا لك. إذا أردت أن تبدأ من جديد، اكتب ⁦/start⁩
privacy-delete-kept = حسنًا. لم نحذف أي شيء.
privacy-notice-updated = تغيّر نص المعلومات عن بياناتك. الرجاء قراءته ثم الإجابة مرة أخرى.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 موعد مع مرشد
cmd-appointment = احجز موعدًا مع مرشد
apt-kind-question = أي نوع من المواعيد تريد؟
apt-kind-office = 🏢 في المكتب
apt-kind-phone = 📞 بالهاتف
apt-kind-video = 💻 بالفيديو
apt-kind-home = 🏠 في بيتي
apt-none = عذرًا، لا توجد أوقات متاحة الآن. حاول مرة أخرى لاحقًا، أو تحدث مع شخص.
apt-times-question = اختر وقتًا لموعد { $kind } (بتوقيت فنلندا).
apt-later = أوقات لاحقة ◀
apt-no-later = لا توجد أوقات لاحقة. هذه هي الأوقات الأولى مرة أخرى.
apt-stop = ✖ توقف
apt-use-buttons = الرجاء الاختيار بالأزرار.
apt-interpreter-question = هل تحتاج إلى مترجم؟
apt-interpreter-no = بدون مترجم
apt-interpreter-yes = نعم، { $language }
apt-interpreter-other = لغة أخرى
apt-interpreter-which = أي لغة؟
apt-interpreter-line = المترجم: { $language }
apt-interpreter-none = بدون مترجم
apt-topic-line = الموضوع: { $topic }
apt-topic-none = بدون موضوع
apt-reason-question = ما موضوع الموعد؟ يمكنك تخطي هذا السؤال.
apt-reason-work = العمل أو الدراسة
apt-reason-family = العائلة والأطفال
apt-reason-health = الصحة
apt-reason-papers = الرسائل والاستمارات
apt-reason-other = شيء آخر
apt-skip = تخطَّ
apt-confirm =
    الرجاء التحقق:
    الموعد: { $kind }، { $time }، { $interpreter }، { $about }
    هل أحجز الموعد؟
apt-confirm-move =
    الرجاء التحقق من الوقت الجديد:
    الموعد: { $kind }، { $time }، { $interpreter }، { $about }
    هل أغيّر الموعد؟
apt-confirm-yes = ✅ نعم
apt-stopped = حسنًا. لم يتم حجز أو تغيير أي شيء.
apt-taken = عذرًا، شخص آخر أخذ هذا الوقت للتو.
apt-booked =
    ✅ تم حجز موعدك.
    الموعد: { $kind }، { $time }
    التفاصيل: { $where }
apt-moved =
    ✅ لموعدك وقت جديد.
    الموعد: { $kind }، { $time }
    التفاصيل: { $where }
apt-where-office = العنوان: { $address }
apt-where-office-unknown = سيخبرك المرشد بالعنوان.
apt-where-video = رابط الفيديو: { $link }
apt-where-video-later = سيرسل لك المرشد رابط الفيديو.
apt-where-phone = سيتصل بك المرشد.
apt-where-home = سيأتي المرشد إلى بيتك.
apt-my = 📅 مواعيدي
apt-my-title = مواعيدك:
apt-my-none = ليس لديك مواعيد محجوزة.
apt-item = موعد { $time }، { $kind }
apt-book = 📅 احجز موعدًا
apt-move = غيّر الوقت
apt-cancel = ألغِ
apt-not-found = هذا الموعد لم يعد محجوزًا.
apt-too-late = فات الوقت لتغيير هذا الموعد هنا. الرجاء التحدث مع شخص.
apt-cancel-question = هل تريد إلغاء موعدك في { $time }؟
apt-cancel-yes = نعم، ألغِه
apt-cancel-no = لا، احتفظ به
apt-cancelled = تم إلغاء موعدك في { $time }.
apt-restart = لنبدأ الحجز من جديد. لم يتم حجز أي شيء بعد.
apt-coming = ✅ سأحضر
apt-other-time = 🔄 أحتاج وقتًا آخر
apt-coming-thanks = شكرًا لك! نراك قريبًا.
apt-reminder-day-before =
    📅 تذكير: لديك موعد غدًا.
    الموعد: { $kind }، { $time }
    التفاصيل: { $where }
apt-reminder-soon =
    📅 موعدك سيبدأ قريبًا.
    الموعد: { $kind }، { $time }
    التفاصيل: { $where }
apt-exception-notice = ❗ عذرًا، لا يمكن أن يتم موعدك في { $time }. المرشد غائب. الرجاء اختيار وقت جديد.
## Integration plan

menu-plan = 📋 خطتي
cmd-plan = خطتي
plan-title = 📋 خطتك
plan-goals = أهدافك:
plan-done = تم:
plan-next = الخطوات التالية:
plan-who-participant = أنت
plan-who-counsellor = مرشدك
plan-who-partner = مع { $partner }
plan-who-partner-unknown = جهة شريكة
plan-due = قبل { $date }
plan-cannot-marked = أخبرتنا أنك لا تستطيع القيام بهذا
plan-no-steps = لا توجد خطوات بعد. سيضيفها مرشدك معك.
plan-none = ليست لديك خطة بعد. سيعدّها مرشدك معك.
plan-own-words = (كتب مرشدك هذا باللغة { $language })
plan-button-done = ✅ تم: { $step }
plan-button-cannot = 🙋 لا أستطيع القيام بهذا
plan-step-not-open = هذه الخطوة مسجّلة من قبل.
plan-step-marked-done = ✅ أحسنت! تمت خطوة «{ $step }».
plan-step-cannot-noted = شكرًا لأنك أخبرتنا عن «{ $step }». سنجد طريقة أخرى معًا.
plan-nudge =
    📌 حان وقت خطوة في خطتك: «{ $step }» (قبل { $date }).
    هل قمت بها؟
plan-nudge-done = ✅ نعم، قمت بها
plan-nudge-cannot = 🙋 لا أستطيع القيام بهذا
plan-step-register-job-seeker = التسجيل كباحث عن عمل
plan-step-apply-daycare = التقديم على مكان في الحضانة
plan-step-library-language-cafe = زيارة مقهى اللغة في المكتبة
plan-step-kela-benefits = السؤال في كيلا (Kela) عن المساعدات
plan-step-child-health-clinic = زيارة عيادة صحة الطفل
plan-step-integration-training = التقديم على دورة الاندماج
plan-step-finnish-course = بدء دورة في اللغة الفنلندية
plan-step-open-bank-account = فتح حساب في البنك

privacy-export-referrals = إحالاتك إلى الجهات الشريكة:
privacy-export-referral = الجهة { $partner }: { $status ->
     [awaiting-consent] بانتظار جوابك
     [consent-refused] قلتَ لا
     [sent] أُرسلت
     [accepted] قُبلت
     [started] بدأت
     [finished] انتهت
    *[declined] لم تُقبل
  }
## Referrals

ref-consent-ask =
    🤝 يرى مرشدك أن { $partner } يمكن أن تساعدك.
    السبب: { $reason } (مكتوب باللغة { $language })
    سيحصلون على: { $shared }.
    هل توافق أن نشارك هذا معهم؟ لن نرسل شيئًا بدون موافقتك.
ref-consent-yes = ✅ نعم، أوافق
ref-consent-no = ❌ لا
ref-consent-given = شكرًا. سنرسلها إليهم. سيخبرك مرشدك بما سيحدث بعد ذلك.
ref-consent-refused = حسنًا. لن نرسل شيئًا. يمكنك التحدث عن ذلك مع مرشدك في أي وقت.
ref-already-agreed = لقد وافقت على هذا من قبل. لن يتغير شيء.
ref-already-refused = لقد رفضت هذا من قبل. لن نرسل شيئًا.
ref-unknown = هذا السؤال لم يعد مفتوحًا.
ref-shared-contact = طريقة التواصل معك
ref-shared-language-level = مهاراتك اللغوية
ref-shared-survey-answers = إجاباتك على أسئلتنا
ref-shared-plan = خطتك
ref-shared-children = معلومات عن أطفالك

## Follow-up

fu-q-situation = ما هو وضعك الأساسي الآن؟ اختر واحدًا.
fu-offer =
    👋 مرّ { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } منذ أن أجبت على أسئلتنا. كيف حالك الآن؟
    هناك أربعة أسئلة قصيرة. إجاباتك الأولى تبقى كما هي.
fu-start = ▶️ أجب الآن
fu-progress = السؤال { $index } من { $total }
fu-thanks = شكرًا! يستطيع مرشدك الآن أن يرى ما تغيّر.
fu-already-done = لقد أجبت على هذه الأسئلة من قبل. شكرًا!
fu-unknown = هذه الأسئلة غير مفتوحة لك الآن.
fu-use-buttons = الرجاء الإجابة باستخدام الأزرار.
q-goals-reached = هل حققت الأهداف التي كانت لديك في البداية؟
q-goals-reached-yes = نعم
q-goals-reached-partly = جزئيًا
q-goals-reached-no = ليس بعد
qs-goals-reached = تحقيق الأهداف
