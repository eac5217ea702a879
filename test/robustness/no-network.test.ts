/**
 * No network: the CLI and the core (read, check, Word, template, export, the
 * Excel host over the fake context) run with every Node network entry point
 * patched to record the attempt and fail. The page is covered by the
 * Playwright test (test/e2e), which aborts and reports any request that is not
 * to 127.0.0.1. A static check keeps network APIs out of the sources, apart
 * from the task pane's office.js tag and its same-origin sample file.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { planFromXlsxBytes } from "../../src/file/load-plan";
import { buildPlanWorkbook } from "../../src/file/export-plan";
import { checkPlan } from "../../src/core/check";
import { buildPlanDocx, defaultDocumentInfo, fillTemplateDocx } from "../../src/core/word";
import { createExcelHost } from "../../src/office";
import { ROOT, SAMPLE } from "../helpers";
import { FakeExcel } from "../office/fake-excel";
import { planWorkbookBytes } from "./generate";

// The modules themselves (not the namespace copies `import * as` makes), so the
// patches are what every other module sees.
const http = require("http") as typeof import("http");
const https = require("https") as typeof import("https");
const net = require("net") as typeof import("net");
const tls = require("tls") as typeof import("tls");
const dns = require("dns") as typeof import("dns");

const attempts: string[] = [];
const restores: (() => void)[] = [];

function trap(obj: object, name: string, label: string): void {
  const target = obj as Record<string, unknown>;
  const original = target[name];
  if (typeof original !== "function") return;
  target[name] = (...args: unknown[]) => {
    attempts.push(`${label}(${String(args[0] && typeof args[0] === "object" ? JSON.stringify(args[0]).slice(0, 80) : args[0])})`);
    throw new Error(`network access attempted: ${label}`);
  };
  restores.push(() => {
    target[name] = original;
  });
}

beforeAll(() => {
  trap(http, "request", "http.request");
  trap(http, "get", "http.get");
  trap(https, "request", "https.request");
  trap(https, "get", "https.get");
  trap(net, "connect", "net.connect");
  trap(net, "createConnection", "net.createConnection");
  trap(tls, "connect", "tls.connect");
  for (const f of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]) trap(dns, f, `dns.${f}`);
  trap(dns.promises, "lookup", "dns.promises.lookup");
  trap(dns.promises, "resolve", "dns.promises.resolve");
  trap(globalThis, "fetch", "fetch");
});

afterAll(() => {
  for (const r of restores.reverse()) r();
});

afterEach(() => {
  expect(attempts).toEqual([]);
});

test("the traps work (a request made here is caught)", () => {
  expect(() => http.get("http://example.invalid/")).toThrow(/network access attempted/);
  expect(() => (globalThis.fetch as unknown as (u: string) => unknown)("https://example.invalid/")).toThrow(/network access attempted/);
  expect(attempts).toHaveLength(2);
  attempts.length = 0;
});

test("ctcl check and ctcl word (generated and with a template) make no network request", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-nonet-"));
  const io = { out: () => undefined, err: () => undefined };
  try {
    expect([0, 1]).toContain(await main(["check", SAMPLE], io));
    expect([0, 1]).toContain(await main(["check", SAMPLE, "--json"], io));
    expect(await main(["word", SAMPLE, "-o", path.join(out, "a.docx")], io)).toBe(0);
    const templates = path.join(ROOT, "examples", "templates");
    const template = fs.existsSync(templates) ? fs.readdirSync(templates).find((f) => f.endsWith(".docx")) : undefined;
    if (template) {
      expect(await main(["word", SAMPLE, "-o", path.join(out, "b.docx"), "--template", path.join(templates, template)], io)).toBe(0);
    }
    expect(await main(["check", path.join(ROOT, "test", "fixtures", "bad-truncated.xlsx")], io)).toBe(2);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test("the core, the file export and the Excel host make no network request", async () => {
  const bytes = await planWorkbookBytes({ rows: 60, seed: 3 });
  const loaded = await planFromXlsxBytes(bytes, "ke-hoach.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const { totals, issues } = checkPlan(loaded.plan);
  const info = defaultDocumentInfo(loaded.plan);
  await buildPlanDocx({ plan: loaded.plan, totals, info });
  const templates = path.join(ROOT, "examples", "templates");
  const template = fs.existsSync(templates) ? fs.readdirSync(templates).find((f) => f.endsWith(".docx")) : undefined;
  if (template) await fillTemplateDocx(new Uint8Array(fs.readFileSync(path.join(templates, template))), { plan: loaded.plan, totals, info });
  await buildPlanWorkbook(loaded.plan, totals);
  const fake = new FakeExcel();
  fake.workbook.addSheet(loaded.plan.sheet);
  const host = createExcelHost(fake.env());
  expect((await host.writePlanSheet(loaded.plan, totals)).ok).toBe(true);
  expect((await host.highlightIssues(issues)).ok).toBe(true);
  expect((await host.writeTotalsRow()).ok).toBe(true);
});

test("the sources use no network API except office.js and the same-origin sample", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name)) files.push(p);
    }
  };
  walk(path.join(ROOT, "src"));
  const found: string[] = [];
  for (const f of files) {
    const rel = path.relative(ROOT, f).split(path.sep).join("/");
    fs.readFileSync(f, "utf8")
      .split("\n")
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
        if (/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b|require\(["'](https?|net|tls|dns)["']\)|from\s+["'](https?|net|tls|dns|node:https?)["']/.test(code)) {
          found.push(`${rel}:${i + 1}: ${line.trim()}`);
        }
        const urls = code.match(/https?:\/\/[^\s"'`)]+/g) ?? [];
        for (const u of urls) if (!/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/.test(u) && !/^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(u) && !/schemas\.|purl\.org|www\.w3\.org|openxmlformats/.test(u)) found.push(`${rel}:${i + 1}: URL ${u}`);
      });
  }
  // The sample workbook is fetched by the page from its own origin (a relative URL).
  expect(found.filter((l) => !/^src\/ui\/pane-store\.ts:\d+: const res = await fetch\(url\);$/.test(l))).toEqual([]);
  const sample = fs.readFileSync(path.join(ROOT, "src", "ui", "components", "HostBar.tsx"), "utf8");
  const m = /SAMPLE_URL\s*=\s*["'`]([^"'`]+)["'`]/.exec(sample) ?? /SAMPLE_URL[^=]*=\s*["'`]([^"'`]+)["'`]/.exec(fs.readFileSync(path.join(ROOT, "src", "ui", "App.tsx"), "utf8"));
  if (m) expect(m[1]).not.toMatch(/^(https?:)?\/\//);
});
