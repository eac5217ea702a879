/**
 * The file host: the task pane working on an .xlsx file the user opened in a
 * plain browser (no Office). The workbook is read once with exceljs (loaded on
 * demand: a separate chunk), saved plan details live in localStorage under the
 * plan's key (school, year, level: never the file name), and
 * "writing the plan sheet" downloads a clean plan workbook instead.
 * Methods never throw: they answer { ok: false, error } with a sentence.
 */
import { downloadBytes } from "../browser/download";
import { readItem, safeLocalStorage, storeLanguage, storedLanguage, writeItem, type KeyValueStore } from "../browser/storage";
import type { WorkbookSnapshot } from "../core/grid";
import type { Issue, Plan, Totals } from "../core/plan";
import type { DocumentInfo } from "../core/word/types";
import { XLSX_MIME, planTableFileName } from "../core/file-names";
import type { SchoolSummary, Summary } from "../core/summary";
import type { CellEdit, Host, HostCapabilities, HostResult, SavedPlan, WorkWatch } from "../host";
import { t, type Lang } from "../core/strings";
import { errorDetail } from "../core/errors";
import { langFromTag } from "../core/lang";
import { readErrorMessage } from "./read-error";
import type { Draft2026 } from "../core/forms/draft";

/** What the file host needs from exceljs (injectable for tests). */
export interface XlsxModule {
  snapshotFromXlsx(bytes: Uint8Array, watch?: WorkWatch): Promise<WorkbookSnapshot>;
}

/** The file of the summary workbook the pane downloads (`ctcl summary -o`). */
export const SUMMARY_FILE_NAME = "Tong-hop-KH-CTCL.xlsx";

export interface ExportModule {
  buildPlanWorkbook(plan: Plan, totals: Totals): Promise<Uint8Array>;
}

/** What the file host needs to write cells into the open workbook (./edit-workbook, exceljs; injectable for tests). */
export interface EditModule {
  applyCellEdits(bytes: Uint8Array, edits: readonly CellEdit[]): Promise<Uint8Array>;
  updatedFileName(name: string): string;
}

/** The 2026-form workbook writer ("Tạo kế hoạch mới", ./draft-workbook; injectable for tests). */
export interface DraftModule {
  draftWorkbookBytes(draft: Draft2026): Promise<Uint8Array>;
}

export interface FileHostOptions {
  /** Browser language ("vi-VN", "en-US"); defaults to navigator.language. */
  language?: string;
  /** Where plan info is remembered between visits; null to keep it in memory only. */
  storage?: KeyValueStore | null;
  /** The page's document (downloads); defaults to the global one. */
  document?: Document | null;
  loadXlsx?: () => Promise<XlsxModule>;
  /** Starts the reader's Web Worker (src/file/xlsx.worker.ts); the page's entry makes it, as only the bundler knows its URL. */
  createXlsxWorker?: () => Worker;
  loadExport?: () => Promise<ExportModule>;
  loadEdit?: () => Promise<EditModule>;
  /** The 2026-form workbook writer ("Tạo kế hoạch mới"). */
  loadDraft?: () => Promise<DraftModule>;
}

const STORAGE_PREFIX = "ctcl:plan:";

export class FileHost implements Host {
  readonly kind = "file" as const;
  readonly capabilities: HostCapabilities = { writeSheet: false, selectCells: false, openFiles: true, liveEdits: false };
  private snapshot: WorkbookSnapshot | null = null;
  private name: string | null = null;
  /** The open file's bytes (with the cells written by `writeCells`), and whether any were written. */
  private bytes: Uint8Array | null = null;
  private edited = false;
  /** A file read by `open` and not yet committed: the open plan stays until it is. */
  private pending: { snapshot: WorkbookSnapshot; name: string; bytes: Uint8Array } | null = null;
  private readonly saved = new Map<string, SavedPlan>();
  private readonly lang: Lang;
  private readonly languageTag: string;
  private readonly storage: KeyValueStore | null;
  private readonly doc: Document | null;
  private readonly loadXlsx: () => Promise<XlsxModule>;
  private readonly loadExport: () => Promise<ExportModule>;
  private readonly createWorker: (() => Worker) | undefined;
  private readonly loadEdit: () => Promise<EditModule>;
  private readonly loadDraft: () => Promise<DraftModule>;

