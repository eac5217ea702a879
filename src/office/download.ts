/**
 * Saving bytes for the user from the task pane: a blob and <a download>
 * (Excel on the web, Windows). Excel for Mac blocks downloads from add-ins by
 * design: answer with the way that works instead.
 */
import { t, type Lang } from "../core/strings";
import type { ExcelEnv } from "./env";
import { HostError } from "./result";
import { errorDetail } from "../core/errors";
import { downloadBytes } from "../browser/download";

export function download(env: ExcelEnv, bytes: Uint8Array, fileName: string, mime: string, lang: Lang): void {
  if (env.platform() === "Mac") throw new HostError(t("officeMacDownload", fileName, lang));
  const doc = env.document();
  if (!doc || typeof URL === "undefined" || typeof URL.createObjectURL !== "function") {
    throw new HostError(t("officeDownloadFailed", fileName, "no document", lang));
  }
  try {
    downloadBytes(doc, bytes, fileName, mime, (f, ms) => env.setTimeout(f, ms));
  } catch (e) {
    throw new HostError(t("officeDownloadFailed", fileName, errorDetail(e), lang));
  }
}
