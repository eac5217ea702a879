/** "Tạo kế hoạch mới" without a DOM: the form's first values, its checks, and the host call. */
import { FakeHost } from "./fake-host";
import { agencyPlaceholder, createNewPlan, draftOfFields, initialNewPlanFields, newPlanProblems, type NewPlanFields } from "../../src/ui/new-plan";
import { readPlan } from "../../src/core/read";
import type { Draft2026 } from "../../src/core/forms/draft";
import { sampleGrid } from "./fake-host";

const FIELDS: NewPlanFields = { level: "tieu-hoc", year: "2026-2027", school: "Trường Tiểu học Hoa Sen", agency: "UBND xã Hoa Sen" };

describe("the form's first values", () => {
  test("from the open plan: level, school and agency (the pane's edited details first); the current school year", () => {
    const read = readPlan({ sheets: [sampleGrid()] });
    if (!read.ok) throw new Error(read.error.code);
    const f = initialNewPlanFields(read.plan, { school: "TRƯỜNG TIỂU HỌC HOA BAN (đã sửa)", agency: "" }, new Date(2026, 11, 2));
    expect(f).toEqual({ level: "tieu-hoc", year: "2026-2027", school: "TRƯỜNG TIỂU HỌC HOA BAN (đã sửa)", agency: "PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN" });
  });
  test("no plan: blanks; the year follows the date, never before the form's first year", () => {
    expect(initialNewPlanFields(null, null, new Date(2027, 8, 1))).toEqual({ level: "", year: "2027-2028", school: "", agency: "" });
    expect(initialNewPlanFields(null, null, new Date(2028, 2, 1)).year).toBe("2027-2028");
    expect(initialNewPlanFields(null, null, new Date(2025, 9, 1)).year).toBe("2026-2027");
  });
  test("the agency's placeholder is the administration of that year and level", () => {
    expect(agencyPlaceholder({ level: "tieu-hoc", year: "2026-2027" })).toBe("UBND XÃ/PHƯỜNG …");
    expect(agencyPlaceholder({ level: "thpt", year: "2026-2027" })).toMatch(/^SỞ GD&ĐT/);
  });
});

describe("checks: one sentence per field", () => {
  test("a complete form has none", () => {
    expect(newPlanProblems(FIELDS, "vi")).toEqual({});
    expect(newPlanProblems({ ...FIELDS, school: "", agency: "" }, "vi")).toEqual({});
  });
  test.each<[Partial<NewPlanFields>, string, RegExp]>([
    [{ level: "" }, "level", /Hãy chọn cấp học/],
    [{ level: "thcs" }, "school", /Tên trường ghi cấp Tiểu học, khác cấp học đã chọn/],
    [{ year: "2026" }, "year", /Năm học "2026" không hợp lệ/],
    [{ year: "2026-2028" }, "year", /không hợp lệ/],
    [{ year: "2025-2026" }, "year", /áp dụng từ năm học 2026-2027/],
  ])("%j", (change, field, message) => {
    const p = newPlanProblems({ ...FIELDS, ...change }, "vi");
    expect(Object.keys(p)).toEqual([field]);
    expect(p[field as keyof NewPlanFields]).toMatch(message);
  });
  test("in English", () => {
    expect(newPlanProblems({ ...FIELDS, level: "" }, "en").level).toMatch(/^Choose the school level/);
  });
});

describe("createNewPlan", () => {
  test("Excel: the host writes the blank draft on a new sheet, which the pane then opens", async () => {
    const host = new FakeHost();
    const r = await createNewPlan(host, FIELDS, "vi");
    expect(r).toEqual({ ok: true, sheet: "Kế hoạch CTCL 2026-2027", message: expect.stringContaining('trên trang tính "Kế hoạch CTCL 2026-2027"') });
    const [draft] = host.callsOf("createPlan")[0] as [Draft2026];
    expect(draft).toMatchObject({ level: "tieu-hoc", schoolYear: "2026-2027", regulation: "TT57/2026-PT", problems: [], rows: [] });
    expect(draft.info).toMatchObject({ school: "Trường Tiểu học Hoa Sen", agency: "UBND xã Hoa Sen" });
    expect(draft.reviews.map((x) => x.when)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
  });
  test("browser: a download, nothing to open", async () => {
    const host = new FakeHost({ kind: "file", capabilities: { writeSheet: false, openFiles: true } });
    const r = await createNewPlan(host, { ...FIELDS, level: "mam-non", school: "Trường Mầm non Hoa Sen" }, "vi");
    expect(r).toEqual({ ok: true, sheet: null, message: expect.stringContaining('Đã tải xuống "KH-CTCL-2026-2027.xlsx"') });
    expect((host.callsOf("createPlan")[0][0] as Draft2026).regulation).toBe("TT57/2026-MN");
  });
  test("bad fields never reach the host; the host's failure is its sentence", async () => {
    const host = new FakeHost();
    expect(await createNewPlan(host, { ...FIELDS, level: "" }, "vi")).toEqual({ ok: false, message: expect.stringMatching(/Hãy chọn cấp học/) });
    expect(host.callsOf("createPlan")).toEqual([]);
    host.createPlanError = "Không tạo được trang tính kế hoạch mới.";
    expect(await createNewPlan(host, FIELDS, "vi")).toEqual({ ok: false, message: "Không tạo được trang tính kế hoạch mới." });
  });
  test("a host without createPlan says so", async () => {
    const host = new FakeHost();
    (host as { createPlan?: unknown }).createPlan = undefined;
    expect(await createNewPlan(host, FIELDS, "en")).toEqual({ ok: false, message: "A new plan cannot be created here." });
  });
  test("draftOfFields normalises the year", () => {
    expect(draftOfFields({ ...FIELDS, year: "2026 – 2027" }).schoolYear).toBe("2026-2027");
  });
});