  constructor(options: FileHostOptions = {}) {
    this.languageTag = options.language ?? (typeof navigator !== "undefined" ? navigator.language || "vi" : "vi");
    this.lang = langFromTag(this.languageTag);
    this.storage = options.storage !== undefined ? options.storage : safeLocalStorage();
    this.doc = options.document !== undefined ? options.document : typeof document !== "undefined" ? document : null;
    // Off the main thread when the page gives a worker (src/taskpane does); on it otherwise (tests in Node).
    const createWorker = options.createXlsxWorker;
    this.createWorker = createWorker;
    this.loadXlsx =
      options.loadXlsx ??
      (createWorker
        ? () => import(/* webpackChunkName: "xlsx-worker" */ "./xlsx-in-worker").then((m) => m.workerReader(createWorker))
        : () => import(/* webpackChunkName: "xlsx" */ "./xlsx"));
    this.loadExport = options.loadExport ?? (() => import(/* webpackChunkName: "xlsx" */ "./export-plan"));
    this.loadEdit = options.loadEdit ?? (() => import(/* webpackChunkName: "xlsx" */ "./edit-workbook"));
    this.loadDraft = options.loadDraft ?? (() => import(/* webpackChunkName: "xlsx" */ "./draft-workbook"));
  }

  language(): string {
    return this.languageTag;
  }

  loadLanguage(): Lang | null {
    return storedLanguage(this.storage);
  }

  saveLanguage(lang: Lang): void {
    storeLanguage(this.storage, lang);
  }

  fileName(): string | null {
    return this.pending?.name ?? this.name;
  }

  commitOpen(): void {
    if (!this.pending) return;
    this.snapshot = this.pending.snapshot;
    this.name = this.pending.name;
    this.bytes = this.pending.bytes;
    this.edited = false;
    this.pending = null;
  }

  cancelOpen(): void {
    this.pending = null;
  }

