/**
 * The swap of the plan sheet "Kế hoạch CTCL" shared by the plan writers
 * (./write-plan.ts for the 2018 table, ./write-draft.ts for the 2026 form):
 * the new table is written on a temporary sheet, and what a failed write left
 * behind is found, cleaned up and worded here.
 */
import { PLAN_SHEET_NAME } from "../core/plan-table";
import { t, type Lang } from "../core/strings";
import { errorDetail } from "../core/errors";
import { HostError } from "./result";

export const TEMP_SHEET_NAME = "Kế hoạch CTCL (đang ghi)";

/**
 * Finds out what a failed write left behind, cleans up, and words it; or, when
 * only a cosmetic last step failed after the swap, the new sheet's id.
 */
export async function explainFailure(
  context: Excel.RequestContext,
  e: unknown,
  hadOld: boolean,
  oldId: string | null,
  lang: Lang,
): Promise<HostError | { sheetId: string }> {
  const detail = errorDetail(e);
  try {
    const sheets = context.workbook.worksheets;
    const temp = sheets.getItemOrNullObject(TEMP_SHEET_NAME);
    temp.load("name");
    const planSheet = sheets.getItemOrNullObject(PLAN_SHEET_NAME);
    planSheet.load("name,id");
    await context.sync();
    if (temp.isNullObject) {
      // No temp sheet: either it was never made, or the swap went through.
      if (!planSheet.isNullObject && planSheet.id !== oldId) return { sheetId: planSheet.id };
      return new HostError(t("officeWriteFailedUnchanged", PLAN_SHEET_NAME, detail, lang));
    }
    if (hadOld && planSheet.isNullObject) {
      // The old sheet went, the rename did not happen: the new table is complete on the temp sheet.
      return new HostError(t("officeWriteFailedRenamed", PLAN_SHEET_NAME, TEMP_SHEET_NAME, detail, lang));
    }
    temp.delete();
    try {
      await context.sync();
    } catch {
      return new HostError(t("officeWriteFailedTempLeft", PLAN_SHEET_NAME, TEMP_SHEET_NAME, detail, lang));
    }
    return new HostError(t("officeWriteFailedUnchanged", PLAN_SHEET_NAME, detail, lang));
  } catch {
    return new HostError(t("officeWriteFailedUnchanged", PLAN_SHEET_NAME, detail, lang));
  }
}
