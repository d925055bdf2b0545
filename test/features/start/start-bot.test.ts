import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadAnswers } from "../../../src/features/survey/repository.js";
import { LOCALES } from "../../../src/i18n/locales.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

let testDb: TestDatabase;
let harness: TestBot;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.reset();
  harness = await startTestBot(testDb.database.db);
});

const participant = (telegramId: number) => findParticipantByTelegramId(testDb.database.db, telegramId);

describe("/start and the language", () => {
  it("offers every language by its own name", async () => {
    const chat = harness.user(201, "fi");
    const reply = await chat.send("/start");
    expect(reply).toEqual(["🌐 Valitse kieli."]);
    expect(chat.buttons().map((b) => b.text)).toEqual(LOCALES.map((l) => l.name));
  });

  it("stores the chosen language and keeps it whatever Telegram's client language says", async () => {
    const chat = harness.user(202, "ru");
    await chat.send("/start");
    const reply = await chat.tap("العربية");
    expect(reply[0]).toMatch(/[\u0600-\u06FF]/);
    expect((await participant(202))?.locale).toBe("ar");
    // The client still says "ru"; the bot keeps to Arabic.
    const help = await chat.send("/help");
    expect(help[0]).toMatch(/^[\u0600-\u06FF]/);
    // Every line with letters starts right to left, commands included.
    for (const line of help[0]!.split("\n").filter((l) => /\p{L}/u.test(l))) expect(line, line).toMatch(/^[\u0600-\u06FF]/);
    expect(help[0]).toContain(": /counsellor");
    await chat.press("consent:yes");

    await chat.send("/language");
    await chat.tap("Suomi");
    expect((await participant(202))?.locale).toBe("fi");
    // The confirmation and the menu come as one message, the menu's buttons under it.
    expect(chat.texts().at(-1)).toMatch(/^Selvä\. Kirjoitan sinulle nyt suomeksi\.\n\n(.|\n)*Mitä haluat tehdä\?$/);
  });

  it("writes right-to-left survey texts with isolated numbers", async () => {
    const chat = harness.user(203, "ar");
    await chat.send("/start");
    await chat.tap("العربية");
    await chat.press("consent:yes");
    await chat.press("menu:survey");
    const question = chat.texts().at(-1)!;
    // "Question 1 of N" (after the survey's introduction, in the same message), with each
    // number isolated so it cannot reorder the Arabic around it.
    const firstLine = question.split("\n").find((line) => line.includes("\u2068"))!;
    expect(firstLine).toMatch(/^[\u0600-\u06FF]/);
    expect(firstLine.match(/\u2068[^\u2069]+\u2069/g)).toHaveLength(2);
  });
});

