/** Reads a plan file from disk for the CLI; every failure becomes one sentence. */
import { promises as fs } from "fs";
import * as path from "path";
import { planFromXlsxBytes } from "../file/load-plan";
import type { ReadOptions } from "../core/read";
import type { Plan } from "../core/plan";
import { t, type Lang } from "../core/strings";
import { XLSX_LIMITS, xlsxLimitText } from "../file/xlsx";

export type LoadedPlan = { ok: true; plan: Plan } | { ok: false; message: string };

export async function loadPlanFile(file: string, options: ReadOptions, lang: Lang = "vi"): Promise<LoadedPlan> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, message: t("notXlsx", name, lang) };
    if (stat.size > XLSX_LIMITS.maxBytes) {
      return { ok: false, message: t("tooLarge", name, xlsxLimitText(lang), lang) };
    }
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, message: t("fileMissing", file, lang) };
    return { ok: false, message: t("fileUnreadable", file, lang) };
  }
  const loaded = await planFromXlsxBytes(bytes, name, options, lang);
  return loaded.ok ? { ok: true, plan: loaded.plan } : { ok: false, message: loaded.message };
}
