/**
 * Where the criterion picker writes on a 2026-form plan, decided from the plan
 * as read (issue 12): test/fixtures/form-2026.xlsx (tables on one sheet) and a
 * Biểu 2 with tables IV, V, VI on separate sheets and columns in another order.
 */
import * as path from "path";
import { FIXTURES, readPlanFile } from "./helpers";
import { snapshotFromXlsx } from "../src/file/xlsx";
import { readPlan } from "../src/core/read";
import { criterionTargets, targetCells, targetText, standardLabel, splitCell } from "../src/core/criterion-target";
import { findCriterion, regulationById } from "../src/core/catalogue";
import { SEPARATE_SHEETS, workbook } from "./support/form2026";
import type { Plan } from "../src/core/plan";

const PT = regulationById("TT57/2026-PT");
const name = (code: string) => findCriterion(PT, code)!.name;

async function separatePlan(): Promise<Plan> {
  const r = readPlan(await snapshotFromXlsx(await workbook(SEPARATE_SHEETS)));
  if (!r.ok) throw new Error(r.error.code);
  return r.plan;
}

describe("the picker's target on form-2026.xlsx (tables on one sheet)", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await readPlanFile(path.join(FIXTURES, "form-2026.xlsx"));
  });

  test("a 2018-form plan has no 2026 targets (the old picker writes the plan table)", async () => {
    expect(criterionTargets({ ...plan, form: "2018" })).toBeNull();
  });

  test("a cell of table IV targets its 'Tiêu chí liên quan' cell; its standard is filled, so not targeted", () => {
    const targets = criterionTargets(plan, PT, "1.4", name("1.4"))!;
    expect(targetCells(targets, plan.sheet, 11, 11)).toEqual([{ sheet: plan.sheet, cell: "C11", kind: "problem-criterion", table: "IV", expected: "Tiêu chí 1.3" }]);
    expect(targets.standardLabel).toBe(standardLabel(1, PT.standards.find((s) => s.number === 1)!.name));
  });

  test("a cell of table V targets 'Nội dung cải tiến'; a range over both rows targets both", () => {
    const targets = criterionTargets(plan, PT, "4.1", name("4.1"))!;
    expect(targetCells(targets, plan.sheet, 18, 18)).toEqual([{ sheet: plan.sheet, cell: "B18", kind: "content", table: "V", expected: "Tiêu chí 4.1: Cải tạo phòng học bộ môn" }]);
    expect(targetCells(targets, plan.sheet, 17, 18).map((c) => c.cell)).toEqual(["B17", "B18"]);
  });

  test("outside tables IV and V (letterhead, headers, table VI, another sheet) there is no target", () => {
    const targets = criterionTargets(plan, PT, "1.4", name("1.4"))!;
    for (const row of [1, 3, 10, 15, 16, 23, 24, 40]) expect(targetCells(targets, plan.sheet, row, row)).toEqual([]);
    expect(targetCells(targets, "Sheet2", 11, 18)).toEqual([]);
  });
});

describe("the picker's target with the tables on separate sheets", () => {
  test("table IV's cells are on its own sheet; table V's content column is D", async () => {
    const plan = await separatePlan();
    const targets = criterionTargets(plan, PT, "3.2", name("3.2"))!;
    expect(targetCells(targets, "IV. Vấn đề trọng tâm", 4, 4)).toEqual([{ sheet: "IV. Vấn đề trọng tâm", cell: "E4", kind: "problem-criterion", table: "IV", expected: "Tiêu chí 1.4" }]);
    // Row 4 of the plan's sheet is the letterhead, not table IV.
    expect(targetCells(targets, "V. Kế hoạch", 4, 4)).toEqual([]);
    expect(targetCells(targets, "V. Kế hoạch", 11, 11)).toEqual([{ sheet: "V. Kế hoạch", cell: "D11", kind: "content", table: "V", expected: "Tiêu chí 1.4: Hoàn thiện hồ sơ tự đánh giá" }]);
    // Table VI's sheet holds no target.
    expect(targetCells(targets, "VI. Theo dõi", 3, 4)).toEqual([]);
    expect(splitCell("'IV. Vấn đề trọng tâm'!E4", "V. Kế hoạch")).toEqual({ sheet: "IV. Vấn đề trọng tâm", cell: "E4" });
  });

  test("an empty standard cell of table IV is a target; one with a standard is not", async () => {
    const plan = await separatePlan();
    const emptied: Plan = { ...plan, problems: plan.problems!.map((p, i) => (i === 0 ? { ...p, standard: null, standardText: "" } : p)) };
    const targets = criterionTargets(emptied, PT, "3.2", name("3.2"))!;
    expect(targetCells(targets, "IV. Vấn đề trọng tâm", 3, 4).map((c) => `${c.cell} ${c.kind}`)).toEqual(["E3 problem-criterion", "D3 problem-standard", "E4 problem-criterion"]);
  });
});

describe("the text written", () => {
  const t = { standardLabel: "Tiêu chuẩn 1: Quản trị nhà trường", names: { "1.3": "Vận hành hệ thống bảo đảm chất lượng bên trong" } };
  test("table V: empty -> the label; the school's words kept after the code; a code replaced; the same code left", () => {
    expect(targetText("content", "", "1.4", "Hồ sơ", t)).toBe("Tiêu chí 1.4: Hồ sơ");
    expect(targetText("content", "Cải tạo sân chơi bảo đảm an toàn", "4.1", "Cơ sở vật chất", t)).toBe("Tiêu chí 4.1: Cải tạo sân chơi bảo đảm an toàn");
    expect(targetText("content", "Tiêu chí 1.3: Số hóa dữ liệu quản lý", "1.4", "Hồ sơ", t)).toBe("Tiêu chí 1.4: Số hóa dữ liệu quản lý");
    expect(targetText("content", "Tiêu chí 1.3: Số hóa dữ liệu quản lý", "1.3", "Vận hành", t)).toBeNull();
    // The old criterion's official name is no school wording: the new label replaces it.
    expect(targetText("content", "Tiêu chí 1.3: Vận hành hệ thống bảo đảm chất lượng bên trong", "1.4", "Hồ sơ", t)).toBe("Tiêu chí 1.4: Hồ sơ");
    expect(targetText("content", "1.3", "1.4", "Hồ sơ", t)).toBe("Tiêu chí 1.4: Hồ sơ");
  });
  test("table IV: criteria already named are kept, the new one added; named already -> nothing", () => {
    expect(targetText("problem-criterion", "", "1.4", "Hồ sơ", t)).toBe("Tiêu chí 1.4: Hồ sơ");
    expect(targetText("problem-criterion", "Tiêu chí 1.3", "1.4", "Hồ sơ", t)).toBe("Tiêu chí 1.3; Tiêu chí 1.4: Hồ sơ");
    expect(targetText("problem-criterion", "1.3; 1.4", "1.4", "Hồ sơ", t)).toBeNull();
    expect(targetText("problem-standard", "", "1.4", "Hồ sơ", t)).toBe("Tiêu chuẩn 1: Quản trị nhà trường");
    expect(targetText("problem-standard", "Tiêu chuẩn 2", "1.4", "Hồ sơ", t)).toBeNull();
  });
});
