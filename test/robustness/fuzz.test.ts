/**
 * Fuzz: random and damaged workbooks through the whole pipeline the add-in and
 * the CLI run (bytes -> snapshot -> readPlan -> checkPlan -> validateRows ->
 * buildPlanDocx). Whatever comes in, no exception escapes: each case either
 * yields a plan (and then issues, totals and .docx bytes) or a refusal with
 * one Vietnamese sentence. Seeded (mulberry32), a bounded number of cases,
 * each case timed. A failing case prints its kind and seed so it can be
 * replayed alone: FUZZ_SEED=<seed> FUZZ_KIND=<kind> npx jest test/robustness/fuzz
 */
import PizZip from "pizzip";
import { validateXML } from "xmllint-wasm";
import * as fs from "fs";
import * as path from "path";
import { planFromXlsxBytes, type PlanLoad } from "../../src/file/load-plan";
import { checkPlan } from "../../src/core/check";
import { issueMessage } from "../../src/core/messages";
import { validateRows } from "../../src/core/validate";
import { buildPlanDocx, defaultDocumentInfo } from "../../src/core/word";
import type { Issue, Totals } from "../../src/core/plan";
import { FIXTURES, SAMPLE } from "../helpers";
import { int, mulberry32, mutateBytes, mutateSheetXml, planWorkbookBytes, randomWorkbook, workbookBytes, type RandomKind, type Rand } from "./generate";

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 0x5ca1ab1e);
/** Longest a single case may take (it is a failure, not a hang, when exceeded). */
const CASE_MS = 20_000;
const REFUSALS = new Set(["not-xlsx", "too-large", "empty", "no-plan", "sheet-missing"]);

interface Outcome {
  kind: string;
  seed: number;
  result: "plan" | "refused";
  code?: string;
  ms: number;
  rows?: number;
}

/** One Vietnamese sentence: non-empty, one line, with Vietnamese letters, no stack trace. */
function expectVietnameseSentence(message: string): void {
  expect(typeof message).toBe("string");
  expect(message.trim().length).toBeGreaterThan(10);
  expect(message).not.toMatch(/\n/);
  expect(message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹýàáèéìíòóùú]/i);
  expect(message).not.toMatch(/\bat .*\.(js|ts):\d+|TypeError|RangeError|undefined/);
}

function expectIssues(issues: Issue[]): void {
  expect(Array.isArray(issues)).toBe(true);
  for (const i of issues) {
    expect(["error", "warning", "info"]).toContain(i.severity);
    expect(typeof i.code).toBe("string");
    expect(typeof i.cell).toBe("string");
    expect(typeof issueMessage(i, "vi")).toBe("string");
    expect(issueMessage(i, "vi").length).toBeGreaterThan(0);
  }
}

function expectTotals(t: Totals): void {
  expect(Number.isFinite(t.amount)).toBe(true);
  expect(typeof t.words).toBe("string");
  for (const v of [...Object.values(t.byStandard), ...Object.values(t.byBand)]) expect(Number.isFinite(v)).toBe(true);
}

/** The pipeline on one input; throws (with the case named) when anything escapes or a contract breaks. */
async function runCase(kind: string, seed: number, bytes: Uint8Array): Promise<Outcome> {
  const t0 = Date.now();
  let load: PlanLoad;
  try {
    load = await planFromXlsxBytes(bytes, "ke-hoach.xlsx");
  } catch (e) {
    throw new Error(`[${kind} seed=${seed}] planFromXlsxBytes threw: ${(e as Error)?.stack ?? e}`);
  }
  if (!load.ok) {
    expect(REFUSALS.has(load.code)).toBe(true);
    expectVietnameseSentence(load.message);
    return { kind, seed, result: "refused", code: load.code, ms: Date.now() - t0 };
  }
  const { plan } = load;
  try {
    const { issues, totals } = checkPlan(plan);
    expectIssues(issues);
    expectTotals(totals);
    // Live re-validation of a few rows, including ones that are no plan row.
    const rand = mulberry32(seed ^ 0x9e3779b9);
    const rows = [...plan.rows.slice(0, 3).map((r) => r.row), int(rand, -5, 100_000), 0];
    expectIssues(validateRows(plan, rows));
    // The plan is plain data: the CLI prints it as JSON.
    JSON.parse(JSON.stringify({ plan, issues, totals }));
    const docx = await buildPlanDocx({ plan, totals, info: defaultDocumentInfo(plan) });
    expect(docx).toBeInstanceOf(Uint8Array);
    expect(docx[0]).toBe(0x50); // "PK": a zip container
    expect(docx[1]).toBe(0x4b);
    // Whatever the cells held, the document part is well-formed XML (Word refuses a file that is not).
    const documentXml = new PizZip(docx).file("word/document.xml")?.asText() ?? "";
    const wellFormed = await validateXML({ xml: [{ fileName: "document.xml", contents: documentXml }], normalization: "format" });
    expect(wellFormed.errors.map((er) => er.rawMessage)).toEqual([]);
  } catch (e) {
    throw new Error(`[${kind} seed=${seed}] after reading a plan of ${plan.rows.length} rows: ${(e as Error)?.stack ?? e}`);
  }
  return { kind, seed, result: "plan", ms: Date.now() - t0, rows: plan.rows.length };
}

