/* global module, require, process, __dirname, console */
/**
 * A jest reporter that says, at the end of the run, which tests were skipped
 * here because a tool or ../shared is missing, and how to get it. Jest itself
 * hides the console output of a fully skipped suite, so the reason would
 * otherwise be lost. In CI (`CI` set) nothing is skipped: a missing tool fails
 * the suites that need it, so this reporter stays quiet there.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");

function onPath(cmd) {
  const r = spawnSync(process.platform === "win32" ? "where" : "sh", process.platform === "win32" ? [cmd] : ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0;
}

/** What the tests look for, which suites need it, and how to get it (Debian/Ubuntu). */
const TOOLS = [
  {
    name: "Chromium (/usr/bin/chromium)",
    found: () => fs.existsSync("/usr/bin/chromium"),
    suites: ["test/e2e/taskpane.e2e.test.ts"],
    what: "end-to-end tests of the task pane",
    get: "apt-get install chromium",
  },
  {
    name: "LibreOffice (soffice) and poppler-utils (pdftotext)",
    found: () => onPath("soffice") && onPath("pdftotext"),
    suites: ["test/word/libreoffice.test.ts", "test/word/page-breaks.test.ts"],
    what: "the Word document converted to PDF, and its page breaks",
    get: "apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation",
  },
  {
    name: "../shared/manifest-schemas",
    found: () => fs.existsSync(path.join(ROOT, "..", "shared", "manifest-schemas", "OfficeAppManifestV1_1.xsd")),
    suites: ["test/manifest.test.ts (schema checks only)"],
    what: "the offline schema check of manifest.xml (the XML and required elements are still checked)",
    get: "the project's shared folder beside the clone",
  },
  {
    name: "../shared/examples",
    found: () => fs.existsSync(path.join(ROOT, "..", "shared", "examples")),
    suites: ["test/validate/examples.test.ts", "test/word/examples.test.ts", "test/read/golden.test.ts", "test/e2e/taskpane.e2e.test.ts (shared examples)", "…"],
    what: "the tests on the shared example workbooks",
    get: "the project's shared folder beside the clone",
  },
];

class ToolsReporter {
  constructor(globalConfig) {
    // With -t, suites whose tests are all filtered out look "skipped": do not list them then.
    this.filtered = !!(globalConfig && globalConfig.testNamePattern);
  }

  onRunComplete(_contexts, results) {
    if (process.env.CI) return;
    const missing = TOOLS.filter((t) => !t.found());
    const skippedFiles = (this.filtered ? [] : results.testResults || [])
      .filter((r) => r.numPendingTests + r.numTodoTests > 0 && r.numPassingTests === 0 && r.numFailingTests === 0)
      .map((r) => path.relative(ROOT, r.testFilePath));
    if (!missing.length && !skippedFiles.length) return;
    const lines = ["", "Kiểm thử bị bỏ qua trên máy này (skipped here; CI runs them all):"];
    for (const t of missing) {
      lines.push(`  - thiếu / missing ${t.name}: ${t.what} — ${t.suites.join(", ")}`);
      lines.push(`    cài / get it: ${t.get}`);
    }
    if (skippedFiles.length) lines.push(`  Bộ kiểm thử bỏ qua hoàn toàn (fully skipped suites): ${skippedFiles.join(", ")}`);
    console.log(lines.join("\n"));
  }
}

module.exports = ToolsReporter;
module.exports.TOOLS = TOOLS;
