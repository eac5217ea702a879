/** `ctcl next-year`: writes the draft, reports what was carried, left out and to choose; never overwrites last year's file. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readPlanFile, sharedExample } from "../helpers";
import { checkPlan } from "../../src/core/check";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let dir: string;
let last: string;

/** A small 2018-form preschool plan of 2025-2026: one unfinished row, one done row, one removed criterion. */
async function writeLastYear(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KH");
  const rows: (string | number)[][] = [
    ["UBND XÃ HOA BAN", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TRƯỜNG MẦM NON HOA BAN"],
    ["Số: 7/KH-MNHB", "", "", "", "", "Hoa Ban, ngày 01 tháng 10 năm 2025"],
    ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026"],
    ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú"],
    ["", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
    ["1", "Tiêu chí 3.4: Khối phòng tổ chức ăn", "Bếp một chiều", "Cải tạo bếp", "Hiệu trưởng", "Tháng 12/2025", "80.000.000", "", "Chưa hoàn thành"],
    ["", "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"],
    ["2", "Tiêu chí 5.1: Thực hiện Chương trình giáo dục mầm non", "Thực hiện đúng chương trình", "Bồi dưỡng giáo viên", "Phó HT", "Năm học 2025-2026", "Không", "", "Hoàn thành"],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-next-year-"));
  last = path.join(dir, "ke-hoach-2025-2026.xlsx");
  await writeLastYear(last);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("ctcl next-year", () => {
  it("writes the 2026-2027 draft and says what was carried, left out and what remains to fill", async () => {
    const out = path.join(dir, "ke-hoach-2026-2027.xlsx");
    const r = await run(["next-year", last, "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(`Đã ghi bản nháp kế hoạch năm học 2026-2027 theo Thông tư 57/2026/TT-BGDĐT ngày 07/7/2026, Phụ lục I (cơ sở giáo dục mầm non): ${out}`);
    expect(lines[1]).toBe("Từ kế hoạch năm học 2025-2026 (TT19/2018): 1 dòng mang sang, 1 dòng đã hoàn thành không mang sang.");
    expect(r.out).toContain("  TT 1 (dòng 7 năm trước): Tiêu chí 3.4 → Tiêu chí 4.1 — chưa xong năm trước, đưa lên đầu");
    expect(r.out).toContain("Không mang sang (đã hoàn thành năm trước):\n  Dòng 9: Tiêu chí 5.1: Thực hiện Chương trình giáo dục mầm non — Hoàn thành");
    expect(r.out).toContain("Thời gian đã dời sang năm học mới ở 1 dòng");
    expect(r.out).toContain("mục IV: đánh giá hiện trạng, điểm hạn chế, nguyên nhân của 1 vấn đề");
    // The agency is a commune already: kept as written.
    expect(r.out).not.toContain("Cơ quan chủ quản");
    const plan = await readPlanFile(out);
    expect(plan.schoolYear).toBe("2026-2027");
    expect(plan.regulation).toBe("TT57/2026-MN");
    expect(plan.info.agency).toBe("UBND XÃ HOA BAN");
    expect(plan.rows.map((x) => [x.criterion, x.timeline, x.budget])).toEqual([["4.1", "Tháng 12/2026", "80.000.000"]]);
    expect(checkPlan(plan).issues.map((i) => i.code)).toEqual(["indicator-missing", "evidence-missing"]);
  });

  it("takes --year for the new year and answers in English with --lang en", async () => {
    const out = path.join(dir, "plan-2027-2028.xlsx");
    const r = await run(["next-year", last, "-o", out, "--year", "2027-2028", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Draft plan for 2027-2028 on Thông tư 57\/2026/);
    expect(r.out).toContain("1 row(s) carried, 1 done row(s) left out");
    expect((await readPlanFile(out)).rows[0].timeline).toBe("Tháng 12/2027");
  });

  it("never overwrites last year's plan, refuses a non-.xlsx output or a missing -o, and a year before TT57", async () => {
    const before = fs.readFileSync(last);
    const same = await run(["next-year", last, "-o", path.join(dir, ".", "ke-hoach-2025-2026.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/^Không ghi đè ".*": đó chính là kế hoạch năm trước cần đọc\./);
    expect(fs.readFileSync(last).equals(before)).toBe(true);
    const docx = await run(["next-year", last, "-o", path.join(dir, "x.docx")]);
    expect(docx.code).toBe(2);
    expect(docx.err).toMatch(/phải có đuôi \.xlsx/);
    const none = await run(["next-year", last]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^Thiếu tên tệp Excel cần ghi bản nháp/);
    const early = await run(["next-year", last, "-o", path.join(dir, "y.xlsx"), "--year", "2025-2026"]);
    expect(early.code).toBe(2);
    expect(early.err.trim().split("\n")).toHaveLength(1);
    expect(early.err).toMatch(/^Năm học 2025-2026 chưa áp dụng Thông tư 57\/2026/);
    expect(fs.existsSync(path.join(dir, "y.xlsx"))).toBe(false);
  });

  it("a file that is no plan: one sentence, exit 2", async () => {
    const r = await run(["next-year", path.join(dir, "khong-co.xlsx"), "-o", path.join(dir, "z.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không tìm thấy tệp/);
  });

  const example = sharedExample("tieu-hoc-muong-muon-2025.xlsx");
  (example ? it : it.skip)("on the shared 2025-2026 primary plan: lists the criterion to choose (5.4 phổ cập)", async () => {
    const out = path.join(dir, "muong-muon-2026-2027.xlsx");
    const r = await run(["next-year", example!, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Cần chọn tiêu chí của Thông tư 57/2026 (không có tiêu chí tương ứng):\n  TT 27: \"Công tác phổ cập giáo dục tiểu học\"");
    const check = await run(["check", out]);
    expect(check.out).toContain("Năm học: 2026-2027");
    expect(check.out).toMatch(/B57 +CẢNH BÁO +Dòng 57: nội dung cải tiến không ghi tiêu chí/);
  });
});
