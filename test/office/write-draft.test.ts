/**
 * The Biểu 2 plan written with Office.js (against the fake Excel): "Tạo kế
 * hoạch mới" on a new sheet that never replaces one, the hidden list sheet
 * reused or left alone, dropdowns, print setup and notes; read back through
 * the Excel host's own reader as a 2026 plan. And "Tạo bảng kế hoạch" on a
 * 2026-form plan writes the 2026 tables, the same problems, rows and reviews.
 */
import * as fs from "fs";
import * as path from "path";
import { createExcelHost } from "../../src/office";
import { blankDraft, CATALOGUE_2026_SHEET, STATUS_VALUES, draftLayout, draftCriteria } from "../../src/core/forms/layout2026";
import { uniqueSheetName, sameRows } from "../../src/office/write-draft";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { computeTotals } from "../../src/core/totals";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { PLAN_SHEET_NAME } from "../../src/core/plan-table";
import type { Draft2026 } from "../../src/core/forms/draft";
import { FakeExcel, countSyncs } from "./fake-excel";
import { FIXTURES } from "../helpers";

const DRAFT = blankDraft("tieu-hoc", "2026-2027", "Trường Tiểu học Hoa Sen", "UBND xã Hoa Sen");
const NAME = "Kế hoạch CTCL 2026-2027";

async function readBack(fake: FakeExcel, sheet: string) {
  const snap = await createExcelHost(fake.env()).readWorkbook();
  if (!snap.ok) throw new Error(snap.error);
  const r = readPlan(snap.value, { sheet });
  if (!r.ok) throw new Error(r.error.code);
  return { plan: r.plan, ...checkPlan(r.plan) };
}

describe("createPlan (Excel): a new sheet, never replacing one", () => {
  test("a blank plan: new sheet activated, hidden list sheet, dropdowns, print setup; reads back with no rows and no finding", async () => {
    const fake = new FakeExcel();
    const mine = fake.workbook.addSheet(NAME); // a sheet of the user's with the very name
    mine.set("A1", "của trường");
    const host = createExcelHost(fake.env());
    const { result, syncs } = await countSyncs(fake, () => host.createPlan!(DRAFT));
    expect(result).toEqual({ ok: true, value: { where: `${NAME} (2)` } });
    expect(syncs).toBe(3); // names, the write, the print setup (no notes)
    expect(fake.writesTo(NAME)).toEqual([]);
    expect(mine.cell(0, 0)?.value).toBe("của trường");

    const ws = fake.workbook.sheet(`${NAME} (2)`)!;
    expect(fake.workbook.active).toBe(ws);
    const list = fake.workbook.sheet(CATALOGUE_2026_SHEET)!;
    expect(list.visibility).toBe("Hidden");
    expect(ws.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });

    const layout = draftLayout(DRAFT, draftCriteria(DRAFT));
    const v = layout.sheet.tables.V;
    expect(ws.pageLayout.printTitleRows).toBe(`$${v.header + 1}:$${v.header + 2}`);
    expect(Array.from({ length: 10 }, (_, c) => ws.cell(v.header + 1, c)?.value)).toEqual(Array.from({ length: 10 }, (_, i) => `(${i + 1})`));
    expect(ws.cell(v.header, 1)?.props).toMatchObject({ font: { name: "Times New Roman", bold: true }, wrapText: true });
    expect(ws.merges.length).toBe(layout.sheet.merges.length);

    const status = ws.validations.find((x) => x.box.left === 9 && x.box.top === v.first)!;
    expect(status.rule.list.source).toBe(`='${CATALOGUE_2026_SHEET}'!$D$2:$D$4`);
    expect(status.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect([1, 2, 3].map((r) => list.cell(r, 3)?.value)).toEqual([...STATUS_VALUES]);
    const content = ws.validations.find((x) => x.box.left === 1 && x.box.top === v.first)!;
    expect(content.errorAlert).toMatchObject({ showAlert: false });
    expect(content.box.bottom - content.box.top + 1).toBeGreaterThanOrEqual(200);
    expect(list.cell(1, 2)?.value).toMatch(/^Tiêu chí 1\.1: /);

    const { plan, issues } = await readBack(fake, `${NAME} (2)`);
    expect(plan).toMatchObject({ form: "2026", level: "tieu-hoc", regulation: "TT57/2026-PT", schoolYear: "2026-2027", rows: [], problems: [] });
    expect(issues).toEqual([]);
  });

  test("the list sheet is reused when it holds the same lists, left alone when it holds others", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("Trang 1");
    const host = createExcelHost(fake.env());
    await host.createPlan!(DRAFT);
    // The same level again: the list sheet is reused, the plan sheet gets a new name.
    const again = await countSyncs(fake, () => host.createPlan!(DRAFT));
    expect(again.result).toEqual({ ok: true, value: { where: `${NAME} (2)` } });
    expect(again.syncs).toBe(4); // names, the list sheets' content, the write, print setup
    expect(fake.workbook.sheets.filter((s) => s.name.startsWith(CATALOGUE_2026_SHEET)).map((s) => s.name)).toEqual([CATALOGUE_2026_SHEET]);

    // A preschool (other criteria): a new list sheet, the first one untouched.
    const before = fake.workbook.sheet(CATALOGUE_2026_SHEET)!.dump();
    const mn = await host.createPlan!(blankDraft("mam-non", "2026-2027", "Trường Mầm non Hoa Sen"));
    expect(mn).toEqual({ ok: true, value: { where: NAME.replace("2026-2027", "2026-2027 (3)") } });
    expect(fake.workbook.sheet(CATALOGUE_2026_SHEET)!.dump()).toEqual(before);
    const second = fake.workbook.sheet(`${CATALOGUE_2026_SHEET} (2)`)!;
    expect(second.visibility).toBe("Hidden");
    const ws = fake.workbook.sheet(`${NAME} (3)`)!;
    expect(ws.validations[0].rule.list.source).toContain(`'${CATALOGUE_2026_SHEET} (2)'!`);
    const { plan } = await readBack(fake, `${NAME} (3)`);
    expect(plan).toMatchObject({ level: "mam-non", regulation: "TT57/2026-MN", rows: [] });
  });

  test("notes become comments on their cells", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("Trang 1");
    const draft: Draft2026 = {
      ...DRAFT,
      rows: [{ content: "Tiêu chí 1.4: Hồ sơ", goal: "a", actions: "b", indicator: "c", timeline: "Tháng 3/2027", owner: "HT", resources: "Không", evidence: "d", status: "", notes: { timeline: "Đã dời sang năm học mới: kiểm tra." } }],
    };
    const { syncs } = await countSyncs(fake, () => createExcelHost(fake.env()).createPlan!(draft));
    expect(syncs).toBe(4);
    const { plan } = await readBack(fake, NAME);
    expect(fake.workbook.comments).toEqual([{ address: `'${NAME}'!${plan.rows[0].cells.timeline}`, content: "Đã dời sang năm học mới: kiểm tra." }]);
  });

  test("a failed write leaves the user's sheets as they were and says so in one sentence", async () => {
    const fake = new FakeExcel();
    const mine = fake.workbook.addSheet("Trang 1");
    mine.set("B2", 5);
    fake.failWhen = (op) => op.kind === "range.merge";
    const r = await createExcelHost(fake.env()).createPlan!(DRAFT);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Không tạo được trang tính kế hoạch mới "Kế hoạch CTCL 2026-2027".*không bị thay đổi\.$/) });
    expect(fake.workbook.sheet(NAME)).toBeUndefined();
    expect(fake.writesTo("Trang 1")).toEqual([]);
  });
});

