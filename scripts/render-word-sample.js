#!/usr/bin/env node
/* global require, process, console, __dirname */
/**
 * Renders the Word document of plan workbooks to look at, page by page:
 *   node scripts/render-word-sample.js [FILE.xlsx ...] [--out DIR] [--template T.docx]
 * Without files it takes ../shared/examples/*.xlsx. Compiles src/ with tsc into
 * a temporary folder, writes DIR/<name>.docx, and when LibreOffice and poppler
 * are installed also DIR/<name>.pdf and DIR/<name>-<page>.png (60 dpi).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
let out = path.join(os.tmpdir(), "ctcl-word-sample");
let template = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--out") out = path.resolve(args[++i]);
  else if (args[i] === "--template") template = path.resolve(args[++i]);
  else files.push(path.resolve(args[i]));
}
if (!files.length) {
  const dir = path.join(root, "..", "shared", "examples");
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (f.endsWith(".xlsx")) files.push(path.join(dir, f));
}
if (!files.length) {
  console.log("Không có tệp .xlsx nào để dựng (no workbook given and ../shared/examples is absent).");
  process.exit(0);
}
fs.mkdirSync(out, { recursive: true });

const build = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-build-"));
// Type errors elsewhere in the tree do not stop the emit.
spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.cli.json"), "--outDir", build], {
  stdio: "ignore",
});
process.env.NODE_PATH = path.join(root, "node_modules");
require("module").Module._initPaths();

const { planFromXlsxBytes } = require(path.join(build, "file", "load-plan.js"));
const { computeTotals } = require(path.join(build, "core", "totals.js"));
const word = require(path.join(build, "core", "word", "index.js"));

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

(async () => {
  for (const file of files) {
    const name = path.basename(file, ".xlsx");
    const load = await planFromXlsxBytes(new Uint8Array(fs.readFileSync(file)), file);
    if (!load.ok) {
      console.log(`${name}: ${load.message}`);
      continue;
    }
    const input = { plan: load.plan, totals: computeTotals(load.plan), info: word.defaultDocumentInfo(load.plan) };
    const bytes = template
      ? await word.fillTemplateDocx(new Uint8Array(fs.readFileSync(template)), input)
      : await word.buildPlanDocx(input);
    const docx = path.join(out, `${name}.docx`);
    fs.writeFileSync(docx, bytes);
    console.log(docx);
    if (has("soffice")) {
      const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), "lo-"))}`;
      execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", out, docx], {
        stdio: "ignore",
      });
      const pdf = path.join(out, `${name}.pdf`);
      console.log(pdf);
      if (has("pdftoppm")) {
        execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(out, name)]);
        console.log(`${path.join(out, name)}-*.png`);
      }
    }
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
