/**
 * @jest-environment jsdom
 */
import { createExcelHost } from "../../src/office";
import { changedRows, CHANGE_DEBOUNCE_MS } from "../../src/office/events";
import { ISSUE_FILLS, issueCells } from "../../src/office/highlight";
import { computeTotals } from "../../src/core/totals";
import { CATALOGUE_SHEET_NAME, PLAN_SHEET_NAME } from "../../src/core/plan-table";
import type { Issue } from "../../src/core/plan";
import type { DocumentInfo } from "../../src/core/word";
import { FakeExcel, countSyncs } from "./fake-excel";
import { makePlan } from "./plans";

const ORIGINAL = "Kế hoạch gốc";

/** Lets queued promise callbacks run (no timers involved). */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

async function withPlanSheet(n: number) {
  const fake = new FakeExcel();
  fake.workbook.addSheet(ORIGINAL).set("B9", "Tiêu chí 1.1");
  const host = createExcelHost(fake.env());
  const plan = makePlan(n, ORIGINAL);
  const r = await host.writePlanSheet(plan, computeTotals(plan));
  expect(r.ok).toBe(true);
  fake.log = [];
  return { fake, host, plan, ws: fake.workbook.sheet(PLAN_SHEET_NAME)! };
}

describe.each([30, 5000])("task-pane actions on a %i-row plan sheet", (n) => {
  it("highlightIssues: 2 syncs, marks by severity, clears fixed cells, plan sheet only", async () => {
    const { fake, host, ws } = await withPlanSheet(n);
    const issues: Issue[] = [
      { severity: "warning", code: "w", cell: "F2", text: { key: "uiCell", args: ["m"] } },
      { severity: "error", code: "e", cell: "F2", text: { key: "uiCell", args: ["m"] } },
      { severity: "info", code: "i", cell: `I${n + 1}`, text: { key: "uiCell", args: ["m"] } },
      { severity: "error", code: "e", cell: `'${ORIGINAL}'!B9`, text: { key: "uiCell", args: ["m"] } },
      { severity: "error", code: "e", cell: "A1", text: { key: "uiCell", args: ["header: not marked"] } },
    ];
    const first = await countSyncs(fake, () => host.highlightIssues(issues));
    expect(first.result).toEqual({ ok: true, value: undefined });
    expect(first.syncs).toBe(2);
    expect(ws.cell(1, 5)?.fill).toBe(ISSUE_FILLS.error);
    expect(ws.cell(n, 8)?.fill).toBe(ISSUE_FILLS.info);
    expect(ws.cell(0, 0)?.fill ?? null).toBeNull();
    expect(fake.writesTo(ORIGINAL)).toEqual([]);
    expect(fake.workbook.sheet(ORIGINAL)!.cell(8, 1)?.fill).toBeNull();

    const second = await countSyncs(fake, () => host.highlightIssues([{ severity: "warning", code: "w", cell: "G3", text: { key: "uiCell", args: ["m"] } }]));
    expect(second.syncs).toBe(2);
    expect(ws.cell(1, 5)?.fill).toBeNull();
    expect(ws.cell(n, 8)?.fill).toBeNull();
    expect(ws.cell(2, 6)?.fill).toBe(ISSUE_FILLS.warning);
    const marked = [...ws.cells.values()].filter((c) => c.fill).length;
    expect(marked).toBe(1);
  });

  it("re-check after an edit: reading the plan sheet then marking takes 3 syncs, marks the same cells; a write in between goes back to 2", async () => {
    const { fake, host, ws } = await withPlanSheet(n);
    const issues: Issue[] = [
      { severity: "error", code: "e", cell: "F2", text: { key: "uiCell", args: ["m"] } },
      { severity: "info", code: "i", cell: `I${n + 1}`, text: { key: "uiCell", args: ["m"] } },
    ];
    const read = await countSyncs(fake, () => host.readWorkbook(PLAN_SHEET_NAME));
    expect(read.result.ok).toBe(true);
    const mark = await countSyncs(fake, () => host.highlightIssues(issues));
    expect(mark.result).toEqual({ ok: true, value: undefined });
    expect(read.syncs + mark.syncs).toBe(3);
    expect(ws.cell(1, 5)?.fill).toBe(ISSUE_FILLS.error);
    expect(ws.cell(n, 8)?.fill).toBe(ISSUE_FILLS.info);
    expect([...ws.cells.values()].filter((c) => c.fill).length).toBe(2);

    // The size is used once: the next marking asks again.
    const again = await countSyncs(fake, () => host.highlightIssues([{ severity: "warning", code: "w", cell: "G3", text: { key: "uiCell", args: ["m"] } }]));
    expect(again.syncs).toBe(2);
    expect([...ws.cells.values()].filter((c) => c.fill).length).toBe(1);

    // A write of the add-in's own between the read and the marking: the size is asked again.
    await host.readWorkbook(PLAN_SHEET_NAME);
    expect((await host.writeTotalsRow()).ok).toBe(true);
    const afterWrite = await countSyncs(fake, () => host.highlightIssues(issues));
    expect(afterWrite.syncs).toBe(2);
  });

  it("marking right after a read still says so when the plan sheet is gone", async () => {
    const { fake, host } = await withPlanSheet(n);
    await host.readWorkbook(PLAN_SHEET_NAME);
    fake.workbook.deleteSheet(fake.workbook.sheet(PLAN_SHEET_NAME)!);
    const r = await host.highlightIssues([{ severity: "error", code: "e", cell: "F2", text: { key: "uiCell", args: ["m"] } }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Kế hoạch CTCL/);
  });

  it("selectCell: 1 sync", async () => {
    const { fake, host, ws } = await withPlanSheet(n);
    const { result, syncs } = await countSyncs(fake, () => host.selectCell(PLAN_SHEET_NAME, `E${n}`));
    expect(result.ok).toBe(true);
    expect(syncs).toBe(1);
    expect(fake.workbook.active).toBe(ws);
    expect(fake.workbook.selection?.box).toEqual({ top: n - 1, left: 4, bottom: n - 1, right: 4 });
  });

  it("insertCriterion: 2 syncs, sets the criterion cell of the selected rows as text", async () => {
    const { fake, host, ws } = await withPlanSheet(n);
    fake.workbook.selection = { sheet: ws, box: { top: n - 1, left: 7, bottom: n, right: 8 } };
    const { result, syncs } = await countSyncs(fake, () => host.insertCriterion("3.2", "Thiết bị dạy học"));
    expect(syncs).toBe(2);
    expect(result).toEqual({ ok: true, value: { cell: `E${n}:E${n + 1}` } });
    expect(ws.cell(n - 1, 4)).toMatchObject({ value: "Tiêu chí 3.2: Thiết bị dạy học", formula: null, numberFormat: "@" });
    expect(ws.cell(n, 4)?.value).toBe("Tiêu chí 3.2: Thiết bị dạy học");

    // The totals row and the header are not plan rows.
    fake.workbook.selection = { sheet: ws, box: { top: n + 1, left: 4, bottom: n + 1, right: 4 } };
    const onTotals = await host.insertCriterion("3.2", "Thiết bị dạy học");
    expect(onTotals.ok).toBe(false);
    expect(ws.cell(n + 1, 4)?.value).toBe("Tổng cộng");
  });

  it("writeTotalsRow: 2 syncs, refreshes the formula over the table's rows", async () => {
    const { fake, host, ws } = await withPlanSheet(n);
    ws.cell(n + 1, 10)!.formula = "=SUBTOTAL(109,K2:K3)"; // stale
    ws.ensure(n + 1, 12).value = "ghi chú của kế toán";
    const { result, syncs } = await countSyncs(fake, () => host.writeTotalsRow());
    expect(syncs).toBe(2);
    expect(result).toEqual({ ok: true, value: { cell: `K${n + 2}`, formula: `=SUBTOTAL(109,K2:K${n + 1})` } });
    expect(ws.cell(n + 1, 10)?.formula).toBe(`=SUBTOTAL(109,K2:K${n + 1})`);
    expect(ws.cell(n + 1, 12)?.value).toBe("ghi chú của kế toán"); // the user's own cells kept
  });

  it("hasPlanSheet and listSheets: 1 sync each; the catalogue sheet is not listed", async () => {
    const { fake, host } = await withPlanSheet(n);
    const has = await countSyncs(fake, () => host.hasPlanSheet());
    expect(has).toMatchObject({ result: { ok: true, value: true }, syncs: 1 });
    const list = await countSyncs(fake, () => host.listSheets());
    expect(list.syncs).toBe(1);
    expect(list.result).toEqual({ ok: true, value: { names: [ORIGINAL, PLAN_SHEET_NAME], active: PLAN_SHEET_NAME } });
    expect(fake.workbook.sheet(CATALOGUE_SHEET_NAME)).toBeDefined();
  });
});

describe("answers instead of throwing", () => {
  it("without a plan sheet", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet(ORIGINAL);
    const host = createExcelHost(fake.env());
    expect(await host.hasPlanSheet()).toEqual({ ok: true, value: false });
    for (const r of [await host.writeTotalsRow(), await host.highlightIssues([]), await host.insertCriterion("1.1", "x")]) {
      expect(r).toEqual({ ok: false, error: `Chưa có trang "${PLAN_SHEET_NAME}". Hãy bấm "Chuyển thành bảng kế hoạch" trước.` });
    }
  });

  it("when the selection is not on the plan sheet", async () => {
    const { fake, host } = await withPlanSheet(30);
    fake.workbook.selection = { sheet: fake.workbook.sheet(ORIGINAL)!, box: { top: 8, left: 1, bottom: 8, right: 1 } };
    const r = await host.insertCriterion("1.1", "x");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Hãy chọn một dòng của bảng kế hoạch/);
    expect(fake.writesTo(ORIGINAL)).toEqual([]);
  });

  it("when the plan table was removed", async () => {
    const { fake, host } = await withPlanSheet(30);
    fake.workbook.tables = [];
    const r = await host.writeTotalsRow();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/không còn bảng kế hoạch/);
  });

  it("when Excel itself fails or is absent, in English for an English Office", async () => {
    const host = createExcelHost({
      run: () => Promise.reject(Object.assign(new Error("boom"), { code: "InvalidOperationInCellEditMode" })),
      displayLanguage: () => "en-US",
    });
    expect(await host.listSheets()).toEqual({ ok: false, error: expect.stringMatching(/^Excel is busy/) });
    const none = createExcelHost({ run: () => Promise.reject(new ReferenceError("Excel is not defined")), displayLanguage: () => "vi-VN" });
    expect(await none.readWorkbook()).toEqual({ ok: false, error: expect.stringMatching(/^Không kết nối được với Excel/) });
  });
});

