/** Progress of a 2026-form plan (issue 13): statuses of table V counted over the plan rows. */
import * as path from "path";
import { FIXTURES, SAMPLE, readPlanFile } from "../helpers";
import { planProgress, statusKind, rowStatus } from "../../src/core/progress";
import { isStatus } from "../../src/core/validate/form2026";
import { checkPlan } from "../../src/core/check";
import { STATUS_ROWS, statusPlan, statusSheetRows, withoutStatusColumn } from "./workbook";

describe("statusKind", () => {
  it.each([
    ["Hoàn thành", "done"],
    ["hoàn thành", "done"],
    ["HOÀN THÀNH.", "done"],
    ["Đã hoàn thành", "done"],
    ["Hoàn thành".normalize("NFD"), "done"],
    ["Đang thực hiện", "inProgress"],
    ["đang triển khai", "inProgress"],
    ["Đang TH", "inProgress"],
    ["Chưa hoàn thành", "notDone"],
    ["Chưa thực hiện", "notDone"],
    ["Chưa HT;", "notDone"],
    ["  Chưa hoàn thành  ", "notDone"],
  ])("%j is %s", (text, kind) => {
    expect(statusKind(text)).toBe(kind);
  });

  it.each(["", "   ", "Hoàn thành 100%", "Cơ bản hoàn thành", "Mức 2", "x", "Hoàn thành một phần", "Không"])("%j is no status", (text) => {
    expect(statusKind(text)).toBeNull();
    expect(rowStatus({ status: text })).toBe("unset");
  });

  it("agrees with the 2026 rule: a text counts exactly when the rule accepts it", () => {
    const texts = ["Hoàn thành", "Đã hoàn thành", "Đang thực hiện", "Đang tiến hành", "Chưa HT", "Hoàn thành 100%", "Đã xong", "Đang làm", "Chưa", "Mức 1"];
    for (const t of texts) expect([t, statusKind(t) !== null]).toEqual([t, isStatus(t)]);
  });
});

describe("planProgress", () => {
  it("counts every kind of status of a workbook, by standard, with unknown texts as unset", async () => {
    const plan = await statusPlan();
    expect(plan.rows.map((r) => [r.row, rowStatus(r)])).toEqual(STATUS_ROWS.map(([row, , kind]) => [row, kind]));
    expect(planProgress(plan)).toEqual({
      done: 2,
      inProgress: 2,
      notDone: 2,
      unset: 4,
      total: 10,
      byStandard: {
        "1": { done: 2, inProgress: 0, notDone: 0, unset: 0, total: 2 },
        "2": { done: 0, inProgress: 1, notDone: 0, unset: 1, total: 2 },
        "3": { done: 0, inProgress: 1, notDone: 1, unset: 0, total: 2 },
        // 4.1 with its sub-row (each row counts: the sub-row's status is empty), 4.2 "Hoàn thành 100%".
        "4": { done: 0, inProgress: 0, notDone: 1, unset: 2, total: 3 },
      },
    });
    expect(Object.keys(planProgress(plan)!.byStandard)).toEqual(["1", "2", "3", "4"]);
  });

  it("the texts counted as unset are the ones the check flags", async () => {
    const plan = await statusPlan();
    const flagged = checkPlan(plan)
      .issues.filter((i) => i.code === "status-unknown" || i.code === "status-level")
      .map((i) => i.cell);
    const unsetWithText = plan.rows.filter((r) => rowStatus(r) === "unset" && r.status?.trim()).map((r) => r.cells.status);
    expect(flagged).toEqual(unsetWithText);
    expect(flagged).toEqual(["J17", "J18"]);
  });

  it("the 2026 fixture: one row done, one in progress", async () => {
    const plan = await readPlanFile(path.join(FIXTURES, "form-2026.xlsx"));
    const p = planProgress(plan)!;
    expect(p).toMatchObject({ done: 1, inProgress: 1, notDone: 0, unset: 0, total: 2 });
    expect(p.byStandard).toEqual({
      "1": { done: 1, inProgress: 0, notDone: 0, unset: 0, total: 1 },
      "4": { done: 0, inProgress: 1, notDone: 0, unset: 0, total: 1 },
    });
  });

  it("a 2018-form plan has no status column: no progress rather than all rows unset", async () => {
    const plan = await readPlanFile(SAMPLE);
    expect(plan.form).toBe("2018");
    expect(plan.rows.length).toBeGreaterThan(0);
    expect(planProgress(plan)).toBeNull();
  });

  it("a status cell merged over a criterion's sub-rows counts once (as the review mode lists it)", async () => {
    const plan = await statusPlan(undefined, ["J15:J16"]);
    expect(plan.rows.filter((r) => r.criterion === "4.1").map((r) => [r.row, r.status, r.cells.status])).toEqual([
      [15, "Chưa HT", "J15"],
      [16, "Chưa HT", "J15"],
    ]);
    const p = planProgress(plan)!;
    expect(p).toMatchObject({ done: 2, inProgress: 2, notDone: 2, unset: 3, total: 9 });
    expect(p.byStandard["4"]).toEqual({ done: 0, inProgress: 0, notDone: 1, unset: 1, total: 2 });
  });

  it("a 2026 table V without its status column: no progress either (nothing to count, nothing guessed)", async () => {
    const plan = await statusPlan(withoutStatusColumn(statusSheetRows()));
    expect(plan.form).toBe("2026");
    expect(plan.header.columns.status).toBeUndefined();
    expect(plan.rows).toHaveLength(10);
    expect(planProgress(plan)).toBeNull();
  });

  it("a status changed in the plan changes the counts (nothing is fixed in advance)", async () => {
    const plan = await statusPlan();
    const rows = plan.rows.map((r) => ({ ...r, status: "Hoàn thành" }));
    expect(planProgress({ ...plan, rows })).toMatchObject({ done: 10, inProgress: 0, notDone: 0, unset: 0, total: 10 });
  });
});

describe("the signer below table VI", () => {
  it("a reviewer of table VI ('Hội đồng tự đánh giá') is not read as the signer's title", async () => {
    const plan = await statusPlan();
    expect(plan.reviews?.map((r) => r.reviewer)).toEqual(["Tổ giám sát", "Hội đồng tự đánh giá"]);
    expect(plan.info.signerTitle).toBe("HIỆU TRƯỞNG");
    expect(plan.info.signerName).toBe("Trần Thị Mai");
  });
});
