/** The sheet writers put in "Kinh phí (đồng)" the amounts the totals counted (totals.rows), not a second reading. */
import ExcelJS from "exceljs";
import { buildPlanWorkbook } from "../src/file/export-plan";
import { PLAN_SHEET_NAME, planColumnIndex, planTableColumns } from "../src/core/plan-table";
import { amountsOf, computeTotals } from "../src/core/totals";
import { fullRow, makePlan } from "./validate/plan-builder";

const plan = () =>
  makePlan({
    rows: [
      fullRow(12, "Tiêu chí 1.1", { budget: "2 tỷ đồng" }),
      fullRow(13, "Tiêu chí 1.2", { budget: "80tr" }),
      fullRow(14, "Tiêu chí 1.3", { budget: "500k" }),
      fullRow(15, "Tiêu chí 1.4", { budget: "Ngân sách nhà nước" }),
      fullRow(16, "Tiêu chí 1.5", { budget: 1234567.6 }),
    ],
  });

test("amountsOf reads totals.rows by sheet row", () => {
  const p = plan();
  const totals = computeTotals(p);
  expect(amountsOf(p, totals)).toEqual([2000000000, 80000000, 500000, null, 1234568]);
  // Rows the totals do not know have no amount (no second parse).
  expect(amountsOf(p, { rows: totals.rows.slice(1) })).toEqual([null, 80000000, 500000, null, 1234568]);
});

test("the clean plan workbook's amounts column holds the totals' amounts", async () => {
  const p = plan();
  const totals = computeTotals(p);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await buildPlanWorkbook(p, totals)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(PLAN_SHEET_NAME)!;
  const columns = planTableColumns(p);
  const amount = planColumnIndex("amount", columns) + 1;
  const budget = planColumnIndex("budget", columns) + 1;
  const values = p.rows.map((_, i) => ws.getRow(i + 2).getCell(amount).value);
  expect(values).toEqual([2000000000, 80000000, 500000, null, 1234568]);
  expect(ws.getRow(2).getCell(budget).value).toBe("2 tỷ đồng");
  expect(ws.getRow(6).getCell(budget).value).toBe("1.234.568");
});
