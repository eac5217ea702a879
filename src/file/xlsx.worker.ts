/**
 * The pane's work off the page's main thread (a Web Worker: the browser page
 * and the Office task panes on the web and in WebView2/WKWebView). One worker
 * per job, ended by the page when the job is done or the user cancels:
 *
 * - the bytes of an .xlsx (a bare Uint8Array) -> the sheet snapshot, or the
 *   reader's error (its code and detail, so the pane says the CLI's sentence);
 * - { kind: "analyse", snapshot, request } -> core/analysis: the plan read and
 *   checked. Once the plan's key is known the worker asks the page for the
 *   context choices saved for it ({ key }), and waits for { kind: "overrides" };
 * - { kind: "summary", fileName, bytes, lang } -> one school's line of
 *   `ctcl summary`, read and checked here: only the line crosses back.
 *
 * - { kind: "word", plan, totals, info } -> the .docx bytes of the Word plan.
 *
 * Progress goes out as { stage }. exceljs is loaded only by the jobs that read bytes.
 */
import type { WorkbookSnapshot } from "../core/grid";
import { analyseSnapshot, type AnalyseRequest, type WorkStage } from "../core/analysis";
import { checkPlan } from "../core/check";
import { schoolSummary, unreadableSummary } from "../core/summary";
import type { ContextOverrides } from "../core/context";
import type { Lang } from "../core/strings";
import type { Plan, Totals } from "../core/plan";
import type { DocumentInfo } from "../core/word/types";

export type WorkerRequest =
  | Uint8Array
  | { kind: "analyse"; snapshot: WorkbookSnapshot; request: AnalyseRequest }
  | { kind: "overrides"; overrides: ContextOverrides }
  | { kind: "summary"; fileName: string; bytes: Uint8Array; lang: Lang }
  | { kind: "word"; plan: Plan; totals: Totals; info: DocumentInfo };

interface WorkerScope {
  onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

function failure(e: unknown): { code: unknown; detail: unknown; message: string } {
  const err = (e ?? {}) as { code?: unknown; detail?: unknown; message?: unknown };
  return { code: err.code ?? null, detail: err.detail ?? null, message: String(err.message ?? e) };
}

const stage = (s: WorkStage): void => scope.postMessage({ stage: s });

/** The answer to the worker's question about the plan's key. */
let answerOverrides: ((o: ContextOverrides) => void) | null = null;

async function analyse(snapshot: WorkbookSnapshot, request: AnalyseRequest): Promise<void> {
  const analysis = await analyseSnapshot(
    snapshot,
    request,
    (key) =>
      new Promise<ContextOverrides>((resolve) => {
        answerOverrides = resolve;
        scope.postMessage({ key });
      }),
    stage,
  );
  scope.postMessage({ analysis });
}

async function summary(fileName: string, bytes: Uint8Array, lang: Lang): Promise<void> {
  stage("reading");
  const { planFromXlsxBytes } = await import(/* webpackChunkName: "xlsx-read" */ "./load-plan");
  const loaded = await planFromXlsxBytes(bytes, fileName, {}, lang);
  if (!loaded.ok) return scope.postMessage({ line: unreadableSummary(fileName, loaded.message) });
  stage("checking");
  const { issues, totals } = checkPlan(loaded.plan);
  scope.postMessage({ line: schoolSummary(fileName, loaded.plan, issues, totals) });
}

async function word(plan: Plan, totals: Totals, info: DocumentInfo): Promise<void> {
  stage("word");
  const { buildPlanDocx } = await import(/* webpackChunkName: "word" */ "../core/word");
  const docx = await buildPlanDocx({ plan, totals, info });
  scope.postMessage({ docx }, [docx.buffer]);
}

scope.onmessage = (ev) => {
  const req = ev.data;
  if (req instanceof Uint8Array) {
    void import(/* webpackChunkName: "xlsx-read" */ "./xlsx")
      .then((m) => m.snapshotFromXlsx(req))
      .then(
        (snapshot) => scope.postMessage({ snapshot }),
        (e: unknown) => scope.postMessage({ error: failure(e) }),
      );
    return;
  }
  if (req.kind === "overrides") {
    const answer = answerOverrides;
    answerOverrides = null;
    answer?.(req.overrides ?? {});
    return;
  }
  const job =
    req.kind === "analyse" ? analyse(req.snapshot, req.request) : req.kind === "word" ? word(req.plan, req.totals, req.info) : summary(req.fileName, req.bytes, req.lang);
  job.catch((e: unknown) => scope.postMessage({ error: failure(e) }));
};
