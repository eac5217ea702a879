/**
 * What the task pane sees of the place the workbook lives: the Excel host
 * (src/office, Office.js), the file host (src/file, a workbook opened in a plain
 * browser) and the fake host of the tests implement it. What differs between
 * them is said by `capabilities`, never by testing which host it is. Methods
 * never throw: they answer { ok: false, error } with a sentence in the host's
 * language.
 */
import type { WorkbookSnapshot } from "./core/grid";
import type { Issue, Plan, Totals } from "./core/plan";
import type { ContextOverrides } from "./core/context";
import type { Lang } from "./core/strings";
import type { DocumentInfo } from "./core/word/types";
import type { Analysis, AnalyseRequest, WorkStage } from "./core/analysis";
import type { SchoolSummary, Summary } from "./core/summary";
import type { CriterionTargets } from "./core/criterion-target";
import type { Draft2026 } from "./core/forms/draft";

/** `cancelled`: the user stopped the work (no sentence to show; nothing changed). */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string; cancelled?: boolean };

/** What follows long work: the stage it reached (with the share done, when known) and the user's "Hủy". */
export interface WorkWatch {
  signal?: AbortSignal;
  onStage?: (stage: WorkStage, fraction?: number) => void;
}

/**
 * Reads the plan from a snapshot and checks it (core/analysis), off the page's
 * main thread where it can (a Web Worker the page's entry starts), on it
 * otherwise: same results. Given to the pane (PaneDeps.analyser) for any host.
 */
export interface Analyser {
  analyse(
    snapshot: WorkbookSnapshot,
    request: AnalyseRequest,
    overridesFor: (key: string) => Promise<ContextOverrides>,
    watch?: WorkWatch,
  ): Promise<HostResult<Analysis>>;
  /** The Word plan (core/word buildPlanDocx) off the main thread; rejects with core/analysis cancelledError() when stopped. */
  buildDocx?(input: { plan: Plan; totals: Totals; info: DocumentInfo }, watch?: WorkWatch): Promise<Uint8Array>;
}

export type HostKind = "excel" | "file" | "fake";

export interface HostCapabilities {
  /** The plan table, totals row and criteria are written into the open workbook (else the table is downloaded). */
  writeSheet: boolean;
  /** A cell named by a finding can be selected for the user. */
  selectCells: boolean;
  /** The user gives the pane .xlsx files (`open`, `fileName`). */
  openFiles: boolean;
  /** Edits of the plan sheet are reported (`onPlanSheetChanged`) for a live re-check. */
  liveEdits: boolean;
}

/** Document details the user saved for one plan, with the context choices made with them. */
export interface SavedPlan {
  info: DocumentInfo;
  overrides: ContextOverrides;
}

export interface Host {
  /** For diagnostics and the label of the workbook; the UI branches on `capabilities`. */
  kind: HostKind;
  capabilities: HostCapabilities;
  /** Office display language or the browser's ("vi", "en-US", ...). */
  language(): string;
  /** The language the user chose in the pane earlier, or null. */
  loadLanguage(): Lang | null;
  saveLanguage(lang: Lang): void;
  /** Sheet names in tab order, and the active one (null for a file host). */
  listSheets(): Promise<HostResult<{ names: string[]; active: string | null }>>;
  /** Snapshot of the named sheet, or of every sheet when no name is given. */
  readWorkbook(sheet?: string): Promise<HostResult<WorkbookSnapshot>>;
  /** Details saved earlier for the plan with this key (see `planKey`), or null. */
  loadInfo(key: string): Promise<HostResult<SavedPlan | null>>;
  saveInfo(key: string, saved: SavedPlan): Promise<HostResult<void>>;
  /** True when the plan sheet ("Kế hoạch CTCL") exists: the UI asks before replacing it. */
  hasPlanSheet(): Promise<HostResult<boolean>>;
  /** Writes (or replaces, after the UI asked) the clean plan table on its own sheet, or downloads it. */
  writePlanSheet(plan: Plan, totals: Totals, info?: DocumentInfo | null): Promise<HostResult<{ sheet: string; rows: number }>>;
  /** Marks the cells with issues on the plan sheet only; clears marks of fixed cells. */
  highlightIssues(issues: Issue[]): Promise<HostResult<void>>;
  selectCell(sheet: string, address: string): Promise<HostResult<void>>;
  /**
   * Sets the criterion cell of the selected plan-table row. With `targets` (a
   * 2026-form plan: the rows of tables IV and V as read, see
   * core/criterion-target) the selected row of table IV or V gets it instead.
   */
  insertCriterion(code: string, label: string, targets?: CriterionTargets): Promise<HostResult<{ cell: string }>>;
  /** Writes or refreshes the totals row of the plan sheet with an auditable formula. */
  writeTotalsRow(): Promise<HostResult<{ cell: string; formula: string }>>;
  /** Called (debounced by the host) with the 1-based rows edited on the plan sheet. */
  onPlanSheetChanged(listener: (rows: number[]) => void): () => void;
  /** Saves bytes as a file for the user (download), or says why it cannot. */
  download(bytes: Uint8Array, fileName: string, mime: string): Promise<HostResult<void>>;
  /**
   * capabilities.openFiles: reads the bytes as the workbook to work on. The
   * previous workbook is kept until `commitOpen`, so a file that holds no plan
   * never replaces the open one (`cancelOpen` goes back to it).
   */
  open?(fileName: string, bytes: Uint8Array, watch?: WorkWatch): Promise<HostResult<{ sheets: string[] }>>;
  commitOpen?(): void;
  cancelOpen?(): void;
  /** Name of the open file, or null before one is opened. */
  fileName?(): string | null;
  /**
   * capabilities.openFiles, many schools at once: one file read and checked as
   * `ctcl summary` does, its line (or the sentence why it cannot be read);
   * the open workbook is not touched.
   */
  summariseFile?(fileName: string, bytes: Uint8Array, lang: Lang, watch?: WorkWatch): Promise<HostResult<SchoolSummary>>;
  /** The summary as the workbook of `ctcl summary -o`, downloaded; its file name. */
  downloadSummary?(summary: Summary, lang: Lang): Promise<HostResult<{ fileName: string }>>;
  /**
   * Writes single cells of the open workbook (the review mode: statuses of
   * table V, the table VI row of a period). Addresses are sheet-qualified
   * ("'Kế hoạch'!J17"); each edit names the text the pane showed as the old
   * value, and nothing is written when a cell no longer holds it.
   */
  writeCells?(edits: CellEdit[]): Promise<HostResult<{ cells: number }>>;
  /** File host: downloads the open workbook with the edits written by `writeCells`. */
  downloadWorkbook?(): Promise<HostResult<{ fileName: string }>>;
  /** File host: true when `writeCells` changed the open workbook since it was opened. */
  hasEdits?(): boolean;
  /**
   * "Tạo kế hoạch mới": writes a 2026-form plan (blank or drafted) — Excel: on
   * a new sheet (a name no sheet has, never replacing one), activated; file
   * host: downloads "KH-CTCL-<year>.xlsx". `where`: the sheet or file name.
   */
  createPlan?(draft: Draft2026): Promise<HostResult<{ where: string }>>;
}

/** One cell to write: sheet-qualified address, the new text, the text the user was shown as the old one. */
export interface CellEdit {
  cell: string;
  value: string;
  old: string;
}
