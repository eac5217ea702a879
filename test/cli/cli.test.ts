/** `ctcl` end to end, in-process: exit codes, Vietnamese sentences, JSON shape. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import { main } from "../../src/cli/main";
import { FIXTURES, ROOT, SAMPLE, sharedExamples } from "../helpers";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "docs", "check-output.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

describe("ctcl check on bad input: exit 2 and one Vietnamese sentence, no stack trace", () => {
  it.each([
    ["a missing file", path.join(FIXTURES, "khong-co.xlsx"), /Không tìm thấy tệp/],
    ["a truncated .xlsx", path.join(FIXTURES, "bad-truncated.xlsx"), /không phải bảng tính Excel \(\.xlsx\) hoặc đã bị hỏng/],
    ["a CSV renamed .xlsx", path.join(FIXTURES, "bad-csv-renamed.xlsx"), /không phải bảng tính Excel/],
    ["an empty workbook", path.join(FIXTURES, "bad-empty.xlsx"), /không có dữ liệu/],
    ["a grade book (no plan table)", path.join(FIXTURES, "bad-gradebook.xlsx"), /Không tìm thấy bảng kế hoạch/],
    ["a folder", FIXTURES, /không phải bảng tính Excel/],
  ])("%s", async (_what, file, message) => {
    const r = await run(["check", file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it("names the sheets when --sheet names none of them", async () => {
    const r = await run(["check", SAMPLE, "--sheet", "Trang 9"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có trang tính "Trang 9"');
    expect(r.err).toContain("Kế hoạch CTCL 2025-2026");
  });

  it("refuses an unknown level and an unknown command with usage help", async () => {
    expect((await run(["check", SAMPLE, "--level", "dai-hoc"])).err).toMatch(/Cấp học "dai-hoc" không hợp lệ/);
    const r = await run(["kiemtra", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không có lệnh "kiemtra"/);
  });
});

describe("ctcl check --json", () => {
  const files = [SAMPLE, ...["plan-on-later-sheet", "text-budgets-typed-total", "form-2026"].map((n) => path.join(FIXTURES, `${n}.xlsx`)), ...sharedExamples()];
  it.each(files)("%s: one JSON object that matches the documented schema", async (file) => {
    const r = await run(["check", file, "--json"]);
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.out) as { issues: { severity: string }[] };
    const ok = validate(JSON.parse(r.out));
    if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
    expect(r.code).toBe(json.issues.some((i: { severity: string }) => i.severity === "error") ? 1 : 0);
  });

  it("--sheet and --level override what is detected", async () => {
    const r = await run(["check", path.join(FIXTURES, "header-without-letterhead.xlsx"), "--json", "--sheet", "bang kh", "--level", "thcs"]);
    const json = JSON.parse(r.out);
    expect(json.plan.level).toBe("thcs");
    expect(json.plan.regulation).toBe("TT18/2018");
  });
});

describe("ctcl check, readable output", () => {
  it("lists the sample's issues by cell, then totals in figures and words", async () => {
    const r = await run(["check", SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("TRƯỜNG THCS XÃ HOA SEN");
    expect(r.out).toContain("Thông tư 18/2018/TT-BGDĐT");
    expect(r.out).toMatch(/B22\s+LỖI/); // criterion 3.7 does not exist in TT18
    expect(r.out).toMatch(/Tổng cộng: [\d.]+ đồng/);
    expect(r.out).toMatch(/Bằng chữ: [A-ZĐ][^\n]+ đồng\./u);
  });
});

describe("ctcl word", () => {
  it("writes a .docx and says where, even when the plan has errors", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-word-"));
    const out = path.join(dir, "ke-hoach.docx");
    const r = await run(["word", SAMPLE, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    expect(r.out).toMatch(/còn \d+ lỗi/);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
  });
  it("exit 2 with a sentence when the output cannot be written", async () => {
    const r = await run(["word", SAMPLE, "-o", path.join(SAMPLE, "x.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không ghi được tệp/);
  });
  it("exit 2 when -o is missing", async () => {
    const r = await run(["word", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Thiếu tên tệp Word/);
  });
});

describe("ctcl --lang en: findings, report and messages in English", () => {
  const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
  /** A sentence without what it quotes (cell text and examples of what to write stay Vietnamese). */
  const own = (s: string) => s.replace(/"[^"\n]*"/g, '""');

  it("check: the readable report in English", async () => {
    const r = await run(["check", SAMPLE, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).toContain("Education quality improvement plan — ");
    expect(r.out).toContain("School: TRƯỜNG THCS XÃ HOA SEN");
    expect(r.out).toMatch(/^Check: 6 errors, 2 warnings, 2 notes$/m);
    expect(r.out).toMatch(/B22\s+ERROR\s+Criterion 3\.7 does not exist in Circular 18\/2018: standard 3 only has criteria 3\.1–3\.6\. Check the criterion number\./);
    expect(r.out).toMatch(/F20\s+ERROR\s+The timeline "Từ tháng 8 năm 2025 đến tháng 5 năm 2025" ends \(May 2025\) before it starts \(August 2025\)\./);
    expect(r.out).toMatch(/G31\s+ERROR\s+The sheet's total says 57\.000\.000 VND but the budgets add up to 2\.700\.500\.000 VND/);
    expect(r.out).toMatch(/^ {2}Total: [\d.]+ VND$/m);
    // Every finding line (not the suggested cell text) is English outside its quotes.
    const findings = r.out.slice(r.out.indexOf("Check:"), r.out.indexOf("Budget totals:")).split("\n");
    const lines = findings.filter((l) => /^\s+[A-Z]+\d+\s+(ERROR|WARNING|NOTE)\s/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.filter((l) => VIETNAMESE.test(own(l)))).toEqual([]);
  });

  it("check --json: the documented shape, each message in English", async () => {
    const [en, vi] = await Promise.all([run(["check", SAMPLE, "--json", "--lang", "en"]), run(["check", SAMPLE, "--json"])]);
    expect(en.code).toBe(1);
    const json = JSON.parse(en.out) as { issues: { cell: string; code: string; message: string; fix?: string }[] };
    if (!validate(json)) throw new Error(JSON.stringify(validate.errors, null, 2));
    const b22 = json.issues.find((i) => i.cell === "B22");
    expect(b22?.message).toBe("Criterion 3.7 does not exist in Circular 18/2018: standard 3 only has criteria 3.1–3.6. Check the criterion number.");
    expect(json.issues.filter((i) => VIETNAMESE.test(own(i.message)))).toEqual([]);
    // Vietnamese by default; the same issues otherwise (plan, codes, cells, fixes).
    const jsonVi = JSON.parse(vi.out) as typeof json;
    expect(jsonVi.issues.find((i) => i.cell === "B22")?.message).toBe(
      "Tiêu chí 3.7 không có trong Thông tư 18/2018: tiêu chuẩn 3 chỉ có tiêu chí 3.1–3.6. Hãy kiểm tra lại số hiệu tiêu chí.",
    );
    expect(jsonVi.issues.map(({ message: _m, ...rest }) => rest)).toEqual(json.issues.map(({ message: _m, ...rest }) => rest));
    expect({ ...JSON.parse(vi.out), issues: [] }).toEqual({ ...JSON.parse(en.out), issues: [] });
  });

  it("errors, usage help and the word summary in English", async () => {
    const missing = await run(["check", path.join(FIXTURES, "khong-co.xlsx"), "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^File ".*khong-co\.xlsx" not found\. Check the path and the file name\.\n$/);
    expect((await run(["check", path.join(FIXTURES, "bad-gradebook.xlsx"), "--lang=en"])).err).toMatch(/^No quality improvement plan table found/);
    const unknown = await run(["kiemtra", SAMPLE, "--lang", "en"]);
    expect(unknown.err).toBe('Unknown command "kiemtra". Commands: check, word, summary, new, next-year, review.\nSee: ctcl --help\n');
    expect((await run(["check", SAMPLE, "--level", "dai-hoc", "--lang", "en"])).err).toMatch(/^Invalid school level "dai-hoc"/);
    expect((await run(["check", SAMPLE, "--bogus", "--lang", "en"])).err).toMatch(/^Unknown option "--bogus"\. If it is a file name starting with "-", put "--" before it.*\nSee: ctcl --help\n$/s);
    const help = await run(["--help", "--lang", "en"]);
    expect(help.out).toContain("Usage:");
    expect(help.out).toContain("--lang vi|en");
    expect(help.out).not.toMatch(VIETNAMESE);
    expect((await run(["--help"])).out).toContain("--lang vi|en");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-word-en-"));
    const word = await run(["word", SAMPLE, "-o", path.join(dir, "plan.docx"), "--lang", "en"]);
    expect(word.code).toBe(0);
    expect(word.out).toMatch(/^Word plan written: .*plan\.docx \(\d+ plan rows\)\. Note: the plan still has 6 errors and 2 warnings; see "ctcl check"\.\n$/);
  });

  it("an unknown language is refused, in Vietnamese", async () => {
    const r = await run(["check", SAMPLE, "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe('Ngôn ngữ "fr" không hợp lệ. Chọn vi (tiếng Việt) hoặc en (tiếng Anh).\nXem hướng dẫn: ctcl --help\n');
  });
});

describe("ctcl --year", () => {
  it("the user's school year decides the regulation (2026-2027: Thông tư 57/2026)", async () => {
    const r = await run(["check", SAMPLE, "--year", "2026-2027", "--json"]);
    const json = JSON.parse(r.out);
    expect(json.plan.schoolYear).toBe("2026-2027");
    expect(json.plan.regulation).toBe("TT57/2026-PT");
  });

  it("an unreadable year is refused with a sentence", async () => {
    const r = await run(["check", SAMPLE, "--year", "năm nay"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Năm học "năm nay" không hợp lệ/);
  });
});

describe("ctcl word -o PLAN.pdf", () => {
  const haveSoffice = process.env.PATH?.split(path.delimiter).some((d) => fs.existsSync(path.join(d, "soffice")));
  (haveSoffice || process.env.CI ? it : it.skip)("writes a PDF through LibreOffice, for digital signing", async () => {
    const out = path.join(os.tmpdir(), `ctcl-${process.pid}-plan.pdf`);
    const r = await run(["word", SAMPLE, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã tạo kế hoạch PDF:/);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    fs.rmSync(out, { force: true });
  }, 180_000);

  it("without LibreOffice, one sentence saying how to install it (exit 2), nothing written", async () => {
    const out = path.join(os.tmpdir(), `ctcl-${process.pid}-none.pdf`);
    const saved = process.env.PATH;
    process.env.PATH = path.join(os.tmpdir(), "no-such-dir");
    try {
      const r = await run(["word", SAMPLE, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cần LibreOffice để chuyển văn bản sang PDF\. Hãy cài LibreOffice/);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      process.env.PATH = saved;
    }
  });
});
