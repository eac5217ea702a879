/**
 * The review report (issue 13), read from its .docx XML: the Nghị định 30
 * page and font, the letterhead with "…/BC-…", title and subject of each
 * period, the counts by status and standard, the period's row of table VI,
 * every plan row with its status, the rows not done, what carries on, and the
 * recipients of the plan's year.
 */
import * as path from "path";
import { buildReviewDocx, statusText } from "../../src/core/word/review";
import { reviewDocumentInfo, reviewNumber, reviewRecipients } from "../../src/core/word/review-info";
import { computeTotals } from "../../src/core/totals";
import { contextOf } from "../../src/core/context";
import { periodOfDate, periodOfReview, progressRows, rowStatus, type ReviewPeriod } from "../../src/core/progress";
import type { Plan } from "../../src/core/plan";
import { cells, parts, rows, tables, visibleText } from "../word/docx-xml";
import { FIXTURES, readPlanFile } from "../helpers";
import { INDICATORS, REVIEW_HK1, REVIEW_YEAR, STATUS_ROWS, statusPlan } from "./workbook";

async function report(plan: Plan, period: ReviewPeriod) {
  const bytes = await buildReviewDocx({ plan, totals: computeTotals(plan), info: reviewDocumentInfo(plan), period });
  const p = parts(bytes);
  return { ...p, text: visibleText(p.document), tbls: tables(p.document) };
}

/** A table's rows as lists of cell texts. */
const grid = (tbl: string): string[][] => rows(tbl).map((tr) => cells(tr).map((c) => visibleText(c).replace(/\n+/g, " ").trim()));
const attr = (tag: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(tag)?.[1]);

describe("the period and the number", () => {
  it.each([
    ["Cuối học kỳ I", "hk1"],
    ["Cuối HK I", "hk1"],
    ["Cuối HK-1", "hk1"],
    ["CUỐI HỌC KỲ I.", "hk1"],
    ["Cuối năm", "cuoi-nam"],
    ["Cuối HK II", "cuoi-nam"],
    ["Sơ kết học kỳ 1", "hk1"],
    ["Cuối học kỳ II", "cuoi-nam"],
    ["Cuối năm học", "cuoi-nam"],
    ["Tổng kết năm học", "cuoi-nam"],
    ["Tháng 3/2027", null],
  ])("table VI %j is %s", (when, period) => {
    expect(periodOfReview(when)).toBe(period);
  });

  it("September to February is the end of semester I, March to August the end of the year", () => {
    const months = Array.from({ length: 12 }, (_, m) => periodOfDate(new Date(2027, m, 15)));
    expect(months).toEqual(["hk1", "hk1", "cuoi-nam", "cuoi-nam", "cuoi-nam", "cuoi-nam", "cuoi-nam", "cuoi-nam", "hk1", "hk1", "hk1", "hk1"]);
  });

  it("the report's number keeps the plan's suffix and leaves the figure to the office", () => {
    expect(reviewNumber("27/KH-THCSHL")).toBe("/BC-THCSHL");
    expect(reviewNumber("118/KH - THPTSL")).toBe("/BC-THPTSL");
    expect(reviewNumber("")).toBe("/BC-");
  });

  it("recipients: the year's administration; the plan's own office line when it has one, never a district Phòng GD&ĐT after 2025", async () => {
    const plan = await statusPlan();
    const ctx = contextOf(plan);
    expect(reviewRecipients({ info: { ...plan.info, recipients: ["Lưu: VT"] } }, ctx)).toEqual(["Phòng VH-XH UBND xã/phường (b/c)", "Hội đồng TĐG (để th/h)", "CB, GV, NV nhà trường (th/h)", "Lưu: VT"]);
    expect(reviewRecipients({ info: { ...plan.info, recipients: ["Phòng VH-XH UBND phường Hoa Lư (để b/c)", "Lưu: VT"] } }, ctx)[0]).toBe("Phòng VH-XH UBND phường Hoa Lư (để b/c)");
    expect(reviewRecipients({ info: { ...plan.info, recipients: ["Phòng GD&ĐT huyện Hoa Lư (b/c)", "Lưu: VT"] } }, ctx)[0]).toBe("Phòng VH-XH UBND xã/phường (b/c)");
  });
});

