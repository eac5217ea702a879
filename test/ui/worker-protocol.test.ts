/**
 * The page's side of the worker (src/file/xlsx-in-worker.ts) against the real
 * worker module (src/file/xlsx.worker.ts) run in-process behind a Worker
 * stand-in: every message crosses by structuredClone, as between a page and a
 * Web Worker, and `terminate` really cuts the line. Same results as the work
 * done on the page; cancel ends the worker; a worker that cannot start falls
 * back to the page.
 */
import * as fs from "fs";
import { SAMPLE, sharedExamples } from "../helpers";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { planFromXlsxBytes } from "../../src/file/load-plan";
import { analyseSnapshot, type Analysis } from "../../src/core/analysis";
import { workerAnalyser, workerReader, summariseInWorker, summariseOnPage } from "../../src/file/xlsx-in-worker";
import type { WorkStage } from "../../src/core/analysis";
import { buildPlanDocx } from "../../src/core/word";
import { defaultDocumentInfo } from "../../src/core/word/defaults";
import PizZip from "pizzip";
import { sampleRows } from "./fake-host";
import { gridFromRows } from "../../src/core/grid";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { withOverrides } from "../../src/core/context";

type Handler = ((ev: { data: unknown }) => void) | null;

/** One "worker": the module loaded afresh with its own `self`, messages cloned both ways. */
class InProcessWorker {
  static started = 0;
  static terminated = 0;
  onmessage: Handler = null;
  onerror: ((ev: { message: string; preventDefault(): void }) => void) | null = null;
  private alive = true;
  private scope: { onmessage: Handler; postMessage(m: unknown): void };

  constructor() {
    InProcessWorker.started++;
    this.scope = {
      onmessage: null,
      postMessage: (m: unknown) => {
        const copy = structuredClone(m);
        setTimeout(() => this.alive && this.onmessage?.({ data: copy }), 0);
      },
    };
    const g = globalThis as unknown as { self?: unknown };
    const before = g.self;
    g.self = this.scope;
    jest.isolateModules(() => {
      require("../../src/file/xlsx.worker");
    });
    g.self = before;
  }

  postMessage(m: unknown, transfer: Transferable[] = []): void {
    if (!this.alive) return;
    const copy = structuredClone(m, { transfer });
    setTimeout(() => this.alive && this.scope.onmessage?.({ data: copy }), 0);
  }

  terminate(): void {
    if (this.alive) InProcessWorker.terminated++;
    this.alive = false;
  }
}

const create = (): Worker => new InProcessWorker() as unknown as Worker;

async function sampleSnapshot() {
  return snapshotFromXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
}

