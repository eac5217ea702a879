/**
 * End to end: the built task pane in Debian's Chromium, on workbook files, with
 * no network. The page is built here (webpack's Node API, into a temp dir) so
 * `npm test` works from a fresh clone after `npm ci`, served on 127.0.0.1 by a
 * tiny server; any request that is not to 127.0.0.1 fails the test.
 * Screenshots of each main screen go to test-artifacts/ (320 px wide, one wider);
 * with CTCL_SCREENSHOTS=1 the ones of the user guide (docs/huong-dan.md) are
 * also copied to docs/img/.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import PizZip from "pizzip";
import ExcelJS from "exceljs";
import { ROOT, SAMPLE, sharedExamples } from "../helpers";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { planFromXlsxBytes } from "../../src/file/load-plan";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { formatAmount } from "../../src/core/words";
import type { Plan, Totals } from "../../src/core/plan";
import { PLAN_SHEET_NAME } from "../../src/core/plan-table";

jest.setTimeout(300_000);

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.join(ROOT, "test-artifacts");
/** CTCL_SCREENSHOTS=1: the user guide's screenshots, docs/img/<name>. */
const DOCS_IMG = process.env.CTCL_SCREENSHOTS ? path.join(ROOT, "docs", "img") : null;
const DOC_SHOTS: Record<string, string> = {
  "01-start-320.png": "01-mo-tep.png",
  "02-check-320.png": "02-kiem-tra.png",
  "03-totals-320.png": "03-kinh-phi.png",
  "04-info-320.png": "04-thong-tin.png",
  "05-criteria-320.png": "05-tieu-chi.png",
  "06-table-320.png": "06-bang.png",
  "08-word-done-320.png": "07-van-ban-word.png",
  "13-excel-check-320.png": "08-trong-excel.png",
  "14-excel-replace-dialog-320.png": "09-thay-bang.png",
  "10-corrupt-320.png": "10-tep-hong.png",
};
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.log(`${CHROMIUM} is absent: the end-to-end tests of the task pane are not run here (apt-get install chromium).`);
// In CI (.ci/run installs Chromium) the suite always runs: a missing browser fails it.
const suite = haveChromium || process.env.CI ? describe : describe.skip;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves files on 127.0.0.1: "/x" from `dir`, "/excel/x" from `excelDir` (then from `dir`). */
function serve(dir: string, excelDir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let pathname = decodeURIComponent(url.pathname);
    let root = dir;
    if (pathname.startsWith("/excel/")) {
      pathname = pathname.slice("/excel".length);
      if (fs.existsSync(path.join(excelDir, pathname))) root = excelDir;
    }
    const file = path.normalize(path.join(root, pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function compile(config: unknown): Promise<void> {
  const webpack = require("webpack");
  return new Promise<void>((resolve, reject) => {
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** The production page, as `npm run build` makes it. */
async function build(outDir: string): Promise<void> {
  await compile(require(path.join(ROOT, "webpack.config.js"))({ outDir, noSourceMaps: true }, { mode: "production" }));
}

/** The test-only Excel page (test/e2e/excel-page.tsx): the project's config with another entry. */
async function buildExcelPage(outDir: string): Promise<void> {
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const config = require(path.join(ROOT, "webpack.config.js"))({ outDir, noSourceMaps: true }, { mode: "development" });
  config.entry = { excel: path.join(ROOT, "test", "e2e", "excel-page.tsx") };
  // The page's own HTML; webpack's DefinePlugin (__CTCL_VERSION__) stays.
  const { DefinePlugin } = require("webpack");
  config.plugins = [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: path.join(ROOT, "src", "taskpane", "taskpane.html"), chunks: ["excel"] }),
    ...config.plugins.filter((p: unknown) => p instanceof DefinePlugin),
  ];
  await compile(config);
}

/** Newest modification time under a path (files only). */
function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), 0);
}

/** dist/ when `npm run build` made it after the last change to the sources (as in .ci/run), else null. */
function freshDist(): string | null {
  const dist = path.join(ROOT, "dist");
  const page = path.join(dist, "taskpane.html");
  if (!fs.existsSync(page) || !fs.existsSync(path.join(dist, "examples", "ke-hoach-mau.xlsx"))) return null;
  const sources = Math.max(
    ...["src", "assets", "examples", "webpack.config.js", "package-lock.json", "manifest.xml"].map((p) => newest(path.join(ROOT, p))),
  );
  return fs.statSync(page).mtimeMs > sources ? dist : null;
}

async function expected(file: string): Promise<{ plan: Plan; totals: Totals; errors: number }> {
  const snapshot = await snapshotFromXlsx(new Uint8Array(fs.readFileSync(file)));
  const r = readPlan(snapshot);
  if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
  const { issues, totals } = checkPlan(r.plan);
  return { plan: r.plan, totals, errors: issues.filter((i) => i.severity === "error").length };
}

/** Plain text of a .docx body. */
function docxText(bytes: Buffer): string {
  const zip = new PizZip(bytes);
  const xml = zip.file("word/document.xml")?.asText() ?? "";
  return xml
    .replace(/<w:tab\/>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .normalize("NFC");
}

suite("task pane in Chromium on workbook files (no network)", () => {
  let dist: string;
  /** The temp dir built here (removed afterwards); null when dist/ was fresh. */
  let built: string | null = null;
  let excelDir: string | null = null;
  let server: http.Server;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  /** External URLs a test fulfils itself on purpose (the office.js fallback test). */
  const allowed = new Set<string>();

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const fresh = freshDist();
    if (fresh) {
      dist = fresh;
    } else {
      dist = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-e2e-"));
      built = dist;
      await build(dist);
    }
    expect(fs.existsSync(path.join(dist, "taskpane.html"))).toBe(true);
    expect(fs.existsSync(path.join(dist, "examples", "ke-hoach-mau.xlsx"))).toBe(true);
    excelDir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-e2e-excel-"));
    await buildExcelPage(excelDir);
    server = await serve(dist, excelDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(null)));
    if (built) fs.rmSync(built, { recursive: true, force: true });
    if (excelDir) fs.rmSync(excelDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
      if (allowed.has(url.href)) return route.fallback();
      outside.push(url.href);
      return route.abort("blockedbyclient");
    });
    page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    (page as unknown as { __errors: string[] }).__errors = errors;
  });

  afterEach(async () => {
    const errors = (page as unknown as { __errors: string[] }).__errors;
    await context.close();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  /** Saves a screenshot; at 320 px the page must not scroll sideways. */
  async function shot(name: string, fullPage = true): Promise<void> {
    if (DOCS_IMG && DOC_SHOTS[name]) await page.waitForTimeout(500); // tab underline animations, for the guide
    await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage });
    if (DOCS_IMG && DOC_SHOTS[name]) {
      fs.mkdirSync(DOCS_IMG, { recursive: true });
      fs.copyFileSync(path.join(ARTIFACTS, name), path.join(DOCS_IMG, DOC_SHOTS[name]));
    }
    const { width, scroll } = await page.evaluate(() => ({ width: window.innerWidth, scroll: document.documentElement.scrollWidth }));
    // No sideways scrolling at 320 px (a vertical scrollbar may take some of the width).
    if (width <= 320) expect({ name, sideways: scroll > width }).toEqual({ name, sideways: false });
  }

  async function openTab(name: string): Promise<void> {
    await page.getByRole("tab", { name }).click();
  }

  test("says it works on a file, opens the sample with one click, shows issues, totals, info and criteria", async () => {
    const want = await expected(SAMPLE);
    await page.goto(`${base}/taskpane.html`);
    await page.getByText("Đang làm việc trên tệp").waitFor();
    await page.getByRole("button", { name: "Mở tệp .xlsx" }).waitFor();
    await shot("01-start-320.png");

    await page.getByRole("button", { name: "Mở kế hoạch mẫu" }).click();
    await page.getByTestId("plan-summary").waitFor();
    await page.getByText("ke-hoach-mau.xlsx").waitFor();
    expect(await page.getByTestId("plan-summary").innerText()).toContain(want.plan.info.school);
    await shot("02-check-320.png");
    // Issues: grouped, each naming its cell.
    if (want.errors) await page.getByRole("button", { name: `Lỗi (${want.errors})` }).waitFor();
    expect(await page.getByText(/^Ô [A-Z]+\d+$/).count()).toBeGreaterThan(0);

    await openTab("Kinh phí");
    expect(await page.getByTestId("total-amount").innerText()).toBe(`${formatAmount(want.totals.amount)} đồng`);
    expect(await page.getByTestId("total-words").innerText()).toContain(want.totals.words);
    await shot("03-totals-320.png");

    await openTab("Thông tin");
    expect(await page.getByRole("textbox", { name: "Tên trường" }).inputValue()).toBe(want.plan.info.school);
    await shot("04-info-320.png");

    await openTab("Tiêu chí");
    await page.getByRole("searchbox").fill("co so vat chat");
    await page.getByRole("heading", { name: /Tiêu chuẩn 3: Cơ sở vật chất/ }).waitFor();
    expect(await page.getByRole("heading", { name: /Tiêu chuẩn 1:/ }).count()).toBe(0);
    await shot("05-criteria-320.png");

    await openTab("Bảng");
    await shot("06-table-320.png");

    await page.setViewportSize({ width: 900, height: 900 });
    await openTab("Kiểm tra");
    await shot("07-check-900.png");
  });

  test("Tạo kế hoạch Word downloads a .docx with the school and the criteria; Tải bảng kế hoạch downloads the plan table", async () => {
    const want = await expected(SAMPLE);
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Mở kế hoạch mẫu" }).click();
    await page.getByTestId("plan-summary").waitFor();

    const [word] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tạo kế hoạch Word" }).click()]);
    expect(word.suggestedFilename()).toMatch(/^Ke-hoach-CTCL-.+\.docx$/);
    const wordPath = path.join(ARTIFACTS, word.suggestedFilename());
    await word.saveAs(wordPath);
    const text = docxText(fs.readFileSync(wordPath));
    expect(text.toLocaleUpperCase("vi")).toContain(want.plan.info.school.toLocaleUpperCase("vi"));
    expect(text).toContain("KẾ HOẠCH");
    const codes = [...new Set(want.plan.rows.map((r) => r.criterion).filter((c): c is string => !!c))];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(text).toContain(code);
    expect(text).toContain(formatAmount(want.totals.amount));
    await page.getByText(/Đã tải về tệp "Ke-hoach-CTCL-/).waitFor();
    await shot("08-word-done-320.png");

    await openTab("Bảng");
    const [table] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bảng kế hoạch" }).click()]);
    expect(table.suggestedFilename()).toMatch(/^Bang-ke-hoach-CTCL-.+\.xlsx$/);
    const tablePath = path.join(ARTIFACTS, table.suggestedFilename());
    await table.saveAs(tablePath);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tablePath);
    const ws = wb.getWorksheet(PLAN_SHEET_NAME);
    expect(ws).toBeTruthy();
    // Header, one row per plan row, the totals row.
    expect(ws!.actualRowCount).toBe(want.plan.rows.length + 2);
    expect(String(ws!.getRow(1).getCell(5).value)).toBe("Tiêu chí");
    const criteria = new Set<string>();
    for (let r = 2; r <= want.plan.rows.length + 1; r++) {
      const v = ws!.getRow(r).getCell(5).value;
      expect(typeof v === "string" || v === null).toBe(true);
      if (typeof v === "string") criteria.add(v);
    }
    expect(criteria.size).toBeGreaterThan(0);
    const total = ws!.getRow(want.plan.rows.length + 2).getCell(11).value as { formula?: string; result?: number };
    expect(total.formula).toMatch(/^SUBTOTAL\(109,K2:K\d+\)$/);
    expect(total.result).toBe(want.totals.amount);
    // The exported table reads back as a plan with the same rows.
    const back = readPlan(await snapshotFromXlsx(new Uint8Array(fs.readFileSync(tablePath))));
    expect(back.ok && back.plan.rows.length).toBe(want.plan.rows.length);
  });

  const shared = sharedExamples();
  test.each(shared.length ? shared.map((f) => [path.basename(f), f]) : [["(none)", ""]])(
    "opens the shared example %s through the file input: issues and totals as the CLI computes them",
    async (name, file) => {
      if (!file) return;
      const want = await expected(file);
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("plan-summary").waitFor();
      await page.getByText(name).waitFor();
      expect(await page.getByTestId("plan-summary").innerText()).toContain(want.plan.info.school);
      expect(await page.getByText(/^Ô [A-Z]+\d+$/).count()).toBeGreaterThanOrEqual(want.errors);
      await openTab("Kinh phí");
      expect(await page.getByTestId("total-amount").innerText()).toBe(`${formatAmount(want.totals.amount)} đồng`);
      await shot(`09-shared-${name.replace(/\.xlsx$/, "")}-totals-320.png`);
    },
  );

  test("Excel mode (real Excel host over a fake Excel API): issues select cells, the plan table is written after asking, edits re-check", async () => {
    type Fake = {
      workbook: { selection: { sheet: { name: string }; box: { top: number; left: number } } | null; sheets: { name: string }[]; sheet(n: string): { set(a: string, v: string): void } };
      fireChanged(sheet: string, address: string): Promise<void>;
    };
    await page.goto(`${base}/excel/taskpane.html`);
    await page.getByText("Đang làm việc trên sổ tính Excel").waitFor();
    await page.getByTestId("plan-summary").waitFor();
    expect(await page.getByRole("button", { name: "Mở tệp .xlsx" }).count()).toBe(0);
    // The sheet Excel gave was read and checked in a Web Worker.
    expect(await page.evaluate(() => (window as unknown as { __analysedInWorker: number }).__analysedInWorker)).toBeGreaterThan(0);
    await shot("13-excel-check-320.png");

    // Clicking an issue selects its cell in the workbook.
    // The first finding of the list (errors come first) is a button naming its cell.
    const first = page.getByTestId("findings").getByRole("button", { name: /^Ô [A-Z]+\d+/ }).first();
    const cell = (await first.innerText()).match(/Ô ([A-Z]+\d+)/)![1];
    await first.click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: Fake }).__fakeExcel.workbook.selection !== null);

    // Create the plan table; the second time it asks first.
    const dumpOriginals = () =>
      page.evaluate(() => {
        const fake = (window as unknown as { __fakeExcel: { workbook: { sheets: { name: string; dump(): unknown }[] } } }).__fakeExcel;
        return JSON.stringify(fake.workbook.sheets.filter((x) => !x.name.startsWith("Kế hoạch CTCL") && !x.name.startsWith("Danh mục")).map((x) => [x.name, x.dump()]));
      });
    const originalBefore = await dumpOriginals();
    await openTab("Bảng");
    await page.getByRole("button", { name: "Tạo bảng kế hoạch" }).click();
    await page.getByText(/Đã ghi \d+ dòng vào trang "Kế hoạch CTCL"/).waitFor();
    expect(await dumpOriginals()).toBe(originalBefore);
    await page.getByRole("button", { name: "Tạo bảng kế hoạch" }).click();
    await page.getByRole("alertdialog").waitFor();
    await page.waitForTimeout(600); // the dialog's fade-in
    await shot("14-excel-replace-dialog-320.png", false);
    await page.getByRole("button", { name: "Hủy" }).click();
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    // Asked a second time, the dialog is as usable as the first time (role, name, buttons).
    await page.getByRole("button", { name: "Tạo bảng kế hoạch" }).click();
    await page.getByRole("alertdialog").waitFor();
    await page.waitForTimeout(600);
    expect(await page.getByRole("alertdialog").getByRole("button", { name: "Thay bằng bảng mới" }).count()).toBe(1);
    await page.getByRole("alertdialog").getByRole("button", { name: "Hủy" }).click();
    await page.getByRole("alertdialog").waitFor({ state: "detached" });

    // The pane now follows the plan sheet; an edit there is re-checked.
    await openTab("Kiểm tra");
    await page.getByText(/Khi bạn sửa trang "Kế hoạch CTCL"/).waitFor();
    await shot("15-excel-plan-sheet-320.png");
    // How many findings there are, from the severity filter's counts (the list draws only what is on screen).
    const findingCount = async () =>
      (await page.getByRole("group", { name: "Mức độ" }).innerText()).match(/\((\d+)\)/g)!.reduce((n, m) => n + Number(m.slice(1, -1)), 0);
    const before = await findingCount();
    // The Excel host ignores change events for a moment after its own writes (marking issues).
    await page.waitForTimeout(1700);
    await page.evaluate(async () => {
      const fake = (window as unknown as { __fakeExcel: Fake }).__fakeExcel;
      fake.workbook.sheet("Kế hoạch CTCL").set("I2", "Tháng 14/2025");
      await fake.fireChanged("Kế hoạch CTCL", "I2");
    });
    await page.getByText(/Tháng 14\/2025/).first().waitFor();
    expect(await findingCount()).toBeGreaterThan(before - 1);
    expect(cell).toMatch(/^[A-Z]+\d+$/);

    await openTab("Kinh phí");
    await page.getByRole("button", { name: "Ghi dòng tổng cộng" }).click();
    await page.getByText(/Đã ghi dòng tổng cộng vào ô K\d+, công thức =SUBTOTAL\(109,K2:K\d+\)/).waitFor();
    await shot("16-excel-totals-320.png");
  });

  test("English when the browser's language is not Vietnamese", async () => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "language", { get: () => "en-US" });
      Object.defineProperty(navigator, "languages", { get: () => ["en-US", "en"] });
    });
    await page.goto(`${base}/taskpane.html`);
    await page.getByText("Working on a file").waitFor();
    await page.getByRole("button", { name: "Open the sample plan" }).click();
    await page.getByRole("button", { name: "Create the Word plan" }).waitFor();
    await page.getByRole("tab", { name: "Budget" }).click();
    await shot("12-totals-english-320.png");
  });

  test("a corrupt file gets the CLI's Vietnamese sentence", async () => {
    await page.goto(`${base}/taskpane.html`);
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 131 + 7) % 251;
    const cli = await planFromXlsxBytes(new Uint8Array(junk), "ke-hoach-hong.xlsx");
    expect(cli.ok).toBe(false);
    await page.getByTestId("file-input").setInputFiles({ name: "ke-hoach-hong.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: junk });
    const alert = page.getByTestId("load-error");
    await alert.waitFor();
    const shown = await alert.innerText();
    expect(shown).toContain('Tệp "ke-hoach-hong.xlsx" không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.');
    expect(!cli.ok && shown.trim()).toBe(!cli.ok && cli.message);
    await shot("10-corrupt-320.png");

    // A zip that is no workbook, and a workbook without a plan: the CLI's sentences too.
    const zip = new PizZip();
    zip.file("hello.txt", "xin chào");
    const zipBytes = zip.generate({ type: "nodebuffer" });
    const cliZip = await planFromXlsxBytes(new Uint8Array(zipBytes), "nen.xlsx");
    await page.getByTestId("file-input").setInputFiles({ name: "nen.xlsx", mimeType: "application/zip", buffer: zipBytes });
    await page.getByText(!cliZip.ok ? cliZip.message : "?").waitFor();

    const gradebook = path.join(ROOT, "test", "fixtures", "bad-gradebook.xlsx");
    if (fs.existsSync(gradebook)) {
      const cliBook = await planFromXlsxBytes(new Uint8Array(fs.readFileSync(gradebook)), "bad-gradebook.xlsx");
      await page.getByTestId("file-input").setInputFiles(gradebook);
      await page.getByText(!cliBook.ok ? cliBook.message : "?").waitFor();
      await shot("11-no-plan-320.png");
    }
  });

  test("when the page looks hosted by Office but office.js cannot load or says no Excel, it falls back to the file host", async () => {
    const OFFICE = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    allowed.add(OFFICE);
    try {
      // 1) office.js unreachable (offline).
      await page.route(OFFICE, (route) => route.abort("internetdisconnected"));
      await page.goto(`${base}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
      await page.getByText("Đang làm việc trên tệp").waitFor({ timeout: 15_000 });
      await page.unroute(OFFICE);
      // 2) office.js loads but Office.onReady says there is no host (a plain browser).
      await page.route(OFFICE, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: "window.Office={HostType:{Excel:'Excel'},onReady:function(){return Promise.resolve({host:null,platform:null});}};",
        }),
      );
      await page.goto(`${base}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0&again=1`);
      await page.getByText("Đang làm việc trên tệp").waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => (window as unknown as { __ctclHost?: string }).__ctclHost)).toBe("file");
    } finally {
      allowed.delete(OFFICE);
    }
  });
  /** A primary plan of 2025-2026 as a school keeps it, written as an .xlsx in the test. */
  async function planWorkbook(school: string): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    const rows: (string | number | null)[][] = [
      ["UBND XÃ HOA BAN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [school, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
      ["Số: 12/KH-TH", null, null, null, "Hoa Ban, ngày 10 tháng 10 năm 2025"],
      ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
      ["Năm học 2025-2026"],
      ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú"],
      [null, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      [1, "Tiêu chí 1.9: Thư viện", "Thư viện đạt chuẩn", "Mua thêm sách", "Phó hiệu trưởng", "Tháng 12/2025", 4000000, null, null],
      [2, "Tiêu chí 1.4: Tổ chuyên môn", "Tổ chuyên môn sinh hoạt đều", "Sinh hoạt chuyên môn hai tuần một lần", "Tổ trưởng CM", "Tháng 13/2025", 5000000, null, null],
    ];
    rows.forEach((r) => ws.addRow(r));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  test("one plan context: Năm học 2026-2027 on a 2025-2026 plan moves the whole document; English findings; saved details belong to the school", async () => {
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const schoolA = await planWorkbook("TRƯỜNG TIỂU HỌC HOA BAN");
    const schoolB = await planWorkbook("TRƯỜNG TIỂU HỌC SƠN CA");
    await page.goto(`${base}/taskpane.html`);
    await page.getByTestId("file-input").setInputFiles({ name: "KH CTCL.xlsx", mimeType: xlsx, buffer: schoolA });
    await page.getByTestId("plan-summary").waitFor();

    // The year drives everything: regulation, amendments, every year sentence of the document.
    await openTab("Thông tin");
    await page.getByRole("textbox", { name: "Năm học" }).fill("2026-2027");
    const hint = await page.getByText(/Thông tư 57\/2026/).first().innerText();
    expect(hint).toContain("57/2026");
    expect(await page.getByRole("combobox", { name: /Quy định áp dụng/ }).inputValue()).toBe("TT57/2026-PT");
    expect(await page.locator("option", { hasText: "(tự nhận biết)" }).first().innerText()).toContain("57/2026");
    await shot("20-year-2026-info-320.png");
    const [word] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tạo kế hoạch Word" }).click()]);
    const wordPath = path.join(ARTIFACTS, "year-2026-2027.docx");
    await word.saveAs(wordPath);
    const xml = new PizZip(fs.readFileSync(wordPath)).file("word/document.xml")?.asText() ?? "";
    // Outside the plan table nothing names 2025-2026 as the plan's year: only last year's self-assessment and results.
    const outsideTable = docxText(Buffer.from(new PizZip().file("word/document.xml", xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "")).generate({ type: "nodebuffer" })));
    expect(outsideTable).toContain("57/2026");
    expect(outsideTable).not.toMatch(/17\/2018/);
    for (const line of outsideTable.split("\n").filter((l) => /2025\s*[-–]\s*2026/.test(l))) {
      expect(line).toMatch(/Báo cáo tự đánh giá|Kết quả thực hiện kế hoạch|Kết quả rà soát việc thực hiện kế hoạch/);
    }
    expect(outsideTable).toMatch(/Năm học 2026\s*[-–]\s*2027/i);
    expect(outsideTable).not.toMatch(/Phòng GD&ĐT/);

    // English: the findings too.
    await page.getByTestId("language").selectOption("en");
    await page.getByRole("tab", { name: "Check" }).click();
    const findings = await page.getByRole("tabpanel").innerText();
    expect(findings).toMatch(/month 13|Month 13|13/);
    expect(findings).not.toMatch(/không có trong|Thiếu|tháng 13 không/);
    await shot("21-findings-english-320.png");
    await page.getByTestId("language").selectOption("vi");

    // Save school A's details; a second school's file of the same name shows its own school.
    await openTab("Thông tin");
    await page.getByRole("textbox", { name: "Họ và tên người ký" }).fill("Lò Văn A");
    await page.getByRole("button", { name: "Lưu thông tin" }).click();
    await page.getByText(/Đã lưu thông tin/).waitFor();
    await page.getByTestId("file-input").setInputFiles({ name: "KH CTCL.xlsx", mimeType: xlsx, buffer: schoolB });
    await page.getByText("TRƯỜNG TIỂU HỌC SƠN CA").first().waitFor();
    expect(await page.getByRole("textbox", { name: "Họ và tên người ký" }).inputValue()).not.toBe("Lò Văn A");
    expect(await page.getByTestId("saved-info").count()).toBe(0);
    // Unsaved edits are not dropped without asking.
    await page.getByRole("textbox", { name: "Họ và tên người ký" }).fill("Chưa lưu");
    await page.getByTestId("file-input").setInputFiles({ name: "KH CTCL.xlsx", mimeType: xlsx, buffer: schoolA });
    await page.getByRole("dialog").waitFor();
    await shot("22-unsaved-dialog-320.png", false);
    await page.getByRole("button", { name: "Bỏ thay đổi và mở" }).click();
    await page.getByTestId("saved-info").waitFor();
    expect(await page.getByTestId("plan-summary").innerText()).toContain("TRƯỜNG TIỂU HỌC HOA BAN");
    expect(await page.getByRole("textbox", { name: "Họ và tên người ký" }).inputValue()).toBe("Lò Văn A");
    await shot("23-saved-info-320.png");
  });
  test("the 5,000-row sheet: the Check tab stays light (grouped, only what is on screen drawn)", async () => {
    const { planWorkbookBytes } = await import("../robustness/generate");
    const bytes = Buffer.from(await planWorkbookBytes({ rows: 5000, seed: 2025 }));
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number; __from: number; __tasks: number[] };
      w.__longest = 0;
      w.__from = Infinity;
      w.__tasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            // The tasks of opening the file (from the moment it is given), not the page's own start.
            if (e.startTime < w.__from) continue;
            w.__longest = Math.max(w.__longest, e.duration);
            w.__tasks.push(Math.round(e.duration));
          }
        }).observe({ type: "longtask", buffered: true });
      } catch {
        // no long-task timing in this browser
      }
      // What the workers' messages cost the page: posting (serialising) and reading `data` (deserialising).
      const m = window as unknown as { __replies: string[] };
      m.__replies = [];
      const Base = window.Worker;
      window.Worker = class extends Base {
        override postMessage(message: unknown, transfer?: unknown): void {
          const t0 = performance.now();
          super.postMessage(message, transfer as Transferable[]);
          const kind = message instanceof Uint8Array ? "bytes" : String((message as { kind?: string }).kind);
          m.__replies.push(`sent ${kind} ${Math.round(performance.now() - t0)} ms`);
        }
        override set onmessage(fn: ((ev: MessageEvent) => void) | null) {
          super.onmessage = fn
            ? (ev: MessageEvent) => {
                const t0 = performance.now();
                const data = ev.data as Record<string, unknown>;
                const t1 = performance.now();
                fn.call(this, ev);
                const kind = Object.keys(data ?? {})[0] ?? "?";
                if (kind !== "stage") m.__replies.push(`${kind} ${Math.round(t1 - t0)}+${Math.round(performance.now() - t1)} ms`);
              }
            : null;
        }
        override get onmessage(): ((ev: MessageEvent) => void) | null {
          return super.onmessage as ((ev: MessageEvent) => void) | null;
        }
      };
    });
    await page.goto(`${base}/taskpane.html`);
    await page.getByTestId("file-input").waitFor({ state: "attached" });
    await page.waitForTimeout(500);
    await page.evaluate(() => ((window as unknown as { __from: number }).__from = performance.now()));
    await page.getByTestId("file-input").setInputFiles({ name: "ke-hoach-5000.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
    await page.getByTestId("plan-summary").waitFor({ timeout: 120_000 });
    await page.getByTestId("findings").waitFor();
    const elements = await page.evaluate(() => document.querySelectorAll("*").length);
    // The last tasks (drawing the plan) have been observed.
    await page.waitForTimeout(300);
    const { longest, tasks, replies } = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __tasks: number[]; __replies: string[] };
      return { longest: w.__longest, tasks: w.__tasks, replies: w.__replies };
    });
    console.log(
      `5,000 rows in the pane: ${elements} DOM elements on the Check tab; longest main-thread task ${Math.round(longest)} ms ` +
        `(tasks over 50 ms: ${tasks.join(", ")}; messages: ${replies.join("; ")}; a reply reads "deserialising+handling")`,
    );
    expect(replies.some((r) => r.startsWith("analysis"))).toBe(true);
    expect(elements).toBeLessThanOrEqual(4000);
    // Reading, the plan and its checks run in Web Workers: the page never freezes for long.
    // (Chromium reports tasks over 50 ms; none at all is fine, an unsupported observer is not.)
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes("longtask"))).toBe(true);
    expect(longest).toBeLessThanOrEqual(300);
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThanOrEqual(4000);
    await shot("24-check-5000-rows-320.png", false);
  });
  test("hostile files in the browser: a password-protected workbook and a zip bomb get the CLI's sentences, and the open plan stays", async () => {
    const { withParts } = await import("../robustness/bomb");
    const { planWorkbookBytes } = await import("../robustness/generate");
    const protectedBytes = Buffer.alloc(4096);
    protectedBytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const bomb = Buffer.from(
      withParts(await planWorkbookBytes({ rows: 10 }), [
        { name: "xl/sharedStrings.xml", head: "<sst><si><t>", chunk: "a".repeat(1 << 20), times: 200, tail: "</t></si></sst>" },
      ]),
    );
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Mở kế hoạch mẫu" }).click();
    await page.getByTestId("plan-summary").waitFor();
    const school = await page.getByTestId("plan-summary").innerText();
    for (const [name, bytes] of [
      ["mat-khau.xlsx", protectedBytes],
      ["chuoi.xlsx", bomb],
    ] as const) {
      const cli = await planFromXlsxBytes(new Uint8Array(bytes), name);
      expect(cli.ok).toBe(false);
      const started = Date.now();
      await page.getByTestId("file-input").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
      await page.getByText(!cli.ok ? cli.message : "?", { exact: false }).first().waitFor({ timeout: 20_000 });
      expect(Date.now() - started).toBeLessThan(20_000);
      // The plan that was open is still there.
      expect(await page.getByTestId("plan-summary").innerText()).toBe(school);
    }
    await shot("25-hostile-kept-plan-320.png");
  });
  test("opening a 20,000-row sheet shows its progress; Hủy stops it and the open plan stays", async () => {
    const { planWorkbookBytes } = await import("../robustness/generate");
    // Big enough that the work lasts seconds on any machine (the progress shows after 0.4 s;
    // Playwright looks every 0.5 s), so Hủy is pressed while it runs.
    const bytes = Buffer.from(await planWorkbookBytes({ rows: 20_000, seed: 2025 }));
    await page.setViewportSize({ width: 340, height: 900 });
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Mở kế hoạch mẫu" }).click();
    await page.getByTestId("plan-summary").waitFor();
    const school = await page.getByTestId("plan-summary").innerText();
    await page.getByTestId("file-input").setInputFiles({ name: "ke-hoach-20000.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
    const progress = page.getByTestId("work-progress");
    await progress.waitFor({ timeout: 20_000 });
    expect(await progress.innerText()).toMatch(/Đang đọc tệp…|Đang tìm bảng kế hoạch…|Đang kiểm tra…/);
    expect(await progress.innerText()).toContain("ke-hoach-20000.xlsx");
    expect(await page.getByRole("progressbar").count()).toBe(1);
    await shot("27-progress-340.png", false);
    await progress.getByRole("button", { name: "Hủy" }).click();
    await progress.waitFor({ state: "detached" });
    await page.getByText("Đã dừng. Kế hoạch đang mở vẫn giữ nguyên.").waitFor();
    expect(await page.getByTestId("plan-summary").innerText()).toBe(school);
    expect(await page.getByTestId("host-status").innerText()).toContain("ke-hoach-mau.xlsx");
    // Really stopped: nothing replaces the open plan later.
    await page.waitForTimeout(4000);
    expect(await page.getByTestId("plan-summary").innerText()).toBe(school);
    await shot("28-cancelled-340.png");
  });

  test("several files at once: the summary of the schools (as ctcl summary), a bad file as one line, a school opens its plan, Tải bảng tổng hợp", async () => {
    const { summarizeFiles } = await import("../../src/cli/summary");
    const { buildSummaryWorkbook } = await import("../../src/file/summary-workbook");
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-e2e-many-"));
    const examples = sharedExamples().slice(0, 2);
    const named: { name: string; buffer: Buffer }[] = examples.length === 2
      ? examples.map((f) => ({ name: path.basename(f), buffer: fs.readFileSync(f) }))
      : [
          { name: "hoa-ban.xlsx", buffer: await planWorkbook("TRƯỜNG TIỂU HỌC HOA BAN") },
          { name: "son-ca.xlsx", buffer: await planWorkbook("TRƯỜNG TIỂU HỌC SƠN CA") },
        ];
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 131 + 7) % 251;
    named.push({ name: "ke-hoach-hong.xlsx", buffer: junk });
    for (const f of named) fs.writeFileSync(path.join(dir, f.name), f.buffer);
    const cli = await summarizeFiles(named.map((f) => path.join(dir, f.name)), {}, "vi");
    const want = { ...cli, schools: cli.schools.map((s) => ({ ...s, file: path.basename(s.file) })) };

    await page.setViewportSize({ width: 340, height: 900 });
    await page.goto(`${base}/taskpane.html`);
    await page.getByTestId("file-input").setInputFiles(named.map((f) => ({ name: f.name, mimeType: xlsx, buffer: f.buffer })));
    const panel = page.getByTestId("summary");
    await panel.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("summary-school").count()).toBe(3);
    expect(await panel.getByRole("heading", { name: "Tổng hợp 3 tệp" }).count()).toBe(1);
    expect(await page.getByTestId("summary-total-amount").innerText()).toBe(`${formatAmount(want.total.amount)} đồng`);
    expect(await page.getByTestId("summary-total").innerText()).toContain("Tổng cộng (3 tệp, 1 tệp không đọc được)");
    const lines = await page.getByTestId("summary-school").allInnerTexts();
    for (const [i, s] of want.schools.entries()) {
      expect(lines[i]).toContain(s.file);
      if (s.error) expect(lines[i]).toContain(s.error);
      else {
        expect(lines[i]).toContain(s.school!);
        expect(lines[i]).toContain(`${formatAmount(s.amount)} đồng`);
        expect(lines[i]).toContain(`${s.rows} dòng · ${s.errors} lỗi · ${s.warnings} cảnh báo`);
      }
    }
    const byStandardText = (await page.getByTestId("summary-by-standard").allInnerTexts()).join("\n");
    for (const standards of Object.values(want.byStandard)) {
      for (const [std, amount] of Object.entries(standards ?? {})) {
        expect(byStandardText).toContain(`Tiêu chuẩn ${std}\t${formatAmount(amount)} đồng`);
      }
    }
    expect(await page.getByTestId("summary-by-source").innerText()).toContain(`Ngân sách nhà nước\t${formatAmount(want.bySource.nsnn)} đồng`);
    await shot("29-summary-340.png");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bảng tổng hợp" }).click()]);
    expect(download.suggestedFilename()).toBe("Tong-hop-KH-CTCL.xlsx");
    const got = path.join(ARTIFACTS, "Tong-hop-KH-CTCL.xlsx");
    await download.saveAs(got);
    const values = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return wb.worksheets.map((ws) => ws.getSheetValues().map((r) => JSON.stringify(r)));
    };
    expect(await values(new Uint8Array(fs.readFileSync(got)))).toEqual(await values(await buildSummaryWorkbook(want, "vi")));

    // A school's name opens its plan; the way back to the summary stays.
    const first = want.schools[0];
    await page.getByRole("button", { name: first.school! }).click();
    await page.getByTestId("plan-summary").waitFor();
    expect(await page.getByTestId("plan-summary").innerText()).toContain(first.school!);
    await openTab("Kinh phí");
    expect(await page.getByTestId("total-amount").innerText()).toBe(`${formatAmount(first.amount)} đồng`);
    await page.getByTestId("summary-back").click();
    await panel.waitFor();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the Kinh phí tab at 340 px: the total and its words, no sideways scroll", async () => {
    const want = await expected(SAMPLE);
    await page.setViewportSize({ width: 340, height: 900 });
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Mở kế hoạch mẫu" }).click();
    await page.getByTestId("plan-summary").waitFor();
    await openTab("Kinh phí");
    expect(await page.getByTestId("total-amount").innerText()).toBe(`${formatAmount(want.totals.amount)} đồng`);
    await shot("26-budget-340.png");
    const { width, scroll } = await page.evaluate(() => ({ width: window.innerWidth, scroll: document.documentElement.scrollWidth }));
    expect({ width, scroll }).toEqual({ width: 340, scroll: 340 });
  });

  test("a 2026-form plan at 340 px: progress, the Rà soát tab, the Biểu 2 sections, a new plan and next year's draft", async () => {
    const bytes = fs.readFileSync(path.join(ROOT, "test", "fixtures", "form-2026.xlsx"));
    await page.setViewportSize({ width: 340, height: 900 });
    await page.goto(`${base}/taskpane.html`);
    await page.getByTestId("file-input").setInputFiles({ name: "form-2026.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
    await page.getByTestId("plan-summary").waitFor();
    await shot("30-form2026-check-340.png");
    await openTab("Kinh phí");
    // The fixture: one row "Hoàn thành", one "Đang thực hiện".
    expect(await page.getByTestId("progress-summary").innerText()).toMatch(/1 hoàn thành.*1 đang thực hiện/s);
    await shot("31-form2026-budget-progress-340.png");
    await openTab("Rà soát");
    await page.getByTestId("review-panel").waitFor();
    expect(await page.locator('[data-testid^="review-row-"]').count()).toBe(2);
    await shot("32-form2026-review-340.png");
    await openTab("Thông tin");
    await page.getByText("Nội dung các phần của văn bản").click();
    await shot("33-form2026-info-340.png");
    // The Biểu 2 sections are edited here: section VIII's text is in a field.
    const fields = await page.locator("textarea").evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join("\n"));
    expect(fields).toContain("Kết quả thực hiện kế hoạch");
    await openTab("Bảng");
    // Rows read with Biểu 2's own column titles, status included.
    const card = await page.getByTestId("grid-row-18").innerText();
    expect(card).toContain("Chỉ số đánh giá kết quả: 02 phòng đạt chuẩn");
    expect(card).toContain("Mức độ thực hiện: Đang thực hiện");
    await shot("34-form2026-table-340.png");
  });
});
