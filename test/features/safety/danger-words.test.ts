import { describe, expect, it } from "vitest";
import { findDanger } from "../../../src/features/safety/danger-words.js";

/**
 * Per language: what a person in danger may write (with misspellings, missing accents,
 * letters of another script, words run together) must open an urgent escalation; what
 * participants write every day must not.
 */
const MUST_TRIGGER: Record<string, string[]> = {
  en: [
    "I want to kill myself", "i wanna die", "I think about suicide", "sucide", "my husband hits me", "He beats me every day",
    "I am not safe at home", "im in danger", "he threatened to kill me", "KILLMYSELF", "i want to end my life", "he is violant",
    "I was raped", "Help, emergency!", "I will hurt myself", "kil myself", "she is abusing me",
  ],
  fi: [
    "Haluan kuolla", "mies lyö minua", "mies lyo minua", "en ole turvassa", "olen vaarassa", "ajattelen itsemurhaa",
    "itsemurah", "hän uhkaa tappaa minut", "väkivaltaa kotona", "vakivaltaa", "hakkaa lapsia", "en halua elää",
  ],
  sv: [
    "Jag vill dö", "jag vill inte leva", "min man slår mig", "jag är inte säker hemma", "jag ar i fara", "självmord",
    "sjalvmord", "han hotar mig", "våld i hemmet",
  ],
  ar: [
    "أريد أن أموت", "اريد ان اموت", "زوجي يضربني", "وزوجي يضربني كل يوم", "أنا في خطر", "لست بأمان في البيت", "أفكر في الانتحار",
    "سيقتلني", "يهددني بالقتل", "عنف في البيت", "بدي موت", "ente7ar", "الـنـجـدة",
  ],
  fa: [
    "می‌خواهم بمیرم", "میخوام بمیرم", "شوهرم مرا میزند", "در امان نیستم", "من در خطر هستم", "به خودکشی فکر می‌کنم", "خودکشی",
    "مرا لت و کوب میکند", "منو میکشه", "تهدید میکند", "خشونت در خانه", "khodkoshi",
  ],
  ru: [
    "Хочу умереть", "хочу умиреть", "муж бьёт меня", "муж бьет меня", "я не в безопасности", "я в опасности", "думаю о самоубийстве",
    "он угрожает убить", "насилие дома", "хочу покончить с собой", "xочу yмереть", "убuть себя", "суицид",
  ],
  uk: [
    "Хочу померти", "чоловік б'є мене", "чоловік бʼє мене", "я не в безпеці", "я в небезпеці", "думаю про самогубство",
    "він погрожує", "насильство вдома", "не хочу жити", "xочу помeрти",
  ],
  so: [
    "waxaan rabaa inaan dhinto", "ninkayga wuu i garaacaa", "ammaan ma ihi", "waxaan ku jiraa khatar", "is dilid", "wuu i handadaa",
    "kufsi", "wuu i dilayaa",
  ],
  sw: [
    "nataka kufa", "mume wangu ananipiga", "sipo salama nyumbani", "niko hatarini", "nataka kujiua", "ananitishia", "ukatili nyumbani",
    "ataniua", "najiuwa",
  ],
};

const HARMLESS: Record<string, string[]> = {
  en: [
    "I want to learn Finnish", "I have skills in cooking and cleaning", "I was a dancer", "Thank you very much!", "Where is the meeting?",
    "My child goes to daycare", "I worked as a nurse", "Can you help me find a course?", "What time is it?", "I am fine, thanks",
    "I cleaned offices 🧹", "112",
  ],
  fi: ["Haluan oppia suomea", "Tapaan ystäviä illalla", "Olen turvassa kotona", "Kiitos paljon", "Missä tapaaminen on?", "Olin kokki", "Tarvitsen apua kurssin kanssa"],
  sv: ["Jag vill lära mig finska", "Jag valde svenska", "Vi ska fara till Vasa", "Tack så mycket", "Jag arbetade som kock"],
  ar: ["أريد أن أتعلم اللغة الفنلندية", "شكرا جزيلا", "متى الاجتماع؟", "خطرت ببالي فكرة", "عملت طباخا", "ابني في الحضانة", "الوقت مناسب"],
  fa: ["می‌خواهم فنلندی یاد بگیرم", "تشکر", "جلسه چه وقت است؟", "من آشپز بودم", "کودکم در کودکستان است"],
  ru: ["Я хочу учить финский", "Спасибо большое", "Безопасность детей в саду", "Я работала поваром", "Когда встреча?", "Помогите найти курс"],
  uk: ["Я хочу вивчати фінську", "Дякую", "Безпека дітей у садку", "Я працювала кухаркою", "Коли зустріч?"],
  so: ["Waxaan rabaa inaan barto af-Finnish", "Mahadsanid", "Goorma ayuu kulanku yahay?", "Waxaan ahaa cunto kariye"],
  sw: ["Nataka kujifunza Kifini", "Asante sana", "Mkutano ni lini?", "Nilikuwa mpishi", "Mtoto wangu yuko chekechea"],
};

describe.each(Object.keys(MUST_TRIGGER))("danger words in %s", (locale) => {
  it.each(MUST_TRIGGER[locale]!)("finds danger in “%s”", (text) => {
    expect(findDanger(text)).toBeDefined();
  });
  it.each(HARMLESS[locale]!)("finds none in the everyday “%s”", (text) => {
    expect(findDanger(text)).toBeUndefined();
  });
});

describe("odd input", () => {
  it("never throws and finds nothing in empty, emoji-only or control-character text", () => {
    for (const text of ["", "   ", "🙂🙂", "\u0000\u0001", "\ud83d", "x".repeat(10_000)]) expect(findDanger(text)).toBeUndefined();
  });
});
