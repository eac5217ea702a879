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
    // TT22/2024 amends all three 2018 regulations (its title names TT17, TT18 and TT19).
    expect(regulationTitleAsOf(byId("TT19/2018"), "2024-2025")).toBe(byId("TT19/2018").title);
    expect(regulationTitleAsOf(byId("TT19/2018"), "2025-2026")).toBe(`${byId("TT19/2018").title}, sửa đổi bởi Thông tư 22/2024/TT-BGDĐT`);
    expect(regulationTitleAsOf(byId("TT18/2018"), "2025-2026")).toBe(`${byId("TT18/2018").title}, sửa đổi bởi Thông tư 22/2024/TT-BGDĐT`);
  });

  it("the basis section of a primary plan follows the plan's year", () => {
    const basis = (schoolYear: string) => defaultSections(resolveContext({ level: "tieu-hoc", schoolYear, tableForm: "2018" })).basis;
    expect(basis("2022-2023")).toContain("Thông tư 17/2018/TT-BGDĐT ngày 22/8/2018");
    expect(basis("2022-2023")).not.toContain("22/2024");
    expect(basis("2025-2026")).toContain("sửa đổi bởi Thông tư 22/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo;");
  });
});

describe("the catalogue as amended by Thông tư 22/2024 (standard 3 = 3.1–3.3 from 2025-2026)", () => {
  const codes = (level: SchoolLevel, schoolYear: string | null, n = 3) =>
    resolveContext({ level, schoolYear, tableForm: "2018" }).regulation!.standards.find((s) => s.number === n)!.criteria.map((c) => c.code);
  const total = (level: SchoolLevel, schoolYear: string) => allCriteria(resolveContext({ level, schoolYear, tableForm: "2018" }).regulation!).length;

  it("primary (TT17): 2025-2026 has 3.1–3.3 only and 24 criteria; 2024-2025 the 2018 list", () => {
    expect(codes("tieu-hoc", "2025-2026")).toEqual(["3.1", "3.2", "3.3"]);
    expect(total("tieu-hoc", "2025-2026")).toBe(24);
    expect(codes("tieu-hoc", "2024-2025")).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
    expect(total("tieu-hoc", "2024-2025")).toBe(27);
    const ctx = resolveContext({ level: "tieu-hoc", schoolYear: "2025-2026", tableForm: "2018" });
    expect(findCriterion(ctx.regulation!, "3.1")?.name).toBe("Địa điểm, quy mô, diện tích");
    expect(findCriterion(ctx.regulation!, "3.3")?.name).toBe("Hạ tầng kỹ thuật, các hạng mục công trình kiên cố và thiết bị dạy học");
    // Other standards unchanged.
    expect(codes("tieu-hoc", "2025-2026", 5)).toEqual(["5.1", "5.2", "5.3", "5.4", "5.5"]);
  });

  it("preschool (TT19): 22 criteria in 2025-2026; secondary (TT18): kept as issued, the amended list was not found", () => {
    expect(codes("mam-non", "2025-2026")).toEqual(["3.1", "3.2", "3.3"]);
    expect(total("mam-non", "2025-2026")).toBe(22);
    expect(total("thcs", "2025-2026")).toBe(28);
    expect(regulationById("TT18/2018").amendments?.[0].notes).toMatch(/No source with the amended THCS\/THPT criteria was found/);
  });

  it("regulationById keeps the text as issued; a plan without a year is read against it", () => {
    expect(findStandard3(regulationById("TT17/2018"))).toHaveLength(6);
    expect(codes("tieu-hoc", null)).toHaveLength(6);
  });

  it("every amended criterion says where it comes from and that it is unverified; every removed one has a crosswalk with a reason", () => {
    for (const id of ["TT17/2018", "TT19/2018"] as const) {
      const a = regulationById(id).amendments![0];
      expect(a.fromSchoolYear).toBe("2025-2026");
      for (const c of a.standards!.flatMap((s) => s.criteria)) {
        expect(c.source).toBeTruthy();
        expect(c.verified).toBe(false);
      }
      for (const old of ["3.4", "3.5", "3.6"]) {
        const pair = a.crosswalk!.find((p) => p.from === old)!;
        expect(pair.to.every((to) => ["3.1", "3.2", "3.3"].includes(to))).toBe(true);
        expect(pair.reason.length).toBeGreaterThan(10);
      }
    }
  });

  it("the picker of a 2025-2026 plan offers only the criteria in force", () => {
    const reg = resolveContext({ level: "tieu-hoc", schoolYear: "2025-2026", tableForm: "2018" }).regulation!;
    expect(searchCriteria(reg, "3").map((f) => f.criterion.code)).toEqual(["3.1", "3.2", "3.3"]);
    expect(searchCriteria(reg, "thu vien")).toEqual([]);
  });
});

function findStandard3(reg: ReturnType<typeof regulationById>) {
  return reg.standards.find((s) => s.number === 3)!.criteria;
}
