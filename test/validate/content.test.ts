import { validatePlan } from "../../src/core/validate";
import { issueMessage } from "../../src/core/messages";
import { brief, fullRow, makePlan } from "./plan-builder";

describe("row content", () => {
  test("nothing but a criterion: error at the criterion cell", () => {
    const plan = makePlan({ regulation: "TT19/2018", rows: [{ row: 12, criterion: "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản" }] });
    const issues = validatePlan(plan);
    expect(brief(issues)).toEqual(["B12 error row-empty"]);
    expect(issueMessage(issues[0], "vi")).toMatch(/^Tiêu chí 1\.6 chưa có nội dung cải tiến/);
  });

  test.each([
    ["actions", "D12 error actions-missing", "Tiêu chí 1.1 chưa có công việc/giải pháp cần thực hiện."],
    ["result", "C12 warning result-missing", "Tiêu chí 1.1 chưa ghi kết quả cần đạt."],
    ["owner", "E12 warning owner-missing", "Tiêu chí 1.1 chưa ghi người chủ trì và phối hợp thực hiện."],
    ["timeline", "F12 warning timeline-missing", "Tiêu chí 1.1 chưa ghi thời gian thực hiện và hoàn thành."],
  ] as const)("no %s", (field, expected, message) => {
    const plan = makePlan({ rows: [fullRow(12, "Tiêu chí 1.1", { [field]: "" })] });
    const issues = validatePlan(plan);
    expect(brief(issues)).toEqual([expected]);
    expect(issueMessage(issues[0], "vi")).toBe(message);
  });

  test("empty budget and support are fine", () => {
    expect(validatePlan(makePlan({ rows: [fullRow(12, "Tiêu chí 1.4", { budget: "", support: "" })] }))).toEqual([]);
  });

  test("sub-rows are checked the same way and report at their own cells", () => {
    const plan = makePlan({
      rows: [
        fullRow(29, "Tiêu chí 3.2", { result: "Có đủ các phòng hành chính quản trị" }),
        fullRow(30, "", { result: "Tăng cường thêm thiết bị vận động", actions: "" }),
        fullRow(31, "", { result: "Bổ sung trang thiết bị các phòng học.", owner: "" }),
      ],
    });
    expect(plan.rows.map((r) => r.subRow)).toEqual([0, 1, 2]);
    const issues = validatePlan(plan);
    expect(brief(issues)).toEqual(["D30 error actions-missing", "E31 warning owner-missing"]);
    expect(issueMessage(issues[0], "vi")).toBe("Tiêu chí 3.2 (dòng 30) chưa có công việc/giải pháp cần thực hiện.");
  });

  test("2026 form names the fields of its own table", () => {
    const plan = makePlan({
      regulation: "TT57/2026-PT",
      form: "2026",
      schoolYear: "2026-2027",
      rows: [fullRow(12, "Tiêu chí 1.3", { timeline: "Năm học 2026-2027", actions: "", owner: "" })],
    });
    expect(validatePlan(plan).map((i) => issueMessage(i, "vi"))).toEqual([
      "Tiêu chí 1.3 chưa có hoạt động/giải pháp.",
      "Tiêu chí 1.3 chưa ghi đơn vị/cá nhân phụ trách.",
    ]);
  });

  test.each([
    "Hiệu trưởng",
    "Hiêu trưởng",
    "BGH, Giáo viên, Công nhân viên",
    "Phó HT, Tổ trưởng CM",
    "- CB-GV-NV\n- Phối hợp cùng ban nghành đoàn thể xã, hội cha mẹ học sinh...",
    "Ban chi ủy, BGH, Bí thư đoàn, Tổng phụ trách Đội, Giáo viên, CNV",
    "Ban giám hiệu + giáo viên giảng dạy Tiếng Anh; GV tin học",
    "Hiệu trửởng; Lãnh đạo cấp trên duyệt",
    "Phòng GD&ĐT huyện\nBGH",
    "- BGH\n- Y sĩ\n- Giáo viên\n- Cha mẹ trẻ",
  ])("owner %j: recognised, no issue", (owner) => {
    expect(validatePlan(makePlan({ rows: [fullRow(12, "Tiêu chí 1.1", { owner })] }))).toEqual([]);
  });

  test("owner naming no known role: info", () => {
    const plan = makePlan({ rows: [fullRow(12, "Tiêu chí 1.1", { owner: "Anh Ba" })] });
    expect(brief(validatePlan(plan))).toEqual(["E12 info owner-unrecognized"]);
  });
});
