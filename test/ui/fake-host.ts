/** A Host for the UI tests: hand-made workbook data, every call recorded. */
import type { CellEdit, Host, HostCapabilities, HostKind, HostResult, SavedPlan } from "../../src/host";
import type { Lang } from "../../src/core/strings";
import type { Grid, WorkbookSnapshot } from "../../src/core/grid";
import { gridFromRows, parseAddress, type CellValue } from "../../src/core/grid";
import { splitCell } from "../../src/core/criterion-target";
import type { Issue, Plan, Totals } from "../../src/core/plan";
import { PLAN_SHEET_NAME, planTableBlock } from "../../src/core/plan-table";
import { parseBudget } from "../../src/core/parse/money";
import type { Draft2026 } from "../../src/core/forms/draft";
import { draftCriteria, draftLayout } from "../../src/core/forms/layout2026";

export const HEADER = [
  "TT",
  "Tiêu chuẩn, tiêu chí",
  "Kết quả cần đạt (so với hiện trạng)",
  "Công việc/giải pháp cần thực hiện",
  "Chủ trì và phối hợp thực hiện",
  "Thời gian thực hiện và hoàn thành",
  "Dự kiến kinh phí",
  "Điều kiện hỗ trợ khác",
  "Ghi chú",
];

/** A small primary-school plan with known problems: criterion 3.9 does not exist, month 13, a mismatched total. */
export function sampleRows(): CellValue[][] {
  return [
    ["PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TRƯỜNG TIỂU HỌC HOA BAN", null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 12/KH-THHB", null, null, null, "Hoa Ban, ngày 10 tháng 10 năm 2024"],
    ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
    ["Năm học 2024-2025"],
    HEADER,
    [null, "MỨC 1, 2, 3"],
    [null, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
    [1, "Tiêu chí 3.1: Khuôn viên, khu sân chơi, bãi tập", "Khuôn viên xanh, sạch, đẹp", "Trồng thêm cây xanh, sửa sân chơi", "Hiệu trưởng", "Năm học 2024-2025", 5000000, null, null],
    [2, "Tiêu chí 3.9: Thư viện", "Thư viện đạt chuẩn", "Mua thêm sách", "Phó hiệu trưởng, nhân viên thư viện", "Tháng 12/2024", 4000000, null, null],
    [3, "Tiêu chí 3.2: Phòng học, phòng học bộ môn và khối phục vụ học tập", "Đủ phòng học", "Sửa chữa phòng học", "Hiệu trưởng", "Tháng 13/2024", "5.000.000 đồng", null, null],
    [null, "Tổng cộng", null, null, null, null, 20000000],
  ];
}

export function sampleGrid(name = "Kế hoạch 2024"): Grid {
  return gridFromRows(name, sampleRows());
}

/** The plan as the Excel host writes it on the plan sheet (header + rows), for the live re-check. */
export function planSheetGrid(plan: Plan, edit?: (rows: (string | number | null)[][]) => void): Grid {
  const block = planTableBlock(plan, plan.rows.map((r) => parseBudget(r.budget).amount));
  const rows = block.rows.map((r) => [...r]);
  edit?.(rows);
  return gridFromRows(PLAN_SHEET_NAME, [block.header, ...rows]);
}

export interface FakeOptions {
  kind?: HostKind;
  language?: string;
  sheets?: Grid[];
  active?: string | null;
  hasPlanSheet?: boolean;
  /** Details saved earlier, by plan key. */
  saved?: Record<string, SavedPlan>;
  capabilities?: Partial<HostCapabilities>;
}

export class FakeHost implements Host {
  kind: HostKind;
  calls: { method: string; args: unknown[] }[] = [];
  sheets: Grid[];
  active: string | null;
  planSheetExists: boolean;
  saved: Record<string, SavedPlan>;
  capabilities: HostCapabilities;
  chosenLanguage: Lang | null = null;
  listeners: ((rows: number[]) => void)[] = [];
  downloads: { bytes: Uint8Array; fileName: string; mime: string }[] = [];
  /** When set, createPlan answers this error. */
  createPlanError: string | null = null;
  private lang: string;

  constructor(o: FakeOptions = {}) {
    this.kind = o.kind ?? "fake";
    this.lang = o.language ?? "vi-VN";
    this.sheets = o.sheets ?? [sampleGrid()];
    this.active = o.active === undefined ? this.sheets[0]?.sheetName ?? null : o.active;
    this.planSheetExists = o.hasPlanSheet ?? false;
    this.saved = { ...(o.saved ?? {}) };
    this.capabilities = { writeSheet: true, selectCells: true, openFiles: false, liveEdits: true, ...(o.capabilities ?? {}) };
  }

  loadLanguage(): Lang | null {
    return this.chosenLanguage;
  }

  saveLanguage(lang: Lang): void {
    this.record("saveLanguage", lang);
    this.chosenLanguage = lang;
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  language(): string {
    return this.lang;
  }

  async listSheets(): Promise<HostResult<{ names: string[]; active: string | null }>> {
    this.record("listSheets");
    return { ok: true, value: { names: this.sheets.map((s) => s.sheetName), active: this.active } };
  }

  async readWorkbook(sheet?: string): Promise<HostResult<WorkbookSnapshot>> {
    this.record("readWorkbook", sheet);
    const sheets = sheet === undefined ? this.sheets : this.sheets.filter((s) => s.sheetName === sheet);
    if (!sheets.length) return { ok: false, error: `Không có trang tính "${sheet}" trong sổ tính này.` };
    return { ok: true, value: { sheets } };
  }

  async loadInfo(key: string): Promise<HostResult<SavedPlan | null>> {
    this.record("loadInfo", key);
    return { ok: true, value: this.saved[key] ?? null };
  }

  async saveInfo(key: string, saved: SavedPlan): Promise<HostResult<void>> {
    this.record("saveInfo", key, saved);
    this.saved[key] = saved;
    return { ok: true, value: undefined };
  }

  async hasPlanSheet(): Promise<HostResult<boolean>> {
    this.record("hasPlanSheet");
    return { ok: true, value: this.planSheetExists };
  }

  async writePlanSheet(plan: Plan, totals: Totals): Promise<HostResult<{ sheet: string; rows: number }>> {
    this.record("writePlanSheet", plan, totals);
    const grid = planSheetGrid(plan);
    this.sheets = [...this.sheets.filter((s) => s.sheetName !== PLAN_SHEET_NAME), grid];
    this.planSheetExists = true;
    return { ok: true, value: { sheet: PLAN_SHEET_NAME, rows: plan.rows.length } };
  }

  async highlightIssues(issues: Issue[]): Promise<HostResult<void>> {
    this.record("highlightIssues", issues);
    return { ok: true, value: undefined };
  }

  async selectCell(sheet: string, address: string): Promise<HostResult<void>> {
    this.record("selectCell", sheet, address);
    return { ok: true, value: undefined };
  }

  async insertCriterion(code: string, label: string, ...targets: unknown[]): Promise<HostResult<{ cell: string }>> {
    this.record("insertCriterion", code, label, ...targets);
    return { ok: true, value: { cell: "E5" } };
  }

  /** Records the edits and writes them into the grids (so a re-read sees them). */
  async writeCells(edits: CellEdit[]): Promise<HostResult<{ cells: number }>> {
    this.record("writeCells", edits);
    for (const e of edits) {
      const { sheet, cell } = splitCell(e.cell, "");
      const grid = this.sheets.find((g) => g.sheetName === sheet);
      const at = parseAddress(cell);
      if (!grid || !at) return { ok: false, error: `Không tìm thấy ô ${e.cell}.` };
      while (grid.values.length <= at.row) {
        grid.values.push([]);
        grid.text.push([]);
      }
      grid.values[at.row][at.col] = e.value;
      grid.text[at.row][at.col] = e.value;
    }
    return { ok: true, value: { cells: edits.length } };
  }

  async writeTotalsRow(): Promise<HostResult<{ cell: string; formula: string }>> {
    this.record("writeTotalsRow");
    return { ok: true, value: { cell: "K6", formula: "SUBTOTAL(109,K2:K5)" } };
  }

  onPlanSheetChanged(listener: (rows: number[]) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Simulates edits on the plan sheet. */
  edit(rows: number[]): void {
    for (const l of this.listeners) l(rows);
  }

  async download(bytes: Uint8Array, fileName: string, mime: string): Promise<HostResult<void>> {
    this.record("download", bytes, fileName, mime);
    this.downloads.push({ bytes, fileName, mime });
    return { ok: true, value: undefined };
  }

  /** "Tạo kế hoạch mới": a new sheet where the host writes sheets, else a download. */
  async createPlan(draft: Draft2026): Promise<HostResult<{ where: string }>> {
    this.record("createPlan", draft);
    if (this.createPlanError) return { ok: false, error: this.createPlanError };
    if (!this.capabilities.writeSheet) return { ok: true, value: { where: `KH-CTCL-${draft.schoolYear}.xlsx` } };
    // The sheet as the writers lay it out (values only; a merged cell's value in its first cell).
    const layout = draftLayout(draft, draftCriteria(draft)).sheet;
    const rows: CellValue[][] = Array.from({ length: layout.print.area.bottom + 1 }, () => Array<CellValue>(layout.columnWidths.length).fill(null));
    for (const c of layout.cells) if (c.value) rows[c.row][c.col] = c.value;
    this.sheets = [...this.sheets, gridFromRows(layout.name, rows)];
    return { ok: true, value: { where: layout.name } };
  }
}
