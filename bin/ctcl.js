#!/usr/bin/env node
// ctcl: command line for KH CTCL plans. Built from src/cli by `npm run build`.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("Chưa dựng (build) công cụ dòng lệnh: hãy chạy `npm ci && npm run build` trước. (Not built yet: run `npm ci && npm run build`.)\n");
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