describe("plan info in the workbook settings", () => {
  const info: DocumentInfo = {
    agency: "PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN",
    school: "TRƯỜNG MN XÃ SAM MỨN",
    number: "95/KH-MNSM",
    place: "Sam Mứn",
    date: "2022-10-10",
    signerTitle: "TM. HỘI ĐỒNG\nCHỦ TỊCH",
    signerName: "Nguyễn Văn A",
    schoolYear: "2022-2023",
    recipients: ["Phòng GD&ĐT (b/c)", "Lưu: VT"],
    sections: { purpose: "1. Mục đích", basis: "Căn cứ", organisation: "Tổ chức", closing: "" },
    numbering: { purpose: "I", basis: "II", content: "III", organisation: "VI" },
  };

  const KEY = "truong mn xa sam mun|2022-2023|mam-non";
  const OTHER = "truong th hoa ban|2022-2023|tieu-hoc";

  it("round-trips through save and reopen, without syncs, for the plan's key only", async () => {
    const fake = new FakeExcel();
    const host = createExcelHost(fake.env());
    expect(await host.loadInfo(KEY)).toEqual({ ok: true, value: null });
    const saved = await countSyncs(fake, () => host.saveInfo(KEY, { info, overrides: { level: "mam-non" } }));
    expect(saved).toMatchObject({ result: { ok: true }, syncs: 0 });
    fake.settings = fake.settings.reopen();
    const again = createExcelHost(fake.env());
    expect(await again.loadInfo(KEY)).toEqual({ ok: true, value: { info, overrides: { level: "mam-non" } } });
    expect(await again.loadInfo(OTHER)).toEqual({ ok: true, value: null });
  });

  it("details saved by version 1 (one per workbook) go only to the plan of the same school", async () => {
    const fake = new FakeExcel();
    fake.settings.set("ctcl.documentInfo", JSON.stringify({ version: 1, info }));
    const host = createExcelHost(fake.env());
    expect(await host.loadInfo(KEY)).toEqual({ ok: true, value: { info, overrides: {} } });
    expect(await host.loadInfo(OTHER)).toEqual({ ok: true, value: null });
  });

  it("reports a failed save and damaged settings", async () => {
    const fake = new FakeExcel();
    fake.settings.failSave = true;
    const host = createExcelHost(fake.env());
    expect((await host.saveInfo(KEY, { info, overrides: {} })).ok).toBe(false);
    fake.settings.set("ctcl.plans", "{not json");
    expect(await host.loadInfo(KEY)).toEqual({ ok: false, error: expect.stringMatching(/bị hỏng/) });
  });
});