const outcomes: Outcome[] = [];

async function runAll(kind: string, count: number, make: (rand: Rand, seed: number) => Promise<Uint8Array>): Promise<void> {
  const only = process.env.FUZZ_KIND;
  if (only && only !== kind) return;
  for (let i = 0; i < count; i++) {
    const seed = (BASE_SEED + Math.imul(i + 1, 0x9e3779b1) + kind.length * 7919) >>> 0;
    const rand = mulberry32(seed);
    const bytes = await make(rand, seed);
    const o = await runCase(kind, seed, bytes);
    if (o.ms > CASE_MS) throw new Error(`[${kind} seed=${seed}] took ${o.ms} ms (limit ${CASE_MS} ms)`);
    outcomes.push(o);
  }
}

const generated = (kind: RandomKind) => async (rand: Rand) => workbookBytes(randomWorkbook(rand, kind));

const realFiles = [SAMPLE, ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx") && !f.startsWith("bad-")).map((f) => path.join(FIXTURES, f))];
const real = realFiles.map((f) => new Uint8Array(fs.readFileSync(f)));

describe("fuzz: random and damaged workbooks never throw", () => {
  jest.setTimeout(120_000);

  test("plans with random cells overwritten, odd merges, extra sheets", async () => {
    await runAll("plan-mutated", 70, generated("plan-mutated"));
  });

  test("sheets of random cells: every value type exceljs writes, rich text, errors, dates, formulas", async () => {
    await runAll("random-sheet", 50, generated("random-sheet"));
  });

  test("10,000-character texts", async () => {
    await runAll("long-texts", 8, generated("long-texts"));
  });

  test("1,000 columns", async () => {
    await runAll("wide", 5, generated("wide"));
  });

  test("empty workbooks and empty sheets", async () => {
    await runAll("empty-sheets", 10, generated("empty-sheets"));
  });

  test("real workbooks with flipped bits, truncations, zeroed blocks; random bytes", async () => {
    await runAll("bytes-mutated", 60, async (rand) => mutateBytes(rand, real[int(rand, 0, real.length - 1)]));
  });

  test("plans whose sheet XML is damaged but still unzips: odd merges, wrong cell types, bad indexes, lying dimensions", async () => {
    await runAll("xml-mutated", 40, async (rand) => mutateSheetXml(rand, await planWorkbookBytes({ rows: int(rand, 1, 25), seed: int(rand, 1, 1e6), styled: false })));
  });

  test("fixed odd inputs: no bytes, a zip signature alone, a truncated zip, the bad fixtures", async () => {
    const fixed: [string, Uint8Array][] = [
      ["zero bytes", new Uint8Array(0)],
      ["zip signature only", new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
      ["empty zip", new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])],
      ["sample cut after 1 KB", real[0].slice(0, 1024)],
      ["sample without its last byte", real[0].slice(0, real[0].length - 1)],
      ...fs
        .readdirSync(FIXTURES)
        .filter((f) => f.startsWith("bad-"))
        .map((f): [string, Uint8Array] => [f, new Uint8Array(fs.readFileSync(path.join(FIXTURES, f)))]),
    ];
    for (const [name, bytes] of fixed) outcomes.push(await runCase(name, 0, bytes));
    const refusedAll = outcomes.filter((o) => o.seed === 0 && o.kind !== "bad-gradebook.xlsx");
    expect(refusedAll.every((o) => o.result === "refused")).toBe(true);
  });

  afterAll(() => {
    const by = new Map<string, { n: number; plans: number; refused: Record<string, number>; maxMs: number; totalMs: number }>();
    for (const o of outcomes) {
      const k = o.seed === 0 ? "fixed" : o.kind;
      const s = by.get(k) ?? { n: 0, plans: 0, refused: {}, maxMs: 0, totalMs: 0 };
      s.n++;
      if (o.result === "plan") s.plans++;
      else s.refused[o.code!] = (s.refused[o.code!] ?? 0) + 1;
      s.maxMs = Math.max(s.maxMs, o.ms);
      s.totalMs += o.ms;
      by.set(k, s);
    }
    const lines = [...by].map(([k, s]) => `${k}: ${s.n} cases, ${s.plans} plans, refused ${JSON.stringify(s.refused)}, slowest ${s.maxMs} ms, total ${s.totalMs} ms`);
    if (lines.length) console.log(`fuzz (seed ${BASE_SEED}):\n${lines.join("\n")}`);
  });
});

test("the generated cases reach both outcomes: plans (later stages exercised) and refusals", () => {
  if (process.env.FUZZ_KIND) return;
  const mutated = outcomes.filter((o) => o.kind === "plan-mutated");
  expect(mutated.filter((o) => o.result === "plan").length).toBeGreaterThan(mutated.length / 2);
  expect(outcomes.some((o) => o.result === "refused" && o.code === "not-xlsx")).toBe(true);
  expect(outcomes.some((o) => o.result === "refused" && o.code === "no-plan")).toBe(true);
});
