#!/usr/bin/env node
/**
 * `npm run bench`: district-scale benchmarks of the add-in's core, Word
 * generator, Office round trips and task-pane bundle. Plain Node: the
 * TypeScript sources (src/, test/robustness/generate.ts, test/office/fake-excel.ts)
 * are compiled on the fly with typescript's transpileModule (the same compiler
 * and options as the CLI build, no type check), so what is measured is the
 * code in the tree, never a stale build.
 *
 *   npm run bench                 readable table
 *   npm run bench -- --json       ... and one JSON object on the last line
 *   npm run bench -- --runs 9     timed runs per measure (median reported; default 7)
 *   npm run bench -- --no-build   measure dist/ as it is instead of running `npm run build:web`
 *   npm run bench -- --only core,word,process,revalidate,memory,syncs,bundle   some sections only
 *
 * Honesty rules: the same generated workbooks (fixed seed) for every run, one
 * warm-up run first, medians of the timed runs, every run starts from the
 * bytes (no plan, snapshot or index reused across runs unless that reuse is
 * what is being measured, as for re-validating one edited row).
 */
/* global require, process, console, performance, structuredClone, global, setInterval, clearInterval, __dirname, __filename */
"use strict";
const fs = require("fs");
const path = require("path");
const os = require("os");
const zlib = require("zlib");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, ".bench-build");
const SIZES = [30, 5000];
const SEED = 2025;

// ---------------------------------------------------------------------------
// TypeScript on the fly (CommonJS, ES2020, like tsconfig.cli.json).

function installTsHook() {
  const ts = require(path.join(ROOT, "node_modules", "typescript"));
  const options = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    resolveJsonModule: true,
    jsx: ts.JsxEmit.ReactJSX,
    sourceMap: false,
  };
  const compile = (module, filename) => {
    const src = fs.readFileSync(filename, "utf8");
    const out = ts.transpileModule(src, { fileName: filename, compilerOptions: options });
    module._compile(out.outputText, filename);
  };
  require.extensions[".ts"] = compile;
  require.extensions[".tsx"] = compile;
}

const src = (p) => path.join(ROOT, p);

// ---------------------------------------------------------------------------
// Small helpers.

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
function quantile(xs, q) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
const now = () => performance.now();
const mb = (bytes) => round(bytes / (1024 * 1024), 1);
const log = (...xs) => {
  if (!flag("--quiet")) console.error(...xs);
};

/**
 * Runs fn once to warm up, then `runs` times; returns the times in ms. When fn
 * returns a number, that is its own timing of the part that counts (set-up
 * such as cloning the input left out).
 */
async function timed(runs, fn) {
  await fn(-1);
  const times = [];
  for (let i = 0; i < runs; i++) {
    if (global.gc) global.gc();
    const t = now();
    const own = await fn(i);
    times.push(typeof own === "number" ? own : now() - t);
  }
  return times;
}

/** A collectable heap between runs, so one run's garbage is not billed to the next. */
function exposeGc() {
  if (global.gc) return;
  try {
    require("v8").setFlagsFromString("--expose-gc");
    global.gc = require("vm").runInNewContext("gc");
  } catch {
    /* runs without explicit GC */
  }
}

function freshCopy(bytes) {
  return new Uint8Array(bytes); // a new buffer: nothing shared between runs
}

// ---------------------------------------------------------------------------
// Child processes: memory of one pipeline in a fresh Node (peak RSS and a
// sampled heap peak), so one measure's garbage does not inflate another's.

