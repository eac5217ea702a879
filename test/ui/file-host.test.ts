/** The file host and the exported plan workbook (node: exceljs reads and writes real bytes). */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { FileHost } from "../../src/file/host";
import { fileNamePart, planTableFileName, wordFileName } from "../../src/core/file-names";
import { buildPlanWorkbook } from "../../src/file/export-plan";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { PLAN_SHEET_NAME } from "../../src/core/plan-table";
import { gridFromRows } from "../../src/core/grid";
import type { Plan } from "../../src/core/plan";
import { SAMPLE } from "../helpers";
import { sampleGrid, sampleRows } from "./fake-host";

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), map: m };
}

function samplePlan(rows = sampleRows()): Plan {
  const r = readPlan({ sheets: [gridFromRows("Kế hoạch", rows)] });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

describe("FileHost", () => {
  test("opens a real workbook, lists its sheets and reads one or all", async () => {
    const host = new FileHost({ language: "vi-VN", storage: null, document: null });
    const opened = await host.open("ke-hoach-mau.xlsx", new Uint8Array(fs.readFileSync(SAMPLE)));
    expect(opened.ok).toBe(true);
    expect(host.fileName()).toBe("ke-hoach-mau.xlsx");
    const sheets = await host.listSheets();
    expect(sheets.ok && sheets.value.names.length).toBeGreaterThan(0);
    expect(sheets.ok && sheets.value.active).toBeNull();
    const all = await host.readWorkbook();
    expect(all.ok && readPlan(all.value).ok).toBe(true);
    const missing = await host.readWorkbook("Không có");
    expect(missing.ok).toBe(false);
  });

  test("bad bytes get the CLI's sentences, in English too", async () => {
    const vi = new FileHost({ language: "vi", storage: null, document: null });
    const r = await vi.open("hong.xlsx", new Uint8Array([1, 2, 3, 4, 5]));
    expect(r).toEqual({ ok: false, error: expect.stringContaining('Tệp "hong.xlsx" không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.') });
    const en = new FileHost({ language: "en-GB", storage: null, document: null });
    const e = await en.open("bad.xlsx", new Uint8Array([1, 2, 3, 4, 5]));
    expect(e.ok || e.error).toMatch(/^"bad.xlsx" is not an Excel workbook/);
    const empty = new FileHost({ language: "vi", storage: null, document: null, loadXlsx: async () => ({ snapshotFromXlsx: async () => { throw Object.assign(new Error("x"), { code: "empty" }); } }) });
    const er = await empty.open("trong.xlsx", new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(er.ok || er.error).toMatch(/^Tệp "trong.xlsx" không có dữ liệu/);
  });

  test("plan details are kept per plan key in storage (never per file name) and come back in a new session", async () => {
    const storage = memoryStorage();
    const load = async () => ({ snapshotFromXlsx: async () => ({ sheets: [sampleGrid()] }) });
    const a = new FileHost({ language: "vi", storage, document: null, loadXlsx: load });
    await a.open("KH CTCL.xlsx", new Uint8Array([1]));
    a.commitOpen();
    const key = "truong th hoa ban|2024-2025|tieu-hoc";
    expect(await a.loadInfo(key)).toEqual({ ok: true, value: null });
    const info = { agency: "", school: "TRƯỜNG TH HOA BAN", number: "", place: "", date: "", signerTitle: "HIỆU TRƯỞNG", signerName: "Lò Văn A", schoolYear: "2024-2025", recipients: ["Lưu: VT"], sections: { purpose: "p", basis: "b", organisation: "o", closing: "c" }, numbering: { purpose: "I", basis: "II", content: "III", organisation: "VI" } };
    expect((await a.saveInfo(key, { info, overrides: {} })).ok).toBe(true);
    const b = new FileHost({ language: "vi", storage, document: null, loadXlsx: load });
    expect(await b.loadInfo(key)).toEqual({ ok: true, value: { info, overrides: {} } });
    expect(await b.loadInfo("truong th khac|2024-2025|tieu-hoc")).toEqual({ ok: true, value: null });
  });

  test("a file being opened does not replace the open one until committed; cancel goes back", async () => {
    const grids = [sampleGrid("Một"), sampleGrid("Hai")];
    let n = 0;
    const load = async () => ({ snapshotFromXlsx: async () => ({ sheets: [grids[n++]] }) });
    const host = new FileHost({ language: "vi", storage: null, document: null, loadXlsx: load });
    await host.open("mot.xlsx", new Uint8Array([1]));
    host.commitOpen();
    await host.open("hai.xlsx", new Uint8Array([1]));
    expect(host.fileName()).toBe("hai.xlsx");
    expect((await host.listSheets()).ok && (await host.listSheets())).toMatchObject({ value: { names: ["Hai"] } });
    host.cancelOpen();
    expect(host.fileName()).toBe("mot.xlsx");
    expect(await host.listSheets()).toMatchObject({ ok: true, value: { names: ["Một"] } });
  });

  test("the language chosen in the pane is remembered in storage", () => {
    const storage = memoryStorage();
    const host = new FileHost({ language: "vi", storage, document: null });
    expect(host.loadLanguage()).toBeNull();
    host.saveLanguage("en");
    expect(new FileHost({ language: "vi", storage, document: null }).loadLanguage()).toBe("en");
  });

  test("Excel-only actions say so; nothing to replace on a file", async () => {
    const host = new FileHost({ language: "vi", storage: null, document: null });
    expect(await host.hasPlanSheet()).toEqual({ ok: true, value: false });
    const sel = await host.selectCell("A", "B2");
    expect(sel.ok || sel.error).toMatch(/chỉ dùng được khi tiện ích chạy trong Excel/);
    expect((await host.insertCriterion("1.1", "x")).ok).toBe(false);
    expect((await host.writeTotalsRow()).ok).toBe(false);
    const off = host.onPlanSheetChanged(() => undefined);
    expect(typeof off).toBe("function");
  });

  test("file names drop diacritics", () => {
    expect(fileNamePart("TRƯỜNG MN XÃ SAM MỨN")).toBe("TRUONG-MN-XA-SAM-MUN");
    const plan = samplePlan();
    expect(wordFileName(plan, null)).toBe("Ke-hoach-CTCL-TRUONG-TIEU-HOC-HOA-BAN-2024-2025.docx");
    expect(planTableFileName(plan, null)).toBe("Bang-ke-hoach-CTCL-TRUONG-TIEU-HOC-HOA-BAN-2024-2025.xlsx");
  });
});

describe("buildPlanWorkbook (Tải bảng kế hoạch)", () => {
  test("one row per plan row, amounts as numbers, a SUBTOTAL totals row; it reads back as the same plan", async () => {
    const plan = samplePlan();
    const { totals } = checkPlan(plan);
    const bytes = await buildPlanWorkbook(plan, totals);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(PLAN_SHEET_NAME)!;
    expect(ws.actualRowCount).toBe(plan.rows.length + 2);
    expect(ws.getRow(2).getCell(11).value).toBe(5000000);
    expect(ws.getRow(2).getCell(11).numFmt).toBe("#,##0");
    const total = ws.getRow(plan.rows.length + 2).getCell(11).value as { formula: string; result: number };
    expect(total.formula).toBe(`SUBTOTAL(109,K2:K${plan.rows.length + 1})`);
    expect(total.result).toBe(14000000);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const back = readPlan(await snapshotFromXlsx(bytes));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.plan.rows.map((r) => r.criterion)).toEqual(plan.rows.map((r) => r.criterion));
      expect(checkPlan(back.plan).totals.amount).toBe(totals.amount);
    }
  });

  test("formula-like text stays text", async () => {
    const rows = sampleRows();
    rows[8][3] = "=HYPERLINK(\"http://x\")";
    rows[8][2] = "- Trồng cây; + sửa sân";
    rows[9][3] = "@mention";
    const plan = samplePlan(rows);
    const bytes = await buildPlanWorkbook(plan, checkPlan(plan).totals);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(PLAN_SHEET_NAME)!;
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain("=HYPERLINK(\"http://x\")");
    expect(values).toContain("- Trồng cây; + sửa sân");
    expect(values).toContain("@mention");
    // Only the totals cell holds a formula.
    const formulas = values.filter((v) => v && typeof v === "object" && "formula" in (v as object));
    expect(formulas).toHaveLength(1);
    expect(ws.getRow(2).getCell(7).numFmt).toBe("@");
  });
});
