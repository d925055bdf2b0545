# Українська. Короткі й прості речення для тих, хто недавно переїхав. Усі ключі є в усіх мовах.

## Мова і початок

language-choose = Оберіть мову.
language-changed = Добре. Тепер я писатиму вам українською.
welcome =
    Вітаю! Я помічник проєкту { $project }.
    Я допомагаю батькам, які переїхали до Фінляндії.
    Я можу знайти для вас курси та групові зустрічі. Вам також може допомогти жива людина.

## Конфіденційність і згода

consent-notice =
    Перед запитаннями — про ваші дані.

    Хто зберігає: { $project }. Контакт: { $contact }
    Навіщо: щоб знайти курси й допомогу, які вам підходять.
    Про що ми питаємо: про ваші мови, навчання, роботу, дітей, побажання та зручний час. Ще ми питаємо, як ви почуваєтеся, вашу стать і вік.
    Хто бачить: консультанти проєкту. Вони читають ваші відповіді й повідомлення.
    Як довго: ми видаляємо ваші дані через { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    } після вашого останнього повідомлення. Листування з консультантом ми видаляємо через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } після завершення розмови.
    У статистиці залишаються лише числа без імен.
    Відповідати — добровільно. Це не впливає на ваші справи в Kela, службі зайнятості чи Міграційній службі (Migri).
    Ваші права: /mydata показує ваші дані. /delete видаляє їх і скасовує вашу згоду. Такі самі кнопки є в меню.
    Ви можете подати скаргу омбудсмену із захисту даних: tietosuoja.fi

    Ви згодні?
consent-contact-counsellor = напишіть консультантові тут: /counsellor
consent-accept = ✅ Я даю згоду
consent-decline = ❌ Я не даю згоди
consent-accepted = Дякуємо. Можемо почати.
consent-declined =
    Добре. Ми не зберегли ваших відповідей.
    Ви все одно можете читати загальну інформацію.
    Ви також можете поговорити з живою людиною.
consent-needed = Спочатку прочитайте, як ми використовуємо ваші дані, і дайте відповідь.
consent-withdraw-confirm =
    Раніше ви дали згоду.
    Якщо ви більше не згодні, ми видалимо всі ваші дані:
    ваші відповіді, записи на курси й місця в списку очікування, а також ваші повідомлення з консультантами.
    Ми залишимо лише числа без імен для статистики проєкту.
    Цю дію не можна скасувати. Ви цього хочете?
consent-withdraw-yes = 🗑 Так, видалити мої дані
consent-withdraw-no = ↩️ Ні, назад
consent-withdrawn =
    Ви більше не згодні, тому ми видалили ваші дані. Дякуємо.
    Ви все одно можете читати загальну інформацію й поговорити з живою людиною: напишіть /start.
consent-withdraw-cancelled = Добре. Нічого не видалено. Ваша згода залишається чинною.

## Головне меню

menu-title = Що ви хочете зробити?
menu-survey-start = 📝 Почати опитування
menu-survey-continue = 📝 Продовжити опитування
menu-profile = 👤 Мої відповіді
menu-language = 🌐 Мова
menu-info = ℹ️ Інформація
menu-help = ❓ Допомога
audio-listen = 🔊 Послухати
audio-none = На жаль, це поки не можна послухати вашою мовою.
audio-failed = На жаль, зараз не вдалося підготувати звук. Спробуйте пізніше.
audio-reminder = Це нагадування про вашу зустріч. День, час і місце вказані в повідомленні. Якщо ви прийдете, натисніть першу кнопку. Якщо не зможете прийти, натисніть другу кнопку.
menu-mydata = 🔐 Мої дані
menu-delete = 🗑 Видалити мої дані

help =
    Я бот. Я допомагаю знайти курси та допомогу.
    Натискайте кнопки. Багато писати не потрібно.

    /start – головне меню
    /language – змінити мову
    /profile – переглянути або змінити відповіді
    /mydata – переглянути ваші дані
    /delete – видалити ваші дані
    /help – це повідомлення
info =
    Загальна інформація:
    На сайті InfoFinland є інформація про життя у Фінляндії багатьма мовами: www.infofinland.fi
    У надзвичайній ситуації телефонуйте 112.

## Опитування: загальне