async function childMain(task, file) {
  installTsHook();
  const ExcelJS = require("exceljs");
  const { planFromXlsxBytes } = require(src("src/file/load-plan.ts"));
  const { checkPlan } = require(src("src/core/check.ts"));
  const word = require(src("src/core/word/index.ts"));
  const bytes = new Uint8Array(fs.readFileSync(file));
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => {
    const h = process.memoryUsage().heapUsed;
    if (h > heapPeak) heapPeak = h;
  };
  const timer = setInterval(sample, 2);
  global.gc();
  const before = { rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024, heap: process.memoryUsage().heapUsed };
  heapPeak = before.heap;
  const t = now();
  if (task === "bare") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    sample();
  } else if (task === "check") {
    const loaded = await planFromXlsxBytes(bytes, path.basename(file));
    sample();
    checkPlan(loaded.plan);
    sample();
  } else if (task === "word") {
    // The plan is read first, then everything but the plan dropped, so the
    // figure is what Word generation adds on top of a plan in memory.
    let loaded = await planFromXlsxBytes(bytes, path.basename(file));
    const plan = loaded.plan;
    const { totals } = checkPlan(plan);
    loaded = null;
    global.gc();
    before.rss = process.memoryUsage().rss;
    before.heap = process.memoryUsage().heapUsed;
    before.maxRss = process.resourceUsage().maxRSS * 1024;
    heapPeak = before.heap;
    const out = await word.buildPlanDocx({ plan, totals, info: word.defaultDocumentInfo(plan) });
    sample();
    if (!(out instanceof Uint8Array) || out.length < 1000) throw new Error("no docx");
  }
  const ms = now() - t;
  clearInterval(timer);
  const after = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({
      ms,
      heapBeforeMB: mb(before.heap),
      heapPeakMB: mb(heapPeak),
      rssBeforeMB: mb(before.rss),
      rssPeakMB: mb(after),
      rssPeakGrowthMB: mb(Math.max(0, after - before.maxRss)),
    }) + "\n",
  );
}

