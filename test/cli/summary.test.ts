/** `ctcl summary`: many schools at once, as text, JSON and a workbook; a bad file is one line, never the end of the run. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { loadPlanFile } from "../../src/cli/load";
import { checkPlan } from "../../src/core/check";
import { schoolSummary, summarize } from "../../src/core/summary";
import { buildSummaryWorkbook } from "../../src/file/summary-workbook";
import { FIXTURES, SAMPLE, sharedExamples } from "../helpers";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

interface Line {
  file: string;
  school: string | null;
  schoolYear: string | null;
  level: string | null;
  regulation: string | null;
  form: string | null;
  rows: number;
  amount: number;
  errors: number;
  warnings: number;
  uncounted: number;
  byStandard: Record<string, number>;
  bySource: Record<string, number>;
  progress: Counts | null;
  error?: string;
}
interface Counts {
  done: number;
  inProgress: number;
  notDone: number;
  unset: number;
  total: number;
}
interface SummaryJson {
  schools: Line[];
  total: { files: number; unreadable: number; rows: number; amount: number; errors: number; warnings: number; uncounted: number };
  byStandard: Record<string, Record<string, number>>;
  bySource: Record<string, number>;
  progress: Counts | null;
}

const SOURCES = ["nsnn", "xhh", "ctx", "other"];

const GOOD = [SAMPLE, ...["plan-on-later-sheet", "text-budgets-typed-total", "form-2026"].map((n) => path.join(FIXTURES, `${n}.xlsx`)), ...sharedExamples()];
const BAD = ["bad-truncated", "bad-csv-renamed", "bad-empty", "bad-gradebook"].map((n) => path.join(FIXTURES, `${n}.xlsx`));

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-summary-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("ctcl summary --json", () => {
  let summary: SummaryJson;
  let code: number;
  beforeAll(async () => {
    const r = await run(["summary", ...GOOD, ...BAD, "--json"]);
    code = r.code;
    summary = JSON.parse(r.out);
  });

  it("has the documented shape: one line per file in the order given", () => {
    expect(Object.keys(summary)).toEqual(["schools", "total", "byStandard", "bySource", "progress"]);
    expect(summary.schools.map((s) => s.file)).toEqual([...GOOD, ...BAD]);
    for (const s of summary.schools) {
      expect(Object.keys(s).sort()).toEqual(
        ["amount", "byStandard", "bySource", "errors", "file", "form", "level", "progress", "regulation", "rows", "school", "schoolYear", "uncounted", "warnings", ...(s.error !== undefined ? ["error"] : [])].sort(),
      );
      expect(Object.keys(s.bySource)).toEqual(SOURCES);
    }
    expect(Object.keys(summary.bySource).sort()).toEqual(["ctx", "nsnn", "other", "xhh"]);
    expect(summary.total.files).toBe(GOOD.length + BAD.length);
    expect(summary.total.unreadable).toBe(BAD.length);
  });

  it.each(GOOD)("%s: the school's line is what ctcl check --json says", async (file) => {
    const check = await run(["check", file, "--json"]);
    const json = JSON.parse(check.out) as {
      plan: { info: { school: string }; schoolYear: string | null; rows: unknown[]; form: string };
      totals: { amount: number; uncounted: string[]; byStandard: Record<string, number>; bySource: Record<string, number> };
      issues: { severity: string }[];
      progress: (Counts & { byStandard: unknown }) | null;
    };
    const line = summary.schools.find((s) => s.file === file)!;
    expect(line.error).toBeUndefined();
    expect(line.amount).toBe(json.totals.amount);
    expect(line.rows).toBe(json.plan.rows.length);
    expect(line.school).toBe(json.plan.info.school.trim() || null);
    expect(line.form).toBe(json.plan.form);
    expect(line.errors).toBe(json.issues.filter((i) => i.severity === "error").length);
    expect(line.warnings).toBe(json.issues.filter((i) => i.severity === "warning").length);
    expect(line.uncounted).toBe(json.totals.uncounted.length);
    // The school's own amounts by standard (its form's numbering) and by source.
    expect(line.byStandard).toEqual(json.totals.byStandard);
    expect(line.bySource).toEqual(json.totals.bySource);
    expect(Object.values(line.bySource).reduce((a, n) => a + n, 0)).toBe(line.amount);
    // Progress: the 2026 form's status counts as ctcl check gives them (without its byStandard); null on a 2018-form plan.
    if (json.progress === null) expect(line.progress).toBeNull();
    else {
      const { byStandard: _byStandard, ...counts } = json.progress;
      expect(line.progress).toEqual(counts);
    }
    expect(line.progress === null).toBe(json.plan.form === "2018");
  });

  it.each(BAD)("%s: one line with the sentence ctcl check prints", async (file) => {
    const check = await run(["check", file]);
    const line = summary.schools.find((s) => s.file === file)!;
    expect(line.error).toBe(check.err.trim());
    expect(line).toMatchObject({ school: null, rows: 0, amount: 0, errors: 0, byStandard: {}, bySource: { nsnn: 0, xhh: 0, ctx: 0, other: 0 } });
  });

  it("adds up: the grand total, by standard and by source", () => {
    const sum = (k: "amount" | "rows" | "errors" | "warnings" | "uncounted") => summary.schools.reduce((s, l) => s + l[k], 0);
    expect(summary.total.amount).toBe(sum("amount"));
    expect(summary.total.rows).toBe(sum("rows"));
    expect(summary.total.errors).toBe(sum("errors"));
    expect(summary.total.warnings).toBe(sum("warnings"));
    expect(summary.total.uncounted).toBe(sum("uncounted"));
    expect(Object.values(summary.bySource).reduce((s, n) => s + n, 0)).toBe(summary.total.amount);
    for (const g of SOURCES) expect(summary.bySource[g]).toBe(summary.schools.reduce((s, l) => s + l.bySource[g], 0));
    const withProgress = summary.schools.filter((s) => s.progress);
    expect(withProgress.length).toBeGreaterThan(0); // the 2026 fixture
    for (const k of ["done", "inProgress", "notDone", "unset", "total"] as const) {
      expect(summary.progress![k]).toBe(withProgress.reduce((a, s) => a + s.progress![k], 0));
    }
    expect(summary.progress!.total).toBeGreaterThan(0);
  });

  it("by standard per form: a 2026 (TT57) standard 1 is never added to a 2018 standard 1", () => {
    const forms = [...new Set(summary.schools.filter((s) => s.error === undefined).map((s) => s.form!))].sort();
    expect(forms).toEqual(["2018", "2026"]); // the sample is 2018, the fixture form-2026 is 2026
    expect(Object.keys(summary.byStandard).sort()).toEqual(forms);
    expect(Object.keys(summary.byStandard["2018"])).toEqual(["1", "2", "3", "4", "5"]);
    expect(Object.keys(summary.byStandard["2026"])).toEqual(["1", "2", "3", "4"]);
    for (const form of forms) {
      for (const [std, amount] of Object.entries(summary.byStandard[form])) {
        expect(amount).toBe(summary.schools.filter((s) => s.form === form).reduce((a, s) => a + (s.byStandard[std] ?? 0), 0));
      }
    }
    // The 2026 fixture budgets standard 4 only; the 2018 sample budgets standard 3 above all: kept apart.
    expect(summary.byStandard["2026"]["4"]).toBeGreaterThan(0);
    expect(summary.byStandard["2018"]["3"]).toBeGreaterThanOrEqual(2_665_000_000);
  });

  it("exit code 2 when some file cannot be read", () => expect(code).toBe(2));
});

describe("ctcl summary: exit codes", () => {
  it("1 when every file is read and some plan has errors, 0 when none has", async () => {
    const checks = await Promise.all(GOOD.map((f) => run(["check", f])));
    const r = await run(["summary", ...GOOD]);
    expect(r.code).toBe(checks.some((c) => c.code === 1) ? 1 : 0);
    const clean = GOOD.filter((_f, i) => checks[i].code === 0);
    if (clean.length) expect((await run(["summary", ...clean])).code).toBe(0);
  });

  it("2 with a sentence for no file, an empty folder, a wrong -o", async () => {
    const none = await run(["summary"]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/Thiếu tệp Excel cần tổng hợp/);
    const empty = fs.mkdtempSync(path.join(tmp, "empty-"));
    const r = await run(["summary", empty]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có tệp Excel/);
    const docx = await run(["summary", SAMPLE, "-o", path.join(tmp, "x.docx")]);
    expect(docx.code).toBe(2);
    expect(docx.err).toMatch(/phải có đuôi \.xlsx/);
  });

  it("refuses to write over one of the inputs", async () => {
    const copy = path.join(tmp, "input.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const before = fs.readFileSync(copy);
    const r = await run(["summary", SAMPLE, copy, "-o", copy]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không ghi đè/);
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
  });
});

describe("ctcl summary: text", () => {
  it("a table in Vietnamese with dot thousands, the bad file's sentence under its line", async () => {
    const r = await run(["summary", SAMPLE, BAD[0]]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^Tổng hợp kế hoạch/);
    expect(r.out).toContain("Kinh phí (đồng)");
    expect(r.out).toContain("TRƯỜNG THCS XÃ HOA SEN");
    expect(r.out).toContain("2.700.500.000");
    expect(r.out).toContain("KHÔNG ĐỌC ĐƯỢC");
    expect(r.out).toMatch(/→ Tệp "bad-truncated\.xlsx" không phải bảng tính Excel/);
    expect(r.out).toMatch(/Tổng cộng \(2 tệp, 1 tệp không đọc được\)/);
    expect(r.out).toContain("Ngân sách nhà nước");
    expect(r.out).toContain("Kinh phí theo tiêu chuẩn, mẫu 2018 (Thông tư 17, 18, 19/2018) (mọi trường):");
    expect(r.out).not.toContain("mẫu 2026"); // no 2026-form plan among the files
    expect(r.err).toBe("");
  });

  it("--lang en", async () => {
    const r = await run(["summary", SAMPLE, BAD[0], "--lang", "en"]);
    expect(r.out).toMatch(/^Summary of education quality improvement plans: 2 files/);
    expect(r.out).toContain("Amount (VND)");
    expect(r.out).toContain("State budget");
    expect(r.out).toContain("UNREADABLE");
  });
});

describe("ctcl summary FOLDER", () => {
  it("every .xlsx in it by name, lock files and other files left out, not its subfolders", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "folder-"));
    fs.copyFileSync(SAMPLE, path.join(dir, "b-truong.xlsx"));
    fs.copyFileSync(BAD[0], path.join(dir, "a-hong.xlsx"));
    fs.copyFileSync(SAMPLE, path.join(dir, "~$b-truong.xlsx"));
    fs.writeFileSync(path.join(dir, "ghi-chu.txt"), "x");
    fs.mkdirSync(path.join(dir, "con"));
    fs.copyFileSync(SAMPLE, path.join(dir, "con", "c.xlsx"));
    const r = await run(["summary", dir, "--json"]);
    const json = JSON.parse(r.out) as SummaryJson;
    expect(json.schools.map((s) => path.basename(s.file))).toEqual(["a-hong.xlsx", "b-truong.xlsx"]);
    expect(json.schools[0].error).toMatch(/không phải bảng tính Excel/);
    expect(r.code).toBe(2);
  });
});

describe("ctcl summary -o TONG-HOP.xlsx", () => {
  it("a workbook with formulas and their values, frozen header, autofilter, A4 landscape, a second sheet", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "out-"));
    const out = path.join(dir, "TONG-HOP.xlsx");
    const files = [...GOOD, BAD[0]];
    const json = JSON.parse((await run(["summary", ...files, "--json"])).out) as SummaryJson;
    const r = await run(["summary", ...files, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("Đã ghi bảng tổng hợp");
    expect(fs.readdirSync(dir)).toEqual(["TONG-HOP.xlsx"]); // no temporary file left
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const [ws, , totals] = wb.worksheets;
    expect(ws.name).toBe("Tổng hợp");
    expect(ws.getRow(3).getCell(9).value).toBe("Kinh phí (đồng)");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
    files.forEach((f, i) => {
      const row = ws.getRow(4 + i);
      expect(row.getCell(2).value).toBe(f);
      expect(row.getCell(9).value).toBe(json.schools[i].amount);
      expect(row.getCell(9).numFmt).toBe("#,##0");
    });
    expect(ws.getRow(4 + files.length - 1).getCell(13).value).toBe(json.schools[files.length - 1].error);
    const total = ws.getRow(4 + files.length).getCell(9);
    expect(total.value).toEqual({ formula: `SUBTOTAL(109,I4:I${3 + files.length})`, result: json.total.amount });
    expect(total.numFmt).toBe("#,##0");
    expect(ws.getRow(4 + files.length).getCell(8).value).toEqual({ formula: `SUBTOTAL(109,H4:H${3 + files.length})`, result: json.total.rows });

    expect(totals.name).toBe("Theo tiêu chuẩn, nguồn");
    const cells: unknown[][] = [];
    totals.eachRow((row) => cells.push([row.getCell(1).value, row.getCell(2).value]));
    const sums = cells.filter(([, v]) => typeof v === "object" && v !== null && "formula" in v).map(([, v]) => v as { formula: string; result: number });
    const add = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
    // One table per form (2018, then 2026), then the sources.
    expect(sums.map((s) => s.result)).toEqual([add(json.byStandard["2018"]), add(json.byStandard["2026"]), json.total.amount]);
    expect(cells.map(([label]) => label)).toEqual(expect.arrayContaining(["Kinh phí theo tiêu chuẩn, mẫu 2018 (Thông tư 17, 18, 19/2018) (mọi trường)", "Kinh phí theo tiêu chuẩn, mẫu 2026 (Thông tư 57/2026) (mọi trường)"]));
    expect(cells.find(([label]) => label === "Ngân sách nhà nước")?.[1]).toBe(json.bySource.nsnn);
  });

  it("a sheet by school: each school's standards (its own form's columns) and sources, SUBTOTAL formulas with values", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "by-school-"));
    const out = path.join(dir, "TONG-HOP.xlsx");
    const files = [...GOOD, BAD[0]];
    const json = JSON.parse((await run(["summary", ...files, "--json"])).out) as SummaryJson;
    expect((await run(["summary", ...files, "-o", out])).code).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Theo trường")!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Theo trường", "Theo tiêu chuẩn, nguồn"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4, xSplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, printTitlesRow: "3:4" });

    // The columns as the two header rows name them: a form's standards under that form's heading.
    const lastCol = ws.getRow(4).cellCount;
    const columns = new Map<string, number>();
    for (let c = 4; c <= lastCol; c++) {
      const group = String(ws.getRow(3).getCell(c).value ?? "");
      const head = String(ws.getRow(4).getCell(c).value ?? "");
      columns.set(group === head ? head : `${group} / ${head}`, c);
    }
    const std2018 = (n: string) => columns.get(`Theo tiêu chuẩn, mẫu 2018 (Thông tư 17, 18, 19/2018) / Tiêu chuẩn ${n}`);
    const std2026 = (n: string) => columns.get(`Theo tiêu chuẩn, mẫu 2026 (Thông tư 57/2026) / Tiêu chuẩn ${n}`);
    const source = (g: string) => columns.get(`Theo nguồn kinh phí / ${({ nsnn: "Ngân sách nhà nước", xhh: "Xã hội hóa", ctx: "Chi thường xuyên", other: "Khác / chưa ghi nguồn" } as Record<string, string>)[g]}`);
    const amountCol = columns.get("Kinh phí (đồng)")!;
    expect(["1", "2", "3", "4", "5"].map(std2018).every((c) => c !== undefined)).toBe(true);
    expect(["1", "2", "3", "4"].map(std2026).every((c) => c !== undefined)).toBe(true);
    expect(std2026("5")).toBeUndefined();
    expect(amountCol).toBe(lastCol - 4); // then the 4 progress columns

    files.forEach((f, i) => {
      const line = json.schools[i];
      const row = ws.getRow(5 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      if (line.error !== undefined) {
        expect(row.getCell(2).value).toBe("KHÔNG ĐỌC ĐƯỢC");
        for (let c = 4; c <= lastCol; c++) expect(row.getCell(c).value).toBeNull();
        return;
      }
      expect(row.getCell(2).value).toBe(line.school ?? "(chưa xác định)");
      expect(row.getCell(3).value).toBe(line.form);
      const own = line.form === "2018" ? std2018 : std2026;
      const other = line.form === "2018" ? std2026 : std2018;
      for (const n of ["1", "2", "3", "4", "5"]) {
        if (own(n) !== undefined) expect(row.getCell(own(n)!).value).toBe(line.byStandard[n] ?? 0);
        if (other(n) !== undefined) expect(row.getCell(other(n)!).value).toBeNull(); // never under the other form's standard
      }
      for (const g of SOURCES) expect(row.getCell(source(g)!).value).toBe(line.bySource[g]);
      expect(row.getCell(amountCol).value).toBe(line.amount);
      expect(row.getCell(amountCol).numFmt).toBe("#,##0");
    });

    const total = ws.getRow(5 + files.length);
    const letter = (c: number) => String.fromCharCode(64 + c);
    // exceljs reads a stored <v>0</v> back as no result: 0 and undefined are the same here.
    const expectTotal = (col: number, result: number) => {
      const value = total.getCell(col).value as { formula: string; result?: number };
      expect(value.formula).toBe(`SUBTOTAL(109,${letter(col)}5:${letter(col)}${4 + files.length})`);
      expect(value.result ?? 0).toBe(result);
    };
    expectTotal(amountCol, json.total.amount);
    for (const g of SOURCES) expectTotal(source(g)!, json.bySource[g]);
    for (const [n, a] of Object.entries(json.byStandard["2018"])) expectTotal(std2018(n)!, a);
    for (const [n, a] of Object.entries(json.byStandard["2026"])) expectTotal(std2026(n)!, a);

    // Progress of the 2026-form plans, empty for the others.
    const progress = (k: string) => columns.get(`Mức độ thực hiện (mẫu 2026, số nội dung) / ${k}`)!;
    const kinds = { done: "Hoàn thành", inProgress: "Đang thực hiện", notDone: "Chưa hoàn thành", unset: "Chưa đánh giá" } as const;
    files.forEach((_f, i) => {
      const line = json.schools[i];
      for (const [k, label] of Object.entries(kinds)) expect(ws.getRow(5 + i).getCell(progress(label)).value).toBe(line.progress ? line.progress[k as keyof Counts] : null);
    });
    for (const [k, label] of Object.entries(kinds)) expectTotal(progress(label), json.progress![k as keyof Counts]);
  });

  it("a school whose rows name no standard: its amount in a column of its own, so each line adds up", async () => {
    const loaded = await loadPlanFile(SAMPLE, {});
    if (!loaded.ok) throw new Error(loaded.message);
    const plan = loaded.plan;
    // The rows of criterion 3.x as a school might leave them: no criterion code, no standard.
    plan.rows = plan.rows.map((r) => (r.criterion?.startsWith("3.") ? { ...r, criterion: null, standard: null } : r));
    const { issues, totals } = checkPlan(plan);
    const line = schoolSummary("truong.xlsx", plan, issues, totals);
    const sumByStandard = Object.values(line.byStandard).reduce((a, b) => a + b, 0);
    expect(line.amount - sumByStandard).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildSummaryWorkbook(summarize([line]))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Theo trường")!;
    const head = ws.getRow(3);
    let col = 0;
    head.eachCell((c, n) => (c.value === "Chưa rõ tiêu chuẩn" ? (col = n) : undefined));
    expect(col).toBeGreaterThan(0);
    expect(ws.getRow(5).getCell(col).value).toBe(line.amount - sumByStandard);
    expect(ws.getRow(6).getCell(col).value).toEqual({ formula: `SUBTOTAL(109,${String.fromCharCode(64 + col)}5:${String.fromCharCode(64 + col)}5)`, result: line.amount - sumByStandard });
    // The standards' columns and this one add up to the school's amount.
    let sum = 0;
    for (let c = 4; c < col; c++) sum += Number(ws.getRow(5).getCell(c).value ?? 0);
    expect(sum + Number(ws.getRow(5).getCell(col).value)).toBe(line.amount);
  });

  it("a folder holding last run's summary does not read it back", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "again-"));
    fs.copyFileSync(SAMPLE, path.join(dir, "truong.xlsx"));
    const out = path.join(dir, "TONG-HOP.xlsx");
    await run(["summary", dir, "-o", out]);
    const again = await run(["summary", dir, "-o", out, "--json"]);
    expect((JSON.parse(again.out) as SummaryJson).schools.map((s) => path.basename(s.file))).toEqual(["truong.xlsx"]);
    expect(again.err).toContain("Đã ghi bảng tổng hợp");
  });
});

describe("ctcl check stays lean", () => {
  it("main.ts loads the summary code only for the summary command", () => {
    const main = fs.readFileSync(path.join(__dirname, "..", "..", "src", "cli", "main.ts"), "utf8");
    expect(main).not.toMatch(/^import .*summary/m);
    expect(main).toMatch(/await import\("\.\/summary"\)/);
  });
});
