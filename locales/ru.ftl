# Русский. Короткие и простые предложения для тех, кто недавно переехал. Все ключи есть во всех языках.

## Язык и начало

language-choose = Выберите язык.
language-changed = Хорошо. Теперь я буду писать вам по-русски.
welcome =
    Здравствуйте! Я помощник проекта { $project }.
    Я помогаю родителям, которые переехали в Финляндию.
    Я могу найти для вас курсы и групповые встречи. Вам может помочь и живой человек.

## Конфиденциальность и согласие

consent-notice =
    Перед вопросами — о ваших данных.

    Кто хранит: { $project }. Контакт: { $contact }
    Зачем: чтобы найти курсы и помощь, которые вам подходят.
    О чём мы спрашиваем: о ваших языках, учёбе, работе, детях, пожеланиях и удобном времени. Ещё мы спрашиваем, как вы себя чувствуете, ваш пол и возраст.
    Кто видит: консультанты проекта. Они читают ваши ответы и сообщения.
    Как долго: мы удаляем ваши данные через { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    } после вашего последнего сообщения. Переписку с консультантом мы удаляем через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } после конца разговора.
    В статистике остаются только числа без имён.
    Отвечать — добровольно. Это не влияет на ваши дела в Kela, службе занятости или Миграционной службе (Migri).
    Ваши права: /mydata показывает ваши данные. /delete удаляет их и отменяет ваше согласие. Такие же кнопки есть в меню.
    Вы можете подать жалобу омбудсмену по защите данных: tietosuoja.fi

    Вы согласны?
consent-contact-counsellor = напишите консультанту здесь: /counsellor
consent-accept = ✅ Я даю согласие
consent-decline = ❌ Я не даю согласия
consent-accepted = Спасибо. Можно начинать.
consent-declined =
    Хорошо. Мы не сохранили ваши ответы.
    Вы всё равно можете читать общую информацию.
    Вы также можете поговорить с живым человеком.
consent-needed = Сначала прочитайте, как мы используем ваши данные, и ответьте.
consent-withdraw-confirm =
    Раньше вы дали согласие.
    Если вы больше не согласны, мы удалим все ваши данные:
    ваши ответы, записи на курсы и места в листе ожидания, а также ваши сообщения с консультантами.
    Мы оставим только числа без имён для статистики проекта.
    Это нельзя отменить. Вы этого хотите?
consent-withdraw-yes = 🗑 Да, удалить мои данные
consent-withdraw-no = ↩️ Нет, назад
consent-withdrawn =
    Вы больше не согласны, поэтому мы удалили ваши данные. Спасибо.
    Вы всё равно можете читать общую информацию и поговорить с живым человеком: напишите /start.
consent-withdraw-cancelled = Хорошо. Ничего не удалено. Ваше согласие остаётся в силе.

## Главное меню

menu-title = Что вы хотите сделать?
menu-survey-start = 📝 Начать опрос
menu-survey-continue = 📝 Продолжить опрос
menu-profile = 👤 Мои ответы
menu-language = 🌐 Язык
menu-info = ℹ️ Информация
menu-help = ❓ Помощь
audio-listen = 🔊 Послушать
audio-none = К сожалению, это пока нельзя послушать на вашем языке.
audio-failed = К сожалению, сейчас не получилось подготовить звук. Попробуйте позже.
audio-reminder = Это напоминание о вашей встрече. День, время и место указаны в сообщении. Если вы придёте, нажмите первую кнопку. Если не сможете прийти, нажмите вторую кнопку.
menu-mydata = 🔐 Мои данные
menu-delete = 🗑 Удалить мои данные

help =
    Я бот. Я помогаю найти курсы и помощь.
    Нажимайте на кнопки. Много писать не нужно.

    /start – главное меню
    /language – сменить язык
    /profile – посмотреть или изменить ответы
    /mydata – посмотреть ваши данные
    /delete – удалить ваши данные
    /help – это сообщение
info =
    Общая информация:
    На сайте InfoFinland есть информация о жизни в Финляндии на многих языках: www.infofinland.fi
    В экстренной ситуации звоните 112.

## Опрос: общее