function runChild(task, file) {
  const r = spawnSync(process.execPath, ["--expose-gc", __filename, "--child", task, file], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`child ${task} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

// ---------------------------------------------------------------------------
// Sections.

/** bytes -> plan, issues, totals: what the pane and `ctcl check` do with a file. */
async function makePipeline() {
  const { planFromXlsxBytes } = require(src("src/file/load-plan.ts"));
  const { checkPlan } = require(src("src/core/check.ts"));
  return async (bytes) => {
    const loaded = await planFromXlsxBytes(freshCopy(bytes), "ke-hoach.xlsx");
    if (!loaded.ok) throw new Error(`generated plan refused: ${loaded.message}`);
    return { plan: loaded.plan, ...checkPlan(loaded.plan) };
  };
}

async function benchCore(inputs, runs, result, notes, pipeline) {
  const ExcelJS = require("exceljs");
  const { snapshotFromXlsx } = require(src("src/file/xlsx.ts"));
  const { readPlan } = require(src("src/core/read/index.ts"));
  const { checkPlan } = require(src("src/core/check.ts"));

  // The floor is exceljs as published: src/file/xlsx.ts wraps its merge parser
  // (huge merges skipped, overlaps checked in linear time), so the bare load
  // puts the original back for its own runs.
  const wsProto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("x"));
  const bareLoad = async (bytes) => {
    const b = freshCopy(bytes);
    const wrapped = wsProto._parseMergeCells;
    if (wsProto.__ctclOriginalParseMergeCells) wsProto._parseMergeCells = wsProto.__ctclOriginalParseMergeCells;
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b.buffer);
      return wb;
    } finally {
      wsProto._parseMergeCells = wrapped;
    }
  };
  const checkMs = {};
  const detail = {};
  for (const n of SIZES) {
    const bytes = inputs[n];
    // Bare load and our pipeline interleaved, run by run, so both see the same machine state.
    const bare = [];
    const ours = [];
    await bareLoad(bytes);
    await pipeline(bytes);
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [0, 1] : [1, 0];
      for (const k of order) {
        global.gc?.();
        const t = now();
        if (k === 0) await bareLoad(bytes);
        else await pipeline(bytes);
        (k === 0 ? bare : ours).push(now() - t);
      }
    }
    // The parts of the pipeline, for the table (same bytes, separate runs).
    let snap = null;
    const snapshotMs = await timed(runs, async () => {
      snap = await snapshotFromXlsx(freshCopy(bytes));
    });
    let plan = null;
    const readMs = await timed(runs, () => {
      const r = readPlan(snap);
      plan = r.plan;
    });
    const checkOnly = await timed(runs, () => {
      const fresh = structuredClone(plan); // a fresh plan object each run: no per-plan index reused
      const t = now();
      checkPlan(fresh);
      return now() - t;
    });
    checkMs[String(n)] = round(median(ours));
    checkMs[`bareLoad${n}`] = round(median(bare));
    detail[n] = {
      snapshotMs: round(median(snapshotMs)),
      readPlanMs: round(median(readMs)),
      checkPlanMs: round(median(checkOnly)),
      rows: plan.rows.length,
      issues: checkPlan(plan).issues.length,
    };
    if (plan.rows.length !== n) notes.push(`the generated ${n}-row workbook read as ${plan.rows.length} plan rows`);
  }
  checkMs.ratio = round(checkMs["5000"] / checkMs.bareLoad5000, 2);
  result.checkMs = checkMs;
  result.checkDetail = detail;
}

async function benchWord(inputs, runs, result, pipeline) {
  const word = require(src("src/core/word/index.ts"));
  const wordMs = {};
  const docxBytes = {};
  for (const n of SIZES) {
    const base = await pipeline(inputs[n]);
    const times = await timed(runs, async () => {
      const plan = structuredClone(base.plan);
      const totals = structuredClone(base.totals);
      const t = now();
      const out = await word.buildPlanDocx({ plan, totals, info: word.defaultDocumentInfo(plan) });
      docxBytes[n] = out.length;
      return now() - t;
    });
    wordMs[String(n)] = round(median(times));
  }
  if (result.checkMs) wordMs.ratioToBareLoad = round(wordMs["5000"] / result.checkMs.bareLoad5000, 2);
  result.wordMs = wordMs;
  result.docxBytes = docxBytes;
}

async function benchRevalidate(inputs, result, pipeline) {
  const { validateRows } = require(src("src/core/validate/index.ts"));
  const { plan } = await pipeline(inputs[5000]); // checkPlan ran: the plan's row index exists, as in the pane
  const rows = plan.rows;
  const EDITS = 2000;
  const timeline = ["Tháng 13/2025", "Từ tháng 9/2025 đến tháng 11/2025", "Năm học 2025-2026", "Quý V/2026"];
  // In place: the edited row's fields change on the same plan object (the
  // pane re-reads the row and patches it); index reused.
  const inPlace = [];
  for (let i = -200; i < EDITS; i++) {
    const row = rows[(Math.abs(i) * 2654435761) % rows.length];
    row.timeline = timeline[Math.abs(i) % timeline.length];
    row.owner = i % 3 ? row.owner : "";
    const t = now();
    validateRows(plan, [row.row]);
    if (i >= 0) inPlace.push(now() - t);
  }
  // A new plan object with one row replaced (immutable update): the index is rebuilt.
  const fresh = [];
  for (let i = -20; i < 200; i++) {
    const k = (Math.abs(i) * 2654435761) % rows.length;
    const edited = { ...rows[k], timeline: timeline[Math.abs(i) % timeline.length] };
    const next = { ...plan, rows: rows.slice() };
    next.rows[k] = edited;
    const t = now();
    validateRows(next, [edited.row]);
    if (i >= 0) fresh.push(now() - t);
  }
  result.revalidateOneRowMs = round(median(inPlace), 3);
  result.revalidateDetail = {
    inPlaceMedianMs: round(median(inPlace), 3),
    inPlaceP95Ms: round(quantile(inPlace, 0.95), 3),
    newPlanObjectMedianMs: round(median(fresh), 3),
    newPlanObjectP95Ms: round(quantile(fresh, 0.95), 3),
  };
}

function benchMemory(files, result) {
  const memory = {};
  for (const n of SIZES) {
    for (const task of ["bare", "check", "word"]) {
      const r = runChild(task, files[n]);
      memory[`${task}${n}`] = { rssPeakMB: r.rssPeakMB, rssPeakGrowthMB: r.rssPeakGrowthMB, heapPeakMB: r.heapPeakMB, heapBeforeMB: r.heapBeforeMB };
    }
  }
  result.memoryMB = memory;
}

// ---------------------------------------------------------------------------
// Office round trips (syncs) per task-pane action, through the Excel host and
// the counting fake context of the tests.

async function benchSyncs(inputs, result, notes) {
  const officeIndex = src("src/office/index.ts");
  const fakePath = src("test/office/fake-excel.ts");
  if (!fs.existsSync(officeIndex) || !fs.existsSync(fakePath)) {
    notes.push("Office sync counts not measured: src/office/index.ts (createExcelHost) or test/office/fake-excel.ts is missing");
    return;
  }
  const { createExcelHost } = require(officeIndex);
  const { FakeExcel, countSyncs } = require(fakePath);
  const { PLAN_SHEET_NAME } = require(src("src/core/plan-table.ts"));
  const { snapshotFromXlsx } = require(src("src/file/xlsx.ts"));
  const { readPlan } = require(src("src/core/read/index.ts"));
  const { checkPlan } = require(src("src/core/check.ts"));

  /** The generated workbook's sheets as cells of the fake Excel (values, formulas, formats, merges). */
  function fakeFrom(snapshot, payloadLimit) {
    const fake = new FakeExcel();
    fake.payloadLimit = payloadLimit;
    for (const g of snapshot.sheets) {
      const ws = fake.workbook.addSheet(g.sheetName);
      g.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const f = g.formulas[r]?.[c] ?? null;
          if ((v === null || v === "") && !f) return;
          const cell = ws.ensure(r + g.originRow, c + g.originCol);
          cell.value = v ?? "";
          cell.formula = f ? `=${f}` : null;
          cell.numberFormat = g.numberFormats[r]?.[c] ?? "General";
        }),
      );
      ws.merges.push(...g.merges.map((m) => ({ ...m })));
    }
    return fake;
  }

  const expectOk = (what, n, r) => {
    if (!r || r.ok === false) notes.push(`Office ${what} with ${n} rows answered an error: ${r && r.error}`);
    return r;
  };

  const issuesMarked = {};
  const measure = async (payloadLimit) => {
    const out = {};
    const put = (action, n, syncs) => {
      out[action] ??= {};
      out[action][String(n)] = syncs;
    };
    for (const n of SIZES) {
      const snapshot = await snapshotFromXlsx(freshCopy(inputs[n]));
      const fake = fakeFrom(snapshot, payloadLimit);
      const host = createExcelHost(fake.env());
      const sheet = snapshot.sheets[0].sheetName;

      // Open / validate: the sheet snapshot the pane checks (the checking itself is pure).
      const listed = await countSyncs(fake, () => host.listSheets());
      const validate = await countSyncs(fake, () => host.readWorkbook(sheet));
      expectOk("readWorkbook", n, validate.result);
      put("validate", n, validate.syncs);
      put("openSheet (listSheets + readWorkbook)", n, listed.syncs + validate.syncs);
      const read = readPlan(validate.result.value, { sheet });
      if (!read.ok) throw new Error(`plan not found in the fake Excel sheet (${read.error.code})`);
      const { totals } = checkPlan(read.plan);

      // Convert: the clean plan table on its own sheet.
      const asked = await countSyncs(fake, () => host.hasPlanSheet());
      const convert = await countSyncs(fake, () => host.writePlanSheet(read.plan, totals));
      expectOk("writePlanSheet", n, convert.result);
      put("convert", n, convert.syncs);
      put("convert incl. asking hasPlanSheet", n, asked.syncs + convert.syncs);
      if (fake.writesTo(sheet).length) notes.push(`writePlanSheet wrote to the original sheet (${n} rows)`);

      // Highlight: marks on the plan sheet for the issues found there.
      const planRead = await host.readWorkbook(PLAN_SHEET_NAME);
      const planPlan = readPlan(planRead.value, { sheet: PLAN_SHEET_NAME });
      const issues = planPlan.ok ? checkPlan(planPlan.plan).issues : [];
      const highlight = await countSyncs(fake, () => host.highlightIssues(issues));
      expectOk("highlightIssues", n, highlight.result);
      put("highlight", n, highlight.syncs);

      // Live re-check after an edit: re-read the plan sheet, then re-mark.
      const reread = await countSyncs(fake, () => host.readWorkbook(PLAN_SHEET_NAME));
      const remark = await countSyncs(fake, () => host.highlightIssues(issues));
      put("recheck after edit (readWorkbook + highlight)", n, reread.syncs + remark.syncs);

      // Totals row.
      const totalsRow = await countSyncs(fake, () => host.writeTotalsRow());
      expectOk("writeTotalsRow", n, totalsRow.result);
      put("totalsRow", n, totalsRow.syncs);

      // Criterion picker: insert into the selected row of the plan table.
      const ws = fake.workbook.sheet(PLAN_SHEET_NAME);
      fake.workbook.selection = { sheet: ws, box: { top: 3, left: 0, bottom: 3, right: 3 } };
      const insert = await countSyncs(fake, () => host.insertCriterion("1.1", "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường"));
      expectOk("insertCriterion", n, insert.result);
      put("pickerInsert", n, insert.syncs);
      issuesMarked[n] = issues.length;
    }
    return out;
  };
  const unlimited = await measure(Number.POSITIVE_INFINITY);
  const web = await measure(5 * 1024 * 1024);
  // The headline counts: with Excel on the web's 5 MB request/response cap (the stricter host).
  const core = ["convert", "validate", "highlight", "totalsRow", "pickerInsert"];
  result.syncs = Object.fromEntries(core.map((k) => [k, web[k]]));
  result.syncsDetail = { web5MB: web, desktop: unlimited, issuesMarked };
}

// ---------------------------------------------------------------------------
// Whole processes, as users run them: `node bin/ctcl.js check FILE --json`
// (stdout to a file, as `> out.json` does) and `node bin/ctcl.js word FILE -o
// OUT.docx`, each against a bare exceljs load of the same file in its own
// `node -e` process. Wall-clock from spawn to exit: Node start-up, module
// loading, reading, checking, JSON building, zipping and writing included.
// Interleaved run by run (the order rotates), one warm-up of each first.

/**
 * CPU time (user + system, ms) of this process's waited-for children so far,
 * from /proc (10 ms ticks); null where there is no /proc. On a shared machine
 * a process's CPU time varies far less than its wall-clock time.
 */
let clockTicks = null;
function childrenCpuMs() {
  try {
    if (clockTicks === null) {
      const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
      clockTicks = Number(r.stdout) || 100;
    }
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[13]) + Number(f[14])) * 1000) / clockTicks; // cutime, cstime (fields 16, 17)
  } catch {
    return null;
  }
}

