/** `ctcl new`: a blank 2026-form workbook that `ctcl check` reads back with no rows and no finding. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { runNew } from "../../src/cli/new";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-new-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("ctcl new", () => {
  test.each([
    ["mam-non", "Trường Mầm non Hoa Sen", "TT57/2026-MN"],
    ["thcs", "Trường THCS Hoa Sen", "TT57/2026-PT"],
  ])("--level %s writes a plan that check reads as a 2026 plan, 0 rows, 0 issues", async (level, school, regulation) => {
    const out = path.join(dir, "ke-hoach.xlsx");
    const r = await run(["new", "--level", level, "--year", "2026-2027", "--school", school, "--agency", "UBND xã Hoa Sen", "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã tạo kế hoạch mới");
    const c = await run(["check", out, "--json"]);
    expect(c.code).toBe(0);
    const json = JSON.parse(c.out);
    expect(json.plan).toMatchObject({ form: "2026", level, regulation, schoolYear: "2026-2027", rows: [], problems: [] });
    expect(json.plan.info.agency).toBe("UBND XÃ HOA SEN");
    expect(json.issues).toEqual([]);
    const report = await run(["check", out]);
    expect(report.out).toContain(level === "mam-non" ? "Phụ lục I (cơ sở giáo dục mầm non)" : "Phụ lục II (cơ sở giáo dục phổ thông)");
    expect(report.out).toContain("0 lỗi, 0 cảnh báo, 0 lưu ý");
  });

  test("a school name without its level: the level goes into the sheet's name and reads back", async () => {
    const out = path.join(dir, "kh.xlsx");
    expect((await run(["new", "--level", "tieu-hoc", "--school", "Trường Hoa Sen", "--year", "2027-2028", "-o", out])).code).toBe(0);
    const json = JSON.parse((await run(["check", out, "--json"])).out);
    expect(json.plan).toMatchObject({ level: "tieu-hoc", schoolYear: "2027-2028", sheet: "KH CTCL Tiểu học 2027-2028" });
  });

  test("the year defaults to the current school year", async () => {
    let out = "";
    const file = path.join(dir, "kh.xlsx");
    const code = await runNew({ level: "thpt", school: "Trường THPT Hoa Sen", output: file, lang: "vi", today: new Date(2027, 8, 15) }, { out: (s) => (out += s), err: () => undefined });
    expect(code).toBe(0);
    expect(out).toContain("năm học 2027-2028");
    const json = JSON.parse((await run(["check", file, "--json"])).out);
    expect(json.plan.schoolYear).toBe("2027-2028");
  });

  test("never overwrites an existing file", async () => {
    const out = path.join(dir, "ke-hoach.xlsx");
    fs.writeFileSync(out, "kế hoạch của trường");
    const r = await run(["new", "--level", "thcs", "--school", "Trường THCS A", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/đã có: không ghi đè/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(fs.readFileSync(out, "utf8")).toBe("kế hoạch của trường");
    expect(fs.readdirSync(dir)).toEqual(["ke-hoach.xlsx"]); // no temporary file left
  });

  test.each([
    [["--level", "dai-hoc", "--school", "Trường A"], /Cấp học "dai-hoc" không hợp lệ/],
    [["--school", "Trường Hoa Sen"], /Chưa biết cấp học/],
    [["--level", "thcs", "--school", "Trường Tiểu học Hoa Sen"], /là cấp Tiểu học, khác --level thcs/],
    [["--level", "thcs", "--year", "2025-2026", "--school", "Trường THCS A"], /áp dụng từ năm học 2026-2027/],
    [["--level", "thcs", "--year", "2026", "--school", "Trường THCS A"], /Năm học "2026" không hợp lệ/],
  ])("refuses %j with one sentence", async (args, message) => {
    const out = path.join(dir, "kh.xlsx");
    const r = await run(["new", ...args, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("needs -o with .xlsx", async () => {
    expect((await run(["new", "--level", "thcs", "--school", "Trường THCS A"])).err).toMatch(/Thiếu tên tệp Excel cần tạo/);
    expect((await run(["new", "--level", "thcs", "--school", "Trường THCS A", "-o", path.join(dir, "a.docx")])).err).toMatch(/phải có đuôi \.xlsx/);
  });

  test("English with --lang en", async () => {
    const r = await run(["new", "--school", "Trường Hoa Sen", "-o", path.join(dir, "a.xlsx"), "--lang", "en"]);
    expect(r.err).toMatch(/The school level is unknown/);
  });
});
