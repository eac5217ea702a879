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
