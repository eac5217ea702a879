/**
 * What the task pane sees of the place the workbook lives: the Excel host
 * (src/office, Office.js), the file host (src/file, a workbook opened in a plain
 * browser) and the fake host of the tests implement it. Methods never throw:
 * they answer { ok: false, error } with a Vietnamese sentence.
 */
import type { WorkbookSnapshot } from "./core/grid";
import type { Issue, Plan, Totals } from "./core/plan";
import type { DocumentInfo } from "./core/word";

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

export type HostKind = "excel" | "file" | "fake";

export interface Host {
  kind: HostKind;
  /** Office display language or the browser's ("vi", "en-US", ...). */
  language(): string;
  /** Sheet names in tab order, and the active one (null for a file host). */
  listSheets(): Promise<HostResult<{ names: string[]; active: string | null }>>;
  /** Snapshot of the named sheet, or of every sheet when no name is given. */
  readWorkbook(sheet?: string): Promise<HostResult<WorkbookSnapshot>>;
  /** Plan info saved with the workbook earlier (section texts, signer, ...). */
  loadInfo(): Promise<HostResult<DocumentInfo | null>>;
  saveInfo(info: DocumentInfo): Promise<HostResult<void>>;
  /** True when the plan sheet ("Kế hoạch CTCL") exists: the UI asks before replacing it. */
  hasPlanSheet(): Promise<HostResult<boolean>>;
  /** Writes (or replaces, after the UI asked) the clean plan table on its own sheet. */
  writePlanSheet(plan: Plan, totals: Totals): Promise<HostResult<{ sheet: string; rows: number }>>;
  /** Marks the cells with issues on the plan sheet only; clears marks of fixed cells. */
  highlightIssues(issues: Issue[]): Promise<HostResult<void>>;
  selectCell(sheet: string, address: string): Promise<HostResult<void>>;
  /** Sets the criterion cell of the selected plan-table row. */
  insertCriterion(code: string, label: string): Promise<HostResult<{ cell: string }>>;
  /** Writes or refreshes the totals row of the plan sheet with an auditable formula. */
  writeTotalsRow(): Promise<HostResult<{ cell: string; formula: string }>>;
  /** Called (debounced by the host) with the 1-based rows edited on the plan sheet. */
  onPlanSheetChanged(listener: (rows: number[]) => void): () => void;
  /** Saves bytes as a file for the user (download), or says why it cannot. */
  download(bytes: Uint8Array, fileName: string, mime: string): Promise<HostResult<void>>;
}
