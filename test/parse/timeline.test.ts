import { parseTimeline } from "../../src/core/parse/timeline";

type Row = [text: string, plan: string | null, start: string | null, end: string | null, ongoing: boolean];

// School years run "Y-09" .. "(Y+1)-05" (see timeline.ts).
const FORMS: Row[] = [
  // seeds and example workbooks
  ["Trong năm học 2022-2023", "2022-2023", "2022-09", "2023-05", false],
  ["Trong \nnăm học \n2022-2023", "2022-2023", "2022-09", "2023-05", false],
  ["Trong năm \nhọc 2022-\n2023", "2022-2023", "2022-09", "2023-05", false],
  ["Năm học 2024-2025", "2022-2023", "2024-09", "2025-05", false],
  ["Năm học\n2022-2023", "2022-2023", "2022-09", "2023-05", false],
  ["Năm học 2022-2023 và các năm tiếp theo", "2022-2023", "2022-09", "2023-05", true],
  ["Tháng 6/2023", "2022-2023", "2023-06", "2023-06", false],
  ["Tháng \n3/2023", "2022-2023", "2023-03", "2023-03", false],
  ["Dự kiến hoàn thành kế hoạch trong năm học 2025-2026 và các năm học tiếp theo", "2025-2026", "2025-09", "2026-05", true],
  ["Dự kiến hoàn thành kế hoạch tháng 11/2025 và các năm học tiếp theo", "2025-2026", "2025-11", "2025-11", true],
  ["Từ tháng 8 năm 2025 đến tháng 5 năm 2026.", "2025-2026", "2025-08", "2026-05", false],
  ["Từ tháng 8 \nnăm 2025 \nđến tháng 5 \nnăm 2026.", "2025-2026", "2025-08", "2026-05", false],
  ["Từ tháng 9 năm 2025 đến tháng 5 năm 2026.", "2025-2026", "2025-09", "2026-05", false],
  ["Từ tháng 8 năm 2025 đến tháng 9 năm 2026.", "2025-2026", "2025-08", "2026-09", false],
  ["Dự kiến hoàn thành kế hoạch trong tháng 10/2025", "2025-2026", "2025-10", "2025-10", false],
  [" Dự kiến thời gian hoàn thành trong năm học và các năm học tiếp theo.", "2025-2026", "2025-09", "2026-05", true],
  ["Hoàn thành tháng 9/2025", "2025-2026", "2025-09", "2025-09", false],
  // other forms
  ["Năm học 2022 – 2023", null, "2022-09", "2023-05", false],
  ["Năm học 2022—2023", null, "2022-09", "2023-05", false],
  ["NĂM HỌC 2022-2023", null, "2022-09", "2023-05", false],
  ["2026-2027", null, "2026-09", "2027-05", false],
  ["Năm học 2026-27", null, "2026-09", "2027-05", false],
  ["tháng 06 năm 2023", null, "2023-06", "2023-06", false],
  ["Tháng 6-2023", null, "2023-06", "2023-06", false],
  ["Quý 2/2027", null, "2027-04", "2027-06", false],
  ["Quý III/2026", null, "2026-07", "2026-09", false],
  ["Quý IV năm 2026", null, "2026-10", "2026-12", false],
  ["Học kỳ I năm học 2026-2027", null, "2026-09", "2027-01", false],
  ["Học kỳ II năm học 2026-2027", null, "2027-01", "2027-05", false],
  ["Học kì 2, năm học 2026-2027", null, "2027-01", "2027-05", false],
  ["HK2", "2026-2027", "2027-01", "2027-05", false],
  ["HKI", "2026-2027", "2026-09", "2027-01", false],
  ["Năm 2027", null, "2027-01", "2027-12", false],
  ["Giai đoạn 2026-2030", null, "2026-09", "2030-05", false],
  ["Từ 9/2026 đến 4/2027", null, "2026-09", "2027-04", false],
  ["Từ tháng 8 năm 2025 đến tháng 5 năm 2026.", null, "2025-08", "2026-05", false],
  ["Từ 15/8/2026 đến 30/4/2027", null, "2026-08", "2027-04", false],
  ["Từ ngày 15 tháng 8 năm 2026 đến ngày 30 tháng 4 năm 2027", null, "2026-08", "2027-04", false],
  ["Tháng 10/2026 - tháng 1/2027", null, "2026-10", "2027-01", false],
  ["Từ tháng 9 đến tháng 12/2026", null, "2026-09", "2026-12", false],
  ["Từ tháng 10 đến tháng 5/2027", null, "2026-10", "2027-05", false],
  ["Tháng 9/2026 và tháng 3/2027", null, "2026-09", "2027-03", false],
  ["Trước 30/9/2026", null, null, "2026-09", false],
  ["Chậm nhất tháng 12/2026", null, null, "2026-12", false],
  ["2026-09-30", null, "2026-09", "2026-09", false],
  ["Thường xuyên", "2026-2027", "2026-09", "2027-05", true],
  ["Thường xuyên", null, null, null, true],
  ["Cả năm", "2026-2027", "2026-09", "2027-05", true],
  ["Cả năm học", "2026-2027", "2026-09", "2027-05", true],
  ["Hằng tháng", "2026-2027", "2026-09", "2027-05", true],
  ["Hàng tuần", null, null, null, true],
  ["Trong năm học", "2026-2027", "2026-09", "2027-05", false],
  ["Trong năm học", null, null, null, false],
  ["Tháng 9 hằng năm", "2026-2027", "2026-09", "2026-09", true],
  ["Tháng 3", "2026-2027", "2027-03", "2027-03", false],
  ["Đầu năm học", "2026-2027", "2026-09", "2026-10", false],
  ["Cuối năm học", "2026-2027", "2027-04", "2027-05", false],
  ["2027", null, "2027-01", "2027-12", false],
];

