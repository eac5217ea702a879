/** Reads a plan file from disk for the CLI; every failure becomes one sentence. */
import * as path from "path";
import { planFromXlsxBytes } from "../file/load-plan";
import type { ReadOptions } from "../core/read";
import type { Plan } from "../core/plan";
import { t, type Lang } from "../core/strings";
import { XLSX_LIMITS, xlsxLimitText } from "../file/read-error";
import { readFileBounded } from "./read-file";

export type LoadedPlan = { ok: true; plan: Plan } | { ok: false; message: string };

export async function loadPlanFile(file: string, options: ReadOptions, lang: Lang = "vi"): Promise<LoadedPlan> {
  const name = path.basename(file);
  const read = await readFileBounded(file, XLSX_LIMITS.maxBytes);
  if (!read.ok) {
    switch (read.reason) {
      case "missing":
        return { ok: false, message: t("fileMissing", file, lang) };
      case "directory":
        return { ok: false, message: t("notXlsx", name, lang) };
      case "not-regular":
        return { ok: false, message: t("readNotRegularFile", file, lang) };
      case "too-large":
        return { ok: false, message: t("tooLarge", name, xlsxLimitText(lang), lang) };
      default:
        return { ok: false, message: t("fileUnreadable", file, lang) };
    }
  }
  const loaded = await planFromXlsxBytes(read.bytes, name, options, lang);
  return loaded.ok ? { ok: true, plan: loaded.plan } : { ok: false, message: loaded.message };
}
