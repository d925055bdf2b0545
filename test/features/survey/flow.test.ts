import { describe, expect, it } from "vitest";
import { SURVEY, type Question } from "../../../src/features/survey/definition.js";
import {
  acceptInput,
  answerFlags,
  answersNoLongerAsked,
  currentQuestion,
  firstUnanswered,
  previousQuestion,
  progress,
  visibleQuestions,
  type Answers,
} from "../../../src/features/survey/flow.js";

const q = (id: string): Question => {
  const found = SURVEY.find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe("the survey definition", () => {
  it("has between 15 and 25 questions with unique ids", () => {
    expect(SURVEY.length).toBeGreaterThanOrEqual(15);
    expect(SURVEY.length).toBeLessThanOrEqual(25);
    expect(new Set(SURVEY.map((x) => x.id)).size).toBe(SURVEY.length);
  });

  it("keeps every callback data under Telegram's 64 bytes", () => {
    for (const question of SURVEY) {
      const options = "options" in question ? question.options.map((o) => o.id) : ["yes", "no"];
      for (const option of options) {
        expect(Buffer.byteLength(`sv:t:${question.id}:${option}`)).toBeLessThanOrEqual(64);
        expect(option).toMatch(/^[\w-]+$/);
      }
    }
  });

  it("refers in its conditions only to earlier questions", () => {
    SURVEY.forEach((question, index) => {
      for (const c of question.when ?? []) {
        const target = SURVEY.findIndex((x) => x.id === c.question);
        expect(target, `${question.id} depends on ${c.question}`).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThan(index);
      }
    });
  });

  it("offers the 'talk to someone' answer, flagged for counsellors", () => {
    expect(answerFlags(SURVEY, { coping: "talk" })).toEqual(["wants-to-talk"]);
    expect(answerFlags(SURVEY, { coping: "okay" })).toEqual([]);
  });
});

describe("the next question", () => {
  it("starts at the first question and moves to the first unanswered one", () => {
    expect(firstUnanswered(SURVEY, {})?.id).toBe("region");
    expect(firstUnanswered(SURVEY, { region: "other" })?.id).toBe("years-in-fi");
  });

  it("asks childcare questions only of parents of children under school age", () => {
    const noChildren: Answers = { children: 0 };
    expect(visibleQuestions(SURVEY, noChildren).map((x) => x.id)).not.toContain("children-under-7");
    expect(visibleQuestions(SURVEY, noChildren).map((x) => x.id)).not.toContain("childcare");

    const olderChildren: Answers = { children: 2, "children-under-7": 0 };
    expect(visibleQuestions(SURVEY, olderChildren).map((x) => x.id)).toContain("child-ages");
    expect(visibleQuestions(SURVEY, olderChildren).map((x) => x.id)).not.toContain("childcare");

    const small: Answers = { children: 2, "children-under-7": 1 };
    expect(visibleQuestions(SURVEY, small).map((x) => x.id)).toContain("childcare");
  });

  it("asks the field of work only of those who have worked", () => {
    expect(visibleQuestions(SURVEY, { worked: false }).map((x) => x.id)).not.toContain("work-field");
    expect(visibleQuestions(SURVEY, { worked: true }).map((x) => x.id)).toContain("work-field");
  });

  it("goes back over skipped (hidden) questions and stops at the first", () => {
    const answers: Answers = { worked: false };
    expect(previousQuestion(SURVEY, answers, "situation")?.id).toBe("worked");
    expect(previousQuestion(SURVEY, answers, "region")).toBeUndefined();
  });

  it("shows the cursor question while it is still asked, else the first unanswered", () => {
    const answers: Answers = { region: "other", "years-in-fi": "1-3" };
    expect(currentQuestion(SURVEY, answers, "region")?.id).toBe("region");
    expect(currentQuestion(SURVEY, answers, null)?.id).toBe("languages");
    // A cursor on a question no longer asked (children changed to 0) falls back.
    expect(currentQuestion(SURVEY, { ...answers, children: 0 }, "childcare")?.id).toBe("languages");
  });

  it("counts progress over the questions this participant is asked", () => {
    const all = progress(SURVEY, { children: 0, worked: false }, "region");
    expect(all.index).toBe(1);
    expect(all.total).toBe(SURVEY.length - 4);
  });

  it("drops answers that a changed answer made irrelevant", () => {
    const answers: Answers = { children: 0, "children-under-7": 1, childcare: "yes", "child-ages": ["3-6"] };
    expect(answersNoLongerAsked(SURVEY, answers).sort()).toEqual(["child-ages", "childcare", "children-under-7"]);
  });

  it("reaches the end with every visible question answered", () => {
    const answers: Record<string, unknown> = {};
    let guard = 0;
    for (let next = firstUnanswered(SURVEY, {}); next; next = firstUnanswered(SURVEY, answers as Answers)) {
      answers[next.id] = next.type === "number" ? 1 : next.type === "yesno" ? true : next.type === "multi" ? [next.options[0]!.id] : next.type === "text" ? "x" : next.options[0]!.id;
      expect(++guard).toBeLessThan(50);
    }
    expect(Object.keys(answers)).toHaveLength(SURVEY.length);
  });
});

describe("checking an answer", () => {
  it("accepts a button of the question and refuses typed text there", () => {
    expect(acceptInput(q("region"), { kind: "choice", optionId: "kanta-hame" }, {})).toEqual({ ok: true, value: "kanta-hame" });
    expect(acceptInput(q("region"), { kind: "text", text: "Lahti" }, {})).toEqual({ ok: false, problem: "use-buttons" });
    expect(acceptInput(q("region"), { kind: "choice", optionId: "mars" }, {})).toEqual({ ok: false, problem: "unknown-option" });
    expect(acceptInput(q("region"), { kind: "unsupported" }, {})).toEqual({ ok: false, problem: "use-buttons" });
  });

  it("reads yes and no as booleans", () => {
    expect(acceptInput(q("worked"), { kind: "choice", optionId: "yes" }, {})).toEqual({ ok: true, value: true });
    expect(acceptInput(q("worked"), { kind: "choice", optionId: "no" }, {})).toEqual({ ok: true, value: false });
  });

  it("reads numbers, also in Arabic and Persian digits, within the range", () => {
    expect(acceptInput(q("children"), { kind: "text", text: " 3 " }, {})).toEqual({ ok: true, value: 3 });
    expect(acceptInput(q("children"), { kind: "text", text: "٣" }, {})).toEqual({ ok: true, value: 3 });
    expect(acceptInput(q("children"), { kind: "text", text: "۲ بچه" }, {})).toEqual({ ok: true, value: 2 });
    expect(acceptInput(q("children"), { kind: "text", text: "3 lasta" }, {})).toEqual({ ok: true, value: 3 });
    expect(acceptInput(q("children"), { kind: "text", text: "99" }, {})).toMatchObject({ ok: false, problem: "out-of-range", min: 0, max: 15 });
    expect(acceptInput(q("children"), { kind: "text", text: "many" }, {})).toMatchObject({ ok: false, problem: "not-a-number" });
    expect(acceptInput(q("children"), { kind: "text", text: "2 or 3" }, {})).toMatchObject({ ok: false, problem: "not-a-number" });
    expect(acceptInput(q("children"), { kind: "unsupported" }, {})).toMatchObject({ ok: false, problem: "not-a-number" });
  });

  it("limits children under 7 to the number of children", () => {
    expect(acceptInput(q("children-under-7"), { kind: "text", text: "3" }, { children: 2 })).toMatchObject({ ok: false, problem: "out-of-range", max: 2 });
    expect(acceptInput(q("children-under-7"), { kind: "text", text: "2" }, { children: 2 })).toEqual({ ok: true, value: 2 });
  });

  it("limits free text and refuses empty text and stickers", () => {
    expect(acceptInput(q("work-field"), { kind: "text", text: "  cook " }, {})).toEqual({ ok: true, value: "cook" });
    expect(acceptInput(q("work-field"), { kind: "text", text: "x".repeat(5000) }, {})).toEqual({ ok: false, problem: "too-long", max: 200 });
    expect(acceptInput(q("work-field"), { kind: "text", text: "   " }, {})).toEqual({ ok: false, problem: "empty" });
    expect(acceptInput(q("work-field"), { kind: "unsupported" }, {})).toEqual({ ok: false, problem: "send-text" });
  });

  it("needs at least one choice on a multiple-choice question and keeps the definition's order", () => {
    expect(acceptInput(q("goals"), { kind: "choices", optionIds: [] }, {})).toEqual({ ok: false, problem: "choose-at-least-one" });
    expect(acceptInput(q("goals"), { kind: "choices", optionIds: ["wellbeing", "work"] }, {})).toEqual({ ok: true, value: ["work", "wellbeing"] });
    expect(acceptInput(q("goals"), { kind: "choices", optionIds: ["work", "hacking"] }, {})).toEqual({ ok: false, problem: "unknown-option" });
  });

  it("lets only optional questions be skipped", () => {
    expect(acceptInput(q("gender"), { kind: "skip" }, {})).toEqual({ ok: true, value: null });
    expect(acceptInput(q("region"), { kind: "skip" }, {})).toEqual({ ok: false, problem: "not-optional" });
  });
});
