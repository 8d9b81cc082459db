import { describe, expect, it } from "vitest";
import { analyze } from "../index.js";
import { Pipeline } from "../pipeline.js";
import type { Stage } from "../stage.js";
import { structureStage } from "../structure/index.js";
import { languageStage } from "./index.js";

// Short news-like paragraphs written for these tests.
const TEXTS: Record<string, string> = {
  en: "The port reopened on Monday after three weeks of talks between the two governments. Officials said the first ships would leave before the end of the month.",
  ar: "أعلنت الحكومة يوم الاثنين إعادة فتح الميناء بعد ثلاثة أسابيع من المحادثات بين البلدين. وقال مسؤولون إن السفن الأولى ستغادر قبل نهاية الشهر.",
  ru: "В понедельник порт снова открылся после трёх недель переговоров между двумя правительствами. Чиновники заявили, что первые суда выйдут до конца месяца.",
  hi: "दोनों सरकारों के बीच तीन सप्ताह की बातचीत के बाद सोमवार को बंदरगाह फिर से खुल गया। अधिकारियों ने कहा कि पहले जहाज महीने के अंत से पहले रवाना होंगे।",
  fa: "بندر پس از سه هفته گفت‌وگو میان دو دولت روز دوشنبه دوباره باز شد. مقام‌ها گفتند نخستین کشتی‌ها پیش از پایان ماه حرکت خواهند کرد.",
};

describe("language stage", () => {
  for (const [lang, text] of Object.entries(TEXTS)) {
    it(`identifies ${lang}`, () => {
      const record = analyze(text);
      expect(record.metadata.language).toBe(lang);
      expect(record.warnings.filter((w) => w.code === "LANGUAGE_UNCERTAIN")).toEqual([]);
    });
  }

  it('gives "und" with a LANGUAGE_UNCERTAIN warning for text too short to tell', () => {
    for (const text of ["OK", "12:30 GMT", "🙂 🙂"]) {
      const record = analyze(text);
      expect(record.metadata.language).toBe("und");
      expect(record.warnings).toContainEqual(expect.objectContaining({ code: "LANGUAGE_UNCERTAIN", stage: "language" }));
    }
  });

  it("prefers the body over the headline", () => {
    const text = `Port talks end\n${TEXTS.ru}`;
    const base = analyze(text);
    const blocks = [
      { start: 0, end: 14, text: "Port talks end", role: "headline" as const },
      { start: 15, end: text.length, text: TEXTS.ru!, role: "body" as const },
    ];
    const patch = languageStage.run({ ...base, blocks, metadata: { ...base.metadata, language: "und" } }, { options: {}, warn: () => {} });
    expect(patch.metadata?.language).toBe("ru");
  });

  it("is not fooled by one English paragraph at the start of a long Arabic article", () => {
    const text = [TEXTS.en, ...Array.from({ length: 12 }, () => TEXTS.ar)].join("\n\n");
    expect(analyze(text).metadata.language).toBe("ar");
  });
});

describe("English-only stages on other languages", () => {
  let ran = 0;
  const englishOnly: Stage<"entities"> = {
    name: "english-only",
    requires: ["metadata"],
    assigns: ["entities"],
    languages: ["en"],
    run() {
      ran++;
      return { entities: [] };
    },
  };
  const pipeline = new Pipeline([structureStage, languageStage, englishOnly]);

  for (const lang of ["ar", "ru", "hi", "fa"]) {
    it(`skips the stage on ${lang} text with a LANGUAGE_UNSUPPORTED warning`, () => {
      const before = ran;
      const record = analyze(TEXTS[lang]!, { stages: ["structure"] });
      const result = pipeline.run({ source: record.source, text: record.text, blocks: [], metadata: {}, warnings: [] });
      expect(ran).toBe(before);
      expect(result.metadata.language).toBe(lang);
      expect(result.warnings).toContainEqual(expect.objectContaining({ code: "LANGUAGE_UNSUPPORTED", stage: "english-only" }));
    });
  }

  it("runs the stage on English text", () => {
    const before = ran;
    const record = analyze(TEXTS.en!, { stages: ["structure"] });
    pipeline.run({ source: record.source, text: record.text, blocks: [], metadata: {}, warnings: [] });
    expect(ran).toBe(before + 1);
  });
});
