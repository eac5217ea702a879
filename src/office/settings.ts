/**
 * Saved plan details stored in the workbook's document settings, one entry per
 * plan key (school, year, level), so they travel with the workbook and never
 * go to another school's plan. No context.sync: settings travel with
 * Office.context.document.
 */
import type { DocumentInfo } from "../core/word";
import type { SavedPlan } from "../host";
import { foldWords } from "../core/text";
import { t, type Lang } from "../core/strings";
import { HostError } from "./result";
import { errorDetail } from "../core/errors";

/** Version 2: the details of each plan of the workbook, by plan key. */
export const SETTINGS_KEY = "ctcl.plans";
/** Version 1 kept one DocumentInfo for the whole workbook, whatever plan it was. */
export const LEGACY_SETTINGS_KEY = "ctcl.documentInfo";
const VERSION = 2;

interface Stored {
  version: number;
  plans: Record<string, SavedPlan>;
}

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

function parse(raw: unknown): unknown {
  return typeof raw === "string" ? JSON.parse(raw) : raw;
}

function storedPlans(settings: Office.Settings, lang: Lang): Stored {
  const raw: unknown = settings.get(SETTINGS_KEY);
  if (raw === null || raw === undefined || raw === "") return { version: VERSION, plans: {} };
  try {
    const v = parse(raw) as Stored;
    if (!v || typeof v !== "object" || typeof v.plans !== "object" || v.plans === null) throw new Error("shape");
    return v;
  } catch {
    throw new HostError(t("officeSettingsUnreadable", lang));
  }
}

/**
 * The details saved for the plan with this key. A workbook saved by version 1
 * (one set of details, no key) gives them only to the plan of the same school.
 */
export function loadInfo(settings: Office.Settings | null, key: string, lang: Lang): SavedPlan | null {
  if (!settings) throw new HostError(t("officeNotInOffice", lang));
  const found = storedPlans(settings, lang).plans[key];
  if (found && typeof found === "object" && found.info) return { info: found.info, overrides: found.overrides ?? {} };
  const legacy: unknown = settings.get(LEGACY_SETTINGS_KEY);
  if (legacy === null || legacy === undefined || legacy === "") return null;
  try {
    const info = (parse(legacy) as { info?: DocumentInfo }).info;
    if (info && typeof info.school === "string" && foldWords(info.school) === key.split("|")[0]) return { info, overrides: {} };
  } catch {
    // An unreadable version-1 entry is no saved detail.
  }
  return null;
}

export async function saveInfo(settings: Office.Settings | null, key: string, saved: SavedPlan, lang: Lang): Promise<void> {
  if (!settings) throw new HostError(t("officeNotInOffice", lang));
  try {
    const stored = storedPlans(settings, lang);
    stored.plans[key] = saved;
    settings.set(SETTINGS_KEY, JSON.stringify({ version: VERSION, plans: stored.plans }));
    await saveAsync(settings);
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw new HostError(t("officeSettingsFailed", errorDetail(e), lang));
  }
}
