/**
 * Next year's plan from last year's (core/next-year.ts): a 2018-form plan of
 * several standards, built here with exceljs as schools lay it out, becomes a
 * 2026-2027 draft on TT57 whose criteria follow the crosswalk; written with
 * draftWorkbookBytes and read back, `checkPlan` finds exactly what the user
 * must still do (indicators, evidence, criteria to choose). A 2026-form plan
 * moves on a year with its statuses and table VI cleared. The shared example
 * workbooks (../shared/examples, when present) each become a draft.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { draftWorkbookBytes } from "../../src/file/draft-workbook";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { issueMessage } from "../../src/core/messages";
import { lastStatus, moveTimeline, namesDistrict, nextSchoolYear, nextYearDraft, type NextYearDraft } from "../../src/core/next-year";
import { blankDraft } from "../../src/core/forms/layout2026";
import { crosswalkFrom } from "../../src/core/catalogue/crosswalk-2026";
import type { Draft2026 } from "../../src/core/forms/draft";
import type { Plan } from "../../src/core/plan";
import { sharedExamples } from "../helpers";
import { plan2018 } from "./plans";

async function read(bytes: Uint8Array): Promise<Plan> {
  const r = readPlan(await snapshotFromXlsx(bytes));
  if (!r.ok) throw new Error(r.error.code);
  return r.plan;
}

function ok(r: ReturnType<typeof nextYearDraft>): NextYearDraft {
  if (!r.ok) throw new Error(issueMessage({ text: r.error }));
  return r;
}

const brief = (plan: Plan) => checkPlan(plan).issues.map((i) => `${i.cell} ${i.severity} ${i.code}`);

describe("a 2018-form plan of 2025-2026 becomes a 2026-2027 draft", () => {
  let last: Plan;
  let result: NextYearDraft;
  let draft: Draft2026;
  let back: Plan;

  beforeAll(async () => {
    last = await read(await plan2018());
    result = ok(nextYearDraft(last));
    draft = result.draft;
    back = await read(await draftWorkbookBytes(draft));
  });

  test("last year's plan is read as intended (TT17 as amended, 2025-2026)", () => {
    expect(last.form).toBe("2018");
    expect(last.schoolYear).toBe("2025-2026");
    expect(last.regulation).toBe("TT17/2018");
    expect(last.rows.map((r) => r.criterion)).toEqual(["1.6", "1.10", "3.2", "3.6", "5.4", "5.2", null]);
  });

  test("the new year, regulation and letterhead: number and date left, the district office replaced", () => {
    expect(draft.schoolYear).toBe("2026-2027");
    expect(draft.regulation).toBe("TT57/2026-PT");
    expect(draft.level).toBe("tieu-hoc");
    expect(draft.info).toEqual({ agency: "UBND XÃ/PHƯỜNG …", school: "TRƯỜNG TIỂU HỌC HOA BAN", number: "", place: "Hoa Ban", date: "" });
    expect(result.agencyReplaced).toEqual({ from: "PHÒNG GD&ĐT HUYỆN MƯỜNG ẢNG", to: "UBND XÃ/PHƯỜNG …" });
  });

  test("rows not finished come first, the done row is left out, criteria follow the crosswalk", () => {
    expect(draft.rows.map((r) => r.content)).toEqual([
      "Tiêu chí 1.3: Quản lý hành chính, tài chính và tài sản",
      "Tiêu chí 4.1: Thư viện",
      "Tiêu chí 4.1: Các hạng mục công trình đảm bảo tiêu chuẩn cơ sở vật chất tối thiểu",
      "Công tác phổ cập giáo dục tiểu học",
      "Tiêu chí 3.1: Thực hiện Chương trình giáo dục phổ thông cấp tiểu học",
      "Kế hoạch giáo dục có tham khảo chương trình giáo dục tiên tiến",
    ]);
    expect(result.carried.map((c) => [c.row, c.status, c.from, c.to])).toEqual([
      [9, "not-done", "1.6", "1.3"],
      [13, "in-progress", "3.6", "4.1"],
      [12, "unset", "3.2", "4.1"],
      [15, "unset", "5.4", null],
      [16, "unset", "5.2", "3.1"],
      [18, "unset", null, null],
    ]);
    expect(result.leftOut).toEqual([
      { row: 10, criterion: "1.10", content: "Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn trường học", result: "Có phương án phòng cháy", status: "Đã hoàn thành" },
    ]);
    // Each carried row's pair is the crosswalk's own.
    const pairs = crosswalkFrom("TT17/2018")!;
    expect(result.carried[0].pair).toBe(pairs.pairs.find((p) => p.from === "1.6"));
    expect(result.carried[2].pair).toBe(pairs.amended[0].pairs.find((p) => p.from === "3.2"));
  });

  test("fields carried: result → goal (a level TT57 lacks taken off, with a note), money kept as written, support joined", () => {
    const [a, d, c, e, f] = draft.rows;
    expect(a).toMatchObject({ goal: "Mức 2 – Công khai tài chính đúng hạn", actions: "Niêm yết công khai hằng quý", owner: "Hiệu trưởng, kế toán", resources: "5.000.000 đồng", indicator: "", evidence: "", status: "" });
    expect(c.goal).toBe("Đủ phòng học bộ môn");
    expect(c.notes?.goal).toMatch(/Mức 3.*Thông tư 57\/2026 chỉ có Mức 1–2/);
    expect(c.resources).toBe("300.000.000; Ngân sách nhà nước");
    expect(d.resources).toBe("20.000.000");
    expect(e.resources).toBe("Không");
    expect(f.resources).toBe("2 đợt x 5 triệu");
    expect(a.notes?.content).toMatch(/^Năm trước: Tiêu chí 1\.6: Quản lý hành chính, tài chính và tài sản \(TT17\/2018\) → Tiêu chí 1\.3 \(TT57\/2026-PT\)/);
    expect(a.notes?.content).toContain("Năm học 2025-2026: Chưa hoàn thành. Tiếp tục thực hiện.");
    expect(d.notes?.content).toContain("Đang thực hiện");
  });

  test("timelines naming last year's dates move one year and are flagged; others stay", () => {
    expect(draft.rows.map((r) => r.timeline)).toEqual([
      "Tháng 3/2027",
      "Thường xuyên",
      "Từ tháng 9 năm 2026 đến tháng 5 năm 2027",
      "Năm học 2026-2027",
      "Học kỳ II năm học 2026-2027",
      "Tháng 12/2026",
    ]);
    expect(result.movedTimelines.map((m) => m.index)).toEqual([0, 2, 3, 4, 5]);
    expect(draft.rows[0].notes?.timeline).toBe('Thời gian đã được dời sang năm học mới: "Tháng 3/2026" → "Tháng 3/2027". Hãy kiểm tra lại.');
    expect(draft.rows[1].notes?.timeline).toBeUndefined();
  });

  test("rows with no pair keep their words without a code and ask the user to choose", () => {
    expect(result.toChoose.map((x) => [x.index, x.row, x.from, x.also])).toEqual([
      [3, 15, "5.4", ["3.4", "4.3"]],
      [5, 18, null, []],
    ]);
    expect(draft.rows[3].notes?.content).toMatch(/^Chưa có tiêu chí tương ứng \(Tiêu chí 5\.4\): Thông tư 57\/2026 không có tiêu chí về phổ cập.*Gợi ý: 3\.4, 4\.3\./);
    expect(draft.rows[5].notes?.content).toMatch(/^Chưa có tiêu chí tương ứng \(Mức 4\): Thông tư 57\/2026 chỉ có Mức 1–2/);
  });

  test("table IV: one problem per criterion carried, the rest for the self-assessment report; table VI empty", () => {
    expect(draft.problems.map((p) => [p.standard, p.criterion, p.situation, p.weakness, p.cause])).toEqual([
      ["Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng", "1.3", "", "", ""],
      ["Tiêu chuẩn 3: Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển học sinh", "3.1", "", "", ""],
      ["Tiêu chuẩn 4: Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội", "4.1", "", "", ""],
    ]);
    expect(draft.problems[0].notes?.weakness).toBe("Điền từ báo cáo tự đánh giá năm học 2025-2026.");
    expect(draft.reviews.map((r) => [r.when, r.subject, r.result])).toEqual([
      ["Cuối học kỳ I", "", ""],
      ["Cuối năm học", "", ""],
    ]);
  });

  test("the written draft reads back as a 2026-2027 TT57 plan with the same money", () => {
    expect(back.form).toBe("2026");
    expect(back.schoolYear).toBe("2026-2027");
    expect(back.regulation).toBe("TT57/2026-PT");
    expect(back.rows.map((r) => r.criterion)).toEqual(["1.3", "4.1", "4.1", null, "3.1", null]);
    expect(back.problems?.map((p) => p.criterion)).toEqual(["1.3", "3.1", "4.1"]);
    // Last year's rows carried count the same money: 5 + 20 + 300 + 10 million (the done row had none).
    expect(checkPlan(back).totals.amount).toBe(335_000_000);
    expect(checkPlan(last).totals.amount).toBe(335_000_000);
  });

  test("its only findings are what the user must do: indicators, evidence, and the two criteria to choose", () => {
    const rows = back.rows.map((r) => r.row);
    const expected = rows.flatMap((n, i) => {
      const own = [`E${n} warning indicator-missing`, `I${n} warning evidence-missing`];
      return i === 3 || i === 5 ? [`B${n} warning row-untraced`, ...own] : own;
    });
    expect(brief(back)).toEqual(expected);
  });

  test("the notes are in English on request", () => {
    const en = ok(nextYearDraft(last, { lang: "en" })).draft;
    expect(en.rows[0].notes?.content).toMatch(/^Last year: Tiêu chí 1\.6.*Reason: Administration, finance and assets/);
    expect(en.rows[0].notes?.timeline).toBe('Timeline moved to the new school year: "Tháng 3/2026" → "Tháng 3/2027". Check it.');
  });

  test("a later year on request moves the timelines by as many years; a year before TT57 is refused in one sentence", () => {
    const later = ok(nextYearDraft(last, { schoolYear: "2027-2028" })).draft;
    expect(later.schoolYear).toBe("2027-2028");
    expect(later.rows[0].timeline).toBe("Tháng 3/2028");
    const refused = nextYearDraft(last, { schoolYear: "2025-2026" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(issueMessage({ text: refused.error })).toBe(
        "Năm học 2025-2026 chưa áp dụng Thông tư 57/2026: kế hoạch mới theo mẫu Biểu 2 chỉ lập cho năm học từ 2026-2027 trở đi. Hãy chọn năm học khác (--year 2026-2027).",
      );
    }
  });
});

describe("a 2026-form plan moves on a year", () => {
  test("statuses and table VI cleared, done rows left out, the rest kept", async () => {
    const base = blankDraft("tieu-hoc", "2026-2027", "Trường Tiểu học Hoa Sen", "UBND xã Hoa Sen");
    const row = { goal: "", actions: "Bồi dưỡng", indicator: "100% giáo viên", owner: "Tổ CM", resources: "NSNN 10.000.000đ", evidence: "Biên bản" };
    const last: Draft2026 = {
      ...base,
      problems: [{ standard: "Tiêu chuẩn 2", criterion: "2.2", situation: "Đạt 90%.", weakness: "Còn 02 giáo viên chưa đạt chuẩn.", cause: "Lớn tuổi." }],
      rows: [
        { ...row, content: "Tiêu chí 2.2: Nâng chuẩn giáo viên", goal: "Đạt chuẩn 100%", timeline: "Năm học 2026-2027", status: "Hoàn thành" },
        { ...row, content: "Tiêu chí 2.2: Bồi dưỡng tin học", goal: "Giáo viên dùng phần mềm", timeline: "Tháng 3/2027", status: "Chưa hoàn thành" },
        { ...row, content: "Tiêu chí 1.3: Số hóa hồ sơ", goal: "Hồ sơ số", timeline: "Thường xuyên", status: "" },
      ],
      reviews: [
        { when: "Cuối học kỳ I", subject: "Tiến độ", result: "Đạt 50%", adjustment: "Không", reviewer: "Hội đồng tự đánh giá" },
        { when: "Cuối năm học", subject: "Kết quả", result: "Đạt 80%", adjustment: "", reviewer: "Hội đồng tự đánh giá" },
      ],
    };
    const plan = await read(await draftWorkbookBytes(last));
    expect(plan.rows.map((r) => r.status)).toEqual(["Hoàn thành", "Chưa hoàn thành", ""]);
    const r = ok(nextYearDraft(plan));
    expect(r.draft.schoolYear).toBe("2027-2028");
    expect(r.draft.rows.map((x) => [x.content, x.timeline, x.status, x.indicator, x.evidence])).toEqual([
      ["Tiêu chí 2.2: Bồi dưỡng tin học", "Tháng 3/2028", "", "100% giáo viên", "Biên bản"],
      ["Tiêu chí 1.3: Số hóa hồ sơ", "Thường xuyên", "", "100% giáo viên", "Biên bản"],
    ]);
    expect(r.leftOut.map((x) => [x.content, x.status])).toEqual([["Tiêu chí 2.2: Nâng chuẩn giáo viên", "Hoàn thành"]]);
    expect(r.draft.problems).toEqual([{ standard: "Tiêu chuẩn 2", criterion: "2.2", situation: "Đạt 90%.", weakness: "Còn 02 giáo viên chưa đạt chuẩn.", cause: "Lớn tuổi." }]);
    expect(r.draft.reviews.map((x) => [x.when, x.result])).toEqual([
      ["Cuối học kỳ I", ""],
      ["Cuối năm học", ""],
    ]);
    expect(r.toChoose).toEqual([]);
    const back = await read(await draftWorkbookBytes(r.draft));
    expect(back.schoolYear).toBe("2027-2028");
    expect(brief(back)).toEqual([]);
  });
});

describe("helpers", () => {
  test("lastStatus reads the status column, else the note", () => {
    expect(lastStatus({ status: "", note: "Đã hoàn thành." }).status).toBe("done");
    expect(lastStatus({ status: "", note: "Hoàn thành" }).status).toBe("done");
    expect(lastStatus({ status: "", note: "Chưa hoàn thành" }).status).toBe("not-done");
    expect(lastStatus({ status: "", note: "Đang thực hiện" }).status).toBe("in-progress");
    expect(lastStatus({ status: "Chưa hoàn thành", note: "Hoàn thành" }).status).toBe("not-done");
    // A plan note is no status.
    expect(lastStatus({ status: "", note: "Dự kiến hoàn thành tháng 5" }).status).toBe("unset");
    // A deadline in the note is no status: the row stays (a row left out by mistake would be lost).
    expect(lastStatus({ status: "", note: "Hoàn thành tháng 5/2026" }).status).toBe("unset");
    expect(lastStatus({ status: "", note: "Đã hoàn thành tháng 4/2026" }).status).toBe("done");
    expect(lastStatus({ status: "", note: "Hoàn thành 100%" }).status).toBe("done");
    expect(lastStatus({ note: "" }).status).toBe("unset");
  });

  test("moveTimeline moves the years of last school year only", () => {
    expect(moveTimeline("Năm học 2025-2026", "2025-2026", "2026-2027")).toBe("Năm học 2026-2027");
    expect(moveTimeline("Từ tháng 8 năm 2025 đến tháng 5 năm 2026.", "2025-2026", "2026-2027")).toBe("Từ tháng 8 năm 2026 đến tháng 5 năm 2027.");
    expect(moveTimeline("Năm học 2025-26", "2025-2026", "2026-2027")).toBe("Năm học 2026-27");
    expect(moveTimeline("Trước 30/9/2025", "2025-2026", "2026-2027")).toBe("Trước 30/9/2026");
    expect(moveTimeline("Năm học 2022-2023 và các năm tiếp theo", "2022-2023", "2026-2027")).toBe("Năm học 2026-2027 và các năm tiếp theo");
    expect(moveTimeline("Giai đoạn 2025-2030", "2025-2026", "2026-2027")).toBe("Giai đoạn 2026-2030");
    expect(moveTimeline("Năm học 2024-2025", "2022-2023", "2026-2027")).toBeNull();
    expect(moveTimeline("Thường xuyên", "2025-2026", "2026-2027")).toBeNull();
    expect(moveTimeline("Trong năm học", "2025-2026", "2026-2027")).toBeNull();
    expect(moveTimeline("", "2025-2026", "2026-2027")).toBeNull();
  });

  test("nextSchoolYear: the year after, never before the 2026 form; namesDistrict", () => {
    expect(nextSchoolYear("2025-2026")).toBe("2026-2027");
    expect(nextSchoolYear("2022-2023")).toBe("2026-2027");
    expect(nextSchoolYear("2026-2027")).toBe("2027-2028");
    expect(nextSchoolYear(null)).toBe("2026-2027");
    expect(nextSchoolYear("2025-2026", "2028 – 2029")).toBe("2028-2029");
    expect(namesDistrict("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN")).toBe(true);
    expect(namesDistrict("Phòng Giáo dục và Đào tạo quận 3")).toBe(true);
    expect(namesDistrict("UBND HUYỆN MƯỜNG ẢNG")).toBe(true);
    expect(namesDistrict("UBND XÃ HOA BAN")).toBe(false);
    expect(namesDistrict("SỞ GD&ĐT TỈNH ĐIỆN BIÊN")).toBe(false);
  });
});

// The shared example workbooks (../shared/examples): each becomes a 2026-2027 draft that reads back.
const examples = sharedExamples();
const eachExample = examples.length ? describe.each(examples.map((f) => [basename(f), f])) : describe.skip.each([["none", ""]]);
eachExample("shared example %s", (_name, file) => {
  test("becomes a 2026-2027 TT57 draft: every row carried or left out, the money kept", async () => {
    const last = await read(new Uint8Array(readFileSync(file)));
    const r = ok(nextYearDraft(last));
    expect(r.draft.schoolYear).toBe("2026-2027");
    expect(r.draft.regulation).toBe(last.level === "mam-non" ? "TT57/2026-MN" : "TT57/2026-PT");
    expect(r.carried.length + r.leftOut.length).toBe(last.rows.length);
    const back = await read(await draftWorkbookBytes(r.draft));
    expect(back.form).toBe("2026");
    expect(back.schoolYear).toBe("2026-2027");
    expect(back.rows.length).toBe(r.draft.rows.length);
    expect(back.rows.map((x) => x.criterion)).toEqual(r.carried.map((c) => c.to));
    expect(checkPlan(back).totals.amount).toBe(checkPlan(last).totals.amount);
    const codes = checkPlan(back).issues.map((i) => i.code);
    // Nothing about the draft's own making: no unknown criterion, no unaddressed problem, no level TT57 lacks.
    for (const bad of ["criterion-unknown", "problem-unaddressed", "mandatory-unaddressed", "criterion-level-unavailable", "content-missing", "status-unknown"]) {
      expect(codes).not.toContain(bad);
    }
    expect(codes.filter((c) => c === "row-untraced").length).toBe(r.toChoose.length);
  });
});