describe("change events on the plan sheet", () => {
  afterEach(() => jest.useRealTimers());

  it("reports the changed rows once, debounced, for the plan sheet only", async () => {
    jest.useFakeTimers();
    const { fake, host, ws } = await withPlanSheet(30);
    jest.setSystemTime(Date.now() + 5000); // past the mute after the add-in's own write
    const calls: number[][] = [];
    const { syncs } = await countSyncs(fake, async () => {
      const stop = host.onPlanSheetChanged((rows) => calls.push(rows));
      await flush();
      return stop;
    });
    expect(syncs).toBe(1);
    expect(fake.handlers.size).toBe(1);
    await fake.fireChanged(PLAN_SHEET_NAME, "F3");
    await fake.fireChanged(PLAN_SHEET_NAME, "B5:D6");
    await fake.fireChanged(ORIGINAL, "B9");
    jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 50);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(100);
    expect(calls).toEqual([[3, 5, 6]]);
    void ws;
  });

  it("can be stopped", async () => {
    const { fake, host } = await withPlanSheet(30);
    const stop = host.onPlanSheetChanged(() => undefined);
    await flush();
    expect(fake.handlers.size).toBe(1);
    stop();
    await flush();
    expect(fake.handlers.size).toBe(0);
  });

  it("turns change addresses into rows", () => {
    expect(changedRows("C7", "RangeEdited", 40)).toEqual([7]);
    expect(changedRows("Kế hoạch CTCL!B2:B4", "RangeEdited", 40)).toEqual([2, 3, 4]);
    expect(changedRows("5:6", "RangeEdited", 40)).toEqual([5, 6]);
    expect(changedRows("E:E", "RangeEdited", 4)).toEqual([1, 2, 3, 4]);
    expect(changedRows("A38", "RowDeleted", 40)).toEqual([38, 39, 40]);
  });

  it("keeps the strongest severity per cell", () => {
    const m = issueCells([
      { severity: "info", code: "a", cell: "B2", text: { key: "uiCell", args: [""] } },
      { severity: "error", code: "b", cell: "B2", text: { key: "uiCell", args: [""] } },
      { severity: "warning", code: "c", cell: "B2", text: { key: "uiCell", args: [""] } },
    ]);
    expect([...m.values()]).toEqual([{ row: 1, col: 1, severity: "error" }]);
  });
});

describe("download", () => {
  it("downloads through a link in Excel on the web and Windows", async () => {
    const fake = new FakeExcel();
    const created: string[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = () => {
      created.push("blob:1");
      return "blob:1";
    };
    (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => undefined;
    const clicks: string[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      const r = await createExcelHost(fake.env()).download(new Uint8Array([1, 2, 3]), "ke-hoach.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(r).toEqual({ ok: true, value: undefined });
      expect(clicks).toEqual(["ke-hoach.docx"]);
      expect(created).toHaveLength(1);
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
  });

  it("on a Mac says what works instead", async () => {
    const fake = new FakeExcel();
    fake.platform = "Mac";
    const r = await createExcelHost(fake.env()).download(new Uint8Array([1]), "ke-hoach.docx", "application/octet-stream");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Excel trên máy Mac không cho phép tải tệp "ke-hoach.docx".*Excel trên web/);
  });
});
