/**
 * .xlsx bytes -> Plan, with the one Vietnamese sentence for every way it can
 * fail. The CLI and the file host (browser) both use it, so a bad file gets the
 * same message everywhere.
 */
import { snapshotFromXlsx } from "./xlsx";
import { readErrorClass, readErrorMessage } from "./read-error";
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
    return { ok: false, code: readErrorClass(e), message: readErrorMessage(e, fileName, lang) };
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
