/** `ctcl summary`: many schools at once, as text, JSON and a workbook; a bad file is one line, never the end of the run. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
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
  error?: string;
}
interface SummaryJson {
  schools: Line[];
  total: { files: number; unreadable: number; rows: number; amount: number; errors: number; warnings: number; uncounted: number };
  byStandard: Record<string, number>;
  bySource: Record<string, number>;
}

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
    expect(Object.keys(summary)).toEqual(["schools", "total", "byStandard", "bySource"]);
    expect(summary.schools.map((s) => s.file)).toEqual([...GOOD, ...BAD]);
    for (const s of summary.schools) {
      expect(Object.keys(s).sort()).toEqual(
        ["amount", "errors", "file", "form", "level", "regulation", "rows", "school", "schoolYear", "uncounted", "warnings", ...(s.error !== undefined ? ["error"] : [])].sort(),
      );
    }
    expect(Object.keys(summary.bySource).sort()).toEqual(["ctx", "nsnn", "other", "xhh"]);
    expect(summary.total.files).toBe(GOOD.length + BAD.length);
    expect(summary.total.unreadable).toBe(BAD.length);
  });

  it.each(GOOD)("%s: the school's line is what ctcl check --json says", async (file) => {
    const check = await run(["check", file, "--json"]);
    const json = JSON.parse(check.out) as { plan: { info: { school: string }; schoolYear: string | null; rows: unknown[]; form: string }; totals: { amount: number; uncounted: string[] }; issues: { severity: string }[] };
    const line = summary.schools.find((s) => s.file === file)!;
    expect(line.error).toBeUndefined();
    expect(line.amount).toBe(json.totals.amount);
    expect(line.rows).toBe(json.plan.rows.length);
    expect(line.school).toBe(json.plan.info.school.trim() || null);
    expect(line.form).toBe(json.plan.form);
    expect(line.errors).toBe(json.issues.filter((i) => i.severity === "error").length);
    expect(line.warnings).toBe(json.issues.filter((i) => i.severity === "warning").length);
    expect(line.uncounted).toBe(json.totals.uncounted.length);
  });

  it.each(BAD)("%s: one line with the sentence ctcl check prints", async (file) => {
    const check = await run(["check", file]);
    const line = summary.schools.find((s) => s.file === file)!;
    expect(line.error).toBe(check.err.trim());
    expect(line).toMatchObject({ school: null, rows: 0, amount: 0, errors: 0 });
  });

  it("adds up: the grand total, by standard and by source", () => {
    const sum = (k: "amount" | "rows" | "errors" | "warnings" | "uncounted") => summary.schools.reduce((s, l) => s + l[k], 0);
    expect(summary.total.amount).toBe(sum("amount"));
    expect(summary.total.rows).toBe(sum("rows"));
    expect(summary.total.errors).toBe(sum("errors"));
    expect(summary.total.warnings).toBe(sum("warnings"));
    expect(summary.total.uncounted).toBe(sum("uncounted"));
    expect(Object.values(summary.bySource).reduce((s, n) => s + n, 0)).toBe(summary.total.amount);
    expect(Object.keys(summary.byStandard).length).toBeGreaterThan(0);
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
    const [ws, totals] = wb.worksheets;
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
    expect(sums).toHaveLength(2);
    expect(sums.map((s) => s.result)).toEqual([Object.values(json.byStandard).reduce((a, b) => a + b, 0), json.total.amount]);
    expect(cells.find(([label]) => label === "Ngân sách nhà nước")?.[1]).toBe(json.bySource.nsnn);
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
