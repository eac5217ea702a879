/**
 * Thông tư 22/2024 and names as real plans write them, on sheets laid out like
 * the examples: a 2025-2026 primary plan is judged against standard 3 as
 * 3.1–3.3; a row citing the old 3.4 is told where its content now belongs;
 * the new names raise no name warning; the seeds' forms of names are accepted.
 */
import { gridFromRows, type CellValue } from "../../src/core/grid";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { issueMessage } from "../../src/core/messages";
import type { Issue, Plan } from "../../src/core/plan";
import { HEADER } from "../ui/fake-host";
import { brief, fullRow, makePlan } from "./plan-builder";
import { validatePlan } from "../../src/core/validate";

function sheet(year: string, level: "TIỂU HỌC" | "MẦM NON", body: CellValue[][]): Plan {
  const rows: CellValue[][] = [
    ["UBND XÃ MƯỜNG MƯƠN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [`TRƯỜNG ${level} SỐ 2 MƯỜNG MƯƠN`, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 173/KH-THS2MM", null, null, null, `Mường Mươn, ngày 10 tháng 10 năm ${year.slice(0, 4)}`],
    ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
    [`Năm học ${year}`],
    HEADER,
    [null, "MỨC 1, 2, 3"],
    ...body,
  ];
  const read = readPlan({ sheets: [gridFromRows("Kế hoạch", rows)] });
  if (!read.ok) throw new Error("unreadable");
  return read.plan;
}

const row = (n: number, criterion: string, timeline = "Từ tháng 8 năm 2025 đến tháng 5 năm 2026."): CellValue[] => [
  n,
  criterion,
  "Đảm bảo theo quy định",
  "Tham mưu, sửa chữa",
  "Hiệu trưởng",
  timeline,
  "Không",
  null,
  null,
];

const nameCodes = ["criterion-name-drift", "standard-name-drift", "criterion-name-short", "standard-name-short"];
const only = (issues: Issue[], codes: string[]) => issues.filter((i) => codes.includes(i.code));

