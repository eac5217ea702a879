/**
 * The browser's side of issue 12's "Write": "Tạo kế hoạch mới" downloads the
 * Biểu 2 workbook, and "Tải bảng kế hoạch" on a 2026-form plan
 * (test/fixtures/form-2026.xlsx) downloads the 2026 tables, which read back
 * as the same problems, rows (statuses kept) and reviews; 2018 plans keep the
 * 2018 table.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { FileHost } from "../../src/file/host";
import { buildPlanWorkbook } from "../../src/file/export-plan";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { blankDraft, draftFromPlan } from "../../src/core/forms/layout2026";
import { PLAN_SHEET_NAME } from "../../src/core/plan-table";
import type { Plan } from "../../src/core/plan";
import { FIXTURES, SAMPLE } from "../helpers";

async function read(bytes: Uint8Array): Promise<Plan> {
  const r = readPlan(await snapshotFromXlsx(bytes));
  if (!r.ok) throw new Error(r.error.code);
  return r.plan;
}

function capture(host: FileHost): { bytes: Uint8Array; fileName: string; mime: string }[] {
  const got: { bytes: Uint8Array; fileName: string; mime: string }[] = [];
  host.download = async (bytes, fileName, mime) => {
    got.push({ bytes, fileName, mime });
    return { ok: true, value: undefined };
  };
  return got;
}

const rowsOf = (p: Plan) => p.rows.map((x) => [x.criterion, x.criterionText, x.result, x.actions, x.indicator, x.timeline, x.owner, String(x.budget), x.evidence, x.status]);
const problemsOf = (p: Plan) => (p.problems ?? []).map((x) => [x.standard, x.criterion, x.standardText, x.criterionText, x.situation, x.weakness, x.cause]);
const reviewsOf = (p: Plan) => (p.reviews ?? []).map(({ when, subject, result, adjustment, reviewer }) => [when, subject, result, adjustment, reviewer]);

describe("FileHost.createPlan", () => {
  test("downloads KH-CTCL-<year>.xlsx, a blank Biểu 2 that reads back with no finding", async () => {
    const host = new FileHost({ language: "vi", storage: null, document: null });
    const got = capture(host);
    const r = await host.createPlan(blankDraft("thpt", "2026-2027", "Trường THPT Hoa Sen"));
    expect(r).toEqual({ ok: true, value: { where: "KH-CTCL-2026-2027.xlsx" } });
    expect(got.map((g) => [g.fileName, g.mime])).toEqual([["KH-CTCL-2026-2027.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]]);
    const plan = await read(got[0].bytes);
    expect(plan).toMatchObject({ form: "2026", level: "thpt", regulation: "TT57/2026-PT", rows: [] });
    expect(checkPlan(plan).issues).toEqual([]);
  });

  test("a failed download is the host's sentence", async () => {
    const host = new FileHost({ language: "vi", storage: null, document: null });
    const r = await host.createPlan(blankDraft("thpt", "2026-2027"));
    expect(r.ok).toBe(false);
    expect(r.ok || r.error).toMatch(/KH-CTCL-2026-2027\.xlsx/);
  });
});

describe("Tải bảng kế hoạch on a 2026-form plan", () => {
  test("form-2026.xlsx round-trips: same problems, rows, statuses, reviews", async () => {
    const original = await read(new Uint8Array(fs.readFileSync(path.join(FIXTURES, "form-2026.xlsx"))));
    expect([original.problems?.length, original.rows.length, original.reviews?.length]).toEqual([2, 2, 2]);
    const bytes = await buildPlanWorkbook(original, checkPlan(original).totals);
    const again = await read(bytes);
    expect(again.form).toBe("2026");
    expect([again.schoolYear, again.level, again.regulation]).toEqual([original.schoolYear, original.level, original.regulation]);
    expect(rowsOf(again)).toEqual(rowsOf(original));
    expect(problemsOf(again)).toEqual(problemsOf(original));
    expect(reviewsOf(again)).toEqual(reviewsOf(original));
    expect(again.info).toMatchObject({ agency: original.info.agency, school: original.info.school, number: original.info.number, date: original.info.date });
    // Once more: what was written is what the writer writes again.
    expect(draftFromPlan(await read(await buildPlanWorkbook(again, checkPlan(again).totals)))).toEqual(draftFromPlan(again));
  });

  test("a 2018 plan keeps the 2018 table", async () => {
    const plan = await read(new Uint8Array(fs.readFileSync(SAMPLE)));
    expect(plan.form).toBe("2018");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildPlanWorkbook(plan, checkPlan(plan).totals)) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].name).toBe(PLAN_SHEET_NAME);
  });
});