describe("consent", () => {
  it("asks nothing personal before consent and stores version and time on acceptance", async () => {
    const chat = harness.user(210, "en");
    await chat.send("/start");
    const reply = await chat.tap("English");
    // One message: the choice confirmed, the welcome, then the notice with its buttons.
    expect(reply).toHaveLength(1);
    const [confirmed, welcome, notice] = reply[0]!.split(/\n\n(?=Hello!|Before the questions)/);
    expect(confirmed).toBe("Okay. I will write to you in English.");
    expect(welcome).toMatch(/^Hello! I am the helper of HOT\./);
    expect(notice).toContain("Who keeps it: HOT. Contact: hot@example.fi");
    expect(notice).toContain("we delete your data 12 months after your last message");
    expect(notice).toContain("delete");
    // The welcome and the notice can be heard where a recording or synthetic speech exists (test/features/audio).
    expect(chat.buttons().map((b) => b.callback_data).filter((d) => d !== "au:consent-notice")).toEqual(["consent:yes", "consent:no"]);
    expect((await participant(210))?.consentStatus).toBeNull();

    await chat.tap(/I agree/);
    const p = await participant(210);
    expect(p?.consentStatus).toBe("accepted");
    expect(p?.consentVersion).toBe("2026-11");
    expect(p?.consentAt).toBeInstanceOf(Date);
  });

  it("asks again, in the chosen language, when words come before the notice is answered", async () => {
    const chat = harness.user(212, "en");
    await chat.send("/start");
    await chat.tap("Suomi");
    const reply = (await chat.send("hei, mitä tämä on?")).join("\n\n");
    expect(reply).toContain("Hyväksy ensin, miten käytämme tietojasi.");
    expect(reply).not.toContain("en ymmärtänyt");
    expect(chat.buttons().map((b) => b.callback_data).filter((d) => d !== "au:consent-notice")).toEqual(["consent:yes", "consent:no"]);
    await chat.press("consent:yes");
    expect((await participant(212))?.consentStatus).toBe("accepted");
  });

  it("after declining stores no answers and still offers information", async () => {
    const chat = harness.user(211, "en");
    await chat.send("/start");
    await chat.tap("English");
    const reply = await chat.tap(/I do not agree/);
    expect(reply[0]).toMatch(/^Okay\. We did not save any answers\./);
    expect(chat.buttons().map((b) => b.text)).toEqual(expect.arrayContaining(["ℹ️ Information", "🌐 Language"]));
    expect(chat.buttons().map((b) => b.text)).not.toContain("📝 Start the questions");
    const info = await chat.tap("ℹ️ Information");
    expect(info[0]).toContain("www.infofinland.fi");
    await chat.send("/survey");
    await chat.send("Lahti");
    const p = await participant(211);
    expect(p?.consentStatus).toBe("declined");
    expect(await loadAnswers(testDb.database.db, p!.id)).toEqual({});
  });
});

describe("anything else", () => {
  it("answers unknown text, unknown buttons and edited messages politely", async () => {
    const chat = harness.user(220, "en");
    await chat.onboard();
    expect((await chat.send("hello?"))[0]).toMatch(/^Sorry, I did not understand\. Please use the buttons, or write \/help\.\n\n/);
    await chat.press("unknown:button");
    // The toast fits what comes with it: the menu, not "your question".
    expect(chat.toasts().at(-1)).toBe("This button is from an older message. Please choose again from the menu.");
    expect(chat.texts().at(-1)).toBe("What do you want to do?");
    // An old survey button while no survey is open: the same.
    await chat.press("sv:zz:old:data");
    expect(chat.toasts().at(-1)).toBe("This button is from an older message. Please choose again from the menu.");
    expect(chat.texts().at(-1)).toBe("What do you want to do?");
    const edited = harness.telegram.textUpdate(chat.user, "changed");
    const { message, ...rest } = edited;
    await harness.bot.handleUpdate({ ...rest, edited_message: { ...message!, edit_date: 1 } });
    expect(chat.texts().at(-1)).toBe("I do not see changes to old messages. Please send a new message.");
  });

  it("processes an update delivered twice only once", async () => {
    const chat = harness.user(221, "en");
    const update = harness.telegram.textUpdate(chat.user, "/start");
    await harness.bot.handleUpdate(update);
    await harness.bot.handleUpdate(structuredClone(update));
    expect(chat.texts()).toHaveLength(1);
  });

  it("tells whoever sends /link in a private chat that it goes to the staff group, and keeps no record of them", async () => {
    const chat = harness.user(231, "fi");
    expect(await chat.send("/link ABCD-EFGH")).toEqual([
      "🔗 Lähetä /link ja koodi henkilökunnan Telegram-ryhmään, ei tähän keskusteluun.\n🔗 Send /link and the code in the staff group, not in this chat.",
    ]);
    expect(chat.buttons()).toEqual([]);
    expect(await participant(231)).toBeUndefined();
    // /start is untouched: the language picker.
    expect(await chat.send("/start")).toEqual(["🌐 Valitse kieli."]);
  });

  it("ignores group chats without failing", async () => {
    const update = harness.telegram.textUpdate({ id: 230 }, "/start");
    const group = { ...update, message: { ...update.message!, chat: { id: -100, type: "group" as const, title: "g" } } };
    await harness.bot.handleUpdate(group);
    expect(harness.telegram.sent(-100)).toEqual([]);
  });
});
