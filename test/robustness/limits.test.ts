/**
 * Limits: a file above XLSX_LIMITS (bytes, rows, columns, cells) gets the
 * "too-large" refusal, one Vietnamese sentence, quickly, instead of freezing
 * the pane. Inputs that could exhaust memory (a merge over the whole sheet, a
 * lone cell far from the others) run in a child Node with a small heap and a
 * deadline, so a regression fails this test instead of the test runner.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import { planFromXlsxBytes } from "../../src/file/load-plan";
import { XLSX_LIMITS, gridFromWorksheet, snapshotFromXlsx } from "../../src/file/xlsx";
import { ROOT } from "../helpers";
import { addMergesXml, patchSheetXml, planWorkbookBytes, workbookBytes } from "./generate";

jest.setTimeout(60_000);

async function expectTooLarge(bytes: Uint8Array, withinMs: number): Promise<void> {
  const t0 = Date.now();
  const r = await planFromXlsxBytes(bytes, "huyen.xlsx");
  const ms = Date.now() - t0;
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe("too-large");
  // Too many bytes; or a cell beyond the rows/columns read, named with its sheet.
  expect(r.message).toMatch(/^Tệp "huyen\.xlsx" quá lớn \(giới hạn .+\)\. |^Trang tính "[^"]+" của tệp "huyen\.xlsx" có dữ liệu ở ô [A-Z]+\d+, ngoài giới hạn/);
  expect(r.message).not.toMatch(/\n/);
  expect(ms).toBeLessThan(withinMs);
}

test(`more than ${XLSX_LIMITS.maxBytes} bytes: refused before any parsing`, async () => {
  const bytes = new Uint8Array(XLSX_LIMITS.maxBytes + 1);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  // "Before any parsing": exceljs is never asked to load it (a structural check,
  // not a timing one; the deadline below only guards against a hang).
  const xlsxProto = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: (...a: unknown[]) => unknown };
  const load = jest.spyOn(xlsxProto, "load");
  try {
    await expectTooLarge(bytes, 5_000);
    expect(load).not.toHaveBeenCalled();
  } finally {
    load.mockRestore();
  }
});

test(`more than ${XLSX_LIMITS.maxRows} rows: refused`, async () => {
  // Streamed, unstyled: writing 100,001 rows takes well under a second.
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Tổng hợp");
  ws.addRow(["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian", "Dự kiến kinh phí"]).commit();
  for (let i = 1; i <= XLSX_LIMITS.maxRows; i++) ws.addRow([i]).commit();
  await wb.commit();
  await expectTooLarge(new Uint8Array(Buffer.concat(chunks)), 15_000);
});

test(`more than ${XLSX_LIMITS.maxColumns} columns: refused`, async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rộng");
  ws.getCell(1, 1).value = "Tiêu chuẩn, tiêu chí";
  ws.getCell(2, XLSX_LIMITS.maxColumns + 1).value = "quá xa";
  await expectTooLarge(await workbookBytes(wb), 5_000);
});

test("a sheet formatted (not filled) far down is not mistaken for a large one", async () => {
  const bytes = patchSheetXml(await planWorkbookBytes({ rows: 10 }), (xml) =>
    xml
      .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
      .replace("</sheetData>", '<row r="1048576"><c r="A1048576" s="1"/><c r="XFD1048576" s="1"/></row></sheetData>'),
  );
  const r = await planFromXlsxBytes(bytes, "dinh-dang.xlsx");
  expect(r.ok && r.plan.rows.length).toBe(10);
});

/**
 * Runs planFromXlsxBytes on a file in a child Node with a small heap and a
 * deadline; answers what happened. The child compiles the TypeScript sources
 * with typescript's transpileModule (no ts-node, no build needed).
 */
function inChild(bytes: Uint8Array, heapMB = 512, deadlineMs = 20_000): { status: number | null; signal: string | null; out: { ok: boolean; code?: string; ms: number; rows?: number } | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-limits-"));
  const file = path.join(dir, "in.xlsx");
  fs.writeFileSync(file, bytes);
  const script = `
    const fs = require("fs");
    const ts = require(${JSON.stringify(path.join(ROOT, "node_modules", "typescript"))});
    require.extensions[".ts"] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, "utf8"), { fileName: f, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true } }).outputText, f);
    const { planFromXlsxBytes } = require(${JSON.stringify(path.join(ROOT, "src", "file", "load-plan.ts"))});
    const bytes = new Uint8Array(fs.readFileSync(${JSON.stringify(file)}));
    const t0 = Date.now();
    planFromXlsxBytes(bytes, "in.xlsx").then((r) => {
      process.stdout.write(JSON.stringify({ ok: r.ok, code: r.ok ? undefined : r.code, rows: r.ok ? r.plan.rows.length : undefined, ms: Date.now() - t0 }));
    });`;
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, "-e", script], { encoding: "utf8", timeout: deadlineMs, killSignal: "SIGKILL" });
  fs.rmSync(dir, { recursive: true, force: true });
  let out = null;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    out = null;
  }
  return { status: r.status, signal: r.signal, out, stderr: (r.stderr ?? "").split("\n").slice(0, 3).join(" | ") };
}

