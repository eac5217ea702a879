/** One plan context: the school year drives the regulation, amendments, administration and every default sentence. */
import { contextOf, resolveContext, schoolYearKey, schoolYearOfDate, withOverrides } from "../src/core/context";
import { buildPlanDocx, defaultDocumentInfo } from "../src/core/word";
import { defaultSections, refreshInfo, staleSections } from "../src/core/word/defaults";
import type { Plan } from "../src/core/plan";
import { parts, tables, visibleText } from "./word/docx-xml";
import { SAM_MUN_TOTALS, samMunPlan } from "./word/fixtures";

/** A primary plan as read from a 2025-2026 sheet. */
function primary2025(): Plan {
  const p = samMunPlan();
  const facts = { ...p, level: "tieu-hoc" as const, schoolYear: "2025-2026", regulation: null, info: { ...p.info, school: "TRƯỜNG TIỂU HỌC SỐ 2" } };
  const ctx = resolveContext({ schoolYear: "2025-2026", level: "tieu-hoc", tableForm: "2018" });
  return { ...facts, regulation: ctx.regulation!.id };
}

describe("the catalogue a plan is judged by follows its year (Thông tư 22/2024 from 2025-2026)", () => {
  const std3 = (plan: Plan) => contextOf(plan).regulation!.standards.find((s) => s.number === 3)!.criteria.map((c) => c.code);
  it("a 2025-2026 TT17 plan has 3.1–3.3 only; 2024-2025 the 2018 list 3.1–3.6", () => {
    expect(std3(primary2025())).toEqual(["3.1", "3.2", "3.3"]);
    expect(std3({ ...primary2025(), schoolYear: "2024-2025" })).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
  });
});

describe("resolveContext", () => {
  it("a 2025-2026 primary plan: TT17/2018 as amended by TT22/2024, two-level administration", () => {
    const ctx = resolveContext({ schoolYear: "2025-2026", level: "tieu-hoc", tableForm: "2018" });
    expect(ctx.regulation?.id).toBe("TT17/2018");
    expect(ctx.amendments.map((a) => a.title)).toEqual(["Thông tư 22/2024/TT-BGDĐT"]);
    expect(ctx.regulationTitle).toMatch(/sửa đổi bởi Thông tư 22\/2024\/TT-BGDĐT$/);
    expect(ctx.administration.era).toBe("two-level");
    expect(ctx.administration.recipient).not.toMatch(/Phòng GD&ĐT/);
    expect(ctx.form).toBe("2018");
    expect(ctx.origin).toEqual({ schoolYear: "sheet", level: "sheet", regulation: "derived" });
  });

  it("2024-2025 and before: the district office; upper secondary reports to the Sở in every era", () => {
    expect(resolveContext({ schoolYear: "2022-2023", level: "mam-non", tableForm: "2018" }).administration.recipient).toBe("Phòng GD&ĐT (b/c)");
    expect(resolveContext({ schoolYear: "2022-2023", level: "thpt", tableForm: "2018" }).administration.recipient).toBe("Sở GD&ĐT (b/c)");
    expect(resolveContext({ schoolYear: "2026-2027", level: "thpt", tableForm: "2026" }).administration.recipient).toBe("Sở GD&ĐT (b/c)");
  });

  it("the user's year wins over the sheet's and moves the regulation and form with it", () => {
    const ctx = resolveContext({ schoolYear: "2025-2026", level: "tieu-hoc", tableForm: "2018" }, { schoolYear: "2026 – 2027" });
    expect(ctx.schoolYear).toBe("2026-2027");
    expect(ctx.regulation?.id).toBe("TT57/2026-PT");
    expect(ctx.form).toBe("2026");
    expect(ctx.amendments).toEqual([]);
    expect(ctx.origin.schoolYear).toBe("override");
  });

  it("a chosen regulation wins; an unknown id or an unreadable year is ignored", () => {
    const facts = { schoolYear: "2025-2026", level: "tieu-hoc" as const, tableForm: "2018" as const };
    expect(resolveContext(facts, { regulation: "TT18/2018" }).regulation?.id).toBe("TT18/2018");
    expect(resolveContext(facts, { regulation: "TT99/2030" as never }).regulation?.id).toBe("TT17/2018");
    expect(resolveContext(facts, { schoolYear: "năm nay" }).schoolYear).toBe("2025-2026");
  });

  it("no level: no regulation, said so", () => {
    const ctx = resolveContext({ schoolYear: "2025-2026", level: null, tableForm: "2018" });
    expect(ctx.regulation).toBeNull();
    expect(ctx.origin.regulation).toBe("unknown");
  });

  it("school years from text and from dates", () => {
    expect(schoolYearKey("Năm học 2026 – 2027")).toBe("2026-2027");
    expect(schoolYearKey("2026-2028")).toBeNull();
    expect(schoolYearOfDate(new Date(2026, 11, 2))).toBe("2026-2027");
    expect(schoolYearOfDate(new Date(2027, 0, 15))).toBe("2026-2027");
    expect(schoolYearOfDate(new Date(2026, 7, 1))).toBe("2026-2027");
  });
});

