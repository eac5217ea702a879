import { validatePlan } from "../../src/core/validate";
import { issueMessage } from "../../src/core/messages";
import { schoolYearWindow } from "../../src/core/validate/timeline";
import { brief, fullRow, makePlan } from "./plan-builder";

function timelineIssues(timeline: string, schoolYear: string | null = "2025-2026") {
  return validatePlan(makePlan({ schoolYear, rows: [fullRow(12, "Tiêu chí 1.1", { timeline })] }));
}

describe("timeline", () => {
  test.each([
    ["Từ tháng 8 năm 205 đến tháng 5 năm 2026.", "timeline-bad-year"],
    ["Từ tháng 8 năm 2025 đến tháng 5 năm 2025.", "timeline-ends-before-start"],
    ["Năm học 2025-2027", "timeline-not-a-school-year"],
    ["Tháng 13/2025", "timeline-bad-month"],
  ])("%j: error %s", (timeline, code) => {
    const issues = timelineIssues(timeline);
    expect(brief(issues)).toEqual([`F12 error ${code}`]);
    expect(issueMessage(issues[0], "vi")).toContain(`"${timeline}"`);
  });

  test("ends before it starts: both months in the message", () => {
    const [i] = timelineIssues("Từ tháng 8 năm 2025 đến tháng 5 năm 2025.");
    expect(issueMessage(i, "vi")).toBe(
      'Thời gian "Từ tháng 8 năm 2025 đến tháng 5 năm 2025." kết thúc (tháng 5/2025) trước khi bắt đầu (tháng 8/2025). Hãy kiểm tra lại tháng, năm.',
    );
  });

  test.each([
    ["Năm học 2024-2025", "2022-2023"],
    ["Tháng 6/2022", "2022-2023"],
    ["Năm 2022", "2023-2024"],
    ["Từ tháng 9/2026 đến tháng 5/2027", "2025-2026"],
    ["Trước 30/6/2025", "2025-2026"],
  ])("%j in a %s plan: warning outside the school year", (timeline, year) => {
    const issues = timelineIssues(timeline, year);
    expect(brief(issues)).toEqual(["F12 warning timeline-outside-year"]);
    expect(issueMessage(issues[0], "vi")).toBe(`Thời gian "${timeline}" nằm ngoài năm học ${year} của kế hoạch.`);
  });

  test.each([
    ["Năm học 2022-2023", "2022-2023"],
    ["Trong năm học 2022-2023", "2022-2023"],
    ["Tháng 6/2023", "2022-2023"],
    ["Tháng 3/2023", "2022-2023"],
    ["Năm học 2022-2023 và các năm tiếp theo", "2022-2023"],
    ["Từ tháng 8 năm 2025 đến tháng 5 năm 2026.", "2025-2026"],
    ["Từ tháng 9 năm 2025 đến tháng 5 năm 2026.", "2025-2026"],
    ["Hoàn thành tháng 9/2025", "2025-2026"],
    ["Dự kiến hoàn thành kế hoạch trong tháng 10/2025", "2025-2026"],
    ["Dự kiến hoàn thành kế hoạch tháng 11/2025 và các năm học tiếp theo", "2025-2026"],
    ["Dự kiến hoàn thành kế hoạch trong năm học 2025-2026 và các năm học tiếp theo", "2025-2026"],
    ["Năm học 2024-2025", null],
  ])("%j in a %s plan: no issue", (timeline, year) => {
    expect(timelineIssues(timeline, year)).toEqual([]);
  });

  test.each([
    ["Năm 2024", "2023-2024"],
    ["Từ tháng 8 năm 2025 đến tháng 9 năm 2026.", "2025-2026"],
    ["Năm 2026", "2025-2026"],
    ["Năm 2025", "2025-2026"],
    ["Năm học 2021-2022 và các năm tiếp theo", "2022-2023"],
    ["Giai đoạn 2025-2030", "2025-2026"],
    ["Trước 30/12/2026", "2025-2026"],
  ])("%j in a %s plan overlaps the year but runs past it: a note, never 'nằm ngoài'", (timeline, year) => {
    const issues = timelineIssues(timeline, year);
    expect(brief(issues)).toEqual(["F12 info timeline-beyond-year"]);
    const vi = issueMessage(issues[0], "vi");
    expect(vi).toContain("kéo dài quá năm học");
    expect(vi).not.toContain("nằm ngoài");
    expect(issueMessage(issues[0], "en")).toContain("runs past the school year");
  });

  test.each([
    ["Năm học 2022-2023 và các năm tiếp theo", "2022-2023"],
    ["Tháng 6/2026", "2025-2026"],
    ["Tháng 8/2026", "2025-2026"],
    ["Từ tháng 7/2025 đến tháng 8/2026", "2025-2026"],
    ["Tháng 7/2026", "2025-2026"],
  ])("%j in a %s plan: June to August of the second year is still the school year (summer)", (timeline, year) => {
    expect(timelineIssues(timeline, year)).toEqual([]);
  });

  test("a text with no date: info", () => {
    expect(brief(timelineIssues("Khi có kinh phí"))).toEqual(["F12 info timeline-unrecognized"]);
  });

  test("window: July of the first year to August of the second", () => {
    expect(schoolYearWindow("2022-2023")).toEqual({ from: 2022 * 12 + 6, to: 2023 * 12 + 7 });
    expect(schoolYearWindow("2022")).toBeNull();
  });
});