survey-intro =
    Я задам несколько вопросов. Это займёт около 10 минут.
    Ваши ответы помогут проекту найти для вас подходящие курсы и помощь.
    Это не официальная оценка муниципалитета или службы занятости и не заменяет её.
    Ответы сохраняются сразу. Можно остановиться и продолжить позже.
survey-progress = Вопрос { $index } из { $total }
survey-multi-hint = Нажмите на все подходящие варианты. Потом нажмите «{ survey-done }».
survey-number-hint = Напишите число.
survey-text-hint = Напишите короткий ответ.
survey-counts-hint = Нажмите ➕ по одному разу за каждого ребёнка. ➖ убирает одного. Затем нажмите «{ survey-done }».
survey-back = ◀️ Назад
survey-skip = Пропустить ⏭
survey-done = ✔️ Готово
survey-yes = Да
survey-no = Нет
survey-skipped = (пропущено)
survey-voice-answer = 🎤 Голосовое сообщение
survey-voice-noted = Спасибо. Консультант прослушает ваше голосовое сообщение.

survey-use-buttons = Пожалуйста, используйте кнопки под вопросом.
survey-not-a-number = Пожалуйста, напишите число от { $min } до { $max }.
survey-out-of-range = Пожалуйста, напишите число от { $min } до { $max }.
survey-not-whole = Пожалуйста, напишите целое число, без дробной части.
survey-too-long =
    Это слишком длинный текст. Пожалуйста, напишите максимум { $max ->
        [one] { $max } символ
        [few] { $max } символа
        [many] { $max } символов
       *[other] { $max } символа
    }.
survey-empty = Пожалуйста, напишите несколько слов.
survey-send-text = Пожалуйста, напишите ответ текстом.
survey-bad-characters = Некоторые символы в вашем сообщении не удалось прочитать. Пожалуйста, напишите его ещё раз.
survey-choose-at-least-one = Выберите хотя бы один вариант. Потом нажмите «{ survey-done }».
survey-too-many = Пожалуйста, выберите не больше { $max ->
    [one] { $max } ответа
    [few] { $max } ответов
    [many] { $max } ответов
   *[other] { $max } ответа
}.
survey-not-optional = На этот вопрос нужно ответить.
survey-unknown-option = Эта кнопка больше не работает. Вот вопрос ещё раз.
survey-stale-button = Эта кнопка из старого сообщения. Вот ваш вопрос сейчас.
stale-button = Эта кнопка из старого сообщения.
stale-button-menu = Эта кнопка из старого сообщения. Пожалуйста, выберите снова в меню.
survey-consent-first = Сначала, пожалуйста, дайте согласие на использование ваших данных.

survey-summary-title = Ваши ответы. Всё верно?
survey-summary-confirm = ✅ Всё верно
survey-summary-change = ✏️ Изменить ответ
survey-change-which = Какой ответ вы хотите изменить?
survey-completed =
    Спасибо! Ваши ответы сохранены.
    Консультант может их увидеть и помочь вам.
survey-already-completed = Вы ответили на все вопросы. Спасибо!

profile-title = Ваши ответы:
profile-empty = Вы ещё не ответили ни на один вопрос.

not-understood = Извините, я не понял. Пожалуйста, используйте кнопки или напишите /help.
error-generic = Извините, что-то пошло не так. Пожалуйста, попробуйте ещё раз чуть позже.

## Опрос: вопросы. q-ID — вопрос, q-ID-OPTION — вариант ответа, qs-ID — короткое название.

q-region = Где вы живёте?
q-region-paijat-hame = Пяйят-Хяме (Лахти и окрестности)
q-region-south-karelia = Этеля-Карьяла (Лаппеенранта и окрестности)
q-region-meri-lappi = Мери-Лаппи (Кеми, Торнио)
q-region-kanta-hame = Канта-Хяме (Хямеэнлинна и окрестности)
q-region-ostrobothnia = Похьянмаа (Вааса и окрестности)
q-region-other = В другом месте
qs-region = Место жительства
q-int-lang =
    В вашем регионе курсы интеграции есть на финском и на шведском.
    Какой язык вы хотите учить?
q-int-lang-fi = Финский
q-int-lang-sv = Шведский
q-int-lang-unsure = Пока не знаю
qs-int-lang = Язык интеграции

