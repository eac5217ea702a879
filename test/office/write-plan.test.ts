import { createExcelHost } from "../../src/office";
import { TEMP_SHEET_NAME } from "../../src/office/write-plan";
import { computeTotals } from "../../src/core/totals";
import { CATALOGUE_SHEET_NAME, PLAN_SHEET_NAME, PLAN_TABLE_COLUMNS, PLAN_TABLE_NAME } from "../../src/core/plan-table";
import { cellAddress } from "../../src/core/grid";
import { FakeExcel, countSyncs } from "./fake-excel";
import { makePlan, TRICKY_TEXTS } from "./plans";

const ORIGINAL = "Kế hoạch gốc";

function workbookWithOriginal(): FakeExcel {
  const fake = new FakeExcel();
  const ws = fake.workbook.addSheet(ORIGINAL);
  ws.set("A1", "PHÒNG GD&ĐT HUYỆN A");
  ws.set("B8", "Tiêu chuẩn, tiêu chí");
  ws.set("G9", 5_000_000, "#,##0");
  ws.set("G40", "=SUM(G9:G39)");
  fake.workbook.addSheet("Ghi chép");
  return fake;
}

describe.each([30, 5000])("writePlanSheet with %i rows", (n) => {
  const plan = makePlan(n, ORIGINAL);
  const totals = computeTotals(plan);

  it("writes the table in 2 syncs, one block, and never touches the original sheet", async () => {
    const fake = workbookWithOriginal();
    const before = fake.workbook.sheet(ORIGINAL)!.dump();
    const host = createExcelHost(fake.env());
    const { result, syncs } = await countSyncs(fake, () => host.writePlanSheet(plan, totals));
    expect(result).toEqual({ ok: true, value: { sheet: PLAN_SHEET_NAME, rows: n } });
    expect(syncs).toBe(2);
    expect(fake.writesTo(ORIGINAL)).toEqual([]);
    expect(fake.workbook.sheet(ORIGINAL)!.dump()).toEqual(before);

    // One 2-D block for all the rows (plus the header row and the totals row).
    const valueWrites = fake.log.filter((o) => o.kind === "range.values" && o.sheet === TEMP_SHEET_NAME);
    expect(valueWrites.map((o) => o.address)).toEqual([
      `'${TEMP_SHEET_NAME}'!A1:M1`,
      `'${TEMP_SHEET_NAME}'!A2:M${n + 1}`,
    ]);

    const ws = fake.workbook.sheet(PLAN_SHEET_NAME)!;
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([ORIGINAL, PLAN_SHEET_NAME, "Ghi chép", CATALOGUE_SHEET_NAME]);
    expect(fake.workbook.active).toBe(ws);
    expect(PLAN_TABLE_COLUMNS.map((_, c) => ws.cell(0, c)?.value)).toEqual(PLAN_TABLE_COLUMNS.map((c) => c.title));
    expect(ws.frozenRows).toBe(1);
    expect(ws.columnWidths.size).toBe(PLAN_TABLE_COLUMNS.length);

    const table = fake.workbook.tables.find((t) => t.sheet === ws)!;
    expect(table).toMatchObject({ name: PLAN_TABLE_NAME, top: 0, left: 0, cols: 13, dataRows: n, showTotals: true });

    // Totals row: label, auditable formula, and the figure the core computes.
    const totalRow = n + 1;
    expect(ws.cell(totalRow, 4)?.value).toBe("Tổng cộng");
    expect(ws.cell(totalRow, 10)?.formula).toBe(`=SUBTOTAL(109,K2:K${n + 1})`);
    expect(ws.cell(totalRow, 0)?.value).toBe(""); // Excel's default "Total" replaced
    expect(ws.cell(totalRow, 12)?.formula).toBeNull(); // and its default function too
    const load = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(PLAN_SHEET_NAME).getRange(cellAddress(totalRow, 10));
      r.load("values");
      await ctx.sync();
      return r.values[0][0];
    });
    expect(load).toBe(totals.amount);

    // Amounts as numbers with #,##0; text columns as text.
    expect(ws.cell(1, 10)).toMatchObject({ value: 5_000_000, numberFormat: "#,##0" });
    expect(ws.cell(1, 0)).toMatchObject({ value: 9, numberFormat: "0" });
    expect(ws.cell(1, 5)?.numberFormat).toBe("@");
  });

  it("keeps formula-like text as text and bullets as typed", async () => {
    const fake = workbookWithOriginal();
    await createExcelHost(fake.env()).writePlanSheet(plan, totals);
    const ws = fake.workbook.sheet(PLAN_SHEET_NAME)!;
    for (let i = 0; i < TRICKY_TEXTS.length; i++) {
      expect(ws.cell(1 + i, 5)).toMatchObject({ value: TRICKY_TEXTS[i], formula: null });
    }
    expect(ws.cell(1, 6)).toMatchObject({ formula: null });
    expect(String(ws.cell(1, 6)?.value)).toMatch(/^- Rà soát hồ sơ/);
    const formulas = [...ws.cells.entries()].filter(([, c]) => c.formula).map(([k]) => k);
    expect(formulas).toEqual([`${n + 1},10`]); // only the totals formula
  });

  it("adds the hidden catalogue sheet and the dropdown on the criterion column", async () => {
    const fake = workbookWithOriginal();
    await createExcelHost(fake.env()).writePlanSheet(plan, totals);
    const cat = fake.workbook.sheet(CATALOGUE_SHEET_NAME)!;
    expect(cat.visibility).toBe("Hidden");
    expect(cat.cell(1, 1)).toMatchObject({ value: "1.1", numberFormat: "@" });
    expect(cat.cell(28, 0)?.value).toMatch(/^Tiêu chí 5\.\d+: /);
    expect(cat.cell(29, 0)).toBeUndefined();
    const ws = fake.workbook.sheet(PLAN_SHEET_NAME)!;
    expect(ws.validations).toEqual([
      {
        box: { top: 1, left: 4, bottom: n, right: 4 },
        rule: { list: { inCellDropDown: true, source: `='${CATALOGUE_SHEET_NAME}'!$A$2:$A$29` } },
        errorAlert: expect.objectContaining({ showAlert: false }),
      },
    ]);
  });

  it("replaces an existing plan sheet in the same 2 syncs, in its place", async () => {
    const fake = workbookWithOriginal();
    const host = createExcelHost(fake.env());
    await host.writePlanSheet(makePlan(7, ORIGINAL), totals);
    // The user moves the plan sheet to the end; it stays there when replaced.
    const ws0 = fake.workbook.sheet(PLAN_SHEET_NAME)!;
    fake.workbook.sheets = [...fake.workbook.sheets.filter((s) => s !== ws0), ws0];
    const { result, syncs } = await countSyncs(fake, () => host.writePlanSheet(plan, totals));
    expect(result.ok).toBe(true);
    expect(syncs).toBe(2);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([ORIGINAL, "Ghi chép", CATALOGUE_SHEET_NAME, PLAN_SHEET_NAME]);
    const ws = fake.workbook.sheet(PLAN_SHEET_NAME)!;
    expect(ws).not.toBe(ws0);
    expect(fake.workbook.tables.map((t) => t.name)).toEqual([PLAN_TABLE_NAME]);
    expect(ws.cell(n, 0)?.value).toBe(8 + n);
    expect(fake.writesTo(ORIGINAL)).toEqual([]);
  });
});

