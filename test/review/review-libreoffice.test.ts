/**
 * The review report opens in LibreOffice: each period converts to PDF and the
 * PDF text holds the title, the counts by standard, every row's indicator and
 * status, the period's table VI result, the carry-over heading, the recipients
 * and the signer; `ctcl review -o X.pdf` writes a PDF. Runs when `soffice` is
 * on PATH (CI installs it); otherwise says so and checks nothing.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { buildReviewDocx, statusText } from "../../src/core/word/review";
import { reviewDocumentInfo } from "../../src/core/word/review-info";
import { computeTotals } from "../../src/core/totals";
import { main } from "../../src/cli/main";
import type { ReviewPeriod } from "../../src/core/progress";
import { INDICATORS, REVIEW_HK1, REVIEW_YEAR, statusPlan, statusWorkbook } from "./workbook";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const available = has("soffice") && has("pdftotext");
if (!available) console.log("soffice or pdftotext is not installed: the LibreOffice test of the review report checks nothing here.");
const maybe = available || process.env.CI ? test : test.skip;

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, "");

function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", pdf, "-"]).toString("utf8");
}

maybe(
  "the report of each period converts to PDF with its counts and rows",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-review-lo-"));
    const plan = await statusPlan();
    const periods: ReviewPeriod[] = ["hk1", "cuoi-nam"];
    const files: string[] = [];
    for (const period of periods) {
      const f = path.join(dir, `${period}.docx`);
      fs.writeFileSync(f, await buildReviewDocx({ plan, totals: computeTotals(plan), info: reviewDocumentInfo(plan), period }));
      files.push(f);
    }
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-"));
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files], { stdio: "ignore", timeout: 120000 });
    fs.rmSync(profile, { recursive: true, force: true });
    periods.forEach((period, i) => {
      const layout = pdfText(files[i].replace(/\.docx$/, ".pdf"));
      const text = squash(layout);
      const want = (s: string) => {
        if (!text.includes(squash(s))) throw new Error(`${period}: the PDF text lacks ${JSON.stringify(s)}`);
      };
      want("BÁO CÁO");
      want(period === "hk1" ? "học kỳ I năm học 2026-2027" : "NĂM HỌC 2027-2028");
      want("Kế hoạch có 10 nội dung cải tiến: 2 nội dung hoàn thành (20%)");
      // The counts table, row by row as the layout keeps it on one line.
      for (const [label, counts] of [["Tiêu chuẩn 1", "2 2 0 0 0"], ["Tiêu chuẩn 4", "3 0 0 1 2"], ["Tổng cộng", "10 2 2 2 4"]]) {
        const line = layout.split("\n").find((l) => l.trim().startsWith(label));
        expect(line?.trim().split(/\s{2,}/).slice(1).join(" ")).toBe(counts);
      }
      plan.rows.forEach((r, n) => {
        want(INDICATORS[n]);
        for (const w of statusText(r).split(/\s+/)) want(w);
      });
      for (const w of (period === "hk1" ? REVIEW_HK1 : REVIEW_YEAR).result.split(/\s+/)) want(w);
      want("Phòng VH-XH UBND xã/phường (b/c)");
      want("Trần Thị Mai");
    });
    fs.rmSync(dir, { recursive: true, force: true });
  },
  180000,
);

maybe(
  "ctcl review -o BAO-CAO.pdf writes a PDF",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-review-pdf-"));
    const xlsx = path.join(dir, "ke-hoach.xlsx");
    fs.writeFileSync(xlsx, await statusWorkbook());
    const out = path.join(dir, "BAO-CAO.pdf");
    let said = "";
    const code = await main(["review", xlsx, "-o", out, "--period", "hk1"], { out: (s) => (said += s), err: (s) => (said += s) });
    expect(code).toBe(0);
    expect(said).toContain("(PDF)");
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Table cells wrap and the layout interleaves neighbouring cells: word by word.
    const text = squash(pdfText(out));
    for (const w of REVIEW_HK1.result.split(/\s+/)) expect(text).toContain(w);
    expect(text).toContain(squash("Kế hoạch có 10 nội dung cải tiến"));
    fs.rmSync(dir, { recursive: true, force: true });
  },
  180000,
);