q-years-in-fi = Как долго вы живёте в Финляндии?
q-years-in-fi-under-1 = Меньше 1 года
q-years-in-fi-1-3 = 1–3 года
q-years-in-fi-over-3 = Больше 3 лет
qs-years-in-fi = Время в Финляндии

q-languages = На каких языках вы говорите?
q-languages-ar = Арабский
q-languages-prs = Дари
q-languages-fa = Персидский (фарси)
q-languages-ps = Пушту
q-languages-ckb = Курдский (сорани)
q-languages-kmr = Курдский (курманджи)
q-languages-so = Сомали
q-languages-ru = Русский
q-languages-uk = Украинский
q-languages-sw = Суахили
q-languages-en = Английский
q-languages-ku = Курдский
q-languages-ti = Тигринья
q-languages-am = Амхарский
q-languages-ln = Лингала
q-languages-rw = Киньяруанда
q-languages-fr = Французский
q-languages-other = Другой язык
qs-languages = Ваши языки

q-finnish = Насколько хорошо вы говорите по-фински?
q-finnish-none = Совсем не говорю
q-finnish-basics = Знаю несколько слов
q-finnish-everyday = Достаточно для повседневной жизни
q-finnish-good = Хорошо
qs-finnish = Финский язык

q-swedish = Насколько хорошо вы говорите по-шведски?
q-swedish-none = Совсем не говорю
q-swedish-basics = Знаю несколько слов
q-swedish-everyday = Достаточно для повседневной жизни
q-swedish-good = Хорошо
qs-swedish = Шведский язык

q-read-own = Вы умеете читать и писать на родном языке?
q-read-own-no = Нет
q-read-own-a-little = Немного
q-read-own-yes = Да
qs-read-own = Чтение на родном языке

q-read-latin = Вы умеете читать и писать такие буквы: D F G?
q-read-latin-no = Нет
q-read-latin-a-little = Немного
q-read-latin-yes = Да
qs-read-latin = Чтение: D F G

q-school-years = Сколько лет вы ходили в школу?
q-school-years-none = Я не ходил(а) в школу
q-school-years-1-6 = 1–6 лет
q-school-years-7-9 = 7–9 лет
q-school-years-10-12 = 10–12 лет
q-school-years-13-plus = 13 лет и больше
qs-school-years = Годы в школе

q-education = Какое у вас самое высокое образование?
q-education-none = Нет образования
q-education-religious = Только религиозная школа
q-education-primary-some = Несколько лет начальной школы
q-education-basic = Основная школа
q-education-secondary = Старшая школа
q-education-vocational = Профессиональное училище или колледж
q-education-university = Институт или университет
qs-education = Образование

q-worked = Вы работали раньше? Считается любая работа: и без оплаты, и дома для других, и на ферме, и в семейном деле.
qs-worked = Опыт работы

q-work-field = Какой работой вы занимались? Напишите несколько слов, например «повар» или «медсестра». Можно отправить и голосовое сообщение 🎤.
qs-work-field = Ваша работа

q-situation = Какая у вас сейчас жизнь? Выберите всё, что подходит.
q-situation-home = 🏠 Дома с детьми
q-situation-family-leave = 👶 В отпуске по уходу за ребёнком
q-situation-course = 📖 На курсе финского или шведского
q-situation-job-seeker = 🔎 Ищу работу
q-situation-studying = 🎓 Учусь
q-situation-working = 💼 Работаю
q-situation-other = Другое
qs-situation = Сейчас
q-job-registered = Вы зарегистрированы как ищущий работу в службе занятости?
q-job-registered-yes = Да
q-job-registered-no = Нет
q-job-registered-unsure = Не знаю
qs-job-registered = Зарегистрирован(а) как ищущий работу
q-plan = У вас уже есть план интеграции (kotoutumissuunnitelma)?
q-plan-yes = Да
q-plan-no = Нет
q-plan-unsure = Не знаю
qs-plan = План интеграции
q-kids = Какие дети живут с вами? Нажмите на возраст каждого ребёнка.
q-kids-0-1 = 👶 До 1 года
q-kids-1-2 = 👶 1–2 года
q-kids-3-6 = 🧒 3–6 лет
q-kids-7-12 = 🧒 7–12 лет
q-kids-13-17 = 🧑 13–17 лет
q-kids-18-plus = 🧑 18 лет и старше
q-kids-none = Со мной не живут дети
qs-kids = Дети, которые живут с вами
q-daycare = Есть ли у вашего ребёнка место в детском саду (päiväkoti)?
q-daycare-yes = 🏫 Да
q-daycare-applied = 📝 Я подал(а) заявление
q-daycare-no = 🏠 Нет
qs-daycare = Место в детском саду