describe("a failure while writing", () => {
  const plan = makePlan(30, ORIGINAL);
  const totals = computeTotals(plan);

  async function withOldPlanSheet() {
    const fake = workbookWithOriginal();
    const host = createExcelHost(fake.env());
    await host.writePlanSheet(makePlan(5, ORIGINAL), totals);
    const old = fake.workbook.sheet(PLAN_SHEET_NAME)!;
    return { fake, host, old, before: old.dump(), original: fake.workbook.sheet(ORIGINAL)!.dump() };
  }

  it("midway leaves the old plan sheet as it was and removes the half-written one", async () => {
    const { fake, host, old, before, original } = await withOldPlanSheet();
    fake.failWhen = (op) => op.kind === "tables.add";
    const r = await host.writePlanSheet(plan, totals);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Không ghi được bảng kế hoạch \(GeneralException: injected failure.*Không có gì bị thay đổi/);
    expect(fake.workbook.sheet(PLAN_SHEET_NAME)).toBe(old);
    expect(old.dump()).toEqual(before);
    expect(fake.workbook.sheet(TEMP_SHEET_NAME)).toBeUndefined();
    expect(fake.workbook.sheet(ORIGINAL)!.dump()).toEqual(original);
  });

  it("when deleting the old sheet fails, nothing changes either", async () => {
    const { fake, host, old, before } = await withOldPlanSheet();
    fake.failWhen = (op) => op.kind === "worksheet.delete" && op.sheet === PLAN_SHEET_NAME;
    const r = await host.writePlanSheet(plan, totals);
    expect(r.ok).toBe(false);
    expect(fake.workbook.sheet(PLAN_SHEET_NAME)).toBe(old);
    expect(old.dump()).toEqual(before);
    expect(fake.workbook.sheet(TEMP_SHEET_NAME)).toBeUndefined();
  });

  it("in the rename says exactly where the new table is", async () => {
    const { fake, host } = await withOldPlanSheet();
    fake.failWhen = (op) => op.kind === "worksheet.name" && op.sheet === TEMP_SHEET_NAME;
    const r = await host.writePlanSheet(plan, totals);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(`bảng kế hoạch mới đang nằm ở trang "${TEMP_SHEET_NAME}"`);
    expect(fake.workbook.sheet(TEMP_SHEET_NAME)!.cell(30, 0)?.value).toBe(38);
  });

  it("in a cosmetic last step still counts as written", async () => {
    const { fake, host } = await withOldPlanSheet();
    fake.failWhen = (op) => op.kind === "table.name" && op.sheet === PLAN_SHEET_NAME;
    const r = await host.writePlanSheet(plan, totals);
    expect(r).toEqual({ ok: true, value: { sheet: PLAN_SHEET_NAME, rows: 30 } });
  });

  it("a leftover temp sheet from an earlier failure is replaced", async () => {
    const fake = workbookWithOriginal();
    fake.workbook.addSheet(TEMP_SHEET_NAME).set("A1", "cũ");
    const r = await createExcelHost(fake.env()).writePlanSheet(plan, totals);
    expect(r.ok).toBe(true);
    expect(fake.workbook.sheet(TEMP_SHEET_NAME)).toBeUndefined();
  });
});

