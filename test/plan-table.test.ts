import { gridFromRows } from "../src/core/grid";
import { readPlan } from "../src/core/read";
import { titleRole } from "../src/core/read/header";
import { parseBudget } from "../src/core/parse/money";
import { computeTotals } from "../src/core/totals";
import {
  PLAN_SHEET_NAME,
  PLAN_TABLE_COLUMNS,
  PLAN_TABLE_COLUMNS_2026,
  TOTALS_LABEL,
  catalogueBlock,
  criterionLabel,
  planColumnLetter,
  planTableBlock,
  startsLikeFormula,
  totalsRowFormula,
} from "../src/core/plan-table";
import { regulationById } from "../src/core/catalogue";
import { makePlan, TRICKY_TEXTS } from "./office/plans";
import { readPlanFile, SAMPLE } from "./helpers";
import type { Plan } from "../src/core/plan";

const amountsOf = (plan: Plan) => plan.rows.map((r) => parseBudget(r.budget).amount);

describe("plan table columns", () => {
  it("has the titles in order", () => {
    expect(PLAN_TABLE_COLUMNS.map((c) => c.title)).toEqual([
      "Dòng gốc",
      "Mức",
      "Tiêu chuẩn",
      "TT",
      "Tiêu chí",
      "Kết quả cần đạt (so với hiện trạng)",
      "Công việc/giải pháp cần thực hiện",
      "Chủ trì và phối hợp thực hiện",
      "Thời gian thực hiện và hoàn thành",
      "Dự kiến kinh phí",
      "Kinh phí (đồng)",
      "Điều kiện hỗ trợ khác",
      "Ghi chú",
    ]);
    expect(planColumnLetter("amount")).toBe("K");
    expect(PLAN_TABLE_COLUMNS.find((c) => c.key === "amount")!.title).toContain("(đồng)");
  });

  it("is recognised by the reader's header rules", () => {
    const roles = [...PLAN_TABLE_COLUMNS, ...PLAN_TABLE_COLUMNS_2026].map((c) => [c.key, titleRole(c.title)?.role]);
    expect(roles).toEqual([
      ["source", "source"],
      ["band", "band"],
      ["standard", "standard"],
      ["tt", "tt"],
      ["criterion", "criterion"],
      ["result", "result"],
      ["actions", "actions"],
      ["owner", "owner"],
      ["timeline", "timeline"],
      ["budget", "budget"],
      ["amount", "amount"],
      ["support", "support"],
      ["note", "note"],
      ["indicator", "indicator"],
      ["evidence", "evidence"],
      ["status", "status"],
    ]);
  });

  it("stores text columns as text and amounts as numbers", () => {
    for (const c of PLAN_TABLE_COLUMNS) {
      const expected = c.key === "amount" ? "#,##0" : c.key === "source" || c.key === "standard" ? "0" : "@";
      expect([c.key, c.numberFormat]).toEqual([c.key, expected]);
    }
  });
});

