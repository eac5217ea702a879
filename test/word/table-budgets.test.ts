/**
 * Budgets in the Word table are read once, by parseBudget through
 * computeTotals: a cell the totals count is right-aligned and printed in one
 * format, dot thousands, whatever its form ("2 tỷ đồng", "80tr", "500k"); a
 * text that says more than its amount keeps it on a second line; the total row
 * is their sum.
 */
import { parseBudget } from "../../src/core/parse/money";
import { computeTotals } from "../../src/core/totals";
import { planTableXml } from "../../src/core/word/table";
import { formatAmount } from "../../src/core/words";
import { samMunPlan } from "./fixtures";
import { cells, rows, visibleText } from "./docx-xml";

const BUDGETS: (string | number)[] = ["2 tỷ đồng", "80tr", "500k", "Ngân sách nhà nước", "Không", 1234567.6];

function table() {
  const plan = samMunPlan();
  const picked = plan.rows.slice(0, BUDGETS.length);
  picked.forEach((r, i) => (r.budget = BUDGETS[i]));
  plan.rows = picked;
  const totals = computeTotals(plan);
  const trs = rows(planTableXml(plan, totals, 14000));
  const budgetCell = (text: string) => {
    const tr = trs.find((r) => cells(r).length === 9 && visibleText(cells(r)[6]).trim() === text);
    expect(tr).toBeDefined();
    return cells(tr!)[6];
  };
  return { totals, trs, budgetCell };
}

describe("Word table budgets agree with parseBudget", () => {
  test.each([
    ["2 tỷ đồng", 2000000000],
    ["80tr", 80000000],
    ["500k", 500000],
  ])("%s: an amount of %d, printed with dot thousands and right-aligned", (text, amount) => {
    expect(parseBudget(text)).toMatchObject({ kind: "amount", amount });
    const { totals, budgetCell } = table();
    expect(totals.rows.find((r) => r.text === text)?.amount).toBe(amount);
    expect(budgetCell(formatAmount(amount))).toContain('<w:jc w:val="right"/>');
  });

  test("a text that says more than its amount keeps it on a second line", () => {
    const plan = samMunPlan();
    plan.rows = plan.rows.slice(0, 2);
    plan.rows[0].budget = "300.000.000 (ngân sách nhà nước)";
    plan.rows[1].budget = "500.000đ/tháng x 9 tháng";
    const xml = planTableXml(plan, computeTotals(plan), 14000);
    const texts = rows(xml)
      .filter((r) => cells(r).length === 9)
      .map((r) => visibleText(cells(r)[6]).trim());
    expect(texts).toContain("300.000.000\n(ngân sách nhà nước)");
    expect(texts).toContain("4.500.000\n(500.000đ/tháng x 9 tháng)");
  });

  test("a figure inside the text is printed once: the amount, then the rest of the text", () => {
    const plan = samMunPlan();
    plan.rows = plan.rows.slice(0, 2);
    plan.rows[0].budget = "Ngân sách nhà nước: 300.000.000 đồng";
    plan.rows[1].budget = "Xã hội hóa (20.000.000đ)";
    const xml = planTableXml(plan, computeTotals(plan), 14000);
    const texts = rows(xml)
      .filter((r) => cells(r).length === 9)
      .map((r) => visibleText(cells(r)[6]).trim());
    expect(texts).toContain("300.000.000\n(Ngân sách nhà nước)");
    expect(texts).toContain("20.000.000\n(Xã hội hóa)");
  });

  test("texts without an amount stay left-aligned, as the totals leave them out", () => {
    const { budgetCell } = table();
    expect(parseBudget("Ngân sách nhà nước").amount).toBeNull();
    expect(budgetCell("Ngân sách nhà nước")).toContain('<w:jc w:val="left"/>');
    expect(budgetCell("Không")).toContain('<w:jc w:val="left"/>');
  });

  test("a number cell with decimals is shown as the totals count it: whole đồng", () => {
    const { budgetCell } = table();
    expect(budgetCell("1.234.568")).toContain('<w:jc w:val="right"/>');
  });

  test("the total row is the sum of the same amounts", () => {
    const { totals, trs } = table();
    const sum = 2000000000 + 80000000 + 500000 + 1234568;
    expect(totals.amount).toBe(sum);
    expect(visibleText(trs[trs.length - 1])).toContain(formatAmount(sum));
  });
});