describe.each<ReviewPeriod>(["hk1", "cuoi-nam"])("the report of %s", (period) => {
  it("A4 portrait, margins of Nghị định 30, Times New Roman everywhere, page numbers from page 2", async () => {
    const { document, styles, headers } = await report(await statusPlan(), period);
    const sizes = document.match(/<w:pgSz [^>]*>/g)!;
    for (const s of sizes) expect([attr(s, "w"), attr(s, "h")]).toEqual([11906, 16838]);
    const mm = (tw: number) => (tw / 1440) * 25.4;
    for (const m of document.match(/<w:pgMar [^>]*>/g)!) {
      expect(mm(attr(m, "top"))).toBeGreaterThanOrEqual(19.9);
      expect(mm(attr(m, "bottom"))).toBeGreaterThanOrEqual(19.9);
      expect(mm(attr(m, "left"))).toBeGreaterThanOrEqual(29.9);
      expect(mm(attr(m, "left"))).toBeLessThanOrEqual(35.1);
      expect(mm(attr(m, "right"))).toBeGreaterThanOrEqual(14.9);
      expect(mm(attr(m, "right"))).toBeLessThanOrEqual(20.1);
    }
    for (const xml of [document, styles, ...headers]) {
      for (const f of xml.match(/<w:rFonts [^>]*>/g) ?? []) {
        for (const v of f.match(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g) ?? []) expect(v).toMatch(/="Times New Roman"$/);
      }
    }
    for (const r of document.match(/<w:r>[\s\S]*?<\/w:r>/g)!) if (/<w:t[ >]/.test(r)) expect(r).toContain('w:ascii="Times New Roman"');
    expect(document).toContain("<w:titlePg/>");
    expect(headers.some((h) => h.includes("PAGE"))).toBe(true);
  });

  it("letterhead, number …/BC-, title and subject of the period", async () => {
    const { text, tbls } = await report(await statusPlan(), period);
    const head = visibleText(tbls[0]);
    expect(head).toContain("UBND PHƯỜNG HOA LƯ");
    expect(head).toContain("TRƯỜNG THCS HOA LƯ");
    expect(head).toMatch(/Số:\s+\/BC-THCSHL/);
    expect(head).not.toContain("27/KH");
    const lines = text.split("\n");
    const at = lines.indexOf("BÁO CÁO");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("Kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục");
    expect(lines[at + 2]).toBe(period === "hk1" ? "học kỳ I năm học 2026-2027" : "năm học 2026-2027");
    expect(text).toContain("Thực hiện Kế hoạch số 27/KH-THCSHL ngày 06/10/2026 của nhà trường");
  });

  it("counts by status, in all and by standard; the columns add up to the rows", async () => {
    const { text, tbls } = await report(await statusPlan(), period);
    expect(text).toContain("Kế hoạch có 10 nội dung cải tiến: 2 nội dung hoàn thành (20%); 2 nội dung đang thực hiện; 2 nội dung chưa hoàn thành; 4 nội dung chưa được đánh giá");
    const counts = grid(tbls.find((t) => visibleText(t).includes("Số nội dung"))!);
    expect(counts).toEqual([
      ["Tiêu chuẩn", "Số nội dung", "Hoàn thành", "Đang thực hiện", "Chưa hoàn thành", "Chưa đánh giá"],
      ["Tiêu chuẩn 1", "2", "2", "0", "0", "0"],
      ["Tiêu chuẩn 2", "2", "0", "1", "0", "1"],
      ["Tiêu chuẩn 3", "2", "0", "1", "1", "0"],
      ["Tiêu chuẩn 4", "3", "0", "0", "1", "2"],
      ["Chưa xác định tiêu chuẩn", "1", "0", "0", "0", "1"],
      ["Tổng cộng", "10", "2", "2", "2", "4"],
    ]);
  });

  it("the period's row of table VI, and only that period's", async () => {
    const { tbls } = await report(await statusPlan(), period);
    const vi = grid(tbls.find((t) => visibleText(t).includes("Người đánh giá"))!);
    const [mine, other] = period === "hk1" ? [REVIEW_HK1, REVIEW_YEAR] : [REVIEW_YEAR, REVIEW_HK1];
    expect(vi).toHaveLength(2);
    expect(vi[0]).toEqual(["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"]);
    expect(vi[1][2]).toBe(mine.result);
    expect(vi[1][3]).toBe(mine.adjustment);
    expect(JSON.stringify(vi)).not.toContain(other.result);
  });

  it("every plan row with its indicator and status; a criterion's sub-row shares its content cell", async () => {
    const plan = await statusPlan();
    const { tbls } = await report(plan, period);
    const tbl = tbls.find((t) => visibleText(t).includes("Chỉ số đánh giá kết quả"))!;
    const body = grid(tbl).slice(1);
    expect(body.map((r) => r[2])).toEqual(INDICATORS.map((i) => `${i}: đạt 100%.`));
    expect(body.map((r) => r[4])).toEqual(["Hoàn thành", "Hoàn thành", "Đang thực hiện", "Chưa hoàn thành", "Chưa hoàn thành", "Chưa đánh giá", "Hoàn thành 100%", "Mức 2", "Đang thực hiện", "Chưa đánh giá"]);
    // The sub-row of 4.1 (sheet row 16) continues the merged content cell of row 15.
    const trs = rows(tbl).slice(1);
    expect(cells(trs[4])[1]).toContain('<w:vMerge w:val="restart"/>');
    expect(cells(trs[5])[1]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(body[5][1]).toBe("");
  });

  it("the rows not done (in progress, not done, not assessed) with the period's adjustment; what carries on", async () => {
    const plan = await statusPlan();
    const { text, tbls } = await report(plan, period);
    const open = grid(tbls.find((t) => visibleText(t).includes("Nguyên nhân, điều chỉnh"))!).slice(1);
    const notDone = STATUS_ROWS.filter(([, , kind]) => kind !== "done").map(([row]) => row);
    expect(open.map((r) => r[2])).toEqual(plan.rows.filter((r) => notDone.includes(r.row)).map((r) => r.actions));
    expect(open.map((r) => r[1]).join(" ")).not.toMatch(/Tiêu chí 1\.[34]/);
    const adjustment = period === "hk1" ? REVIEW_HK1.adjustment : REVIEW_YEAR.adjustment;
    expect(text).toContain(adjustment);
    const carry = period === "hk1" ? "IV. NỘI DUNG TIẾP TỤC THỰC HIỆN TRONG HỌC KỲ II" : "IV. NỘI DUNG CHUYỂN SANG KẾ HOẠCH NĂM HỌC 2027-2028";
    const after = text.slice(text.indexOf(carry));
    expect(text).toContain(carry);
    const items = after.split("\n").filter((l) => l.startsWith("- ") && !l.includes("Lưu") && !/\((b\/c|th\/h|để th\/h)\)/.test(l));
    expect(items).toHaveLength(notDone.length);
    expect(items[0]).toBe("- Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên: Hoạt động của dòng 3;");
    expect(items[items.length - 1]).toBe("- Tăng cường truyền thông với cha mẹ học sinh: Hoạt động của dòng 9.");
  });

  it("recipients of the plan's year (no district Phòng GD&ĐT), the last '- Lưu: VT.'; the signer", async () => {
    const { text, tbls } = await report(await statusPlan(), period);
    const signer = visibleText(tbls[tbls.length - 1]);
    expect(signer).toContain("Nơi nhận:");
    expect(signer).toContain("- Phòng VH-XH UBND xã/phường (b/c);");
    expect(signer).toMatch(/- Lưu: VT\.$/m);
    expect(text).not.toMatch(/Phòng GD/);
    expect(signer).toContain("HIỆU TRƯỞNG");
    expect(signer).toContain("Trần Thị Mai");
    expect(signer).not.toContain("HỘI ĐỒNG");
  });
});

describe("other plans", () => {
  it("the 2026 fixture at the end of the year: table VI's empty 'Cuối năm học' row gives a sentence, not an empty table", async () => {
    const plan = await readPlanFile(path.join(FIXTURES, "form-2026.xlsx"));
    const { text, tbls } = await report(plan, "cuoi-nam");
    expect(text).toContain("Mục VI của kế hoạch chưa ghi kết quả theo dõi, đánh giá cuối năm học.");
    expect(tbls.some((t) => visibleText(t).includes("Người đánh giá"))).toBe(false);
    expect(text).toContain("Kế hoạch có 2 nội dung cải tiến: 1 nội dung hoàn thành (50%); 1 nội dung đang thực hiện; 0 nội dung chưa hoàn thành; 0 nội dung");
    expect(text).toContain("Sở GD&ĐT (b/c)"); // an upper-secondary school reports to the Sở
    const hk1 = await report(plan, "hk1");
    expect(hk1.text).toContain("Hoàn thành tiêu chí 1.3; tiêu chí 4.1 đang cải tạo");
  });

  it("a plan where every row is done: nothing left, nothing carried", async () => {
    const plan = await statusPlan();
    const done = { ...plan, rows: plan.rows.map((r) => ({ ...r, status: "Hoàn thành" })) };
    const { text, tbls } = await report(done, "cuoi-nam");
    expect(text).toContain("Tất cả các nội dung cải tiến của kế hoạch đã hoàn thành.");
    expect(text).toContain("không có nội dung chuyển sang năm học sau");
    expect(tbls.some((t) => visibleText(t).includes("Nguyên nhân, điều chỉnh"))).toBe(false);
    expect(progressRows(done).every((r) => rowStatus(r) === "done" && statusText(r) === "Hoàn thành")).toBe(true);
  });
});
