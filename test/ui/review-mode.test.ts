/**
 * The review mode (issue 13) without a DOM: which cells a review changes, old
 * → new, and the controller writing exactly the confirmed ones, then reading
 * the plan again.
 */
import { gridFromRows } from "../../src/core/grid";
import { readPlan } from "../../src/core/read";
import type { Plan } from "../../src/core/plan";
import { PaneController } from "../../src/ui/controller";
import {
  initialDraft,
  isPeriod,
  knownStatus,
  periodRow,
  reviewChanges,
  reviewEdits,
  reviewProblems,
  reviewRows,
  shorten,
} from "../../src/ui/review-mode";
import { SEPARATE_SHEETS, SINGLE_SHEET, type SheetSpec } from "../support/form2026";
import { FakeHost } from "./fake-host";

const grids = (specs: SheetSpec[]) => specs.map((s) => gridFromRows(s.name, s.rows));

function planOf(specs: SheetSpec[], sheet?: string): Plan {
  const r = readPlan({ sheets: grids(specs) }, sheet ? { sheet } : {});
  if (!r.ok) throw new Error(r.error.code);
  return r.plan;
}

describe("review-mode logic", () => {
  test("statuses read as one of the three, or not", () => {
    expect(["Hoàn thành", "Đã hoàn thành.", "dang thuc hien", "CHƯA HOÀN THÀNH", "Mức 2", "xong rồi", ""].map(knownStatus)).toEqual([
      "Hoàn thành",
      "Hoàn thành",
      "Đang thực hiện",
      "Chưa hoàn thành",
      null,
      null,
      null,
    ]);
    expect(isPeriod("Cuối học kỳ I", "hk1")).toBe(true);
    expect(isPeriod("Cuối HK 1", "hk1")).toBe(true);
    expect(isPeriod("Cuối học kỳ II", "hk1")).toBe(false);
    expect(isPeriod("Cuối năm học", "cuoi-nam")).toBe(true);
    expect(isPeriod("Cuối học kỳ I", "cuoi-nam")).toBe(false);
    expect(shorten("Tiêu chí 3.2: Sinh hoạt chuyên môn theo nghiên cứu bài học mỗi tháng ở tất cả các tổ", 40)).toBe("Tiêu chí 3.2: Sinh hoạt chuyên môn theo…");
  });

  test("one line per row of table V, with its status cell; nothing changes until the user picks", () => {
    const plan = planOf([SINGLE_SHEET]);
    const rows = reviewRows(plan);
    expect(rows.map((r) => [r.row, r.status, r.known, r.cell])).toEqual([
      [17, "Đã hoàn thành.", "Hoàn thành", "'KH CTCL 2026-2027'!J17"],
      [18, "dang thuc hien", "Đang thực hiện", "'KH CTCL 2026-2027'!J18"],
    ]);
    expect(rows[0].label).toBe("1. Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên");
    const draft = initialDraft(plan, "hk1");
    expect(draft.fields).toEqual({ subject: "Tiến độ thực hiện kế hoạch", result: "Đạt 50% chỉ số", adjustment: "Không", reviewer: "Tổ giám sát" });
    expect(reviewChanges(plan, draft)).toEqual([]);
    expect(reviewProblems(plan, "hk1")).toEqual([]);
  });

  test("each change shows old → new; a status equal to the one written is no change; clearing is a change", () => {
    const plan = planOf([SINGLE_SHEET]);
    const draft = initialDraft(plan, "cuoi-nam");
    draft.statuses = { 0: "Hoàn thành", 1: "" };
    draft.fields = { ...draft.fields, subject: "Các hoạt động của mục V", result: "Hoàn thành 1/2 nội dung", reviewer: "Hội đồng tự đánh giá" };
    const changes = reviewChanges(plan, draft);
    expect(changes).toEqual([
      // "Đã hoàn thành." becomes the form's wording.
      { what: "status", row: 17, cell: "'KH CTCL 2026-2027'!J17", old: "Đã hoàn thành.", value: "Hoàn thành" },
      { what: "status", row: 18, cell: "'KH CTCL 2026-2027'!J18", old: "dang thuc hien", value: "" },
      { what: "subject", row: 23, cell: "'KH CTCL 2026-2027'!B23", old: "", value: "Các hoạt động của mục V" },
      { what: "result", row: 23, cell: "'KH CTCL 2026-2027'!C23", old: "", value: "Hoàn thành 1/2 nội dung" },
      { what: "reviewer", row: 23, cell: "'KH CTCL 2026-2027'!E23", old: "", value: "Hội đồng tự đánh giá" },
    ]);
    expect(reviewEdits(changes)[0]).toEqual({ cell: "'KH CTCL 2026-2027'!J17", old: "Đã hoàn thành.", value: "Hoàn thành" });
  });

  test("tables on separate sheets: the VI row's cells are on its sheet", () => {
    const plan = planOf(SEPARATE_SHEETS, "V. Kế hoạch");
    expect(periodRow(plan, "cuoi-nam")?.row).toBe(4);
    const draft = initialDraft(plan, "cuoi-nam");
    draft.statuses = { 1: "Đang thực hiện" };
    draft.fields.adjustment = "Chuyển sang năm học sau";
    expect(reviewChanges(plan, draft).map((c) => `${c.cell} ${c.old} → ${c.value}`)).toEqual([
      "'V. Kế hoạch'!B11  → Đang thực hiện",
      "'VI. Theo dõi'!E4  → Chuyển sang năm học sau",
    ]);
  });

  test("no row for the period in table VI, no table VI, no status column: said, and nothing of them is written", () => {
    const noYear: SheetSpec = { ...SINGLE_SHEET, rows: SINGLE_SHEET.rows.map((r, i) => (i === 22 ? [] : r)) };
    const plan = planOf([noYear]);
    expect(reviewProblems(plan, "cuoi-nam")).toEqual(["no-period-row"]);
    expect(reviewProblems(plan, "hk1")).toEqual([]);
    const draft = initialDraft(plan, "cuoi-nam");
    draft.fields = { result: "Hoàn thành" };
    expect(reviewChanges(plan, draft)).toEqual([]);
    expect(reviewProblems({ ...plan, reviews: [] }, "hk1")).toEqual(["no-review-table"]);
    const noStatus: Plan = { ...plan, rows: plan.rows.map((r) => ({ ...r, cells: { ...r.cells, status: undefined } })) };
    expect(reviewProblems(noStatus, "hk1")).toEqual(["no-status-column"]);
    expect(reviewChanges(noStatus, { ...initialDraft(noStatus), statuses: { 0: "Hoàn thành" } })).toEqual([]);
  });
});