describe("large texts and Excel on the web's 5 MB request cap", () => {
  it("writes in blocks under the cap, all before the swap", async () => {
    const plan = makePlan(5000, ORIGINAL);
    for (const r of plan.rows) r.actions = "- Tổ chức bồi dưỡng chuyên môn cho giáo viên; ".repeat(25);
    const fake = workbookWithOriginal();
    fake.payloadLimit = 5_000_000;
    const { result, syncs } = await countSyncs(fake, () => createExcelHost(fake.env()).writePlanSheet(plan, computeTotals(plan)));
    expect(result.ok).toBe(true);
    expect(fake.maxRequestBytesSeen).toBeLessThanOrEqual(5_000_000);
    expect(syncs).toBeGreaterThan(2);
    expect(syncs).toBeLessThanOrEqual(6);
    expect(fake.workbook.sheet(PLAN_SHEET_NAME)!.cell(5000, 6)?.value).toBe(plan.rows[4999].actions);
  });
});

describe("the written plan sheet reads back through the same snapshot", () => {
  it("gives the same rows, texts and total", async () => {
    const { readPlan } = await import("../../src/core/read");
    const plan = makePlan(30, ORIGINAL);
    const fake = workbookWithOriginal();
    const host = createExcelHost(fake.env());
    await host.writePlanSheet(plan, computeTotals(plan));
    const snap = await host.readWorkbook(PLAN_SHEET_NAME);
    expect(snap.ok).toBe(true);
    if (!snap.ok) return;
    const r = readPlan(snap.value);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.sheet).toBe(PLAN_SHEET_NAME);
    expect(r.plan.rows.map((x) => x.result)).toEqual(plan.rows.map((x) => x.result));
    expect(r.plan.rows.map((x) => x.criterion)).toEqual(plan.rows.map((x) => x.criterion));
    expect(r.plan.total?.formula).toBe("SUBTOTAL(109,K2:K31)");
    expect(computeTotals(r.plan).amount).toBe(computeTotals(plan).amount);
  });
});