survey-intro =
    Я поставлю кілька запитань. Це займе близько 10 хвилин.
    Ваші відповіді допоможуть проєкту знайти для вас курси та допомогу.
    Це не офіційна оцінка муніципалітету чи служби зайнятості, і вона її не замінює.
    Відповіді зберігаються одразу. Можна зупинитися й продовжити пізніше.
survey-progress = Запитання { $index } з { $total }
survey-multi-hint = Натисніть усі варіанти, які підходять. Потім натисніть «{ survey-done }».
survey-number-hint = Напишіть число.
survey-text-hint = Напишіть коротку відповідь.
survey-counts-hint = Натисніть ➕ по одному разу за кожну дитину. ➖ прибирає одну. Потім натисніть «{ survey-done }».
survey-back = ◀️ Назад
survey-skip = Пропустити ⏭
survey-done = ✔️ Готово
survey-yes = Так
survey-no = Ні
survey-skipped = (пропущено)
survey-voice-answer = 🎤 Голосове повідомлення
survey-voice-noted = Дякуємо. Консультант прослухає ваше голосове повідомлення.

survey-use-buttons = Будь ласка, користуйтеся кнопками під запитанням.
survey-not-a-number = Будь ласка, напишіть число від { $min } до { $max }.
survey-out-of-range = Будь ласка, напишіть число від { $min } до { $max }.
survey-not-whole = Будь ласка, напишіть ціле число, без дробової частини.
survey-too-long =
    Це надто довгий текст. Будь ласка, напишіть максимум { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
survey-empty = Будь ласка, напишіть кілька слів.
survey-send-text = Будь ласка, напишіть відповідь текстом.
survey-bad-characters = Деякі символи у вашому повідомленні не вдалося прочитати. Будь ласка, напишіть його ще раз.
survey-choose-at-least-one = Оберіть хоча б один варіант. Потім натисніть «{ survey-done }».
survey-too-many = Будь ласка, оберіть щонайбільше { $max ->
    [one] { $max } відповідь
    [few] { $max } відповіді
    [many] { $max } відповідей
   *[other] { $max } відповіді
}.
survey-not-optional = На це запитання потрібно відповісти.
survey-unknown-option = Ця кнопка більше не працює. Ось запитання ще раз.
survey-stale-button = Ця кнопка зі старого повідомлення. Ось ваше запитання зараз.
stale-button = Ця кнопка зі старого повідомлення.
stale-button-menu = Ця кнопка зі старого повідомлення. Будь ласка, виберіть знову в меню.
survey-consent-first = Спочатку, будь ласка, дайте згоду на використання ваших даних.

survey-summary-title = Ваші відповіді. Усе правильно?
survey-summary-confirm = ✅ Усе правильно
survey-summary-change = ✏️ Змінити відповідь
survey-change-which = Яку відповідь ви хочете змінити?
survey-completed =
    Дякуємо! Ваші відповіді збережено.
    Консультант може їх побачити й допомогти вам.
survey-already-completed = Ви відповіли на всі запитання. Дякуємо!

profile-title = Ваші відповіді:
profile-empty = Ви ще не відповіли на жодне запитання.

not-understood = Вибачте, я не зрозумів. Будь ласка, користуйтеся кнопками або напишіть /help.
error-generic = Вибачте, щось пішло не так. Будь ласка, спробуйте ще раз трохи згодом.

## Опитування: запитання. q-ID — запитання, q-ID-OPTION — варіант відповіді, qs-ID — коротка назва.

q-region = Де ви живете?
q-region-paijat-hame = Пяйят-Гяме (Лахті та околиці)
q-region-south-karelia = Етеля-Кар’яла (Лаппеенранта та околиці)
q-region-meri-lappi = Мері-Лаппі (Кемі, Торніо)
q-region-kanta-hame = Канта-Гяме (Гямеенлінна та околиці)
q-region-ostrobothnia = Пох’янмаа (Вааса та околиці)
q-region-other = В іншому місці
qs-region = Місце проживання
q-int-lang =
    У вашому регіоні курси інтеграції є фінською та шведською.
    Яку мову ви хочете вивчати?
q-int-lang-fi = Фінська
q-int-lang-sv = Шведська
q-int-lang-unsure = Ще не знаю
qs-int-lang = Мова інтеграції

q-years-in-fi = Скільки часу ви живете у Фінляндії?
q-years-in-fi-under-1 = Менше 1 року
q-years-in-fi-1-3 = 1–3 роки
q-years-in-fi-over-3 = Понад 3 роки
qs-years-in-fi = Час у Фінляндії

q-languages = Якими мовами ви розмовляєте?
q-languages-ar = Арабська
q-languages-prs = Дарі
q-languages-fa = Перська (фарсі)
q-languages-ps = Пушту
q-languages-ckb = Курдська (сорані)
q-languages-kmr = Курдська (курманджі)
q-languages-so = Сомалі
q-languages-ru = Російська
q-languages-uk = Українська
q-languages-sw = Суахілі
q-languages-en = Англійська
q-languages-ku = Курдська
q-languages-ti = Тигринья
q-languages-am = Амхарська
q-languages-ln = Лінгала
q-languages-rw = Кіньяруанда
q-languages-fr = Французька
q-languages-other = Інша мова
qs-languages = Ваші мови

q-finnish = Наскільки добре ви розмовляєте фінською?
q-finnish-none = Зовсім не розмовляю
q-finnish-basics = Знаю кілька слів
q-finnish-everyday = Достатньо для щоденного життя
q-finnish-good = Добре
qs-finnish = Фінська мова

q-swedish = Наскільки добре ви розмовляєте шведською?
q-swedish-none = Зовсім не розмовляю
q-swedish-basics = Знаю кілька слів
q-swedish-everyday = Достатньо для щоденного життя
q-swedish-good = Добре
qs-swedish = Шведська мова

q-read-own = Чи вмієте ви читати й писати рідною мовою?
q-read-own-no = Ні
q-read-own-a-little = Трохи
q-read-own-yes = Так
qs-read-own = Читання рідною мовою

q-read-latin = Чи вмієте ви читати й писати такі літери: D F G?
q-read-latin-no = Ні
q-read-latin-a-little = Трохи
q-read-latin-yes = Так
qs-read-latin = Читання: D F G

q-school-years = Скільки років ви ходили до школи?
q-school-years-none = Я не ходив(ла) до школи
q-school-years-1-6 = 1–6 років
q-school-years-7-9 = 7–9 років
q-school-years-10-12 = 10–12 років
q-school-years-13-plus = 13 років і більше
qs-school-years = Роки в школі

q-education = Яка у вас найвища освіта?
q-education-none = Немає освіти
q-education-religious = Лише релігійна школа
q-education-primary-some = Кілька років початкової школи
q-education-basic = Базова школа
q-education-secondary = Старша школа
q-education-vocational = Професійне училище або коледж
q-education-university = Інститут або університет
qs-education = Освіта

q-worked = Ви працювали раніше? Рахується будь-яка робота: і без оплати, і вдома для інших, і на фермі, і в сімейній справі.
qs-worked = Досвід роботи

q-work-field = Якою роботою ви займалися? Напишіть кілька слів, наприклад «кухар» або «медсестра». Можна надіслати й голосове повідомлення 🎤.
qs-work-field = Ваша робота

q-situation = Яке у вас зараз життя? Виберіть усе, що підходить.
q-situation-home = 🏠 Удома з дітьми
q-situation-family-leave = 👶 У відпустці по догляду за дитиною
q-situation-course = 📖 На курсі фінської або шведської
q-situation-job-seeker = 🔎 Шукаю роботу
q-situation-studying = 🎓 Навчаюся
q-situation-working = 💼 Працюю
q-situation-other = Інше
qs-situation = Зараз
q-job-registered = Ви зареєстровані як шукач роботи в службі зайнятості?
q-job-registered-yes = Так
q-job-registered-no = Ні
q-job-registered-unsure = Не знаю
qs-job-registered = Зареєстрований(а) як шукач роботи
q-plan = У вас уже є план інтеграції (kotoutumissuunnitelma)?
q-plan-yes = Так
q-plan-no = Ні
q-plan-unsure = Не знаю
qs-plan = План інтеграції
q-kids = Які діти живуть з вами? Натисніть на вік кожної дитини.
q-kids-0-1 = 👶 До 1 року
q-kids-1-2 = 👶 1–2 роки
q-kids-3-6 = 🧒 3–6 років
q-kids-7-12 = 🧒 7–12 років
q-kids-13-17 = 🧑 13–17 років
q-kids-18-plus = 🧑 18 років і старше
q-kids-none = Зі мною не живуть діти
qs-kids = Діти, які живуть з вами
q-daycare = Чи має ваша дитина місце в дитячому садку (päiväkoti)?
q-daycare-yes = 🏫 Так
q-daycare-applied = 📝 Я подав(ла) заяву
q-daycare-no = 🏠 Ні
qs-daycare = Місце в дитячому садку

q-children = Скільки у вас дітей? Напишіть число. Якщо дітей немає, напишіть 0.
qs-children = Діти

q-children-under-7 = Скільки з них молодші за 7 років?
qs-children-under-7 = Діти до 7 років

q-child-ages = Скільки років вашим дітям?
q-child-ages-0-1 = Менше 1 року
q-child-ages-1-2 = 1–2 роки
q-child-ages-3-6 = 3–6 років
q-child-ages-7-12 = 7–12 років
q-child-ages-13-17 = 13–17 років
q-child-ages-18-plus = 18 років або більше
qs-child-ages = Вік дітей

q-childcare = Чи потрібен вам догляд за дітьми, поки ви на груповій зустрічі?
q-childcare-yes = 🧸 Так
q-childcare-sometimes = 🧸 Іноді
q-childcare-no = 🙅 Ні
qs-childcare = Догляд за дітьми

q-goals = Чого ви хочете? Оберіть усе, що підходить.
q-goals-work = 💼 Знайти роботу
q-goals-studies = 🎓 Навчатися
q-goals-language = 🗣 Вивчити фінську або шведську
q-goals-friends = 🤝 Знайти друзів і знайомих
q-goals-wellbeing = 🌱 Почуватися добре
q-goals-everyday = 🏠 Отримати допомогу в щоденних справах
qs-goals = Ваші побажання

q-times = Коли ви можете приходити на зустрічі?
q-times-mornings = 🌅 Зранку
q-times-afternoons = ☀️ Удень
q-times-evenings = 🌙 Увечері
q-times-weekends = 📅 У вихідні
qs-times = Зручний час

q-coping = Як ви почуваєтеся останнім часом?
q-coping-well = 🙂 Добре
q-coping-okay = 😐 Нормально
q-coping-hard = 😔 Мені важко
q-coping-talk = 💬 Хочу з кимось поговорити
qs-coping = Самопочуття

q-interpreter = Вам потрібен перекладач?
qs-interpreter = Перекладач
q-interpreter-lang = Якою мовою має говорити перекладач?
qs-interpreter-lang = Мова перекладача

q-gender = Ви можете вказати свою стать. Це запитання можна пропустити.
q-gender-woman = Жінка
q-gender-man = Чоловік
q-gender-other = Інше
q-gender-no-say = Не хочу відповідати
qs-gender = Стать

q-age-group = Скільки вам років? Це запитання можна пропустити.
q-age-group-under-25 = Менше 25
q-age-group-25-34 = 25–34
q-age-group-35-44 = 35–44
q-age-group-45-plus = 45 або більше
q-age-group-no-say = Не хочу відповідати
qs-age-group = Вік

## Меню команд (короткі описи, які Telegram показує поруч із /командами)

cmd-start = Головне меню
cmd-survey = Відповісти на запитання
cmd-profile = Мої відповіді
cmd-language = Змінити мову
cmd-help = Допомога

## Other

edited-message = Я не бачу змін у старих повідомленнях. Будь ласка, надішліть нове повідомлення.
survey-talk-noted = Дякуємо, що розповіли. Консультант побачить це і зв'яжеться з вами.

## Модулі (курси та групи)

menu-modules = 📚 Курси
menu-my = 🗓 Мої курси
cmd-modules = Курси для вас
cmd-my = Мої курси

modules-title = Ці курси та групи вам підходять. Натисніть на будь-який, щоб дізнатися більше.
modules-none = Зараз для вас немає відповідних курсів. Вам може допомогти консультант.
modules-answer-first = Спочатку дайте відповіді на запитання. Тоді я покажу, що вам підходить.
module-reasons-title = Чому це вам підходить:
match-reason-language-level = Ви зможете краще розмовляти фінською.
match-reason-swedish-level = Ви зможете краще вивчити шведську.
match-reason-chose-swedish = Ви обрали інтеграцію шведською.
match-reason-goal-language = Ви хочете вивчити мову.
match-reason-reading = Це допоможе вам читати й писати.
match-reason-goal-work = Ви хочете знайти роботу.
match-reason-job-seeker = Ви шукаєте роботу.
match-reason-newly-arrived = Ви нещодавно приїхали до Фінляндії.
match-reason-goal-everyday = Вам потрібна допомога в щоденних справах.
match-reason-wellbeing = Це може допомогти вам почуватися краще.
match-reason-goal-wellbeing = Ви хочете почуватися добре.
match-reason-wants-to-talk = Ви зможете поговорити з консультантом.
match-reason-goal-friends = Ви зможете познайомитися з іншими людьми.
match-reason-childcare = Є догляд за дітьми.
match-reason-times = Час вам підходить.
match-reason-for-mothers = Це група для мам.
match-reason-for-working-parents = Це група для батьків, які працюють.
match-note-no-childcare = Зверніть увагу: догляду за дітьми тут немає.
match-note-times = Зверніть увагу: час може вам не підійти.
module-next-sessions = Найближчі зустрічі:
module-session = { $date }, { $place }
place-by-agreement = За домовленістю: в офісі або у вас вдома
module-languages = Мови: { $languages }
module-childcare-yes = Догляд за дітьми: є
module-childcare-no = Догляд за дітьми: немає
module-places-left = { $count ->
    [one] Залишилося { $count } місце.
    [few] Залишилося { $count } місця.
    [many] Залишилося { $count } місць.
   *[other] Залишилося { $count } місця.
}
module-full = Курс заповнений. Ви можете записатися до списку очікування.
module-enrol = ✅ Записатися
module-join-waitlist = 🕒 Записатися до списку очікування
module-back = ◀️ Усі курси
module-children-question = Скільком вашим дітям потрібен догляд під час зустрічей?
module-children-none = Нікому
module-confirm = Записатися на «{ $title }»? Дітей, яким потрібен догляд: { $children }.
module-confirm-yes = ✅ Так, записатися
module-confirm-no = ❌ Ні
module-enrolled = Ви записані на «{ $title }». Ваші зустрічі — у розділі «{ menu-my }».
module-waitlisted = Курс заповнений. Ви в списку очікування під номером { $position }. Я напишу вам, коли звільниться місце.
module-already-enrolled = Ви вже записані на цей курс.
module-already-waitlisted = Ви вже в списку очікування. Ваш номер: { $position }.
module-unavailable = Цей курс більше недоступний.
module-promoted = Гарна новина! Звільнилося місце. Тепер ви записані на «{ $title }».

my-title = Ваші курси:
my-none = Ви ще не записалися на жоден курс.
my-enrolled = ✅ { $title }
my-waitlisted = 🕒 { $title }: список очікування, номер { $position }
my-next = Наступна зустріч: { $date }, { $place }
my-cancel = ❌ Скасувати запис: { $title }
my-cancel-confirm = Ви хочете скасувати запис на «{ $title }»?
my-cancel-yes = Так, скасувати
my-cancel-no = Ні, залишитися
my-cancelled = Ви скасували запис на «{ $title }». Ваше місце отримає людина зі списку очікування.

## Нагадування та участь

reminder-session =
    🔔 Нагадування: «{ $title }»
    🗓 { $date }
    📍 { $place }
    Ви прийдете?
reminder-childcare =
    👶 Для ваших дітей заброньовано догляд на зустрічі «{ $title }».
    🗓 { $date }
    Дітей, яким потрібен догляд: { $children }.
    Будь ласка, дайте відповідь, щоб няні могли підготуватися.
reminder-cancelled =
    ❗ Зустріч «{ $title }» ({ $date }) скасовано. Нам дуже шкода.
    Ваші інші зустрічі — у розділі «{ menu-my }».
rsvp-coming = ✅ Я прийду
rsvp-not-coming = ❌ Я не зможу прийти
rsvp-childcare-yes = ✅ Так, { $children ->
    [one] { $children } дитина
    [few] { $children } дитини
    [many] { $children } дітей
   *[other] { $children } дитини
}
rsvp-childcare-change = ✏️ Змінити кількість дітей
rsvp-children-question = Скільки дітей буде під доглядом цього разу?
rsvp-thanks-coming = Дякуємо! До зустрічі.
rsvp-thanks-not-coming = Дякуємо, що повідомили. Цього разу ваше місце і догляд за дітьми звільняться для інших.
rsvp-children-saved = Дякуємо. Дітей під доглядом цього разу: { $children }.
rsvp-too-late = Ця зустріч уже почалася або її скасовано.
reminder-moved =
    🔄 Зустріч «{ $title }» перенесено. Новий час і місце:
    🗓 { $date }
    📍 { $place }
reminder-reinstated =
    ✅ Гарна новина: зустріч «{ $title }» все-таки відбудеться:
    🗓 { $date }
    📍 { $place }
reminder-ask-coming = Ви прийдете?
reminder-ask-childcare = Ви прийдете? Дітей під доглядом: { $children }.
reminder-declined-note = Ви повідомили, що не зможете прийти. Якщо все-таки зможете, натисніть кнопку.
rsvp-can-come = ✅ Я все-таки зможу прийти
rsvp-changed =
    ⚠️ Час зустрічі «{ $title }» змінився. Ваша відповідь стосувалася старого часу.
    🗓 { $date }
    📍 { $place }
    Ви прийдете в новий час?

## Розмова з людиною

menu-counsellor = 🙋 Поговорити з людиною
menu-unsafe = 🆘 Я не в безпеці
cmd-counsellor = Поговорити з людиною
handoff-opened-now =
    Консультант скоро відповість вам тут.
    Ви можете писати вже зараз. Ваші повідомлення отримає консультант.
    Щоб повернутися до бота, напишіть /end.
handoff-opened-later =
    Зараз наші консультанти не працюють. Консультант відповість вам тут, коли почнеться робочий час: { $date }.
    Ви можете писати вже зараз. Ваші повідомлення отримає консультант.
    Щоб повернутися до бота, напишіть /end.
handoff-already = Ви вже розмовляєте з людиною. Напишіть своє повідомлення тут. Щоб повернутися до бота, напишіть /end.
handoff-forwarded = ✓ Ваше повідомлення передано консультантові.
handoff-end-button = ↩️ Завершити чат з консультантом
safety-help-intro = 💛 Дякуємо, що розповіли. Ви не самі.
safety-help-112 = 🚨 Якщо ви в небезпеці зараз, телефонуйте 112.
safety-line-crisis = ☎️ Кризова лінія, якщо вам важко: { $name }, { $phone } ({ $hours })
safety-line-violence = ☎️ Допомога при насильстві вдома або в родині: { $name }, { $phone } ({ $hours })
safety-line-other = ☎️ Лінія допомоги: { $name }, { $phone } ({ $hours })
safety-open-always = цілодобово
safety-open-hours = працює { $weekdays } з { $from } до { $to }
safety-offer = 🙋 Консультант проєкту теж може поговорити з вами. Натисніть кнопку, якщо хочете.
safety-urgent-now =
    🙋 Я повідомив наших консультантів. Ви перші в черзі.
    Пишіть тут. Ваші повідомлення отримає консультант.
safety-urgent-later =
    🙋 Я повідомив наших консультантів. Зараз вони не на роботі. Консультант відповість вам тут { $date }.
    Якщо ви в небезпеці зараз, телефонуйте 112.
handoff-busy-button = Зараз ви розмовляєте з людиною. Щоб повернутися до бота, напишіть /end.
handoff-ended = Ви знову спілкуєтеся з ботом.
handoff-closed-by-counsellor = Розмову з консультантом завершено. Ви знову спілкуєтеся з ботом. Напишіть /start, щоб відкрити меню.
handoff-offer = Хочете поговорити з живою людиною?
handoff-offer-yes = 🙋 Так, поговорити з людиною
not-understood-offer = Вибачте, я досі не розумію. Вам може допомогти жива людина.

## Ваші дані

cmd-mydata = Мої дані
cmd-delete = Видалити мої дані
privacy-export-intro = Ось усе, що ми зберігаємо про вас. Усі дані повністю є у файлі.
privacy-export-answers = Ваші відповіді:
privacy-export-courses = Ваші курси:
privacy-export-course-enrolled = { $title }: ви записані
privacy-export-course-waitlisted = { $title }: ви у списку очікування
privacy-export-course-cancelled = { $title }: ви залишили курс
privacy-export-messages = Повідомлень у листуванні з консультантами: { $count }
privacy-export-none = Більше ми нічого про вас не зберігаємо.
privacy-delete-confirm =
    Ви хочете видалити всі свої дані?
    Ваші відповіді, записи на курси й повідомлення буде видалено. Цю дію не можна скасувати.
privacy-delete-yes = 🗑 Так, видалити все
privacy-delete-no = Ні, залишити мої дані
privacy-deleted = Ваші дані видалено. Дякуємо. Якщо хочете почати знову, напишіть /start.
privacy-delete-kept = Добре. Нічого не видалено.
privacy-notice-updated = Ми змінили текст про те, як використовуємо ваші дані. Будь ласка, прочитайте його й дайте відповідь ще раз.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 Зустріч із консультантом
cmd-appointment = Записатися до консультанта
apt-kind-question = Яку зустріч ви хочете?
apt-kind-office = 🏢 В офісі
apt-kind-phone = 📞 Телефоном
apt-kind-video = 💻 Відеозв'язком
apt-kind-home = 🏠 У мене вдома
apt-none = На жаль, зараз немає вільного часу. Спробуйте пізніше або поговоріть із людиною.
apt-times-question = { $kind }: оберіть час (за часом Фінляндії).
apt-later = Пізніше ▶
apt-no-later = Пізнішого часу немає. Ось знову перші варіанти.
apt-stop = ✖ Стоп
apt-use-buttons = Будь ласка, оберіть кнопкою.
apt-interpreter-question = Вам потрібен перекладач?
apt-interpreter-no = Без перекладача
apt-interpreter-yes = Так, { $language }
apt-interpreter-other = Інша мова
apt-interpreter-which = Яка мова?
apt-interpreter-line = Перекладач: { $language }
apt-interpreter-none = Без перекладача
apt-topic-line = Тема: { $topic }
apt-topic-none = Тему не вибрано
apt-reason-question = Про що ви хочете поговорити? Можна пропустити.
apt-reason-work = Робота або навчання
apt-reason-family = Сім'я та діти
apt-reason-health = Здоров'я
apt-reason-papers = Листи та бланки
apt-reason-other = Інше
apt-skip = Пропустити
apt-confirm =
    Будь ласка, перевірте:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Записати вас?
apt-confirm-move =
    Будь ласка, перевірте новий час:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Змінити час?
apt-confirm-yes = ✅ Так
apt-stopped = Добре. Нічого не записано і не змінено.
apt-taken = На жаль, цей час щойно зайняли.
apt-booked =
    ✅ Вас записано.
    { $kind }, { $time }
    { $where }
apt-moved =
    ✅ Ваша зустріч має новий час.
    { $kind }, { $time }
    { $where }
apt-where-office = Адреса: { $address }
apt-where-office-unknown = Консультант повідомить вам адресу.
apt-where-video = Посилання на відео: { $link }
apt-where-video-later = Консультант надішле вам посилання на відео.
apt-where-phone = Консультант вам зателефонує.
apt-where-home = Консультант прийде до вас додому.
apt-my = 📅 Мої зустрічі
apt-my-title = Ваші зустрічі:
apt-my-none = У вас немає запланованих зустрічей.
apt-item = { $time }, { $kind }
apt-book = 📅 Записатися
apt-move = Змінити час
apt-cancel = Скасувати
apt-not-found = Ця зустріч більше не запланована.
apt-too-late = Змінити цю зустріч тут уже не можна. Будь ласка, поговоріть із людиною.
apt-cancel-question = Скасувати зустріч { $time }?
apt-cancel-yes = Так, скасувати
apt-cancel-no = Ні, залишити
apt-cancelled = Вашу зустріч { $time } скасовано.
apt-restart = Почнімо запис спочатку. Поки нічого не записано.
apt-coming = ✅ Я прийду
apt-other-time = 🔄 Мені потрібен інший час
apt-coming-thanks = Дякуємо! До зустрічі.
apt-reminder-day-before =
    📅 Нагадування: завтра у вас зустріч.
    { $kind }, { $time }
    { $where }
apt-reminder-soon =
    📅 Ваша зустріч скоро почнеться.
    { $kind }, { $time }
    { $where }
apt-exception-notice = ❗ На жаль, ваша зустріч { $time } не відбудеться. Консультанта не буде. Будь ласка, оберіть новий час.
## Integration plan

menu-plan = 📋 Мій план
cmd-plan = Мій план
plan-title = 📋 Ваш план
plan-goals = Ваші цілі:
plan-done = Зроблено:
plan-next = Далі:
plan-who-participant = ви
plan-who-counsellor = ваш консультант
plan-who-partner = разом з { $partner }
plan-who-partner-unknown = організація-партнер
plan-due = до { $date }
plan-cannot-marked = ви сказали, що не можете це зробити
plan-no-steps = Кроків поки немає. Консультант додасть їх разом з вами.
plan-none = У вас поки немає плану. Консультант складе його разом з вами.
plan-own-words = (консультант написав це мовою: { $language })
plan-button-done = ✅ Зроблено: { $step }
plan-button-cannot = 🙋 Я не можу це зробити
plan-step-not-open = Цей крок уже позначено.
plan-step-marked-done = ✅ Чудово! Крок «{ $step }» зроблено.
plan-step-cannot-noted = Дякуємо, що розповіли про «{ $step }». Разом ми знайдемо інший шлях.
plan-nudge =
    📌 Час зробити крок з вашого плану: «{ $step }» (до { $date }).
    Його вже зроблено?
plan-nudge-done = ✅ Так, зроблено
plan-nudge-cannot = 🙋 Я не можу це зробити
plan-step-register-job-seeker = Зареєструватися як шукач роботи
plan-step-apply-daycare = Подати заяву на місце в дитячому садку
plan-step-library-language-cafe = Сходити в мовне кафе бібліотеки
plan-step-kela-benefits = Запитати в Kela про допомогу
plan-step-child-health-clinic = Сходити в дитячу консультацію (неувола)
plan-step-integration-training = Подати заявку на курс інтеграції
plan-step-finnish-course = Почати курс фінської мови
plan-step-open-bank-account = Відкрити рахунок у банку

privacy-export-referrals = Ваші направлення до організацій-партнерів:
privacy-export-referral = { $partner }: { $status ->
     [awaiting-consent] чекає на вашу відповідь
     [consent-refused] ви відмовилися
     [sent] надіслано
     [accepted] прийнято
     [started] розпочато
     [finished] завершено
    *[declined] не прийнято
  }
## Referrals

ref-consent-ask =
    🤝 Ваш консультант вважає, що вам може допомогти { $partner }.
    Чому: { $reason } (написано мовою: { $language })
    Вони отримають: { $shared }.
    Чи можна передати їм це? Без вашої згоди нічого не надсилається.
ref-consent-yes = ✅ Так, я погоджуюся
ref-consent-no = ❌ Ні
ref-consent-given = Дякуємо. Ми надішлемо їм це. Консультант розповість, що буде далі.
ref-consent-refused = Добре. Нічого не надсилається. Ви можете поговорити про це з консультантом будь-коли.
ref-already-agreed = Ви вже погодилися. Нічого не змінюється.
ref-already-refused = Ви вже відмовилися. Нічого не надсилається.
ref-unknown = Це питання вже не відкрите.
ref-shared-contact = як з вами зв'язатися
ref-shared-language-level = ваше знання мов
ref-shared-survey-answers = ваші відповіді на наші питання
ref-shared-plan = ваш план
ref-shared-children = відомості про ваших дітей

## Follow-up

fu-q-situation = Яка у вас зараз основна ситуація? Виберіть одне.
fu-offer =
    👋 Минуло { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    } відтоді, як ви відповіли на наші питання. Як у вас справи зараз?
    Лише чотири короткі питання. Ваші перші відповіді залишаться як були.
fu-start = ▶️ Відповісти зараз
fu-progress = Питання { $index } з { $total }
fu-thanks = Дякуємо! Тепер консультант бачить, що змінилося.
fu-already-done = Ви вже відповіли на ці питання. Дякуємо!
fu-unknown = Ці питання зараз для вас не відкриті.
fu-use-buttons = Будь ласка, відповідайте кнопками.
q-goals-reached = Чи досягли ви цілей, які мали на початку?
q-goals-reached-yes = Так
q-goals-reached-partly = Частково
q-goals-reached-no = Ще ні
qs-goals-reached = Цілі досягнуто