q-children = Сколько у вас детей? Напишите число. Если детей нет, напишите 0.
qs-children = Дети

q-children-under-7 = Сколько из них младше 7 лет?
qs-children-under-7 = Дети до 7 лет

q-child-ages = Сколько лет вашим детям?
q-child-ages-0-1 = Меньше 1 года
q-child-ages-1-2 = 1–2 года
q-child-ages-3-6 = 3–6 лет
q-child-ages-7-12 = 7–12 лет
q-child-ages-13-17 = 13–17 лет
q-child-ages-18-plus = 18 лет или старше
qs-child-ages = Возраст детей

q-childcare = Нужен ли вам присмотр за детьми, пока вы на групповой встрече?
q-childcare-yes = 🧸 Да
q-childcare-sometimes = 🧸 Иногда
q-childcare-no = 🙅 Нет
qs-childcare = Присмотр за детьми

q-goals = Чего вы хотите? Выберите всё, что подходит.
q-goals-work = 💼 Найти работу
q-goals-studies = 🎓 Учиться
q-goals-language = 🗣 Выучить финский или шведский
q-goals-friends = 🤝 Найти друзей и знакомых
q-goals-wellbeing = 🌱 Чувствовать себя хорошо
q-goals-everyday = 🏠 Получить помощь в повседневных делах
qs-goals = Ваши пожелания

q-times = Когда вы можете приходить на встречи?
q-times-mornings = 🌅 Утром
q-times-afternoons = ☀️ Днём
q-times-evenings = 🌙 Вечером
q-times-weekends = 📅 В выходные
qs-times = Удобное время

q-coping = Как вы себя чувствуете в последнее время?
q-coping-well = 🙂 Хорошо
q-coping-okay = 😐 Нормально
q-coping-hard = 😔 Мне тяжело
q-coping-talk = 💬 Хочу с кем-нибудь поговорить
qs-coping = Самочувствие

q-interpreter = Вам нужен переводчик?
qs-interpreter = Переводчик
q-interpreter-lang = На каком языке должен говорить переводчик?
qs-interpreter-lang = Язык переводчика

q-gender = Вы можете указать свой пол. Этот вопрос можно пропустить.
q-gender-woman = Женщина
q-gender-man = Мужчина
q-gender-other = Другое
q-gender-no-say = Не хочу отвечать
qs-gender = Пол

q-age-group = Сколько вам лет? Этот вопрос можно пропустить.
q-age-group-under-25 = Младше 25
q-age-group-25-34 = 25–34
q-age-group-35-44 = 35–44
q-age-group-45-plus = 45 или старше
q-age-group-no-say = Не хочу отвечать
qs-age-group = Возраст

## Меню команд (короткие описания, которые Telegram показывает рядом с /командами)

cmd-start = Главное меню
cmd-survey = Ответить на вопросы
cmd-profile = Мои ответы
cmd-language = Сменить язык
cmd-help = Помощь

## Other

edited-message = Я не вижу изменений в старых сообщениях. Пожалуйста, отправьте новое сообщение.
survey-talk-noted = Спасибо, что рассказали. Консультант увидит это и свяжется с вами.

## Модули (курсы и группы)

menu-modules = 📚 Курсы
menu-my = 🗓 Мои курсы
cmd-modules = Курсы для вас
cmd-my = Мои курсы

