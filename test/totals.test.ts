import { computeTotals, orderedEntries, parseSumFormula } from "../src/core/totals";
import { checkPlan } from "../src/core/check";
import { fullRow, makePlan } from "./validate/plan-builder";

describe("computeTotals", () => {
  test("amounts, words, by standard and band, stated, uncounted", () => {
    const plan = makePlan({
      schoolYear: "2022-2023",
      standards: [
        { row: 11, number: 1, name: "Tổ chức và quản lý nhà trường" },
        { row: 14, number: 3, name: "Cơ sở vật chất và thiết bị dạy học" },
      ],
      rows: [
        fullRow(12, "Tiêu chí 1.6", { budget: "Không" }),
        fullRow(13, "Tiêu chí 1.8", { budget: "Ngân sách nhà nước" }),
        fullRow(15, "Tiêu chí 3.3", { budget: 300000000 }),
        fullRow(16, "", { budget: "100.000.000" }),
        fullRow(17, "Tiêu chí 3.5", { budget: "Kinh phí mua sắm" }),
      ],
      total: { row: 19, formula: "SUM(G10:G18)", amount: 400000000 },
    });
    plan.bands.push({ row: 30, cell: "A30", band: "4", text: "MỨC 4" });
    expect(computeTotals(plan)).toEqual({
      amount: 400000000,
      words: "Bốn trăm triệu đồng",
      byStandard: { "1": 0, "3": 400000000 },
      byBand: { "1-3": 400000000, "4": 0 },
      stated: { cell: "G19", amount: 400000000 },
      uncounted: ["G13", "G17"],
      rows: [
        { row: 12, cell: "G12", text: "Không", amount: null, kind: "none" },
        { row: 13, cell: "G13", text: "Ngân sách nhà nước", amount: null, kind: "source", source: "Ngân sách nhà nước" },
        { row: 15, cell: "G15", text: "300.000.000", amount: 300000000, kind: "amount" },
        { row: 16, cell: "G16", text: "100.000.000", amount: 100000000, kind: "amount" },
        { row: 17, cell: "G17", text: "Kinh phí mua sắm", amount: null, kind: "unspecified" },
      ],
      reconciliation: {
        cell: "G19",
        stated: 400000000,
        from: "cached",
        computed: 400000000,
        difference: 0,
        matches: true,
        sum: { col: "G", from: 10, to: 18 },
        misses: { text: true, outside: false },
      },
      // No row names a source with an amount: all of it is "other".
      bySource: { nsnn: 0, xhh: 0, ctx: 0, other: 400000000 },
    });
    // Shown in reading order: the object itself puts "4" first.
    const totals = computeTotals(plan);
    expect(Object.keys(totals.byBand)).toEqual(["4", "1-3"]);
    expect(orderedEntries(totals.byBand)).toEqual([["1-3", 400000000], ["4", 0]]);
    expect(orderedEntries({ "10": 1, "2": 2, "1": 3 }).map(([k]) => k)).toEqual(["1", "2", "10"]);
  });

  test("SUM without a cached value is evaluated over number cells only", () => {
    const plan = makePlan({
      rows: [fullRow(12, "Tiêu chí 4.1", { budget: "5.000.000 đồng" }), fullRow(13, "Tiêu chí 4.2", { budget: 2000000 })],
      total: { row: 28, formula: "SUM(G10:G27)" },
    });
    const totals = computeTotals(plan);
    expect(totals.amount).toBe(7000000);
    expect(totals.words).toBe("Bảy triệu đồng");
    expect(totals.stated).toEqual({ cell: "G28", amount: 2000000 });
  });

  test("budgets per unit count as the product; a rate without a count is left out", () => {
    const plan = makePlan({
      schoolYear: "2025-2026",
      standards: [
        { row: 11, number: 2, name: "Cán bộ quản lý, giáo viên, nhân viên và học sinh" },
        { row: 14, number: 3, name: "Cơ sở vật chất và thiết bị dạy học" },
        { row: 17, number: 1, name: "Tổ chức và quản lý nhà trường", band: "4" },
      ],
      rows: [
        fullRow(12, "Tiêu chí 2.2", { budget: "500.000đ/tháng x 9 tháng" }),
        fullRow(13, "Tiêu chí 2.3", { budget: "2 đợt x 5 triệu" }),
        fullRow(15, "Tiêu chí 3.3", { budget: "20 bộ × 1.200.000đ" }),
        fullRow(16, "Tiêu chí 3.5", { budget: "500.000đ/tháng" }),
        fullRow(18, "Tiêu chí 1.1", { budget: 3000000, band: "4" }),
      ],
      // The sheet's total was typed by someone who multiplied out the products.
      total: { row: 20, amount: 41500000 },
    });
    const totals = computeTotals(plan);
    expect(totals.amount).toBe(4500000 + 10000000 + 24000000 + 3000000);
    expect(totals.words).toBe("Bốn mươi mốt triệu năm trăm nghìn đồng");
    expect(totals.byStandard).toEqual({ "1": 3000000, "2": 14500000, "3": 24000000 });
    expect(totals.byBand).toEqual({ "1-3": 38500000, "4": 3000000 });
    expect(totals.uncounted).toEqual(["G16"]);
    expect(totals.rows.map((r) => [r.cell, r.kind, r.amount])).toEqual([
      ["G12", "amount", 4500000],
      ["G13", "amount", 10000000],
      ["G15", "amount", 24000000],
      ["G16", "rate", null],
      ["G18", "amount", 3000000],
    ]);
    expect(totals.rows[0].product).toEqual({ unit: 500000, counts: [9], per: "tháng" });
    expect(totals.rows[3].rate).toEqual({ amount: 500000, per: "tháng" });
    expect(totals.reconciliation).toMatchObject({ stated: 41500000, computed: 41500000, difference: 0, matches: true });
    const { issues } = checkPlan(plan);
    expect(issues.filter((i) => i.code.startsWith("budget") || i.code.startsWith("total")).map((i) => `${i.cell} ${i.severity} ${i.code}`)).toEqual([
      "G16 info budget-rate",
    ]);
  });

  test("no total row, unknown formula: stated null", () => {
    expect(computeTotals(makePlan({ rows: [fullRow(12, "Tiêu chí 1.1")] })).stated).toBeNull();
    expect(computeTotals(makePlan({ rows: [fullRow(12, "Tiêu chí 1.1")], total: { row: 20, formula: "G12*2" } })).stated).toBeNull();
  });

  test("an empty plan", () => {
    const totals = computeTotals(makePlan({ rows: [] }));
    expect(totals).toEqual({ amount: 0, words: totals.words, byStandard: {}, byBand: { "1-3": 0 }, stated: null, uncounted: [], rows: [], reconciliation: null, bySource: { nsnn: 0, xhh: 0, ctx: 0, other: 0 } });
    expect(totals.words).toMatch(/^Không đồng$/);
  });

  test.each([
    ["SUM(G10:G27)", { col: "G", from: 10, to: 27 }],
    ["=sum($G$27:$G$10)", { col: "G", from: 10, to: 27 }],
    ["SUM(G10:H27)", null],
    ["SUM(G10:G27)*2", null],
  ])("parseSumFormula(%j)", (f, expected) => {
    expect(parseSumFormula(f)).toEqual(expected);
  });
});

describe("checkPlan", () => {
  test("issues and totals together", () => {
    const plan = makePlan({ rows: [fullRow(12, "Tiêu chí 4. 1", { budget: "5.000.000 đồng" })], total: { row: 28, formula: "SUM(G10:G27)" } });
    const { issues, totals } = checkPlan(plan);
    expect(issues.map((i) => i.code)).toEqual(["total-mismatch"]);
    expect(totals.amount).toBe(5000000);
  });
});
