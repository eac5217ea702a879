/**
 * The page's side of src/file/xlsx.worker.ts: one Web Worker per job, so
 * opening a 5,000-row workbook, checking it and going through many schools'
 * files never freezes the page. The worker is ended when its job is done, and
 * at once when the user cancels (the watch's signal): the work really stops.
 * Where a worker cannot start (blocked by the host page's policy), the same
 * code runs on the page: same results, same errors (code and detail carried
 * across, so the pane says the CLI's sentence).
 */
import type { WorkbookSnapshot } from "../core/grid";
import type { ContextOverrides } from "../core/context";
import { analyseOnPage, cancelledError, isCancelled, yieldToPage, type Analysis, type WorkStage } from "../core/analysis";
import type { SchoolSummary } from "../core/summary";
import type { Lang } from "../core/strings";
import type { Analyser, HostResult, WorkWatch } from "../host";
import { errorDetail } from "../core/errors";
import { t } from "../core/strings";
import type { WorkerRequest } from "./xlsx.worker";

type Reply =
  | { stage: WorkStage }
  | { key: string }
  | { snapshot: WorkbookSnapshot }
  | { analysis: Analysis }
  | { line: SchoolSummary }
  | { docx: Uint8Array }
  | { error: { code: string | null; detail: unknown; message: string } };

const cancelled = cancelledError;

/**
 * Runs one job in a new worker: posts `message`, answers the worker's
 * questions with `onKey`, resolves with the reply that `pick` accepts.
 */
function job<T>(
  createWorker: () => Worker,
  message: WorkerRequest,
  transfer: Transferable[],
  pick: (reply: Reply) => T | undefined,
  watch: WorkWatch = {},
  onKey?: (key: string) => Promise<ContextOverrides>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (watch.signal?.aborted) return reject(cancelled());
    let worker: Worker;
    try {
      worker = createWorker();
    } catch (e) {
      return reject(Object.assign(new Error(String(e)), { code: "worker" }));
    }
    const end = (): void => {
      worker.terminate();
      watch.signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = (): void => {
      end();
      reject(cancelled());
    };
    watch.signal?.addEventListener("abort", onAbort);
    worker.onmessage = (ev: MessageEvent<Reply>) => {
      const reply = ev.data;
      if ("stage" in reply) return watch.onStage?.(reply.stage);
      if ("key" in reply) {
        if (!onKey) return;
        void onKey(reply.key).then(
          (overrides) => worker.postMessage({ kind: "overrides", overrides } satisfies WorkerRequest),
          (e: unknown) => {
            end();
            reject(e);
          },
        );
        return;
      }
      end();
      if ("error" in reply) {
        return reject(Object.assign(new Error(reply.error.message), { code: reply.error.code ?? undefined, detail: reply.error.detail ?? undefined }));
      }
      const value = pick(reply);
      if (value === undefined) return reject(new Error("unexpected reply"));
      resolve(value);
    };
    worker.onerror = (ev) => {
      end();
      ev.preventDefault();
      reject(Object.assign(new Error(ev.message || "worker"), { code: "worker" }));
    };
    worker.postMessage(message, transfer);
  });
}

const noWorker = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === "worker";

/** A reader (./xlsx's interface) over workers made by `createWorker` (the page's entry knows the worker's URL). */
export function workerReader(createWorker: () => Worker): { snapshotFromXlsx(bytes: Uint8Array, watch?: WorkWatch): Promise<WorkbookSnapshot> } {
  return {
    async snapshotFromXlsx(bytes: Uint8Array, watch?: WorkWatch): Promise<WorkbookSnapshot> {
      watch?.onStage?.("reading");
      // A copy the worker owns: the caller's bytes stay usable.
      const copy = bytes.slice();
      try {
        return await job(createWorker, copy, [copy.buffer], (r) => ("snapshot" in r ? r.snapshot : undefined), watch);
      } catch (e) {
        if (!noWorker(e)) throw e;
        const direct = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
        return direct.snapshotFromXlsx(bytes);
      }
    },
  };
}

/** The plan read and checked in a worker: only the snapshot goes in, the plan, issues and totals come back. */
export function workerAnalyser(createWorker: () => Worker, lang: () => Lang = () => "vi"): Analyser {
  return {
    /** The Word plan in a worker: the plan goes in, the bytes come back (transferred). */
    async buildDocx(input, watch = {}): Promise<Uint8Array> {
      try {
        return await job(createWorker, { kind: "word", ...input }, [], (r) => ("docx" in r ? r.docx : undefined), watch);
      } catch (e) {
        if (!noWorker(e)) throw e;
        watch.onStage?.("word");
        const { buildPlanDocx } = await import(/* webpackChunkName: "word" */ "../core/word");
        return buildPlanDocx(input);
      }
    },
    async analyse(snapshot, request, overridesFor, watch = {}): Promise<HostResult<Analysis>> {
      try {
        try {
          const value = await job(
            createWorker,
            { kind: "analyse", snapshot, request },
            [],
            (r) => ("analysis" in r ? r.analysis : undefined),
            watch,
            overridesFor,
          );
          return { ok: true, value };
        } catch (e) {
          if (!noWorker(e)) throw e;
          return { ok: true, value: await analyseOnPage(snapshot, request, overridesFor, watch) };
        }
      } catch (e) {
        if (isCancelled(e)) return { ok: false, error: "", cancelled: true };
        return { ok: false, error: t("uiUnexpected", errorDetail(e), lang()) };
      }
    },
  };
}

/** One school's line of `ctcl summary`, the file read and checked on the page (no worker). */
export async function summariseOnPage(fileName: string, bytes: Uint8Array, lang: Lang, watch: WorkWatch = {}): Promise<SchoolSummary> {
  const [{ planFromXlsxBytes }, { checkPlan }, { schoolSummary, unreadableSummary }] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "./load-plan"),
    import("../core/check"),
    import("../core/summary"),
  ]);
  if (watch.signal?.aborted) throw cancelled();
  watch.onStage?.("reading");
  await yieldToPage();
  const loaded = await planFromXlsxBytes(bytes, fileName, {}, lang);
  if (watch.signal?.aborted) throw cancelled();
  if (!loaded.ok) return unreadableSummary(fileName, loaded.message);
  watch.onStage?.("checking");
  await yieldToPage();
  if (watch.signal?.aborted) throw cancelled();
  const { issues, totals } = checkPlan(loaded.plan);
  return schoolSummary(fileName, loaded.plan, issues, totals);
}

/** The same line, read and checked in a worker: only the line crosses back. */
export async function summariseInWorker(createWorker: () => Worker, fileName: string, bytes: Uint8Array, lang: Lang, watch: WorkWatch = {}): Promise<SchoolSummary> {
  const copy = bytes.slice();
  try {
    return await job(createWorker, { kind: "summary", fileName, bytes: copy, lang }, [copy.buffer], (r) => ("line" in r ? r.line : undefined), watch);
  } catch (e) {
    if (!noWorker(e)) throw e;
    return summariseOnPage(fileName, bytes, lang, watch);
  }
}
