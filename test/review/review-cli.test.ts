/** `ctcl check` with progress and `ctcl review`, in-process (issue 13). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import { main } from "../../src/cli/main";
import { runReview } from "../../src/cli/review";
import { FIXTURES, ROOT, SAMPLE } from "../helpers";
import { parts, visibleText } from "../word/docx-xml";
import { REVIEW_HK1, REVIEW_YEAR, statusSheetRows, statusWorkbook, withoutStatusColumn } from "./workbook";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "docs", "check-output.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

let dir = "";
let plan2026 = "";
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-review-"));
  plan2026 = path.join(dir, "KH CTCL 2026-2027.xlsx");
  fs.writeFileSync(plan2026, await statusWorkbook());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("ctcl check: progress", () => {
  it("--json on a 2026 plan: progress by status and standard, valid against the schema", async () => {
    const r = await run(["check", plan2026, "--json"]);
    const json = JSON.parse(r.out) as { progress: Record<string, unknown> & { byStandard: Record<string, unknown> } };
    const ok = validate(json);
    if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
    expect(json.progress).toMatchObject({ done: 2, inProgress: 2, notDone: 2, unset: 4, total: 10 });
    expect(json.progress.byStandard["4"]).toEqual({ done: 0, inProgress: 0, notDone: 1, unset: 2, total: 3 });
  });

  it("--json on a 2018 plan: progress is null (no status column), valid against the schema", async () => {
    const json = JSON.parse((await run(["check", SAMPLE, "--json"])).out);
    expect(json.plan.form).toBe("2018");
    expect(json.progress).toBeNull();
    expect(validate(json)).toBe(true);
  });

  it("the schema holds the progress to its shape", async () => {
    const json = JSON.parse((await run(["check", plan2026, "--json"])).out);
    for (const bad of [{ ...json.progress, done: "2" }, { ...json.progress, byStandard: { x: json.progress.byStandard["1"] } }, { done: 1 }]) {
      expect(validate({ ...json, progress: bad })).toBe(false);
    }
    const { progress: _dropped, ...without } = json;
    expect(validate(without)).toBe(false);
  });

  it("the readable report has one progress line on a 2026 plan, none on a 2018 plan", async () => {
    const r = await run(["check", plan2026]);
    expect(r.out.split("\n").filter((l) => l.includes("Mức độ thực hiện ("))).toEqual([
      "  Mức độ thực hiện (10 nội dung): 2 hoàn thành, 2 đang thực hiện, 2 chưa hoàn thành, 4 chưa đánh giá",
    ]);
    expect((await run(["check", plan2026, "--lang", "en"])).out).toContain("Implementation status (10 rows): 2 done, 2 in progress, 2 not done, 4 not assessed");
    expect((await run(["check", SAMPLE])).out).not.toContain("Mức độ thực hiện (");
  });
});

describe("ctcl review", () => {
  it("writes the report of the chosen period and says what it counted", async () => {
    for (const [period, mine, other] of [["hk1", REVIEW_HK1, REVIEW_YEAR], ["cuoi-nam", REVIEW_YEAR, REVIEW_HK1]] as const) {
      const out = path.join(dir, `bao-cao-${period}.docx`);
      const r = await run(["review", plan2026, "-o", out, "--period", period]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Đã tạo báo cáo ${period === "hk1" ? "học kỳ I" : "cuối năm học"} (Word): ${out}. 10 nội dung: 2 hoàn thành, 2 đang thực hiện, 2 chưa hoàn thành, 4 chưa đánh giá.`);
      expect(r.out).toContain('các ô "Mức độ thực hiện" J17, J18 không ghi một trong ba mức');
      const text = visibleText(parts(new Uint8Array(fs.readFileSync(out))).document);
      expect(text).toContain(period === "hk1" ? "học kỳ I năm học 2026-2027" : "NĂM HỌC 2027-2028");
      expect(text).toContain(mine.result);
      expect(text).not.toContain(other.result);
    }
  });

  it("the period defaults from today: January gives semester I, May the whole year", async () => {
    const io = { out: () => {}, err: (s: string) => void s };
    for (const [now, want] of [[new Date(2027, 0, 10), "học kỳ I năm học 2026-2027"], [new Date(2027, 4, 20), "Kết quả thực hiện kế hoạch"]] as const) {
      const out = path.join(dir, "mac-dinh.docx");
      expect(await runReview(plan2026, { read: {}, output: out, lang: "vi", now }, io)).toBe(0);
      const text = visibleText(parts(new Uint8Array(fs.readFileSync(out))).document);
      expect(text).toContain(want);
      expect(text.includes("học kỳ I năm học")).toBe(now.getMonth() === 0);
    }
  });

  it("a 2018-form plan is refused with one sentence naming the missing status column; nothing is written", async () => {
    const out = path.join(dir, "khong-ghi.docx");
    const r = await run(["review", SAMPLE, "-o", out, "--period", "hk1"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain('báo cáo cần cột "Mức độ thực hiện"');
    expect(r.err).toContain("mẫu năm 2018");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a 2026 plan whose table V lacks the status column is refused with a sentence saying what to add", async () => {
    const file = path.join(dir, "khong-cot-muc-do.xlsx");
    fs.writeFileSync(file, await statusWorkbook(withoutStatusColumn(statusSheetRows())));
    const r = await run(["review", file, "-o", path.join(dir, "x.docx"), "--period", "hk1"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bảng V của kế hoạch không có cột "Mức độ thực hiện"');
    const json = JSON.parse((await run(["check", file, "--json"])).out);
    expect(json.progress).toBeNull();
    expect(validate(json)).toBe(true);
  });

  it.each([
    [["--period", "hk2"], /Kỳ báo cáo "hk2" không hợp lệ/],
    [[], /Thiếu tên tệp báo cáo cần ghi/],
    [["-o", "bao-cao.txt"], /phải có đuôi \.docx/],
  ])("refuses %j with a sentence and exit 2", async (args, message) => {
    const r = await run(["review", plan2026, ...args.map((a) => (a.endsWith(".txt") ? path.join(dir, a) : a))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("does not overwrite the workbook it reads", async () => {
    const before = fs.readFileSync(plan2026);
    const r = await run(["review", plan2026, "-o", plan2026]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Không ghi đè "${plan2026}"`);
    expect(fs.readFileSync(plan2026).equals(before)).toBe(true);
  });

  it("the 2026 fixture at the end of the year says table VI has no row for it", async () => {
    const r = await run(["review", path.join(FIXTURES, "form-2026.xlsx"), "-o", path.join(dir, "f.docx"), "--period", "cuoi-nam"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("mục VI của kế hoạch chưa ghi kết quả theo dõi cuối năm học");
  });
});