describe("the pane's work in a worker", () => {
  it("reads the .xlsx in the worker: the same snapshot as on the page, the caller's bytes untouched", async () => {
    const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
    const stages: WorkStage[] = [];
    const fromWorker = await workerReader(create).snapshotFromXlsx(bytes, { onStage: (s) => stages.push(s) });
    expect(fromWorker).toStrictEqual(await snapshotFromXlsx(bytes));
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(stages).toEqual(["reading"]);
  });

  it("analyses in the worker with the overrides asked for by key: plan, issues and totals equal the page's", async () => {
    const snapshot = await sampleSnapshot();
    const keys: string[] = [];
    const overrides = { schoolYear: "2026-2027" };
    const stages: WorkStage[] = [];
    const r = await workerAnalyser(create).analyse(
      snapshot,
      {},
      async (key) => {
        keys.push(key);
        return overrides;
      },
      { onStage: (s) => stages.push(s) },
    );
    expect(r.ok).toBe(true);
    const onPage: Analysis = await analyseSnapshot(snapshot, {}, () => overrides);
    if (!r.ok || !r.value.ok || !onPage.ok) throw new Error("not analysed");
    expect(keys).toEqual([onPage.key]);
    expect(stages).toEqual(["planning", "checking"]);
    // Structured clone keeps every field and type (no class instance loses its methods).
    expect(r.value).toStrictEqual(onPage);
    expect(r.value.overrides).toEqual(overrides);
    expect(r.value.issues.length).toBeGreaterThan(0);
  });

  it("says why a workbook holds no plan, as the reader does", async () => {
    const snapshot = await sampleSnapshot();
    const r = await workerAnalyser(create).analyse(snapshot, { sheet: "Không có" }, async () => ({}));
    expect(r).toEqual({ ok: true, value: { ok: false, code: "sheet-missing", sheets: snapshot.sheets.map((s) => s.sheetName) } });
  });

  it("Hủy ends the worker at once: the job answers `cancelled`, nothing else arrives", async () => {
    const snapshot = await sampleSnapshot();
    const ctrl = new AbortController();
    const before = InProcessWorker.terminated;
    const pending = workerAnalyser(create).analyse(
      snapshot,
      {},
      // The page is slow to answer (its saved details): the user cancels meanwhile.
      () => new Promise((resolve) => setTimeout(() => resolve({}), 200)),
      { signal: ctrl.signal, onStage: (s) => s === "planning" && ctrl.abort() },
    );
    expect(await pending).toEqual({ ok: false, error: "", cancelled: true });
    expect(InProcessWorker.terminated).toBe(before + 1);
  });

  it("a worker that cannot start: the same analysis on the page", async () => {
    const snapshot = await sampleSnapshot();
    const refused = (): Worker => {
      throw new Error("blocked by the page's policy");
    };
    const r = await workerAnalyser(refused).analyse(snapshot, {}, async () => ({}));
    const onPage = await analyseSnapshot(snapshot, {}, () => ({}));
    expect(r).toEqual({ ok: true, value: onPage });
  });

  it("builds the Word plan in the worker: the same document as on the page; Hủy ends it", async () => {
    const snapshot = await sampleSnapshot();
    const a = await analyseSnapshot(snapshot, {}, () => ({}));
    if (!a.ok) throw new Error("not analysed");
    const input = { plan: a.plan, totals: a.totals, info: defaultDocumentInfo(a.plan) };
    const stages: WorkStage[] = [];
    const analyser = workerAnalyser(create);
    const bytes = await analyser.buildDocx!(input, { onStage: (s) => stages.push(s) });
    const onPage = await buildPlanDocx(input);
    const xml = (b: Uint8Array) => new PizZip(b).file("word/document.xml")?.asText();
    expect(xml(bytes)).toBe(xml(onPage));
    expect(xml(bytes)).toContain(a.plan.info.school);
    expect(stages).toEqual(["word"]);
    const ctrl = new AbortController();
    const stopped = analyser.buildDocx!(input, { signal: ctrl.signal, onStage: () => ctrl.abort() });
    await expect(stopped).rejects.toMatchObject({ code: "cancelled" });
  });

  it("a plan with the user's context choices (Năm học 2026-2027 over 2025-2026) gives the same document after the structured clone", async () => {
    const rows = sampleRows().map((r) => [...r]);
    rows[2][4] = "Hoa Ban, ngày 10 tháng 10 năm 2025";
    rows[4][0] = "Năm học 2025-2026";
    const r = readPlan({ sheets: [gridFromRows("KH", rows)] });
    if (!r.ok) throw new Error("unreadable");
    const plan = withOverrides(r.plan, { schoolYear: "2026-2027" });
    const { totals } = checkPlan(plan);
    const input = { plan, totals, info: defaultDocumentInfo(plan) };
    const xml = (b: Uint8Array) => new PizZip(b).file("word/document.xml")?.asText();
    const onPage = xml(await buildPlanDocx(input));
    expect(xml(await workerAnalyser(create).buildDocx!(input))).toBe(onPage);
    expect(onPage).toContain("2026-2027");
  });

  const files = [SAMPLE, ...sharedExamples()];
  it("one school's line of the summary, in the worker, equals the line made on the page; a corrupt file is a line saying why", async () => {
    for (const file of files) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const name = file.split("/").pop()!;
      expect(await summariseInWorker(create, name, bytes, "vi")).toStrictEqual(await summariseOnPage(name, bytes, "vi"));
    }
    const junk = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 251);
    const bad = await summariseInWorker(create, "hong.xlsx", junk, "vi");
    const cli = await planFromXlsxBytes(junk, "hong.xlsx");
    expect(bad.error).toContain('Tệp "hong.xlsx" không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.');
    expect(!cli.ok && bad.error).toBe(!cli.ok && cli.message);
    expect(bad.amount).toBe(0);
  });
});