describe("the controller writes the confirmed review", () => {
  async function started(specs: SheetSpec[]) {
    const host = new FakeHost({ sheets: grids(specs), active: specs.find((s) => s.rows.length > 8)!.name });
    const ctl = new PaneController(host);
    await ctl.start();
    return { host, ctl };
  }

  test("exactly the changes, then the plan is read again (tables on other sheets included)", async () => {
    const { host, ctl } = await started(SEPARATE_SHEETS);
    const plan = ctl.plan!;
    expect(plan.form).toBe("2026");
    expect(plan.reviews).toHaveLength(2); // table VI on its own sheet was read with the plan's sheet
    const draft = initialDraft(plan, "hk1");
    draft.statuses = { 0: "Hoàn thành", 1: "Đang thực hiện" };
    draft.fields.result = "Đạt 80% chỉ số";
    const changes = reviewChanges(plan, draft);
    expect(await ctl.writeReview(changes)).toBe(true);
    expect(host.callsOf("writeCells")).toEqual([
      [
        [
          { cell: "'V. Kế hoạch'!B10", old: "Chưa hoàn thành", value: "Hoàn thành" },
          { cell: "'V. Kế hoạch'!B11", old: "", value: "Đang thực hiện" },
          { cell: "'VI. Theo dõi'!C3", old: "Đạt tiến độ", value: "Đạt 80% chỉ số" },
        ],
      ],
    ]);
    expect(ctl.plan!.rows.map((r) => r.status)).toEqual(["Hoàn thành", "Đang thực hiện"]);
    expect(ctl.plan!.reviews![0].result).toBe("Đạt 80% chỉ số");
    expect(ctl.state.ui.notices.find((n) => n.area === "review")?.text).toBe("Đã ghi 3 ô vào sổ tính; kế hoạch đã được đọc lại.");
    // Nothing more to write: the draft made from the new read changes nothing.
    expect(reviewChanges(ctl.plan!, initialDraft(ctl.plan!, "hk1"))).toEqual([]);
  });

  test("a refusal of the host is shown, and nothing is said to be written", async () => {
    const { host, ctl } = await started([SINGLE_SHEET]);
    host.writeCells = async () => ({ ok: false, error: "Ô 'KH CTCL 2026-2027'!J17 đã thay đổi từ lần đọc trước." });
    const draft = { ...initialDraft(ctl.plan!), statuses: { 0: "Chưa hoàn thành" as const } };
    expect(await ctl.writeReview(reviewChanges(ctl.plan!, draft))).toBe(false);
    expect(ctl.state.ui.notices.find((n) => n.area === "review")).toMatchObject({ intent: "error", text: "Ô 'KH CTCL 2026-2027'!J17 đã thay đổi từ lần đọc trước." });
    expect(ctl.plan!.rows[0].status).toBe("Đã hoàn thành.");
  });

  test("the criterion picker on a 2026 plan passes the tables' rows to the host", async () => {
    const { host, ctl } = await started(SEPARATE_SHEETS);
    await ctl.insertCriterion("1.2", "Xây dựng và phát triển nhà trường");
    const [call] = host.callsOf("insertCriterion");
    expect(call[0]).toBe("1.2");
    const targets = call[2] as { rows: { table: string; sheet: string; row: number; cells: Record<string, string> }[] };
    expect(targets.rows.map((r) => `${r.table} ${r.sheet}!${Object.values(r.cells).join(",")}`)).toEqual([
      "IV IV. Vấn đề trọng tâm!E3",
      "IV IV. Vấn đề trọng tâm!E4",
      "V V. Kế hoạch!D10",
      "V V. Kế hoạch!D11",
    ]);
  });
});