/** The floor: a process that loads exceljs and reads the file, nothing else. */
const BARE_LOAD_SCRIPT =
  'const ExcelJS = require("exceljs"); const fs = require("fs");' +
  " new ExcelJS.Workbook().xlsx.load(fs.readFileSync(process.argv[1])).then(() => {}, (e) => { console.error(e); process.exit(3); });";

function benchProcess(files, runs, result, notes) {
  const cli = path.join(ROOT, "bin", "ctcl.js");
  if (!flag("--no-build")) {
    log("building the command line (npm run build:cli) ...");
    const r = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status !== 0) {
      notes.push(`whole-process figures not measured: npm run build:cli failed (${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" / ")})`);
      return;
    }
  }
  const inputs = { 30: path.join(ROOT, "examples", "ke-hoach-mau.xlsx"), 5000: files[5000] };
  const outJson = path.join(OUT, "process-check.json");
  const outDocx = path.join(OUT, "process-word.docx");
  const commands = (file) => ({
    bare: { argv: ["-e", BARE_LOAD_SCRIPT, file], ok: [0] },
    check: { argv: [cli, "check", file, "--json"], ok: [0, 1], stdout: outJson },
    word: { argv: [cli, "word", file, "-o", outDocx], ok: [0] },
  });
  const runOnce = (name, cmd) => {
    const fd = fs.openSync(cmd.stdout ?? "/dev/null", "w");
    try {
      const cpu = childrenCpuMs();
      const t = now();
      const r = spawnSync(process.execPath, cmd.argv, { cwd: ROOT, stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
      const ms = now() - t;
      const cpuMs = cpu === null ? NaN : childrenCpuMs() - cpu;
      if (!cmd.ok.includes(r.status)) throw new Error(`${name} exited ${r.status}: ${(r.stderr || "").trim().split("\n").slice(0, 3).join(" / ")}`);
      return { ms, cpuMs };
    } finally {
      fs.closeSync(fd);
    }
  };
  const out = {};
  for (const n of SIZES) {
    const cmds = commands(inputs[n]);
    const names = Object.keys(cmds);
    const times = Object.fromEntries(names.map((k) => [k, []]));
    const cpus = Object.fromEntries(names.map((k) => [k, []]));
    for (const k of names) runOnce(k, cmds[k]); // warm-up: disk cache, compile cache
    for (let i = 0; i < runs; i++) {
      for (let j = 0; j < names.length; j++) {
        const k = names[(i + j) % names.length];
        const r = runOnce(k, cmds[k]);
        times[k].push(r.ms);
        cpus[k].push(r.cpuMs);
      }
    }
    const m = Object.fromEntries(names.map((k) => [k, round(median(times[k]))]));
    const c = Object.fromEntries(names.map((k) => [k, round(median(cpus[k]))]));
    out[n] = {
      file: path.relative(ROOT, inputs[n]),
      bareMs: m.bare,
      checkMs: m.check,
      wordMs: m.word,
      checkRatio: round(m.check / m.bare, 2),
      wordRatio: round(m.word / m.bare, 2),
      cpu: {
        bareMs: c.bare,
        checkMs: c.check,
        wordMs: c.word,
        checkRatio: round(c.check / c.bare, 2),
        wordRatio: round(c.word / c.bare, 2),
      },
      loadAverage: round(os.loadavg()[0], 1),
      jsonBytes: fs.statSync(outJson).size,
      docxBytes: fs.statSync(outDocx).size,
    };
  }
  result.processMs = out;
}

// ---------------------------------------------------------------------------
// Task-pane bundle: the up-front script and the on-demand chunks (gzip).

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function benchBundle(result, notes) {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(ROOT, "webpack.config.js"))) {
    notes.push("bundle not measured: webpack.config.js is missing");
    return;
  }
  if (!flag("--no-build")) {
    log("building the task pane (npm run build:web) ...");
    const r = spawnSync("npm", ["run", "build:web"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status !== 0) {
      notes.push(`bundle not measured: npm run build:web failed (${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" / ")})`);
      return;
    }
  }
  const html = path.join(dist, "taskpane.html");
  if (!fs.existsSync(html)) {
    notes.push("bundle not measured: dist/taskpane.html is missing");
    return;
  }
  // Up front: every script the page loads by itself (script tags), local files only.
  const page = fs.readFileSync(html, "utf8");
  const tags = [...page.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  const local = tags.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => s.replace(/^\.?\//, "").split("?")[0]);
  const upfront = {};
  for (const s of local) {
    const f = path.join(dist, s);
    if (fs.existsSync(f)) upfront[s] = gzipSize(f);
  }
  const upfrontGzipBytes = Object.values(upfront).reduce((a, b) => a + b, 0);
  // On demand: the other scripts in dist/ (named by webpack's chunk names).
  const chunks = {};
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.js$/.test(e.name)) {
        const rel = path.relative(dist, p).split(path.sep).join("/");
        if (!(rel in upfront)) chunks[rel] = gzipSize(p);
      }
    }
  };
  walk(dist);
  const bundle = { upfrontGzipBytes, upfront, chunks, externalScripts: tags.filter((s) => /^(https?:)?\/\//i.test(s)) };
  // What each script holds, from its source map (webpack writes one per script):
  // the libraries by package, and our own modules by folder.
  const contents = {};
  for (const file of [...Object.keys(upfront), ...Object.keys(chunks)]) {
    const map = path.join(dist, `${file}.map`);
    if (!fs.existsSync(map)) continue;
    try {
      const sources = JSON.parse(fs.readFileSync(map, "utf8")).sources ?? [];
      const parts = new Set();
      for (const s of sources) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
        if (m) parts.add(m[1]);
        else {
          const own = /(?:^|\/)src\/([^/]+)/.exec(s);
          if (own) parts.add(`src/${own[1]}`);
        }
      }
      contents[file] = [...parts].sort();
    } catch (e) {
      notes.push(`source map of ${file} unreadable: ${e.message}`);
    }
  }
  bundle.contents = contents;
  for (const lib of ["exceljs", "docx", "docxtemplater", "pizzip"]) {
    const where = Object.keys(upfront).filter((f) => contents[f]?.includes(lib));
    if (where.length) notes.push(`${lib} is in the up-front script ${where.join(", ")} (it should be in an on-demand chunk)`);
  }
  const wordIn = Object.keys(upfront).filter((f) => contents[f]?.includes("src/core") && /src\/core\/word\/(document|table|template|runs)\.ts/.test(fs.readFileSync(path.join(dist, `${f}.map`), "utf8")));
  if (wordIn.length) notes.push(`the Word generator (src/core/word/document, table, template) is in the up-front script ${wordIn.join(", ")}`);
  result.bundle = bundle;
}

