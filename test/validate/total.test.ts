import { validatePlan } from "../../src/core/validate";
import { issueMessage } from "../../src/core/messages";
import { brief, fullRow, makePlan } from "./plan-builder";

const rows = [
  fullRow(12, "Tiêu chí 1.3", { budget: "Không có" }),
  fullRow(13, "Tiêu chí 2. 1", { budget: "Ngân sách nhà nước" }),
  fullRow(14, "Tiêu chí 4. 1", { budget: "5.000.000 đồng" }),
];

describe("the sheet's own total", () => {
  test("SUM with no cached value skips the text budget: 0 vs 5.000.000, error with both figures", () => {
    const plan = makePlan({ rows, total: { row: 28, formula: "SUM(G10:G27)" } });
    const issues = validatePlan(plan).filter((i) => i.code === "total-mismatch");
    expect(brief(issues)).toEqual(["G28 error total-mismatch"]);
    expect(issueMessage(issues[0], "vi")).toBe(
      "Tổng cộng ghi trên bảng là 0 đồng nhưng tổng kinh phí tính được là 5.000.000 đồng (có khoản kinh phí ghi dạng chữ mà hàm SUM bỏ qua).",
    );
    expect(issues[0].fix).toBe("5.000.000");
  });

  test("SUM over number cells with the right cached value: fine", () => {
    const plan = makePlan({
      schoolYear: "2022-2023",
      rows: [
        fullRow(15, "Tiêu chí 3.3", { budget: 300000000, timeline: "Năm học 2022-2023" }),
        fullRow(16, "Tiêu chí 3.5", { budget: 100000000, timeline: "Năm học 2022-2023" }),
      ],
      total: { row: 19, formula: "SUM(G10:G18)", amount: 400000000 },
    });
    expect(validatePlan(plan)).toEqual([]);
  });

  test("SUM evaluated here when there is no cached value", () => {
    const plan = makePlan({
      rows: [fullRow(12, "Tiêu chí 1.1", { budget: 300000000 }), fullRow(13, "Tiêu chí 1.2", { budget: 100000000 })],
      total: { row: 19, formula: "SUM($G$10:$G$18)" },
    });
    expect(validatePlan(plan)).toEqual([]);
  });

  test("a SUM range that misses a budget row", () => {
    const plan = makePlan({
      rows: [fullRow(12, "Tiêu chí 1.1", { budget: 300000000 }), fullRow(13, "Tiêu chí 1.2", { budget: 100000000 })],
      total: { row: 19, formula: "SUM(G10:G12)" },
    });
    const [i] = validatePlan(plan);
    expect(issueMessage(i, "vi")).toBe(
      "Tổng cộng ghi trên bảng là 300.000.000 đồng nhưng tổng kinh phí tính được là 400.000.000 đồng (hàm SUM không bao hết các dòng có kinh phí).",
    );
  });

  test("a typed total, as a number or as text", () => {
    const ok = makePlan({ rows, total: { row: 28, amount: 5000000 } });
    expect(validatePlan(ok).filter((i) => i.code === "total-mismatch")).toEqual([]);
    const text = makePlan({ rows, total: { row: 28, text: "400.000.000 đồng" } });
    const [i] = validatePlan(text).filter((x) => x.code === "total-mismatch");
    expect(issueMessage(i, "vi")).toBe("Tổng cộng ghi trên bảng là 400.000.000 đồng nhưng tổng kinh phí tính được là 5.000.000 đồng.");
  });

  test("a formula that is not a plain SUM and has no cached value: not checked", () => {
    const plan = makePlan({ rows, total: { row: 28, formula: "SUM(G12,G14)+G20" } });
    expect(validatePlan(plan).filter((i) => i.code === "total-mismatch")).toEqual([]);
  });
});