modules-title = Эти курсы и группы вам подходят. Нажмите на любой, чтобы узнать больше.
modules-none = Сейчас для вас нет подходящих курсов. Вам может помочь консультант.
modules-answer-first = Сначала ответьте на вопросы. Тогда я покажу, что вам подходит.
module-reasons-title = Почему это вам подходит:
match-reason-language-level = Вы сможете лучше говорить по-фински.
match-reason-swedish-level = Вы сможете лучше выучить шведский.
match-reason-chose-swedish = Вы выбрали интеграцию на шведском.
match-reason-goal-language = Вы хотите выучить язык.
match-reason-reading = Это поможет вам читать и писать.
match-reason-goal-work = Вы хотите найти работу.
match-reason-job-seeker = Вы ищете работу.
match-reason-newly-arrived = Вы недавно приехали в Финляндию.
match-reason-goal-everyday = Вам нужна помощь в повседневных делах.
match-reason-wellbeing = Это может помочь вам чувствовать себя лучше.
match-reason-goal-wellbeing = Вы хотите чувствовать себя хорошо.
match-reason-wants-to-talk = Вы сможете поговорить с консультантом.
match-reason-goal-friends = Вы сможете познакомиться с другими людьми.
match-reason-childcare = Есть присмотр за детьми.
match-reason-times = Время вам подходит.
match-reason-for-mothers = Это группа для мам.
match-reason-for-working-parents = Это группа для работающих родителей.
match-note-no-childcare = Обратите внимание: присмотра за детьми здесь нет.
match-note-times = Обратите внимание: время может вам не подойти.
module-next-sessions = Ближайшие встречи:
module-session = { $date }, { $place }
place-by-agreement = По договорённости: в офисе или у вас дома
module-languages = Языки: { $languages }
module-childcare-yes = Присмотр за детьми: есть
module-childcare-no = Присмотр за детьми: нет
module-places-left = { $count ->
    [one] Осталось { $count } место.
    [few] Осталось { $count } места.
    [many] Осталось { $count } мест.
   *[other] Осталось { $count } места.
}
module-full = Курс заполнен. Вы можете записаться в лист ожидания.
module-enrol = ✅ Записаться
module-join-waitlist = 🕒 Записаться в лист ожидания
module-back = ◀️ Все курсы
module-children-question = Скольким вашим детям нужен присмотр во время встреч?
module-children-none = Никому
module-confirm = Записаться на «{ $title }»? Детей, которым нужен присмотр: { $children }.
module-confirm-yes = ✅ Да, записаться
module-confirm-no = ❌ Нет
module-enrolled = Вы записаны на «{ $title }». Ваши встречи — в разделе «{ menu-my }».
module-waitlisted = Курс заполнен. Вы в листе ожидания под номером { $position }. Я напишу вам, когда освободится место.
module-already-enrolled = Вы уже записаны на этот курс.
module-already-waitlisted = Вы уже в листе ожидания. Ваш номер: { $position }.
module-unavailable = Этот курс больше недоступен.
module-promoted = Хорошая новость! Освободилось место. Теперь вы записаны на «{ $title }».

my-title = Ваши курсы:
my-none = Вы ещё не записались ни на один курс.
my-enrolled = ✅ { $title }
my-waitlisted = 🕒 { $title }: лист ожидания, номер { $position }
my-next = Следующая встреча: { $date }, { $place }
my-cancel = ❌ Отменить запись: { $title }
my-cancel-confirm = Вы хотите отменить запись на «{ $title }»?
my-cancel-yes = Да, отменить
my-cancel-no = Нет, остаться
my-cancelled = Вы отменили запись на «{ $title }». Ваше место получит человек из листа ожидания.

## Напоминания и участие

reminder-session =
    🔔 Напоминание: «{ $title }»
    🗓 { $date }
    📍 { $place }
    Вы придёте?
reminder-childcare =
    👶 Для ваших детей забронирован присмотр на встрече «{ $title }».
    🗓 { $date }
    Детей, которым нужен присмотр: { $children }.
    Пожалуйста, ответьте, чтобы няни могли подготовиться.
reminder-cancelled =
    ❗ Встреча «{ $title }» ({ $date }) отменена. Нам очень жаль.
    Ваши другие встречи — в разделе «{ menu-my }».