describe("withOverrides and contextOf", () => {
  it("the read plan is returned as it is without overrides; with one, every field follows", () => {
    const read = primary2025();
    expect(withOverrides(read, {})).toBe(read);
    const next = withOverrides(read, { schoolYear: "2026-2027" });
    expect(next).not.toBe(read);
    expect([next.schoolYear, next.level, next.regulation]).toEqual(["2026-2027", "tieu-hoc", "TT57/2026-PT"]);
    expect(contextOf(next).origin.schoolYear).toBe("override");
    expect(contextOf(read).origin.schoolYear).toBe("sheet");
  });
});

describe("the document follows the year (2025-2026 plan set to 2026-2027)", () => {
  it("every default sentence is regenerated; outside the table nothing names 2025-2026 as the plan's year; TT57 cited", async () => {
    const read = primary2025();
    const before = contextOf(read);
    const info0 = defaultDocumentInfo(read);
    expect(info0.sections.basis).toContain("Thông tư 22/2024");
    expect(info0.sections.closing).toContain("năm học 2025-2026");
    const plan = withOverrides(read, { schoolYear: "2026-2027" });
    const info = refreshInfo(info0, before, contextOf(plan));
    expect(info.schoolYear).toBe("2026-2027");
    expect(info.sections).toEqual(defaultSections(contextOf(plan), info.school));
    expect(info.sections.basis).toContain("Thông tư 57/2026/TT-BGDĐT");
    expect(info.sections.basis).not.toContain("17/2018");
    expect(info.sections.basis).toContain("Báo cáo tự đánh giá của nhà trường năm học 2025-2026");
    const { document } = parts(await buildPlanDocx({ plan, totals: SAM_MUN_TOTALS, info }));
    let outside = document;
    for (const t of tables(document)) outside = outside.replace(t, "");
    const text = visibleText(outside);
    expect(text).toContain("57/2026");
    expect(text).not.toMatch(/Thông tư 17\/2018/);
    // The only 2025-2026 left is last year's self-assessment and results, cited as such.
    const mentions = text.split("\n").filter((l) => /2025\s*[-–]\s*2026/.test(l));
    expect(mentions.length).toBeGreaterThan(0);
    for (const l of mentions) expect(l).toMatch(/Báo cáo tự đánh giá|Kết quả (?:rà soát việc )?thực hiện kế hoạch/);
    expect(text).toMatch(/năm học 2026\s*[-–]\s*2027/i);
  });

  it("a section the user edited is kept, and said to still mention the old year", () => {
    const read = primary2025();
    const before = contextOf(read);
    const info0 = defaultDocumentInfo(read);
    info0.sections.closing = "Kế hoạch năm học 2025-2026 của trường, do Hiệu trưởng soạn.";
    info0.recipients = ["Phòng VH-XH (để b/c)", "Lưu VT"];
    const after = contextOf(withOverrides(read, { schoolYear: "2026-2027" }));
    const info = refreshInfo(info0, before, after);
    expect(info.sections.closing).toBe("Kế hoạch năm học 2025-2026 của trường, do Hiệu trưởng soạn.");
    expect(info.recipients).toEqual(["Phòng VH-XH (để b/c)", "Lưu VT"]);
    expect(staleSections(info, after)).toEqual(["closing"]);
    expect(staleSections(info0, before)).toEqual([]);
  });
});
