/**
 * The file host: the task pane working on an .xlsx file the user opened in a
 * plain browser (no Office). The workbook is read once with exceljs (loaded on
 * demand: a separate chunk), plan info lives in memory and in localStorage, and
 * "writing the plan sheet" downloads a clean plan workbook instead.
 * Methods never throw: they answer { ok: false, error } with a sentence.
 */
import { downloadBytes } from "./download";
import type { WorkbookSnapshot } from "../core/grid";
import type { Issue, Plan, Totals } from "../core/plan";
import type { DocumentInfo } from "../core/word/types";
import type { Host, HostResult } from "../host";
import { t, type Lang } from "../core/strings";
import { errorDetail } from "../core/errors";
import { langFromTag } from "../core/lang";

/** What the file host needs from exceljs (injectable for tests). */
export interface XlsxModule {
  snapshotFromXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot>;
}

export interface ExportModule {
  buildPlanWorkbook(plan: Plan, totals: Totals): Promise<Uint8Array>;
}

export interface FileHostOptions {
  /** Browser language ("vi-VN", "en-US"); defaults to navigator.language. */
  language?: string;
  /** Where plan info is remembered between visits; null to keep it in memory only. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  /** The page's document (downloads); defaults to the global one. */
  document?: Document | null;
  loadXlsx?: () => Promise<XlsxModule>;
  loadExport?: () => Promise<ExportModule>;
}

/** A host the user can give a file to (the file host; the fake host of tests). */
export interface FileOpener {
  /** Reads the bytes; on failure the same Vietnamese sentence as the CLI. */
  open(fileName: string, bytes: Uint8Array): Promise<HostResult<{ sheets: string[] }>>;
  /** Name of the open file, or null before one is opened. */
  fileName(): string | null;
}

export function isFileOpener(host: unknown): host is FileOpener {
  return !!host && typeof (host as FileOpener).open === "function" && typeof (host as FileOpener).fileName === "function";
}

const STORAGE_PREFIX = "ctcl:info:";

/** ASCII file-name part: diacritics dropped, spaces to "-", nothing a file system refuses. */
export function fileNamePart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

export class FileHost implements Host, FileOpener {
  readonly kind = "file" as const;
  private snapshot: WorkbookSnapshot | null = null;
  private name: string | null = null;
  private info: DocumentInfo | null = null;
  private readonly lang: Lang;
  private readonly languageTag: string;
  private readonly storage: Pick<Storage, "getItem" | "setItem"> | null;
  private readonly doc: Document | null;
  private readonly loadXlsx: () => Promise<XlsxModule>;
  private readonly loadExport: () => Promise<ExportModule>;

  constructor(options: FileHostOptions = {}) {
    this.languageTag = options.language ?? (typeof navigator !== "undefined" ? navigator.language || "vi" : "vi");
    this.lang = langFromTag(this.languageTag);
    this.storage = options.storage !== undefined ? options.storage : safeLocalStorage();
    this.doc = options.document !== undefined ? options.document : typeof document !== "undefined" ? document : null;
    this.loadXlsx = options.loadXlsx ?? (() => import(/* webpackChunkName: "xlsx" */ "./xlsx"));
    this.loadExport = options.loadExport ?? (() => import(/* webpackChunkName: "xlsx" */ "./export-plan"));
  }

  language(): string {
    return this.languageTag;
  }

  fileName(): string | null {
    return this.name;
  }

  async open(fileName: string, bytes: Uint8Array): Promise<HostResult<{ sheets: string[] }>> {
    const name = fileName.normalize("NFC");
    let mod: XlsxModule;
    try {
      mod = await this.loadXlsx();
    } catch (e) {
      return { ok: false, error: t("uiUnexpected", errorDetail(e), this.lang) };
    }
    try {
      const snapshot = await mod.snapshotFromXlsx(bytes);
      this.snapshot = snapshot;
      this.name = name;
      this.info = this.readStoredInfo(name);
      return { ok: true, value: { sheets: snapshot.sheets.map((s) => s.sheetName) } };
    } catch (e) {
      const code = (e as { code?: string } | null)?.code;
      if (code === "too-large") {
        const { xlsxLimitText } = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
        return { ok: false, error: t("tooLarge", name, xlsxLimitText(), this.lang) };
      }
      if (code === "empty") return { ok: false, error: t("emptyWorkbook", name, this.lang) };
      return { ok: false, error: t("notXlsx", name, this.lang) };
    }
  }