rsvp-coming = ✅ Я приду
rsvp-not-coming = ❌ Я не смогу прийти
rsvp-childcare-yes = ✅ Да, { $children ->
    [one] { $children } ребёнок
    [few] { $children } ребёнка
    [many] { $children } детей
   *[other] { $children } ребёнка
}
rsvp-childcare-change = ✏️ Изменить число детей
rsvp-children-question = Сколько детей будут под присмотром в этот раз?
rsvp-thanks-coming = Спасибо! До встречи.
rsvp-thanks-not-coming = Спасибо, что сообщили. В этот раз ваше место и присмотр за детьми освободятся для других.
rsvp-children-saved = Спасибо. Детей под присмотром в этот раз: { $children }.
rsvp-too-late = Эта встреча уже началась или отменена.
reminder-moved =
    🔄 Встреча «{ $title }» перенесена. Новое время и место:
    🗓 { $date }
    📍 { $place }
reminder-reinstated =
    ✅ Хорошая новость: встреча «{ $title }» всё-таки состоится:
    🗓 { $date }
    📍 { $place }
reminder-ask-coming = Вы придёте?
reminder-ask-childcare = Вы придёте? Детей под присмотром: { $children }.
reminder-declined-note = Вы сообщили, что не сможете прийти. Если всё-таки сможете, нажмите на кнопку.
rsvp-can-come = ✅ Я всё-таки смогу прийти
rsvp-changed =
    ⚠️ Время встречи «{ $title }» изменилось. Ваш ответ был для старого времени.
    🗓 { $date }
    📍 { $place }
    Вы придёте в новое время?

## Разговор с человеком

menu-counsellor = 🙋 Поговорить с человеком
menu-unsafe = 🆘 Я не в безопасности
cmd-counsellor = Поговорить с человеком
handoff-opened-now =
    Консультант скоро ответит вам здесь.
    Вы можете писать уже сейчас. Ваши сообщения получит консультант.
    Чтобы вернуться к боту, напишите /end.
handoff-opened-later =
    Сейчас наши консультанты не работают. Консультант ответит вам здесь, когда начнётся рабочее время: { $date }.
    Вы можете писать уже сейчас. Ваши сообщения получит консультант.
    Чтобы вернуться к боту, напишите /end.
handoff-already = Вы уже разговариваете с человеком. Напишите ваше сообщение здесь. Чтобы вернуться к боту, напишите /end.
handoff-forwarded = ✓ Ваше сообщение передано консультанту.
handoff-end-button = ↩️ Завершить чат с консультантом
safety-help-intro = 💛 Спасибо, что рассказали. Вы не одни.
safety-help-112 = 🚨 Если вы в опасности сейчас, звоните 112.
safety-line-crisis = ☎️ Кризисная линия, если вам тяжело: { $name }, { $phone } ({ $hours })
safety-line-violence = ☎️ Помощь при насилии дома или в семье: { $name }, { $phone } ({ $hours })
safety-line-other = ☎️ Линия помощи: { $name }, { $phone } ({ $hours })
safety-open-always = круглосуточно
safety-open-hours = работает { $weekdays } с { $from } до { $to }
safety-offer = 🙋 Консультант проекта тоже может поговорить с вами. Нажмите кнопку, если хотите.
safety-urgent-now =
    🙋 Я сообщил нашим консультантам. Вы первый в очереди.
    Пишите здесь. Ваши сообщения получит консультант.
safety-urgent-later =
    🙋 Я сообщил нашим консультантам. Сейчас они не на работе. Консультант ответит вам здесь { $date }.
    Если вы в опасности сейчас, звоните 112.
handoff-busy-button = Сейчас вы разговариваете с человеком. Чтобы вернуться к боту, напишите /end.
handoff-ended = Вы снова общаетесь с ботом.
handoff-closed-by-counsellor = Разговор с консультантом завершён. Вы снова общаетесь с ботом. Напишите /start, чтобы открыть меню.
handoff-offer = Хотите поговорить с живым человеком?
handoff-offer-yes = 🙋 Да, поговорить с человеком
not-understood-offer = Извините, я всё ещё не понимаю. Вам может помочь живой человек.

## Ваши данные

cmd-mydata = Мои данные
cmd-delete = Удалить мои данные
privacy-export-intro = Вот всё, что мы храним о вас. Все данные целиком есть в файле.
privacy-export-answers = Ваши ответы:
privacy-export-courses = Ваши курсы:
privacy-export-course-enrolled = { $title }: вы записаны
privacy-export-course-waitlisted = { $title }: вы в списке ожидания
privacy-export-course-cancelled = { $title }: вы ушли с курса
privacy-export-messages = Сообщений в переписке с консультантами: { $count }
privacy-export-none = Больше мы ничего о вас не храним.
privacy-delete-confirm =
    Вы хотите удалить все свои данные?
    Ваши ответы, записи на курсы и сообщения будут удалены. Это нельзя отменить.
