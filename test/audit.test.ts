/** The accountant's view: every amount traced to its cell, by funding source, and what the sheet's SUM misses. */
import { gridFromRows, type CellValue } from "../src/core/grid";
import { readPlan } from "../src/core/read";
import { computeTotals } from "../src/core/totals";
import { auditRows, auditTsv, differenceRows } from "../src/core/audit";
import { fundingParts } from "../src/core/funding";
import type { Plan, RowAmount } from "../src/core/plan";
import { HEADER } from "./ui/fake-host";

function plan(rows: CellValue[][], formulas: (string | null)[][] = []): Plan {
  const r = readPlan({ sheets: [gridFromRows("KH", rows, [], formulas)] });
  if (!r.ok) throw new Error(r.error.code);
  return r.plan;
}

const row = (n: number, code: string, budget: CellValue, support: CellValue = null): CellValue[] => [
  n,
  `Tiêu chí ${code}`,
  "Kết quả",
  "Công việc",
  "Hiệu trưởng",
  "Năm học 2024-2025",
  budget,
  support,
  null,
];

describe("funding sources", () => {
  const counted = (text: string, amount: number, source?: string): RowAmount => ({ row: 1, cell: "G1", text, amount, kind: "amount", ...(source ? { source } : {}) });

  it("splits a cell naming two sources with an amount each", () => {
    expect(fundingParts(counted("NSNN 45.000.000đ + XHH 15.000.000đ", 60_000_000), "")).toEqual([
      { group: "nsnn", amount: 45_000_000 },
      { group: "xhh", amount: 15_000_000 },
    ]);
  });

  it("a single source from the cell, else from the support column, else other", () => {
    expect(fundingParts(counted("30.000.000 đồng (xã hội hóa)", 30_000_000, "Xã hội hóa"), "")).toEqual([{ group: "xhh", amount: 30_000_000 }]);
    expect(fundingParts(counted("30.000.000", 30_000_000), "Chi thường xuyên")).toEqual([{ group: "ctx", amount: 30_000_000 }]);
    expect(fundingParts(counted("30.000.000", 30_000_000), "")).toEqual([{ group: "other", amount: 30_000_000 }]);
  });

  it("parts that do not add up to the row's amount are not split", () => {
    expect(fundingParts(counted("NSNN 45.000.000đ + 15.000.000đ", 60_000_000, "Ngân sách nhà nước"), "")).toEqual([{ group: "nsnn", amount: 60_000_000 }]);
  });
});

describe("the row-by-row audit", () => {
  const rows: CellValue[][] = [
    ["TRƯỜNG TIỂU HỌC HOA BAN"],
    ["Năm học 2024-2025"],
    HEADER,
    [null, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
    row(1, "1.1", 10_000_000, "Ngân sách nhà nước"),
    row(2, "1.2", "5.000.000 đồng", null),
    row(3, "1.3", "Ngân sách nhà nước"),
    row(4, "1.4", "Theo thực tế"),
    row(5, "1.5", "NSNN 4.000.000đ + XHH 1.000.000đ"),
    [null, "Tổng cộng", null, null, null, null, 10_000_000],
  ];
  // The sheet's total is =SUM(G5:G8): it skips the text amounts and misses row 9.
  const formulas: (string | null)[][] = [];
  formulas[9] = [null, null, null, null, null, null, "SUM(G5:G8)"];
  const p = plan(rows, formulas);
  const totals = computeTotals(p);
  const audit = auditRows(p, totals);

  it("every row traced to its budget cell, with the amount or the reason", () => {
    expect(audit.map((a) => [a.cell, a.criterion, a.amount, a.reason])).toEqual([
      ["G5", "1.1", 10_000_000, null],
      ["G6", "1.2", 5_000_000, null],
      ["G7", "1.3", null, "source"],
      ["G8", "1.4", null, "unspecified"],
      ["G9", "1.5", 5_000_000, null],
    ]);
    expect(totals.amount).toBe(20_000_000);
    expect(totals.bySource).toEqual({ nsnn: 14_000_000, xhh: 1_000_000, ctx: 0, other: 5_000_000 });
  });

  it("the rows that explain the difference with the sheet's SUM", () => {
    expect(totals.reconciliation?.matches).toBe(false);
    expect(differenceRows(audit).map((a) => [a.cell, a.sum])).toEqual([
      ["G6", "skipped-text"],
      ["G9", "outside"],
    ]);
  });

  it("copied as a tab-separated table, in the chosen language", () => {
    const vi = auditTsv(audit, "vi").split("\n");
    expect(vi[0]).toBe("Ô\tTiêu chí\tNội dung ô\tSố tiền tính\tNguồn kinh phí");
    expect(vi[1]).toBe("G5\t1.1\t10.000.000\t10.000.000\tNgân sách nhà nước");
    expect(vi[3]).toBe("G7\t1.3\tNgân sách nhà nước\tkhông tính: chỉ ghi nguồn kinh phí, không ghi số tiền\t");
    expect(vi[5]).toBe("G9\t1.5\tNSNN 4.000.000đ + XHH 1.000.000đ\t5.000.000\tNgân sách nhà nước 4.000.000; Xã hội hóa 1.000.000");
    const en = auditTsv(audit, "en").split("\n");
    expect(en[0]).toBe("Cell\tCriterion\tAs typed\tAmount counted\tFunding source");
    expect(en[4]).toContain("not counted: no amount written");
  });
});
