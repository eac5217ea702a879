import { validatePlan } from "../../src/core/validate";
import { issueMessage } from "../../src/core/messages";
import { brief, fullRow, makePlan } from "./plan-builder";

function budgetIssues(budget: string | number) {
  return validatePlan(makePlan({ rows: [fullRow(12, "Tiêu chí 1.1", { budget })] }));
}

describe("budget", () => {
  test.each([
    ["Kinh phí mua sắm", "budget-unspecified"],
    ["Kinh phí", "budget-unspecified"],
    ["Hỗ trợ 50% kinh phí khóa đào tạo", "budget-unspecified"],
    ["Theo khảo sát thực tế", "budget-unspecified"],
    ["Theo kế họach cụ thể", "budget-unspecified"],
    ["Ngân sách nhà nước", "budget-source"],
    ["Xã hội hóa", "budget-source"],
  ])("%j: info %s", (budget, code) => {
    const issues = budgetIssues(budget);
    expect(brief(issues)).toEqual([`G12 info ${code}`]);
    expect(issueMessage(issues[0], "vi")).toContain(`"${budget}"`);
    expect(issueMessage(issues[0], "vi")).toContain("không được cộng vào tổng");
  });

  test.each([300000000, "300.000.000", "5.000.000 đồng", "1.200.000đ", "2,5 tỷ", "Không", "Không có", "0", "", "50.000.000 đồng (ngân sách)"])(
    "%j: no issue",
    (budget) => {
      expect(budgetIssues(budget)).toEqual([]);
    },
  );

  test("a range: warning, the upper bound is counted", () => {
    const issues = budgetIssues("20 - 30 triệu");
    expect(brief(issues)).toEqual(["G12 warning budget-range"]);
    expect(issueMessage(issues[0], "vi")).toContain("30.000.000");
  });

  test("a per-period amount: info, counted once", () => {
    const issues = budgetIssues("15 triệu/năm");
    expect(brief(issues)).toEqual(["G12 info budget-period"]);
    expect(issueMessage(issues[0], "vi")).toContain("15.000.000");
  });

  test("a rate without a count: info budget-rate, saying why it is not counted", () => {
    const issues = budgetIssues("500.000đ/tháng");
    expect(brief(issues)).toEqual(["G12 info budget-rate"]);
    expect(issueMessage(issues[0], "vi")).toContain("chưa ghi số lượng");
    expect(issueMessage(issues[0], "vi")).toContain("tháng");
    expect(issueMessage(issues[0], "en")).toContain("per month");
    expect(issueMessage(budgetIssues("200.000đ/người")[0], "en")).toContain("per \"người\"");
  });

  test("an amount per unit with its count: counted as the product, no finding", () => {
    for (const b of ["500.000đ/tháng x 9 tháng", "2 đợt x 5 triệu", "20 bộ × 1.200.000đ"]) expect(budgetIssues(b)).toEqual([]);
  });

  test("never an error", () => {
    for (const b of ["???", "Theo thực tế", "Tùy", "Kinh phí nhà trường"]) {
      expect(budgetIssues(b).filter((i) => i.severity === "error")).toEqual([]);
    }
  });
});
