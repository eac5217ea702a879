import { REGULATIONS, findCriterion, regulationById, searchCriteria, allCriteria } from "../src/core/catalogue";
import { resolveContext } from "../src/core/context";
import type { FormKind, SchoolLevel } from "../src/core/plan";
import { defaultSections } from "../src/core/word/defaults";

const regulationFor = (level: SchoolLevel, schoolYear: string | null, tableForm: FormKind = "2026") =>
  resolveContext({ level, schoolYear, tableForm }).regulation!;
const regulationTitleAsOf = (reg: { id: string; schools: string[] }, schoolYear: string | null) =>
  resolveContext({ level: reg.schools[0] as SchoolLevel, schoolYear, tableForm: "2018" }).regulationTitle;

describe("the catalogue as data", () => {
  it("holds the five regulations with the counts of DOMAIN.md", () => {
    const count = (id: Parameters<typeof regulationById>[0]) => {
      const r = regulationById(id);
      return [r.standards.length, allCriteria(r).length, allCriteria(r).filter((c) => c.criterion.levels.includes(3)).length];
    };
    expect(REGULATIONS.map((r) => r.id)).toEqual(["TT19/2018", "TT17/2018", "TT18/2018", "TT57/2026-MN", "TT57/2026-PT"]);
    expect(count("TT19/2018")).toEqual([5, 25, 19]);
    expect(count("TT17/2018")).toEqual([5, 27, 19]);
    expect(count("TT18/2018")).toEqual([5, 28, 20]);
    expect(count("TT57/2026-PT")).toEqual([4, 15, 0]);
    expect(allCriteria(regulationById("TT57/2026-MN")).filter((c) => c.criterion.mandatory)).toHaveLength(8);
  });

  it("every regulation has a title with its number and every criterion a name", () => {
    for (const r of REGULATIONS) {
      expect(r.title).toMatch(/Thông tư \d+\/20\d\d\/TT-BGDĐT/);
      for (const { criterion } of allCriteria(r)) expect(criterion.name.length).toBeGreaterThan(3);
    }
  });
});

describe("regulation by school level and school year", () => {
  it.each([
    ["mam-non", "2022-2023", "TT19/2018"],
    ["mam-non", "2025-2026", "TT19/2018"],
    ["mam-non", "2026-2027", "TT57/2026-MN"],
    ["tieu-hoc", "2018-2019", "TT17/2018"],
    ["tieu-hoc", "2025-2026", "TT17/2018"],
    ["tieu-hoc", "2027-2028", "TT57/2026-PT"],
    ["thcs", "2024-2025", "TT18/2018"],
    ["thpt", "2025-2026", "TT18/2018"],
    ["thpt", "2026-2027", "TT57/2026-PT"],
    ["nhieu-cap", "2023-2024", "TT18/2018"],
    ["nhieu-cap", "2026-2027", "TT57/2026-PT"],
    ["tieu-hoc", null, "TT57/2026-PT"],
  ] as const)("%s %s -> %s", (level, year, id) => {
    expect(regulationFor(level, year).id).toBe(id);
  });

  it("without a school year, the regulation of the table's form: a 2018 table is never judged by TT57", () => {
    expect(regulationFor("tieu-hoc", null, "2018").id).toBe("TT17/2018");
    expect(regulationFor("mam-non", null, "2018").id).toBe("TT19/2018");
    expect(regulationFor("thpt", null, "2026").id).toBe("TT57/2026-PT");
  });

  it("knows which criteria exist", () => {
    expect(findCriterion(regulationById("TT17/2018"), "3.7")).toBeUndefined();
    expect(findCriterion(regulationById("TT19/2018"), "2.4")).toBeUndefined();
    expect(findCriterion(regulationById("TT17/2018"), "1.2")?.levels).toEqual([1, 2]);
  });
});

describe("criterion search", () => {
  const tt17 = regulationById("TT17/2018");
  it("finds by code, by standard and by words with or without diacritics", () => {
    expect(searchCriteria(tt17, "3.2").map((x) => x.criterion.code)).toEqual(["3.2"]);
    expect(searchCriteria(tt17, "tiêu chí 2. 4").map((x) => x.criterion.code)).toEqual(["2.4"]);
    expect(new Set(searchCriteria(tt17, "co so vat chat").map((x) => x.standard.number))).toEqual(new Set([3]));
    expect(searchCriteria(tt17, "cơ sở vật chất").length).toBe(6);
    expect(searchCriteria(tt17, "thu vien").map((x) => x.criterion.code)).toEqual(["3.6"]);
    expect(searchCriteria(tt17, "tc 5").every((x) => x.standard.number === 5)).toBe(true);
    expect(searchCriteria(tt17, "khong co gi nhu the nay")).toEqual([]);
  });
});

describe("amendments cited only once in force", () => {
  const byId = regulationById;
  const tt17 = byId("TT17/2018");

  it("TT17/2018 was amended by TT22/2024: cited from school year 2025-2026, not in 2022-2023 or 2024-2025", () => {
    expect(regulationTitleAsOf(tt17, "2022-2023")).toBe(tt17.title);
    expect(regulationTitleAsOf(tt17, "2024-2025")).toBe(tt17.title);
    expect(regulationTitleAsOf(tt17, "2025-2026")).toBe(`${tt17.title}, sửa đổi bởi Thông tư 22/2024/TT-BGDĐT`);
    expect(regulationTitleAsOf(tt17, null)).toMatch(/sửa đổi bởi Thông tư 22\/2024\/TT-BGDĐT$/);
    expect(regulationTitleAsOf(byId("TT19/2018"), "2025-2026")).toBe(byId("TT19/2018").title);
  });

  it("the basis section of a primary plan follows the plan's year", () => {
    const basis = (schoolYear: string) => defaultSections(resolveContext({ level: "tieu-hoc", schoolYear, tableForm: "2018" })).basis;
    expect(basis("2022-2023")).toContain("Thông tư 17/2018/TT-BGDĐT ngày 22/8/2018");
    expect(basis("2022-2023")).not.toContain("22/2024");
    expect(basis("2025-2026")).toContain("sửa đổi bởi Thông tư 22/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo;");
  });
});