describe("Tạo bảng kế hoạch on a 2026-form plan (Excel)", () => {
  test("writes the Biểu 2 tables on the plan sheet: the same problems, rows, statuses and reviews read back", async () => {
    const read = readPlan(await snapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(FIXTURES, "form-2026.xlsx")))));
    if (!read.ok) throw new Error(read.error.code);
    const original = read.plan;
    expect([original.problems?.length, original.rows.length, original.reviews?.length]).toEqual([2, 2, 2]);
    const fake = new FakeExcel();
    fake.workbook.addSheet(original.sheet);
    const r = await createExcelHost(fake.env()).writePlanSheet(original, computeTotals(original));
    expect(r).toEqual({ ok: true, value: { sheet: PLAN_SHEET_NAME, rows: original.rows.length } });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([original.sheet, PLAN_SHEET_NAME, CATALOGUE_2026_SHEET]);
    const { plan } = await readBack(fake, PLAN_SHEET_NAME);
    const rows = (p: typeof plan) => p.rows.map((x) => [x.criterion, x.result, x.actions, x.indicator, x.timeline, x.owner, x.budget, x.evidence, x.status]);
    expect(plan.form).toBe("2026");
    expect(rows(plan)).toEqual(rows(original));
    expect(plan.problems?.map((p) => [p.standard, p.criterion, p.situation, p.weakness, p.cause])).toEqual(original.problems?.map((p) => [p.standard, p.criterion, p.situation, p.weakness, p.cause]));
    expect(plan.reviews?.map(({ when, subject, result, adjustment, reviewer }) => [when, subject, result, adjustment, reviewer])).toEqual(
      original.reviews?.map(({ when, subject, result, adjustment, reviewer }) => [when, subject, result, adjustment, reviewer]),
    );
  });
});

describe("Tạo bảng kế hoạch on a 2026-form plan: a failure leaves the old plan sheet", () => {
  test("the old 'Kế hoạch CTCL' stays as it was, the half-written sheet is removed, one sentence", async () => {
    const read = readPlan(await snapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(FIXTURES, "form-2026.xlsx")))));
    if (!read.ok) throw new Error(read.error.code);
    const fake = new FakeExcel();
    fake.workbook.addSheet(read.plan.sheet);
    const old = fake.workbook.addSheet(PLAN_SHEET_NAME);
    old.set("A1", "bảng cũ đã sửa tay");
    const before = old.dump();
    fake.failWhen = (op) => op.kind === "range.merge";
    const r = await createExcelHost(fake.env()).writePlanSheet(read.plan, computeTotals(read.plan));
    expect(r).toEqual({ ok: false, error: expect.stringContaining(PLAN_SHEET_NAME) });
    expect(fake.workbook.sheet(PLAN_SHEET_NAME)!.dump()).toEqual(before);
    expect(fake.workbook.sheets.map((s) => s.name).filter((n) => n !== CATALOGUE_2026_SHEET)).toEqual([read.plan.sheet, PLAN_SHEET_NAME]);
  });
});

describe("helpers", () => {
  test("uniqueSheetName: case-insensitive, within 31 characters", () => {
    expect(uniqueSheetName("Kế hoạch", ["kế HOẠCH", "Kế hoạch (2)"])).toBe("Kế hoạch (3)");
    expect(uniqueSheetName("x".repeat(31), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  });
  test("sameRows ignores trailing empties, not content", () => {
    expect(sameRows([["a", "b", ""], ["", "", ""]], [["a", "b"]])).toBe(true);
    expect(sameRows([["a", "c"]], [["a", "b"]])).toBe(false);
  });
});
