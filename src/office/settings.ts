/**
 * Plan info (DocumentInfo) stored in the workbook's document settings, so it
 * is saved with the workbook and there after reopening. No context.sync:
 * settings travel with Office.context.document.
 */
import type { DocumentInfo } from "../core/word";
import { t, type Lang } from "../core/strings";
import { HostError } from "./result";
import { errorDetail } from "../core/errors";

export const SETTINGS_KEY = "ctcl.documentInfo";
const VERSION = 1;

function saveAsync(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((r: Office.AsyncResult<void>) => {
      const failedStatus = typeof Office !== "undefined" ? Office.AsyncResultStatus?.Failed : undefined;
      const failed = String(r.status).toLowerCase() === "failed" || (failedStatus !== undefined && r.status === failedStatus);
      if (failed) reject(r.error ?? new Error("saveAsync failed"));
      else resolve();
    });
  });
}

export function loadInfo(settings: Office.Settings | null, lang: Lang): DocumentInfo | null {
  if (!settings) throw new HostError(t("officeNotInOffice", lang));
  const raw: unknown = settings.get(SETTINGS_KEY);
  if (raw === null || raw === undefined || raw === "") return null;
  try {
    const parsed = typeof raw === "string" ? JSON.parse(raw) : raw;
    if (!parsed || typeof parsed !== "object" || typeof (parsed as { info?: unknown }).info !== "object") throw new Error("shape");
    return (parsed as { info: DocumentInfo }).info;
  } catch {
    throw new HostError(t("officeSettingsUnreadable", lang));
  }
}

export async function saveInfo(settings: Office.Settings | null, info: DocumentInfo, lang: Lang): Promise<void> {
  if (!settings) throw new HostError(t("officeNotInOffice", lang));
  try {
    settings.set(SETTINGS_KEY, JSON.stringify({ version: VERSION, info }));
    await saveAsync(settings);
  } catch (e) {
    throw new HostError(t("officeSettingsFailed", errorDetail(e), lang));
  }
}