  async open(fileName: string, bytes: Uint8Array, watch?: WorkWatch): Promise<HostResult<{ sheets: string[] }>> {
    const name = fileName.normalize("NFC");
    let mod: XlsxModule;
    try {
      mod = await this.loadXlsx();
    } catch (e) {
      return { ok: false, error: t("uiUnexpected", errorDetail(e), this.lang) };
    }
    try {
      const snapshot = await mod.snapshotFromXlsx(bytes, watch);
      if (watch?.signal?.aborted) return { ok: false, error: "", cancelled: true };
      this.pending = { snapshot, name, bytes };
      return { ok: true, value: { sheets: snapshot.sheets.map((s) => s.sheetName) } };
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code === "cancelled") return { ok: false, error: "", cancelled: true };
      // The same sentence as the CLI's (load-plan.ts) for the same file.
      return { ok: false, error: readErrorMessage(e, name, this.lang) };
    }
  }

  /** One school's line of the summary: read and checked in a worker where the page gives one; the open workbook stays. */
  async summariseFile(fileName: string, bytes: Uint8Array, lang: Lang, watch?: WorkWatch): Promise<HostResult<SchoolSummary>> {
    const name = fileName.normalize("NFC");
    try {
      const m = await import(/* webpackChunkName: "xlsx-worker" */ "./xlsx-in-worker");
      const line = this.createWorker ? await m.summariseInWorker(this.createWorker, name, bytes, lang, watch) : await m.summariseOnPage(name, bytes, lang, watch);
      return { ok: true, value: line };
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code === "cancelled") return { ok: false, error: "", cancelled: true };
      return { ok: false, error: t("uiUnexpected", errorDetail(e), lang) };
    }
  }

  /** "Tải bảng tổng hợp": the workbook of `ctcl summary -o`, downloaded. */
  async downloadSummary(summary: Summary, lang: Lang): Promise<HostResult<{ fileName: string }>> {
    try {
      const { buildSummaryWorkbook } = await import(/* webpackChunkName: "xlsx" */ "./summary-workbook");
      const bytes = await buildSummaryWorkbook(summary, lang);
      const saved = await this.download(bytes, SUMMARY_FILE_NAME, XLSX_MIME);
      return saved.ok ? { ok: true, value: { fileName: SUMMARY_FILE_NAME } } : saved;
    } catch (e) {
      return { ok: false, error: t("uiUnexpected", errorDetail(e), lang) };
    }
  }

  /** The workbook being opened, else the open one. */
  private current(): WorkbookSnapshot | null {
    return this.pending?.snapshot ?? this.snapshot;
  }

  async listSheets(): Promise<HostResult<{ names: string[]; active: string | null }>> {
    const snapshot = this.current();
    if (!snapshot) return { ok: true, value: { names: [], active: null } };
    return { ok: true, value: { names: snapshot.sheets.map((s) => s.sheetName), active: null } };
  }

  async readWorkbook(sheet?: string): Promise<HostResult<WorkbookSnapshot>> {
    const snapshot = this.current();
    if (!snapshot) return { ok: false, error: t("uiNeedPlan", this.lang) };
    if (sheet === undefined) return { ok: true, value: snapshot };
    const found = snapshot.sheets.filter((s) => s.sheetName === sheet);
    if (!found.length) {
      return { ok: false, error: t("sheetMissing", sheet, snapshot.sheets.map((s) => s.sheetName).join(", "), this.lang) };
    }
    return { ok: true, value: { sheets: found } };
  }

  async loadInfo(key: string): Promise<HostResult<SavedPlan | null>> {
    const known = this.saved.get(key);
    if (known) return { ok: true, value: known };
    const raw = readItem(this.storage, STORAGE_PREFIX + key);
    if (!raw) return { ok: true, value: null };
    try {
      const v = JSON.parse(raw) as SavedPlan;
      const valid = v && typeof v === "object" && v.info && typeof v.info.school === "string";
      return { ok: true, value: valid ? { info: v.info, overrides: v.overrides ?? {} } : null };
    } catch {
      return { ok: true, value: null };
    }
  }

  async saveInfo(key: string, saved: SavedPlan): Promise<HostResult<void>> {
    this.saved.set(key, saved);
    writeItem(this.storage, STORAGE_PREFIX + key, JSON.stringify(saved));
    return { ok: true, value: undefined };
  }

  /** A file has no plan sheet to replace: the table is downloaded as a new file. */
  async hasPlanSheet(): Promise<HostResult<boolean>> {
    return { ok: true, value: false };
  }

  /** "Tải bảng kế hoạch": the clean plan workbook, downloaded. */
  async writePlanSheet(plan: Plan, totals: Totals, info: DocumentInfo | null = null): Promise<HostResult<{ sheet: string; rows: number }>> {
    try {
      const mod = await this.loadExport();
      const bytes = await mod.buildPlanWorkbook(plan, totals);
      const name = planTableFileName(plan, info);
      const saved = await this.download(bytes, name, XLSX_MIME);
      if (!saved.ok) return saved;
      return { ok: true, value: { sheet: name, rows: plan.rows.length } };
    } catch (e) {
      return { ok: false, error: t("uiUnexpected", errorDetail(e), this.lang) };
    }
  }

  /** "Tạo kế hoạch mới": the Biểu 2 workbook, downloaded as "KH-CTCL-<year>.xlsx". */
  async createPlan(draft: Draft2026): Promise<HostResult<{ where: string }>> {
    try {
      const mod = await this.loadDraft();
      const bytes = await mod.draftWorkbookBytes(draft);
      const name = newPlanFileName(draft.schoolYear);
      const saved = await this.download(bytes, name, XLSX_MIME);
      if (!saved.ok) return saved;
      return { ok: true, value: { where: name } };
    } catch (e) {
      return { ok: false, error: t("uiUnexpected", errorDetail(e), this.lang) };
    }
  }

  async highlightIssues(_issues: Issue[]): Promise<HostResult<void>> {
    return { ok: true, value: undefined };
  }

  async selectCell(_sheet: string, _address: string): Promise<HostResult<void>> {
    return { ok: false, error: t("officeNotInOffice", this.lang) };
  }

  async insertCriterion(_code: string, _label: string): Promise<HostResult<{ cell: string }>> {
    return { ok: false, error: t("officeNotInOffice", this.lang) };
  }

  async writeTotalsRow(): Promise<HostResult<{ cell: string; formula: string }>> {
    return { ok: false, error: t("officeNotInOffice", this.lang) };
  }

  hasEdits(): boolean {
    return this.edited;
  }

  /**
   * Review mode: writes the cells into the open workbook (all or nothing, each
   * cell checked against the old text the pane showed), then reads it again:
   * the next `readWorkbook` sees the new text. The file on disk changes only
   * when the user downloads it (`downloadWorkbook`).
   */
  async writeCells(edits: CellEdit[]): Promise<HostResult<{ cells: number }>> {
    if (!this.snapshot || !this.bytes || this.pending) return { ok: false, error: t("uiNeedPlan", this.lang) };
    if (edits.length === 0) return { ok: true, value: { cells: 0 } };
    try {
      const edit = await this.loadEdit();
      const bytes = await edit.applyCellEdits(this.bytes, edits);
      const snapshot = await (await this.loadXlsx()).snapshotFromXlsx(bytes);
      this.bytes = bytes;
      this.snapshot = snapshot;
      this.edited = true;
      return { ok: true, value: { cells: edits.length } };
    } catch (e) {
      return { ok: false, error: this.editErrorSentence(e) };
    }
  }

  private editErrorSentence(e: unknown): string {
    const err = e as { name?: string; code?: string; cell?: string; now?: string };
    if (err?.name === "EditError") {
      if (err.code === "changed") return t("officeCellChanged", err.cell ?? "", err.now ?? "", this.lang);
      if (err.code === "formula") return t("officeCellHasFormula", err.cell ?? "", this.lang);
      if (err.code === "missing") return t("officeCellsMissing", this.lang);
    }
    return t("uiUnexpected", errorDetail(e), this.lang);
  }

  /** "Tải về bảng đã cập nhật": the open workbook with the cells written, under the file's name + " (đã cập nhật)". */
  async downloadWorkbook(): Promise<HostResult<{ fileName: string }>> {
    if (!this.bytes || !this.name) return { ok: false, error: t("uiNeedPlan", this.lang) };
    try {
      const fileName = (await this.loadEdit()).updatedFileName(this.name);
      const saved = await this.download(this.bytes, fileName, XLSX_MIME);
      return saved.ok ? { ok: true, value: { fileName } } : saved;
    } catch (e) {
      return { ok: false, error: t("uiUnexpected", errorDetail(e), this.lang) };
    }
  }

  onPlanSheetChanged(_listener: (rows: number[]) => void): () => void {
    return () => undefined;
  }

  async download(bytes: Uint8Array, fileName: string, mime: string): Promise<HostResult<void>> {
    if (!this.doc) return { ok: false, error: t("officeDownloadFailed", fileName, "no document", this.lang) };
    try {
      downloadBytes(this.doc, bytes, fileName, mime);
      return { ok: true, value: undefined };
    } catch (e) {
      return { ok: false, error: t("officeDownloadFailed", fileName, errorDetail(e), this.lang) };
    }
  }
}

/** "KH-CTCL-2026-2027.xlsx": the file of a new plan. */
export function newPlanFileName(schoolYear: string): string {
  const year = /^\d{4}-\d{4}$/.test(schoolYear) ? schoolYear : "moi";
  return `KH-CTCL-${year}.xlsx`;
}
