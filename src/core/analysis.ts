/**
 * What the pane does with a workbook snapshot before it shows anything: read
 * the plan, learn its key, take the user's context choices saved for that key,
 * check it (rules and totals). One function, so the same work runs on the page
 * (tests, a host where no Web Worker starts) and in a Web Worker
 * (src/file/xlsx.worker.ts) with the same results. Pure: the snapshot and the
 * saved choices come in, plain data (structured-clone safe) goes out.
 */
import type { WorkbookSnapshot } from "./grid";
import type { Issue, Plan, Totals } from "./plan";
import { readPlan } from "./read";
import { checkPlan } from "./check";
import { planKey, withOverrides, type ContextOverrides } from "./context";

/** Where long work is: reading the .xlsx, reading the plan from the grid, checking it, going through many files. */
export type WorkStage = "reading" | "planning" | "checking" | "files" | "word";

export interface AnalyseRequest {
  /** The sheet that holds the plan; the reader looks for it otherwise. */
  sheet?: string;
}

export type Analysis =
  | {
      ok: true;
      /** The plan as read (without the user's overrides). */
      plan: Plan;
      /** core/context planKey of the plan as read. */
      key: string;
      /** The context choices the issues and totals were computed with. */
      overrides: ContextOverrides;
      issues: Issue[];
      totals: Totals;
    }
  | { ok: false; code: string; sheets: string[] };

/**
 * Reads and checks. `overridesFor` is asked once the plan's key is known (the
 * details saved for that plan hold the user's choices of year, level and
 * regulation); the issues and totals are those of the plan with them applied.
 */
export async function analyseSnapshot(
  snapshot: WorkbookSnapshot,
  request: AnalyseRequest,
  overridesFor: (key: string) => ContextOverrides | Promise<ContextOverrides>,
  onStage?: (stage: WorkStage) => void,
): Promise<Analysis> {
  onStage?.("planning");
  const read = readPlan(snapshot, request.sheet !== undefined ? { sheet: request.sheet } : {});
  if (!read.ok) return { ok: false, code: read.error.code, sheets: read.error.sheets };
  const key = planKey(read.plan);
  const overrides = await overridesFor(key);
  onStage?.("checking");
  const { issues, totals } = checkPlan(withOverrides(read.plan, overrides));
  return { ok: true, plan: read.plan, key, overrides, issues, totals };
}

/** The error of work the user stopped ("Hủy"). */
export const CANCELLED = "cancelled";

export function isCancelled(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === CANCELLED;
}

export function cancelledError(): Error {
  return Object.assign(new Error(CANCELLED), { code: CANCELLED });
}

/** Lets the page paint (progress) and see a cancel between stages of work done on it. */
export const yieldToPage = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * analyseSnapshot where no worker runs it (tests, a page that refuses
 * workers): a pause before each stage, so the progress paints and a cancel is
 * seen between stages (it throws cancelledError()).
 */
export async function analyseOnPage(
  snapshot: WorkbookSnapshot,
  request: AnalyseRequest,
  overridesFor: (key: string) => ContextOverrides | Promise<ContextOverrides>,
  watch: { signal?: AbortSignal; onStage?: (stage: WorkStage) => void } = {},
): Promise<Analysis> {
  const check = (): void => {
    if (watch.signal?.aborted) throw cancelledError();
  };
  check();
  watch.onStage?.("planning");
  await yieldToPage();
  check();
  return analyseSnapshot(snapshot, request, async (key) => {
    const overrides = await overridesFor(key);
    watch.onStage?.("checking");
    await yieldToPage();
    check();
    return overrides;
  });
}