privacy-delete-yes = 🗑 Да, удалить всё
privacy-delete-no = Нет, оставить мои данные
privacy-deleted = Ваши данные удалены. Спасибо. Если хотите начать заново, напишите /start.
privacy-delete-kept = Хорошо. Ничего не удалено.
privacy-notice-updated = Мы изменили текст о том, как используем ваши данные. Пожалуйста, прочитайте его и ответьте ещё раз.

## Individual guidance: appointments with a counsellor
menu-appointment = 📅 Встреча с консультантом
cmd-appointment = Записаться к консультанту
apt-kind-question = Какую встречу вы хотите?
apt-kind-office = 🏢 В офисе
apt-kind-phone = 📞 По телефону
apt-kind-video = 💻 По видео
apt-kind-home = 🏠 У меня дома
apt-none = К сожалению, свободного времени сейчас нет. Попробуйте позже или поговорите с человеком.
apt-times-question = { $kind }: выберите время (по времени Финляндии).
apt-later = Позже ▶
apt-no-later = Более позднего времени нет. Вот снова первые варианты.
apt-stop = ✖ Стоп
apt-use-buttons = Пожалуйста, выберите кнопкой.
apt-interpreter-question = Вам нужен переводчик?
apt-interpreter-no = Без переводчика
apt-interpreter-yes = Да, { $language }
apt-interpreter-other = Другой язык
apt-interpreter-which = Какой язык?
apt-interpreter-line = Переводчик: { $language }
apt-interpreter-none = Без переводчика
apt-topic-line = Тема: { $topic }
apt-topic-none = Тема не выбрана
apt-reason-question = О чём вы хотите поговорить? Можно пропустить.
apt-reason-work = Работа или учёба
apt-reason-family = Семья и дети
apt-reason-health = Здоровье
apt-reason-papers = Письма и бланки
apt-reason-other = Другое
apt-skip = Пропустить
apt-confirm =
    Пожалуйста, проверьте:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Записать вас?
apt-confirm-move =
    Пожалуйста, проверьте новое время:
    { $kind }
    { $time }
    { $interpreter }
    { $about }
    Изменить время?
apt-confirm-yes = ✅ Да
apt-stopped = Хорошо. Ничего не записано и не изменено.
apt-taken = К сожалению, это время только что заняли.
apt-booked =
    ✅ Вы записаны.
    { $kind }, { $time }
    { $where }
apt-moved =
    ✅ У вашей встречи новое время.
    { $kind }, { $time }
    { $where }
apt-where-office = Адрес: { $address }
apt-where-office-unknown = Консультант сообщит вам адрес.
apt-where-video = Ссылка на видео: { $link }
apt-where-video-later = Консультант пришлёт вам ссылку на видео.
apt-where-phone = Консультант вам позвонит.
apt-where-home = Консультант придёт к вам домой.
apt-my = 📅 Мои встречи
apt-my-title = Ваши встречи:
apt-my-none = У вас нет записей на встречи.
apt-item = { $time }, { $kind }
apt-book = 📅 Записаться
apt-move = Изменить время
apt-cancel = Отменить
apt-not-found = Эта встреча больше не запланирована.
apt-too-late = Изменить эту встречу здесь уже нельзя. Пожалуйста, поговорите с человеком.
apt-cancel-question = Отменить встречу { $time }?
apt-cancel-yes = Да, отменить
apt-cancel-no = Нет, оставить
apt-cancelled = Ваша встреча { $time } отменена.
apt-restart = Начнём запись сначала. Пока ничего не записано.
apt-coming = ✅ Я приду
apt-other-time = 🔄 Мне нужно другое время
apt-coming-thanks = Спасибо! До встречи.
apt-reminder-day-before =
    📅 Напоминание: завтра у вас встреча.
    { $kind }, { $time }
    { $where }
apt-reminder-soon =
    📅 Ваша встреча скоро начнётся.
    { $kind }, { $time }
    { $where }
