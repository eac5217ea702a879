/**
 * .xlsx bytes -> Plan, with the one Vietnamese sentence for every way it can
 * fail. The CLI and the file host (browser) both use it, so a bad file gets the
 * same message everywhere.
 */
import { snapshotFromXlsx, WorkbookReadError, xlsxLimitText } from "./xlsx";
import { readPlan, type ReadOptions } from "../core/read";
import type { Plan } from "../core/plan";
import type { WorkbookSnapshot } from "../core/grid";
import { t, type Lang } from "../core/strings";

export type PlanLoad =
  | { ok: true; plan: Plan; snapshot: WorkbookSnapshot }
  | { ok: false; code: "not-xlsx" | "too-large" | "empty" | "no-plan" | "sheet-missing"; message: string };

export async function planFromXlsxBytes(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ReadOptions = {},
  lang: Lang = "vi",
): Promise<PlanLoad> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await snapshotFromXlsx(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      if (e.code === "too-large") {
        return { ok: false, code: e.code, message: t("tooLarge", fileName, xlsxLimitText(lang), lang) };
      }
      if (e.code === "empty") return { ok: false, code: e.code, message: t("emptyWorkbook", fileName, lang) };
      return { ok: false, code: "not-xlsx", message: t("notXlsx", fileName, lang) };
    }
    return { ok: false, code: "not-xlsx", message: t("notXlsx", fileName, lang) };
  }
  const read = readPlan(snapshot, options);
  if (read.ok) return { ok: true, plan: read.plan, snapshot };
  switch (read.error.code) {
    case "empty":
      return { ok: false, code: "empty", message: t("emptyWorkbook", fileName, lang) };
    case "sheet-missing":
      return { ok: false, code: "sheet-missing", message: t("sheetMissing", options.sheet ?? "", read.error.sheets.join(", "), lang) };
    default:
      return { ok: false, code: "no-plan", message: t("noPlan", fileName, lang) };
  }
}
