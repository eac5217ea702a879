#!/usr/bin/env node
/**
 * `npm run sample`: the whole job on the project's sample plan — check it (issues
 * by cell, totals in figures and words), then write the Word plan to out/.
 * Expects `npm run build:cli` to have run (the npm script does it first).
 */
const path = require("path");
const root = path.join(__dirname, "..");
const { main } = require(path.join(root, "dist-cli", "cli", "main.js"));

(async () => {
  const sample = path.join("examples", "ke-hoach-mau.xlsx");
  process.chdir(root);
  const checkCode = await main(["check", sample]);
  const wordCode = await main(["word", sample, "-o", path.join("out", "ke-hoach-mau.docx")]);
  // The sample has planted mistakes, so `check` exits 1 by design; only a
  // failure to read or write (exit 2) fails the sample run.
  process.exitCode = checkCode === 2 || wordCode !== 0 ? 2 : 0;
})();
