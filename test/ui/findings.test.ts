/** The findings list's logic: kinds, filters, identical findings grouped. */
import { filterFindings, groupFindings, kindCounts, kindOf } from "../../src/ui/findings";
import { msg } from "../../src/core/messages";
import type { Issue } from "../../src/core/plan";

const issue = (severity: Issue["severity"], code: string, cell: string, text = msg("vRowDuplicate", "1.1", 12)): Issue => ({ severity, code, cell, text });

describe("findings", () => {
  const issues: Issue[] = [
    ...Array.from({ length: 4840 }, (_, n) => issue("warning", "row-duplicate", `B${13 + n}`)),
    issue("error", "timeline-bad-month", "F9", msg("vTimelineBadMonth", "Tháng 13/2024", "tháng 13")),
    issue("info", "budget-source", "G9", msg("vBudgetSource", "Ngân sách nhà nước")),
  ];

  it("4,840 identical findings are one group with every cell, in sheet order", () => {
    const groups = groupFindings(issues, "vi");
    expect(groups).toHaveLength(3);
    expect(groups[0].cells).toHaveLength(4840);
    expect(groups[0].cells.slice(0, 2)).toEqual(["B13", "B14"]);
    expect(groups[0].message).toMatch(/1\.1/);
  });

  it("filters by severity and by kind", () => {
    expect(filterFindings(issues, { severities: ["error", "info"], kind: null }).map((i) => i.code)).toEqual(["timeline-bad-month", "budget-source"]);
    expect(filterFindings(issues, { severities: [], kind: "budget" }).map((i) => i.cell)).toEqual(["G9"]);
    expect(kindCounts(issues)).toMatchObject({ content: 4840, timeline: 1, budget: 1, criterion: 0 });
  });

  it("kinds from codes, new codes included", () => {
    expect(kindOf("criterion-unknown")).toBe("criterion");
    expect(kindOf("standard-unknown")).toBe("criterion");
    expect(kindOf("timeline-beyond-year")).toBe("timeline");
    expect(kindOf("total-mismatch")).toBe("budget");
    expect(kindOf("owner-missing")).toBe("owner");
    expect(kindOf("indicator-missing")).toBe("content");
    expect(kindOf("something-new")).toBe("other");
  });
});
