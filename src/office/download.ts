/**
 * Saving bytes for the user from the task pane: a blob and <a download>
 * (Excel on the web, Windows). Excel for Mac blocks downloads from add-ins by
 * design: answer with the way that works instead.
 */
import { t, type Lang } from "../core/strings";
import type { ExcelEnv } from "./env";
import { HostError, errorDetail } from "./result";

export function download(env: ExcelEnv, bytes: Uint8Array, fileName: string, mime: string, lang: Lang): void {
  if (env.platform() === "Mac") throw new HostError(t("officeMacDownload", fileName, lang));
  const doc = env.document();
  if (!doc || typeof URL === "undefined" || typeof URL.createObjectURL !== "function") {
    throw new HostError(t("officeDownloadFailed", fileName, "no document", lang));
  }
  try {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const blob = new Blob([copy.buffer], { type: mime });
    const url = URL.createObjectURL(blob);
    const a = doc.createElement("a");
    a.href = url;
    a.download = fileName;
    a.rel = "noopener";
    a.style.display = "none";
    doc.body.appendChild(a);
    a.click();
    a.remove();
    env.setTimeout(() => URL.revokeObjectURL(url), 30_000);
  } catch (e) {
    throw new HostError(t("officeDownloadFailed", fileName, errorDetail(e), lang));
  }
}