describe("a 2025-2026 primary plan on the catalogue as amended by Thông tư 22/2024", () => {
  const plan = sheet("2025-2026", "TIỂU HỌC", [
    [null, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
    row(1, "Tiêu chí 3.1: Địa điểm, quy mô, diện tích"),
    row(2, "Tiêu chí 3.2: Các hạng mục công trình"),
    row(3, "Tiêu chí 3.3: Hạ tầng kỹ thuật, các hạng mục công trình kiên cố và thiết bị dạy học"),
    row(4, "Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước"),
  ]);
  const { issues } = checkPlan(plan);

  it("reads as TT17/2018 in 2025-2026", () => {
    expect(plan.regulation).toBe("TT17/2018");
    expect(plan.schoolYear).toBe("2025-2026");
  });

  it("3.4 is an error naming Thông tư 22/2024 and where the content now belongs, with the reason", () => {
    const removed = issues.filter((i) => i.code === "criterion-removed-2024");
    expect(brief(removed)).toEqual(["B12 error criterion-removed-2024"]);
    expect(issueMessage(removed[0], "vi")).toBe(
      "Tiêu chí 3.4 không còn từ năm học 2025-2026: Thông tư 22/2024 sửa đổi Thông tư 17/2018, tiêu chuẩn 3 chỉ còn tiêu chí 3.1–3.3. " +
        "Nội dung này nay thuộc tiêu chí 3.3 (một phần thuộc tiêu chí 3.2) (Cấp thoát nước, xử lý rác thải là hạ tầng kỹ thuật → 3.3 (seed 004); bản thân khu vệ sinh là hạng mục công trình → 3.2.).",
    );
    expect(issueMessage(removed[0], "en")).toMatch(/^Criterion 3\.4 no longer exists from school year 2025-2026: Circular 22\/2024 amended Circular 17\/2018/);
    expect(removed[0].fix).toBe("Tiêu chí 3.3: Hạ tầng kỹ thuật, các hạng mục công trình kiên cố và thiết bị dạy học");
  });

  it("the renamed 3.1 and 3.3 (and the short 3.2) raise no name warning", () => {
    expect(only(issues, ["criterion-name-drift", "criterion-unknown"])).toEqual([]);
    // "Các hạng mục công trình" is the head of the (unverified) long 3.2 name: at most a note.
    expect(brief(only(issues, ["criterion-name-short"]))).toEqual(["B10 info criterion-name-short"]);
  });

  it("the same rows in a 2024-2025 plan: 3.4 exists, the new names are drift", () => {
    const old = sheet("2024-2025", "TIỂU HỌC", [
      [null, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
      row(1, "Tiêu chí 3.1: Địa điểm, quy mô, diện tích", "Năm học 2024-2025"),
      row(2, "Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước", "Năm học 2024-2025"),
    ]);
    const found = checkPlan(old).issues;
    expect(found.some((i) => i.code === "criterion-removed-2024")).toBe(false);
    expect(brief(only(found, ["criterion-name-drift"]))).toEqual(["B9 warning criterion-name-drift"]);
  });

  it("a preschool plan of 2025-2026 citing 3.5: content now under 3.3", () => {
    const mn = sheet("2025-2026", "MẦM NON", [
      [null, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
      row(1, "Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi"),
    ]);
    expect(mn.regulation).toBe("TT19/2018");
    const removed = checkPlan(mn).issues.filter((i) => i.code === "criterion-removed-2024");
    expect(issueMessage(removed[0], "vi")).toContain("Nội dung này nay thuộc tiêu chí 3.3 (Thiết bị, đồ dùng, đồ chơi thuộc thiết bị dạy học");
  });
});

describe("names as real plans write them (aliases.json, with the seed that showed them)", () => {
  it("TT19 standard 5 without the final 'trẻ' and 5.3 '… chăm sóc trẻ' (seed 000): no finding", () => {
    const plan = makePlan({
      regulation: "TT19/2018",
      level: "mam-non",
      schoolYear: "2022-2023",
      standards: [{ row: 17, number: 5, name: "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục" }],
      rows: [fullRow(18, "Tiêu chí 5.3:  Kết quả nuôi dưỡng và chăm sóc trẻ", { timeline: "Năm học 2022-2023", standard: 5 })],
    });
    expect(only(validatePlan(plan), nameCodes)).toEqual([]);
  });

  it("TT17 standard 2 without 'và học sinh' (seeds 002, 004): no finding", () => {
    const plan = makePlan({ standards: [{ row: 11, number: 2, name: "Cán bộ quản lý, giáo viên, nhân viên" }], rows: [] });
    expect(validatePlan(plan)).toEqual([]);
  });

  it("1.2 without its parenthesis (reported as its name after TT22): no finding", () => {
    expect(validatePlan(makePlan({ rows: [fullRow(12, "Tiêu chí 1.2: Hội đồng trường và các hội đồng khác")] }))).toEqual([]);
  });

  it.each([
    ["a truncated criterion name", "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng", "criterion-name-short"],
    ["a name cut with an ellipsis", "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng…", "criterion-name-short"],
  ])("%s is a note, never a warning", (_what, criterion, code) => {
    const issues = validatePlan(makePlan({ rows: [fullRow(12, criterion)] }));
    expect(brief(issues)).toEqual([`B12 info ${code}`]);
    expect(issueMessage(issues[0], "vi")).toMatch(/được ghi tắt; tên đầy đủ theo Thông tư 17\/2018/);
  });

  it("an abbreviated standard heading ('CSVC và TBDH') is a note", () => {
    const plan = makePlan({ standards: [{ row: 11, number: 3, name: "CSVC và TBDH" }], rows: [] });
    expect(brief(validatePlan(plan))).toEqual(["B11 info standard-name-short"]);
  });

  it("a different name is still drift", () => {
    const plan = makePlan({ rows: [fullRow(12, "Tiêu chí 1.4: Tổ chức Đảng và đoàn thể")] });
    expect(brief(validatePlan(plan))).toEqual(["B12 warning criterion-name-drift"]);
  });
});

describe("the MỨC 4 part against the Mức 4 requirements", () => {
  const y2024 = { band: "4" as const, timeline: "Năm học 2024-2025" };

  it("a requirement numbered past the count (TT17 as issued: 5) is a warning; 1–5 are fine", () => {
    const plan = makePlan({
      schoolYear: "2024-2025",
      rows: [fullRow(30, "Yêu cầu 2: Trong 05 năm liên tiếp hoàn thành các mục tiêu", y2024), fullRow(31, "Tiêu chí 6", y2024)],
    });
    const issues = validatePlan(plan);
    expect(brief(issues)).toEqual(["B31 warning level4-unknown"]);
    expect(issueMessage(issues[0], "vi")).toBe(
      'Phần "MỨC 4" ghi "Tiêu chí 6", nhưng Mức 4 của Thông tư 17/2018 chỉ có 5 yêu cầu (Điều 22, khoản 1–5). Hãy kiểm tra lại số thứ tự yêu cầu.',
    );
  });

  it("TT17 in 2025-2026: TT22 reportedly adds khoản 6–7 (unverified), so the count is unknown and nothing is judged", () => {
    const plan = makePlan({ rows: [fullRow(30, "Tiêu chí 6", { band: "4" }), fullRow(31, "Tiêu chí 1.1", { band: "4" })] });
    expect(validatePlan(plan)).toEqual([]);
  });

  it("where the catalogue does not know the count (TT18), the MỨC 4 part is not judged", () => {
    const plan = makePlan({
      regulation: "TT18/2018",
      level: "thcs",
      rows: [fullRow(30, "Tiêu chí 9", { band: "4" }), fullRow(31, "Tiêu chí 1.1", { band: "4" })],
    });
    expect(validatePlan(plan)).toEqual([]);
  });
});