describe("planTableBlock", () => {
  const plan = makePlan(30);
  const block = planTableBlock(plan, amountsOf(plan));

  it("has one row per plan row, as wide as the header", () => {
    expect(block.rows).toHaveLength(30);
    for (const r of block.rows) expect(r).toHaveLength(block.header.length);
  });

  it("keeps formula-like text and bullets exactly as written", () => {
    const resultCol = block.header.indexOf("Kết quả cần đạt (so với hiện trạng)");
    expect(block.rows.slice(0, TRICKY_TEXTS.length).map((r) => r[resultCol])).toEqual(TRICKY_TEXTS);
    const actions = block.rows[0][block.header.indexOf("Công việc/giải pháp cần thực hiện")];
    expect(actions).toMatch(/^- Rà soát/);
    expect(TRICKY_TEXTS.map(startsLikeFormula)).toEqual([true, true, true, true, true]);
  });

  it("writes the source row, band, standard, criterion text and amounts", () => {
    const [first, second, third] = block.rows;
    expect(first.slice(0, 5)).toEqual([9, "1-3", 1, "1", plan.rows[0].criterionText]);
    expect(first[9]).toBe("5.000.000"); // a number cell shown with dot thousands
    expect(first[10]).toBe(5_000_000);
    expect(second[9]).toBe("2.500.000 đồng");
    expect(second[10]).toBe(2_500_000);
    expect(third[9]).toBe("Không");
    expect(third[10]).toBeNull();
    expect(first[11]).toBe("Phòng GD&ĐT hỗ trợ");
    expect(first[12]).toBeNull();
  });

  it("gives sub-rows their criterion (tables cannot merge)", () => {
    const p = makePlan(3);
    p.rows[2] = { ...p.rows[2], subRow: 1, criterionText: "" };
    p.rows[1] = { ...p.rows[1], criterionText: "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản" };
    const b = planTableBlock(p, amountsOf(p));
    expect(b.rows[2][4]).toBe("Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản");
  });

  it("normalises text to NFC", () => {
    const p = makePlan(1);
    p.rows[0] = { ...p.rows[0], owner: "Hiệu trưởng".normalize("NFD") };
    const b = planTableBlock(p, amountsOf(p));
    expect(b.rows[0][7]).toBe("Hiệu trưởng".normalize("NFC"));
  });

  it("adds the 2026 columns for a 2026-form plan", () => {
    const p: Plan = { ...makePlan(1), form: "2026" };
    p.rows[0] = { ...p.rows[0], indicator: "Tỷ lệ 95%", evidence: "Biên bản", status: "Đạt" };
    const b = planTableBlock(p, amountsOf(p));
    expect(b.header.slice(-3)).toEqual(PLAN_TABLE_COLUMNS_2026.map((c) => c.title));
    expect(b.rows[0].slice(-3)).toEqual(["Tỷ lệ 95%", "Biên bản", "Đạt"]);
  });
});

describe("totalsRowFormula", () => {
  it("is an auditable SUBTOTAL over the amount column", () => {
    expect(totalsRowFormula(2, 31, "K")).toBe("SUBTOTAL(109,K2:K31)");
    expect(totalsRowFormula(2, 1, "K")).toBe("SUBTOTAL(109,K2:K2)");
  });
});

describe("catalogue block", () => {
  it("lists every criterion as the label the plan writes", () => {
    const reg = regulationById("TT18/2018");
    const b = catalogueBlock(reg);
    expect(b.rows).toHaveLength(28);
    expect(b.rows[0][0]).toBe(criterionLabel("1.1", reg.standards[0].criteria[0].name));
    expect(b.rows[0][1]).toBe("1.1");
  });
});

describe("the plan sheet reads back", () => {
  function sheetOf(plan: Plan) {
    const amounts = amountsOf(plan);
    const block = planTableBlock(plan, amounts);
    const n = block.rows.length;
    const totals = block.header.map((_, i) => (i === 4 ? TOTALS_LABEL : i === 10 ? amounts.reduce<number>((s, a) => s + (a ?? 0), 0) : null));
    const formulas: (string | null)[][] = [[], ...block.rows.map(() => []), block.header.map((_, i) => (i === 10 ? totalsRowFormula(2, n + 1, "K") : null))];
    return gridFromRows(PLAN_SHEET_NAME, [block.header, ...block.rows, totals], [], formulas);
  }

  it("gives back the rows, their texts and the total", () => {
    const plan = makePlan(30);
    const r = readPlan({ sheets: [sheetOf(plan)] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.rows).toHaveLength(30);
    expect(r.plan.rows.map((x) => x.result)).toEqual(plan.rows.map((x) => x.result));
    expect(r.plan.rows.map((x) => x.criterion)).toEqual(plan.rows.map((x) => x.criterion));
    expect(r.plan.rows.map((x) => x.band)).toEqual(plan.rows.map((x) => x.band));
    expect(computeTotals(r.plan).amount).toBe(computeTotals(plan).amount);
  });

  it("round-trips the sample workbook's plan", async () => {
    const plan = await readPlanFile(SAMPLE);
    const r = readPlan({ sheets: [sheetOf(plan)] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.rows).toHaveLength(plan.rows.length);
    expect(computeTotals(r.plan).amount).toBe(computeTotals(plan).amount);
    expect(r.plan.rows.map((x) => x.criterion)).toEqual(plan.rows.map((x) => x.criterion));
  });
});
