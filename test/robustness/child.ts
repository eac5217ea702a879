/**
 * Runs a snippet in a child Node with a small heap and a deadline, so an input
 * that would exhaust memory fails a test instead of the test runner. The
 * child requires the TypeScript sources directly (typescript's
 * transpileModule; no build needed): `load("src/file/load-plan.ts")`.
 * The snippet reports by calling `done(value)`; the answer is that value.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "../helpers";

export interface ChildRun<T> {
  /** What the snippet passed to done(), or null when it never answered (crash, heap abort, deadline). */
  out: T | null;
  status: number | null;
  signal: string | null;
  ms: number;
  stderr: string;
}

export function inChildNode<T>(snippet: string, { heapMB = 256, deadlineMs = 20_000 } = {}): ChildRun<T> {
  const script = `
    const fs = require("fs");
    const ts = require(${JSON.stringify(path.join(ROOT, "node_modules", "typescript"))});
    require.extensions[".ts"] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, "utf8"), { fileName: f, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true } }).outputText, f);
    const load = (p) => require(require("path").join(${JSON.stringify(ROOT)}, p));
    const done = (v) => { process.stdout.write(JSON.stringify(v)); process.exit(0); };
    (async () => { ${snippet} })().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(3); });`;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, "-e", script], { encoding: "utf8", timeout: deadlineMs, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 });
  const ms = Date.now() - t0;
  let out: T | null = null;
  try {
    out = JSON.parse(r.stdout) as T;
  } catch {
    out = null;
  }
  return { out, status: r.status, signal: r.signal, ms, stderr: (r.stderr ?? "").split("\n").slice(0, 4).join(" | ") };
}
