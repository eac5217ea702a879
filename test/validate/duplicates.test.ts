import { validatePlan, validateRows } from "../../src/core/validate";
import { issueMessage } from "../../src/core/messages";
import { brief, fullRow, makePlan } from "./plan-builder";

describe("repeated rows", () => {
  test("same criterion, result and actions (case, spacing, diacritics aside): warning at the later row", () => {
    const plan = makePlan({
      rows: [
        fullRow(12, "Tiêu chí 1.1", { result: "Làm hố xử lý rác ở điểm trường trung tâm.", actions: "Nhà trường phối hợp với phụ huynh làm hố xử lý rác, đốt rác" }),
        fullRow(13, "Tiêu chí 1.2"),
        fullRow(14, "Tiêu chí 1.1", { result: "Làm hố xử lý rác ở  điểm trường trung tâm.", actions: "nhà trường phối hợp với phụ huynh làm hố xử lý rác, đốt rác" }),
      ],
    });
    const issues = validatePlan(plan);
    expect(brief(issues)).toEqual(["B14 warning row-duplicate"]);
    expect(issueMessage(issues[0], "vi")).toMatch(/^Tiêu chí 1\.1 lặp lại dòng 12/);
  });

  test("same criterion, other actions: fine", () => {
    const plan = makePlan({
      rows: [fullRow(29, "Tiêu chí 3.2", { actions: "Tham mưu với các cấp" }), fullRow(30, "", { actions: "Nhà trường kết hợp với phụ huynh học sinh" })],
    });
    expect(validatePlan(plan)).toEqual([]);
  });

  test("a repeated sub-row reports at its own cell", () => {
    const plan = makePlan({ rows: [fullRow(29, "Tiêu chí 3.2"), fullRow(30, "")] });
    expect(brief(validatePlan(plan))).toEqual(["C30 warning row-duplicate"]);
  });
});

describe("validateRows", () => {
  const plan = makePlan({
    rows: [
      fullRow(12, "Tiêu chí 1.1"),
      fullRow(13, "Tiêu chí 1.2", { owner: "" }),
      fullRow(14, "Tiêu chí 1.1"),
      fullRow(15, "Tiêu chí 3.7"),
    ],
    total: { row: 20, amount: 5 },
  });

  test("only the given rows, row-level rules only", () => {
    expect(brief(validateRows(plan, [13]))).toEqual(["E13 warning owner-missing"]);
    expect(brief(validateRows(plan, [14, 15, 99]))).toEqual(["B14 warning row-duplicate", "B15 error criterion-unknown"]);
    expect(validateRows(plan, [12])).toEqual([]);
  });

  test("the union over all rows plus the plan-level rules is validatePlan", () => {
    const all = validateRows(plan, plan.rows.map((r) => r.row));
    expect(brief(validatePlan(plan))).toEqual([...brief(all), "G20 error total-mismatch"]);
  });

  test("sees rows edited in place and rows replaced", () => {
    const p = makePlan({ rows: [fullRow(12, "Tiêu chí 1.1"), fullRow(13, "Tiêu chí 1.2")] });
    expect(validateRows(p, [13])).toEqual([]);
    p.rows[1].owner = "";
    expect(brief(validateRows(p, [13]))).toEqual(["E13 warning owner-missing"]);
    p.rows = [p.rows[0], { ...p.rows[0], row: 13, cells: { ...p.rows[0].cells, criterion: "B13" } }];
    expect(brief(validateRows(p, [13]))).toEqual(["B13 warning row-duplicate"]);
  });

  test("a row edited in place so it no longer repeats another is clean again (whole plan and one row)", () => {
    const p = makePlan({ rows: [fullRow(12, "Tiêu chí 1.1"), fullRow(13, "Tiêu chí 1.1")] });
    expect(brief(validateRows(p, [13]))).toEqual(["B13 warning row-duplicate"]);
    expect(brief(validatePlan(p))).toEqual(["B13 warning row-duplicate"]);
    p.rows[1].actions = "Tham mưu với Phòng GD&ĐT sửa chữa phòng học";
    expect(validateRows(p, [13])).toEqual([]);
    expect(validatePlan(p)).toEqual([]);
    p.rows[1].actions = p.rows[0].actions.toUpperCase();
    expect(brief(validatePlan(p))).toEqual(["B13 warning row-duplicate"]);
  });

  test("many repeats of one criterion: each later copy names the first row", () => {
    const rows = Array.from({ length: 300 }, (_, i) => fullRow(12 + i, "Tiêu chí 2.1", { result: `Kết quả ${i % 3}` }));
    const issues = validatePlan(makePlan({ rows }));
    expect(issues).toHaveLength(297);
    expect(issueMessage(issues[0], "vi")).toMatch(/lặp lại dòng 12/);
    expect(issueMessage(issues[issues.length - 1], "vi")).toMatch(/lặp lại dòng 14\b/);
  });

  test("cheap on a large plan", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => fullRow(12 + i, `Tiêu chí ${1 + (i % 5)}.${1 + (i % 3)}`, { result: `Kết quả ${i}` }));
    const big = makePlan({ rows });
    validateRows(big, [12]);
    const t0 = Date.now();
    for (let i = 0; i < 1000; i++) validateRows(big, [12 + ((i * 7) % 5000)]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