// ---------------------------------------------------------------------------
// Report.

function machine() {
  let cpu = "unknown";
  try {
    cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? cpu;
  } catch {
    cpu = os.cpus()[0]?.model ?? cpu;
  }
  return { nproc: os.availableParallelism ? os.availableParallelism() : os.cpus().length, cpu, node: process.version, platform: `${os.platform()} ${os.release()}`, memGB: round(os.totalmem() / 2 ** 30, 1) };
}

function verdict(ok) {
  return ok === undefined ? "" : ok ? "met" : "MISSED";
}

function table(result) {
  const lines = [];
  const row = (what, value, target, ok) => lines.push(`${what.padEnd(52)} ${String(value).padStart(12)}   ${target.padEnd(22)} ${verdict(ok)}`);
  lines.push(`KH CTCL benchmarks — ${result.date} — ${result.machine.cpu}, ${result.machine.nproc} CPU, Node ${result.machine.node}; median of ${result.runs} runs`);
  lines.push("");
  lines.push(`${"measure".padEnd(52)} ${"value".padStart(12)}   ${"target".padEnd(22)} result`);
  const c = result.checkMs;
  if (c) {
    for (const n of SIZES) {
      const d = result.checkDetail[n];
      row(`bare exceljs load, ${n} rows (ms)`, c[`bareLoad${n}`], "floor", undefined);
      row(`read + validate + totals, ${n} rows (ms)`, c[String(n)], n === 5000 ? "≤ 1.2 × bare load" : "", n === 5000 ? c.ratio <= 1.2 : undefined);
      row(`  of which snapshot (exceljs + grid) (ms)`, d.snapshotMs, "", undefined);
      row(`  of which readPlan (ms)`, d.readPlanMs, "", undefined);
      row(`  of which checkPlan (ms)`, d.checkPlanMs, "", undefined);
    }
    row("ratio read+validate+totals / bare load, 5,000 rows", `${c.ratio}×`, "≤ 1.2×", c.ratio <= 1.2);
  }
  const p = result.processMs;
  if (p) {
    lines.push(`whole processes (node bin/ctcl.js ..., wall clock, interleaved with a bare \`node -e\` exceljs load of the same file):`);
    for (const n of SIZES) {
      const x = p[n];
      if (!x) continue;
      const checkTarget = n === 5000 ? 1.2 : 1.1;
      row(`  bare exceljs load process, ${n} rows (ms)`, x.bareMs, "floor", undefined);
      row(`  ctcl check --json, ${n} rows (ms)`, x.checkMs, "", undefined);
      row(`  ctcl word -o, ${n} rows (ms)`, x.wordMs, "", undefined);
      row(`  ratio check / bare load, ${n} rows`, `${x.checkRatio}×`, `≤ ${checkTarget}×`, x.checkRatio <= checkTarget);
      row(`  ratio word / bare load, ${n} rows`, `${x.wordRatio}×`, n === 5000 ? "≤ 2×" : "", n === 5000 ? x.wordRatio <= 2 : undefined);
      if (Number.isFinite(x.cpu.bareMs)) {
        row(`  CPU time (user+sys) bare / check / word, ${n} rows (ms)`, `${x.cpu.bareMs}/${x.cpu.checkMs}/${x.cpu.wordMs}`, "", undefined);
        row(`  CPU-time ratios check / word to bare, ${n} rows`, `${x.cpu.checkRatio}× ${x.cpu.wordRatio}×`, "", undefined);
      }
    }
    const load = Math.max(...SIZES.map((n) => p[n]?.loadAverage ?? 0));
    if (load > result.machine.nproc) lines.push(`  (load average ${load} on ${result.machine.nproc} CPUs while measuring: wall-clock figures are noisy; the CPU-time ratios are steadier)`);
  }
  const w = result.wordMs;
  if (w) {
    row("Word generation, 30 rows (ms)", w["30"], "≤ 150 ms", w["30"] <= 150);
    row("Word generation, 5,000 rows (ms)", w["5000"], "≤ 3 × bare load", w.ratioToBareLoad <= 3);
    row("  ratio to the bare load", `${w.ratioToBareLoad}×`, "≤ 3×", w.ratioToBareLoad <= 3);
  }
  if (result.revalidateOneRowMs !== undefined) {
    const r = result.revalidateDetail;
    row("re-validate one edited row, 5,000 rows (ms)", result.revalidateOneRowMs, "≤ 1 ms", result.revalidateOneRowMs <= 1);
    row("  p95, row patched in place (ms)", r.inPlaceP95Ms, "", undefined);
    row("  median, new plan object (index rebuilt) (ms)", r.newPlanObjectMedianMs, "", undefined);
  }
  if (result.memoryMB) {
    for (const [k, v] of Object.entries(result.memoryMB)) row(`memory ${k}: RSS peak / growth / heap peak (MB)`, `${v.rssPeakMB}/${v.rssPeakGrowthMB}/${v.heapPeakMB}`, "", undefined);
  }
  if (result.syncs) {
    for (const [action, v] of Object.entries(result.syncs)) {
      const ok = v["30"] <= 3 && v["5000"] <= 3 && v["30"] === v["5000"];
      row(`context.sync() calls: ${action} (30 / 5,000 rows)`, `${v["30"]} / ${v["5000"]}`, "≤ 3, same", ok);
    }
  }
  if (result.syncsDetail) {
    for (const [action, v] of Object.entries(result.syncsDetail.web5MB)) {
      if (result.syncs[action]) continue;
      row(`  context.sync() calls: ${action}`, `${v["30"]} / ${v["5000"]}`, "", undefined);
    }
    const d = result.syncsDetail.desktop;
    const same = Object.keys(d).every((k) => JSON.stringify(d[k]) === JSON.stringify(result.syncsDetail.web5MB[k]));
    lines.push(`  (counted with Excel on the web's 5 MB request cap; without the cap: ${same ? "the same counts" : JSON.stringify(d)})`);
  }
  if (result.bundle) {
    const b = result.bundle;
    row("task pane up-front script (gzip KB)", round(b.upfrontGzipBytes / 1024), "≤ 250 KB", b.upfrontGzipBytes <= 250 * 1024);
    for (const [name, size] of Object.entries(b.chunks)) row(`  on-demand chunk ${name} (gzip KB)`, round(size / 1024), "", undefined);
  }
  if (result.notes.length) {
    lines.push("");
    for (const n of result.notes) lines.push(`note: ${n}`);
  }
  return lines.join("\n");
}