describe("parseTimeline: forms", () => {
  test.each(FORMS)("%j (plan %s)", (text, plan, start, end, ongoing) => {
    const t = parseTimeline(text, plan);
    expect({ start: t.start, end: t.end, ongoing: t.ongoing }).toEqual({ start, end, ongoing });
    expect(t.recognized).toBe(true);
    expect(t.problems).toEqual([]);
    expect(t.text).toBe(text.normalize("NFC").trim());
  });
});

type Bad = [text: string, code: string, detail: string, start: string | null, end: string | null];

// Real mistakes of the seeds and typical slips.
const MISTAKES: Bad[] = [
  ["Từ tháng 8 năm 205 đến tháng 5 năm 2026.", "bad-year", "năm 205", null, "2026-05"],
  ["Từ tháng 8 \nnăm 205 đến \ntháng 5 năm \n2026.", "bad-year", "năm 205", null, "2026-05"],
  ["Tháng 6/2203", "bad-year", "năm 2203", null, null],
  ["Năm 20255", "bad-year", "năm 20255", null, null],
  ["Năm 1975", "bad-year", "năm 1975", null, null],
  ["Từ tháng 8 năm 2025 đến tháng 5 năm 2025.", "ends-before-start", "tháng 5/2025 trước tháng 8/2025", "2025-08", "2025-05"],
  ["Từ 9/2026 đến 4/2026", "ends-before-start", "tháng 4/2026 trước tháng 9/2026", "2026-09", "2026-04"],
  ["Năm học 2022-2024", "not-a-school-year", "năm học 2022-2024", "2022-09", "2024-05"],
  ["Năm học 2023-2022", "not-a-school-year", "năm học 2023-2022", null, null],
  ["Năm học 2023-2023", "not-a-school-year", "năm học 2023-2023", null, null],
  ["Học kỳ I năm học 2026-2028", "not-a-school-year", "năm học 2026-2028", null, null],
  ["Tháng 13/2026", "bad-month", "tháng 13", null, null],
  ["tháng 0 năm 2026", "bad-month", "tháng 0", null, null],
  ["32/8/2026", "bad-day", "ngày 32/8/2026", "2026-08", "2026-08"],
  ["31/4/2027", "bad-day", "ngày 31/4/2027", "2027-04", "2027-04"],
  ["29/2/2027", "bad-day", "ngày 29/2/2027", "2027-02", "2027-02"],
];

describe("parseTimeline: mistakes", () => {
  test.each(MISTAKES)("%j -> %s", (text, code, detail, start, end) => {
    const t = parseTimeline(text, "2025-2026");
    expect(t.problems).toEqual([{ code, detail }]);
    expect(t.recognized).toBe(true);
    expect({ start: t.start, end: t.end }).toEqual({ start, end });
  });

  test("a leap day is a day", () => {
    expect(parseTimeline("29/2/2028").problems).toEqual([]);
  });

  test("outside the plan's school year is not a problem here", () => {
    const t = parseTimeline("Năm học 2024-2025", "2022-2023");
    expect(t.problems).toEqual([]);
    expect(t.start).toBe("2024-09");
  });
});

describe("parseTimeline: free text", () => {
  test.each([
    ["Trong các buổi họp chuyên môn"],
    ["Theo kế hoạch của nhà trường"],
    [""],
    ["Khi có kinh phí"],
    ["Theo Thông tư 37/2021/TT-BGDĐT"],
    ["Lớp 1, 2, 3"],
  ])("%j is not recognised", (text) => {
    const t = parseTimeline(text, "2025-2026");
    expect(t).toEqual({ text, start: null, end: null, ongoing: false, recognized: false, problems: [] });
  });

  test("NFC: a decomposed text parses like the composed one", () => {
    const t = parseTimeline("Từ tháng 8 năm 2025 đến tháng 5 năm 2026.".normalize("NFD"));
    expect([t.start, t.end]).toEqual(["2025-08", "2026-05"]);
    expect(t.text).toBe("Từ tháng 8 năm 2025 đến tháng 5 năm 2026.");
  });
});