  async listSheets(): Promise<HostResult<{ names: string[]; active: string | null }>> {
    if (!this.snapshot) return { ok: true, value: { names: [], active: null } };
    return { ok: true, value: { names: this.snapshot.sheets.map((s) => s.sheetName), active: null } };
  }

  async readWorkbook(sheet?: string): Promise<HostResult<WorkbookSnapshot>> {
    if (!this.snapshot) return { ok: false, error: t("uiNeedPlan", this.lang) };
    if (sheet === undefined) return { ok: true, value: this.snapshot };
    const found = this.snapshot.sheets.filter((s) => s.sheetName === sheet);
    if (!found.length) {
      return { ok: false, error: t("sheetMissing", sheet, this.snapshot.sheets.map((s) => s.sheetName).join(", "), this.lang) };
    }
    return { ok: true, value: { sheets: found } };
  }

  async loadInfo(): Promise<HostResult<DocumentInfo | null>> {
    return { ok: true, value: this.info };
  }

  async saveInfo(info: DocumentInfo): Promise<HostResult<void>> {
    this.info = info;
    if (this.name && this.storage) {
      try {
        this.storage.setItem(STORAGE_PREFIX + this.name, JSON.stringify(info));
      } catch {
        // Storage full or refused (private window): the info stays in memory.
      }
    }
    return { ok: true, value: undefined };
  }

  /** A file has no plan sheet to replace: the table is downloaded as a new file. */
  async hasPlanSheet(): Promise<HostResult<boolean>> {
    return { ok: true, value: false };
  }

  /** "Tải bảng kế hoạch": the clean plan workbook, downloaded. */
  async writePlanSheet(plan: Plan, totals: Totals): Promise<HostResult<{ sheet: string; rows: number }>> {
    try {
      const mod = await this.loadExport();
      const bytes = await mod.buildPlanWorkbook(plan, totals);
      const name = planTableFileName(plan, this.info);
      const saved = await this.download(bytes, name, XLSX_MIME);
      if (!saved.ok) return saved;
      return { ok: true, value: { sheet: name, rows: plan.rows.length } };
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

  private readStoredInfo(name: string): DocumentInfo | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(STORAGE_PREFIX + name);
      if (!raw) return null;
      const v = JSON.parse(raw) as DocumentInfo;
      return v && typeof v === "object" && typeof v.school === "string" ? v : null;
    } catch {
      return null;
    }
  }
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function yearPart(plan: Plan, info: DocumentInfo | null): string {
  return fileNamePart(info?.schoolYear || plan.schoolYear || "");
}

function schoolPart(plan: Plan, info: DocumentInfo | null): string {
  return fileNamePart(info?.school || plan.info.school || "");
}

/** "Ke-hoach-CTCL-TRUONG-MN-XA-SAM-MUN-2022-2023.docx" */
export function wordFileName(plan: Plan, info: DocumentInfo | null): string {
  return ["Ke-hoach-CTCL", schoolPart(plan, info), yearPart(plan, info)].filter(Boolean).join("-") + ".docx";
}

/** "Bang-ke-hoach-CTCL-TRUONG-MN-XA-SAM-MUN-2022-2023.xlsx" */
export function planTableFileName(plan: Plan, info: DocumentInfo | null): string {
  return ["Bang-ke-hoach-CTCL", schoolPart(plan, info), yearPart(plan, info)].filter(Boolean).join("-") + ".xlsx";
}

function safeLocalStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    return null;
  }
}