describe("inputs that could exhaust memory: refused (or read) quickly, in bounded memory", () => {
  // Each case: a 10-row plan plus one odd feature. Either outcome is fine as
  // long as it comes within 5 s and 512 MB of heap: a plan, or "too-large".
  // A merge is never a reason to refuse a plan: huge ones are ignored, and
  // the 10 rows are read. A lone far cell makes the dense grid too large.
  const cases: [string, () => Promise<Uint8Array>, "plan" | "too-large"][] = [
    ["a lone cell at row 99,999, column 1,999 (the grid would be 200 million cells)", async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Kế hoạch");
      ws.getCell(1, 1).value = "Tiêu chuẩn, tiêu chí";
      ws.getCell(XLSX_LIMITS.maxRows - 1, XLSX_LIMITS.maxColumns - 1).value = "x";
      return workbookBytes(wb);
    }, "too-large"],
    ["a merge from row 40 to the end of the sheet (A40:XFD1048576)", async () => addMergesXml(await planWorkbookBytes({ rows: 10 }), ["A40:XFD1048576"]), "plan"],
    ["a merge over a whole column (K1:K1048576)", async () => addMergesXml(await planWorkbookBytes({ rows: 10 }), ["K1:K1048576"]), "plan"],
    ["a whole-row merge (A40:XFD40)", async () => addMergesXml(await planWorkbookBytes({ rows: 10 }), ["A40:XFD40"]), "plan"],
  ];
  test.each(cases)("%s", async (_name, make, expected) => {
    const r = inChild(await make());
    const what = r.out ? JSON.stringify(r.out) : `no answer (exit ${r.status}, signal ${r.signal}: ${r.stderr})`;
    expect({ answered: !!r.out, what }).toEqual({ answered: true, what });
    expect(r.out!.ok ? `plan of ${r.out!.rows} rows` : r.out!.code).toBe(expected === "plan" ? "plan of 10 rows" : "too-large");
    expect(r.out!.ms).toBeLessThan(5_000);
  });
});

describe("merges on load (exceljs's merge parser, wrapped)", () => {
  test("overlapping merges (a damaged file) are still refused as not a readable workbook", async () => {
    const r = await planFromXlsxBytes(addMergesXml(await planWorkbookBytes({ rows: 10 }), ["B90:C92", "C91:D93"]), "hong.xlsx");
    expect(r.ok ? "read" : r.code).toBe("not-xlsx");
  });

  test("a thousand merged sub-row cells read as they are merged, each sub-row its own plan row", async () => {
    const plain = await planFromXlsxBytes(await planWorkbookBytes({ rows: 2000, seed: 11 }), "huyen.xlsx");
    expect(plain.ok).toBe(true);
    if (!plain.ok) return;
    const merged = plain.plan.rows.filter((r) => r.subRow > 0);
    expect(merged.length).toBeGreaterThan(100);
    // Every sub-row points its criterion at the master cell of the merge above it.
    for (const r of merged.slice(0, 50)) {
      const first = plain.plan.rows.find((x) => x.criterion === r.criterion && x.subRow === 0 && x.row < r.row && x.cells.criterion === r.cells.criterion);
      expect(first).toBeDefined();
    }
  });

  test("the merges read are exactly those exceljs itself reads", async () => {
    const bytes = await planWorkbookBytes({ rows: 400, seed: 5 });
    const ours = await snapshotFromXlsx(bytes); // installs the wrapper
    const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("x"));
    const wrapped = proto._parseMergeCells;
    proto._parseMergeCells = proto.__ctclOriginalParseMergeCells;
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const theirs = wb.worksheets.map((ws) => gridFromWorksheet(ws).merges);
      const key = (ms: { top: number; left: number; bottom: number; right: number }[]) => ms.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();
      expect(ours.sheets.map((g) => key(g.merges))).toEqual(theirs.map(key));
      expect(theirs.flat().length).toBeGreaterThan(20);
    } finally {
      proto._parseMergeCells = wrapped;
    }
  });
});