async function main() {
  if (args[0] === "--child") return childMain(args[1], args[2]);
  installTsHook();
  exposeGc();
  const runs = Math.max(1, Number(option("--runs", "7")) || 7);
  fs.mkdirSync(OUT, { recursive: true });
  const result = { date: new Date().toISOString(), machine: machine(), runs, rows: SIZES, notes: [] };
  const notes = result.notes;

  log("generating the workbooks ...");
  const { planWorkbookBytes } = require(src("test/robustness/generate.ts"));
  const inputs = {};
  const files = {};
  for (const n of SIZES) {
    inputs[n] = await planWorkbookBytes({ rows: n, seed: SEED });
    files[n] = path.join(OUT, `plan-${n}.xlsx`);
    fs.writeFileSync(files[n], inputs[n]);
  }
  result.inputBytes = Object.fromEntries(SIZES.map((n) => [n, inputs[n].length]));

  const section = async (name, fn) => {
    log(`${name} ...`);
    try {
      await fn();
    } catch (e) {
      notes.push(`${name} failed: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`);
    }
  };
  const only = option("--only", "").split(",").filter(Boolean);
  const wanted = (name) => only.length === 0 || only.includes(name);
  const pipeline = await makePipeline();
  if (wanted("core")) await section("read + validate + totals", () => benchCore(inputs, runs, result, notes, pipeline));
  if (wanted("word")) await section("Word generation", () => benchWord(inputs, runs, result, pipeline));
  if (wanted("process")) await section("whole processes (ctcl check / word)", () => benchProcess(files, Math.max(5, runs), result, notes));
  if (wanted("revalidate")) await section("re-validating one row", () => benchRevalidate(inputs, result, pipeline));
  if (wanted("memory")) await section("memory", () => benchMemory(files, result));
  if (wanted("syncs")) await section("Office round trips", () => benchSyncs(inputs, result, notes));
  if (wanted("bundle")) await section("bundle", () => benchBundle(result, notes));

  console.log(table(result));
  if (flag("--json")) console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
