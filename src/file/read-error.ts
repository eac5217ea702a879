/**
 * The reader's limits and its refusals, and the one sentence each refusal
 * becomes. Kept apart from xlsx.ts (which loads exceljs) so the file host can
 * word a refusal without loading the reader again: the CLI (load-plan.ts) and
 * the pane (host.ts) give the same sentence for the same file.
 */
import { formatAmount } from "../core/words";
import { t, type Lang } from "../core/strings";

/** Limits above which a file is refused rather than freezing the pane. */
export const XLSX_LIMITS = {
  /** Bytes of the .xlsx file. */
  maxBytes: 30 * 1024 * 1024,
  /**
   * Uncompressed bytes of one part the reader reads (a sheet, the shared
   * strings, ...), as the zip declares it, checked before inflating. A
   * 5,000-row district plan's sheet is a few MB; exceljs needs about 20 times
   * a part's size in memory.
   */
  maxPartBytes: 40 * 1024 * 1024,
  /** Uncompressed bytes of all the parts read together. */
  maxUnpackedBytes: 64 * 1024 * 1024,
  /** Rows of one sheet. */
  maxRows: 100_000,
  /** Columns of one sheet (trailing empty columns are trimmed first). */
  maxColumns: 2_000,
  /** Cells of the whole workbook snapshot. */
  maxCells: 6_000_000,
  /**
   * Cells of one merged area. A plan's merges are small (a band row over nine
   * columns, a criterion over a few sub-rows); a merge over a whole column or
   * the rest of the sheet is an accident, and exceljs would create a cell
   * object for each of its cells. Larger merges are ignored on load.
   */
  maxMergeCells: 100_000,
  /**
   * Cells of all the merged areas of the workbook together (exceljs creates a
   * cell object for each). Merges past this budget are ignored on load, in
   * the order the sheets list them.
   */
  maxMergeCellsTotal: 200_000,
};

const MB = 1024 * 1024;

/** The limits as the "too large" sentence names them: "30 MB, 100.000 dòng". */
export function xlsxLimitText(lang: Lang = "vi"): string {
  return `${Math.round(XLSX_LIMITS.maxBytes / MB)} MB, ${formatAmount(XLSX_LIMITS.maxRows)} ${lang === "en" ? "rows" : "dòng"}`;
}

/** "40 MB mỗi phần, 64 MB cả tệp" */
function unpackedLimitText(lang: Lang): string {
  const part = Math.round(XLSX_LIMITS.maxPartBytes / MB);
  const all = Math.round(XLSX_LIMITS.maxUnpackedBytes / MB);
  return lang === "en" ? `${part} MB per part, ${all} MB in all` : `${part} MB mỗi phần, ${all} MB cả tệp`;
}

/** "2.000 cột, 100.000 dòng" */
function gridLimitText(lang: Lang): string {
  const cols = formatAmount(XLSX_LIMITS.maxColumns);
  const rows = formatAmount(XLSX_LIMITS.maxRows);
  return lang === "en" ? `${cols} columns, ${rows} rows` : `${cols} cột, ${rows} dòng`;
}

export type WorkbookReadErrorCode = "not-xlsx" | "empty" | "too-large" | "protected" | "other-format" | "part-too-large" | "cell-too-far";

/** Why bytes could not become a snapshot; the caller words it (readErrorMessage). */
export class WorkbookReadError extends Error {
  constructor(
    public readonly code: WorkbookReadErrorCode,
    message: string,
    /** What the sentence names: the zip part, the sheet and cell, the format found. */
    public readonly detail: { part?: string; sheet?: string; cell?: string; format?: string } = {},
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

/** The broad class of a refusal, as PlanLoad reports it. */
export function readErrorClass(e: unknown): "not-xlsx" | "too-large" | "empty" {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "too-large" || code === "part-too-large" || code === "cell-too-far") return "too-large";
  if (code === "empty") return "empty";
  return "not-xlsx";
}

/** The one sentence for a reader refusal (anything else: "not a readable .xlsx"). */
export function readErrorMessage(e: unknown, fileName: string, lang: Lang = "vi"): string {
  const err = e as { code?: unknown; detail?: WorkbookReadError["detail"] } | null;
  const detail = err?.detail ?? {};
  switch (err?.code) {
    case "too-large":
      return t("tooLarge", fileName, xlsxLimitText(lang), lang);
    case "part-too-large":
      return t("readPartTooLarge", fileName, detail.part ?? "?", unpackedLimitText(lang), lang);
    case "cell-too-far":
      return t("readCellTooFar", fileName, detail.sheet ?? "?", detail.cell ?? "?", gridLimitText(lang), lang);
    case "protected":
      return t("readProtected", fileName, lang);
    case "other-format":
      return t("readOtherFormat", fileName, detail.format ?? "?", lang);
    case "empty":
      return t("emptyWorkbook", fileName, lang);
    default:
      return t("notXlsx", fileName, lang);
  }
}
