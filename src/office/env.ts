/**
 * What the Excel host needs from its surroundings, injectable so tests can
 * drive it with a fake context: Excel.run, Office's display language and
 * platform, the document settings and the page's document (downloads).
 * The defaults read the globals office.js defines.
 */
import type { Lang } from "../core/strings";
import { langFromTag } from "../core/lang";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelEnv {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  /** Office's display language ("vi-VN", "en-US", ...). */
  displayLanguage(): string;
  /** Office.context.diagnostics.platform ("PC", "OfficeOnline", "Mac", ...) or null. */
  platform(): string | null;
  /** The document settings (saved in the workbook), or null outside Office. */
  settings(): Office.Settings | null;
  /** The task pane's DOM document (downloads), or null. */
  document(): Document | null;
  /** Timers (the change-event debounce); injectable for tests. */
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

function officeContext(): Office.Context | null {
  try {
    return typeof Office !== "undefined" && Office.context ? Office.context : null;
  } catch {
    return null;
  }
}

/** The real environment: office.js globals. */
export function defaultExcelEnv(): ExcelEnv {
  return {
    run: <T>(batch: ExcelBatch<T>) => Excel.run(batch),
    displayLanguage: () => officeContext()?.displayLanguage ?? (typeof navigator !== "undefined" ? navigator.language : "vi-VN"),
    platform: () => {
      const p = officeContext()?.diagnostics?.platform;
      return p ? String(p) : null;
    },
    settings: () => officeContext()?.document?.settings ?? null,
    document: () => (typeof document !== "undefined" ? document : null),
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
  };
}

/** "vi" unless Office's display language is another one. */
export function langOf(env: Pick<ExcelEnv, "displayLanguage">): Lang {
  let l = "vi";
  try {
    l = env.displayLanguage() || "vi";
  } catch {
    l = "vi";
  }
  return langFromTag(l);
}