apt-exception-notice = ❗ К сожалению, ваша встреча { $time } не состоится. Консультанта не будет. Пожалуйста, выберите новое время.
## Integration plan

menu-plan = 📋 Мой план
cmd-plan = Мой план
plan-title = 📋 Ваш план
plan-goals = Ваши цели:
plan-done = Сделано:
plan-next = Дальше:
plan-who-participant = вы
plan-who-counsellor = ваш консультант
plan-who-partner = вместе с { $partner }
plan-who-partner-unknown = организация-партнёр
plan-due = до { $date }
plan-cannot-marked = вы сказали, что не можете это сделать
plan-no-steps = Шагов пока нет. Консультант добавит их вместе с вами.
plan-none = У вас пока нет плана. Консультант составит его вместе с вами.
plan-own-words = (консультант написал это на языке: { $language })
plan-button-done = ✅ Сделано: { $step }
plan-button-cannot = 🙋 Я не могу это сделать
plan-step-not-open = Этот шаг уже отмечен.
plan-step-marked-done = ✅ Отлично! Шаг «{ $step }» сделан.
plan-step-cannot-noted = Спасибо, что рассказали про «{ $step }». Вместе мы найдём другой путь.
plan-nudge =
    📌 Пора сделать шаг из вашего плана: «{ $step }» (до { $date }).
    Он уже сделан?
plan-nudge-done = ✅ Да, сделано
plan-nudge-cannot = 🙋 Я не могу это сделать
plan-step-register-job-seeker = Зарегистрироваться как ищущий работу
plan-step-apply-daycare = Подать заявление на место в детском саду
plan-step-library-language-cafe = Сходить в языковое кафе библиотеки
plan-step-kela-benefits = Спросить в Kela о пособиях
plan-step-child-health-clinic = Сходить в детскую консультацию (неувола)
plan-step-integration-training = Подать заявку на курс интеграции
plan-step-finnish-course = Начать курс финского языка
plan-step-open-bank-account = Открыть счёт в банке

privacy-export-referrals = Ваши направления в организации-партнёры:
privacy-export-referral = { $partner }: { $status ->
     [awaiting-consent] ждёт вашего ответа
     [consent-refused] вы отказались
     [sent] отправлено
     [accepted] принято
     [started] началось
     [finished] завершено
    *[declined] не принято
  }
## Referrals

ref-consent-ask =
    🤝 Ваш консультант думает, что вам может помочь { $partner }.
    Почему: { $reason } (написано на языке: { $language })
    Они получат: { $shared }.
    Можно передать им это? Без вашего согласия ничего не отправляется.
ref-consent-yes = ✅ Да, я согласен(на)
ref-consent-no = ❌ Нет
ref-consent-given = Спасибо. Мы отправим им это. Консультант расскажет, что будет дальше.
ref-consent-refused = Хорошо. Ничего не отправляется. Вы можете поговорить об этом с консультантом в любое время.
ref-already-agreed = Вы уже согласились. Ничего не меняется.
ref-already-refused = Вы уже отказались. Ничего не отправляется.
ref-unknown = Этот вопрос больше не открыт.
ref-shared-contact = как с вами связаться
ref-shared-language-level = ваше знание языков
ref-shared-survey-answers = ваши ответы на наши вопросы
ref-shared-plan = ваш план
ref-shared-children = сведения о ваших детях

## Follow-up

fu-q-situation = Какая у вас сейчас основная ситуация? Выберите одно.
fu-offer =
    👋 Прошло { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    } с тех пор, как вы ответили на наши вопросы. Как у вас дела сейчас?
    Всего четыре коротких вопроса. Ваши первые ответы останутся как были.
fu-start = ▶️ Ответить сейчас
fu-progress = Вопрос { $index } из { $total }
fu-thanks = Спасибо! Теперь консультант видит, что изменилось.
fu-already-done = Вы уже ответили на эти вопросы. Спасибо!
fu-unknown = Эти вопросы сейчас для вас не открыты.
fu-use-buttons = Пожалуйста, ответьте кнопками.
q-goals-reached = Достигли ли вы целей, которые были у вас в начале?
q-goals-reached-yes = Да
q-goals-reached-partly = Частично
q-goals-reached-no = Пока нет
qs-goals-reached = Цели достигнуты
