/**
 * Many schools at once in the pane: the files given together are read and
 * checked one at a time through the file host (on the page here: no worker in
 * Node), into the same lines and totals as `ctcl summary` (the CLI's own
 * function on the same files); the summary workbook downloaded equals
 * `ctcl summary -o`'s; a bad file is a line saying why; Hủy keeps the lines
 * read so far; a school opens its plan.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE, sharedExamples } from "../helpers";
import { FileHost, SUMMARY_FILE_NAME } from "../../src/file/host";
import { PaneController } from "../../src/ui/controller";
import { summariseMany, summaryView } from "../../src/ui/many-plans";
import { summarizeFiles } from "../../src/cli/summary";
import { buildSummaryWorkbook } from "../../src/file/summary-workbook";
import { formatAmount } from "../../src/core/words";
import type { HostResult } from "../../src/host";

/** A file host that keeps what it would download. */
class KeepingHost extends FileHost {
  downloads: { bytes: Uint8Array; fileName: string }[] = [];
  override async download(bytes: Uint8Array, fileName: string): Promise<HostResult<void>> {
    this.downloads.push({ bytes, fileName });
    return { ok: true, value: undefined };
  }
}

const host = (): KeepingHost => new KeepingHost({ language: "vi", storage: null, document: null });
const junk = Buffer.from(new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 251));
const files = [SAMPLE, ...sharedExamples()];
const given = () => [...files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) })), { name: "ke-hoach-hong.xlsx", bytes: new Uint8Array(junk) }];

async function cliSummary() {
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "ctcl-many-"));
  const paths = given().map((g) => {
    const p = path.join(dir, g.name);
    fs.writeFileSync(p, g.bytes);
    return p;
  });
  const summary = await summarizeFiles(paths, {}, "vi");
  fs.rmSync(dir, { recursive: true, force: true });
  // The CLI names files as given on the command line; the pane by their names.
  return { ...summary, schools: summary.schools.map((s) => ({ ...s, file: path.basename(s.file) })) };
}

/** A workbook's cells, sheet by sheet, as plain values (formulas by their stored results). */
async function cells(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [ws.name];
    ws.eachRow((row, r) => row.eachCell((c, k) => rows.push([r, k, c.value])));
    return rows;
  });
}

describe("many schools at once in the pane", () => {
  it("same lines, grand total and totals by standard and source as ctcl summary; the bad file is one line saying why", async () => {
    const want = await cliSummary();
    const ctrl = new AbortController();
    const seen: string[] = [];
    const r = await summariseMany(host(), given(), "vi", { signal: ctrl.signal, onFile: (i, n, name) => seen.push(`${i}/${n} ${name}`) });
    expect(r.stopped).toBe(false);
    expect(r.summary).toStrictEqual(want);
    expect(seen).toEqual(given().map((g, i) => `${i + 1}/${given().length} ${g.name}`));
    const bad = r.summary.schools[r.summary.schools.length - 1];
    expect(bad.error).toMatch(/^Tệp "ke-hoach-hong.xlsx" không phải bảng tính Excel/);
    expect(r.summary.total.unreadable).toBe(1);
    expect(r.summary.total.amount).toBeGreaterThan(0);
    // What the panel shows: the numbers of the summary, formatted.
    const view = summaryView(r.summary, "vi");
    expect(view.totalAmount).toBe(`${formatAmount(want.total.amount)} đồng`);
    expect(view.schools.map((s) => s.school)).toEqual(want.schools.map((s) => (s.error ? null : s.school ?? "(chưa xác định)")));
    expect(view.schools[view.schools.length - 1].error).toBe(bad.error);
    expect(view.bySource.map((s) => s.label)).toEqual(["Ngân sách nhà nước", "Xã hội hóa", "Chi thường xuyên", "Khác / chưa ghi nguồn"]);
  });

  it("through the controller: progress per file, the summary shown, a school opens its plan, the way back, the workbook of ctcl summary -o", async () => {
    const h = host();
    const ctl = new PaneController(h);
    const progress: string[] = [];
    ctl.subscribe(() => {
      const p = ctl.state.work.progress;
      if (p?.stage === "files") progress.push(`${p.index}/${p.count} ${p.fraction?.toFixed(2)}`);
    });
    await ctl.openFiles(given());
    const n = given().length;
    expect(progress).toEqual(given().map((_, i) => `${i + 1}/${n} ${(i / n).toFixed(2)}`));
    expect(ctl.state.work.progress).toBeNull();
    expect(ctl.state.work.summaryShown).toBe(true);
    const want = await cliSummary();
    expect(ctl.state.work.summary).toStrictEqual(want);
    // Nothing was opened as the plan.
    expect(ctl.plan).toBeNull();
    expect(h.fileName()).toBeNull();

    await ctl.openSchool(0);
    expect(ctl.plan?.info.school).toBe(want.schools[0].school);
    expect(ctl.state.plan.totals?.amount).toBe(want.schools[0].amount);
    expect(ctl.state.plan.issues.filter((i) => i.severity === "error").length).toBe(want.schools[0].errors);
    expect(ctl.state.work.summaryShown).toBe(false);
    ctl.showSummary(true);
    expect(ctl.state.work.summaryShown).toBe(true);

    await ctl.downloadSummary();
    expect(h.downloads.map((d) => d.fileName)).toEqual([SUMMARY_FILE_NAME]);
    expect(await cells(h.downloads[0].bytes)).toEqual(await cells(await buildSummaryWorkbook(want, "vi")));
    expect(ctl.state.ui.notices.map((x) => x.text)).toContain(`Đã tải về tệp "${SUMMARY_FILE_NAME}" (xem thư mục Tải xuống).`);
  });

  it("Hủy during the files: the lines read so far stay, with a note; the open plan is untouched", async () => {
    const h = host();
    const ctl = new PaneController(h);
    await ctl.openFile("mau.xlsx", new Uint8Array(fs.readFileSync(SAMPLE)));
    const plan = ctl.state.plan;
    const unsubscribe = ctl.subscribe(() => {
      if (ctl.state.work.progress?.index === 2) ctl.cancelWork();
    });
    await ctl.openFiles(given());
    unsubscribe();
    expect(ctl.state.work.stopped).toEqual({ done: 1, count: given().length });
    expect(ctl.state.work.summary?.schools.map((s) => s.file)).toEqual([path.basename(SAMPLE)]);
    expect(ctl.state.plan).toBe(plan);
    expect(h.fileName()).toBe("mau.xlsx");
  });

  it("one file given alone opens as the plan, as before", async () => {
    const ctl = new PaneController(host());
    await ctl.openFiles([{ name: "mau.xlsx", bytes: new Uint8Array(fs.readFileSync(SAMPLE)) }]);
    expect(ctl.plan).not.toBeNull();
    expect(ctl.state.work.summary).toBeNull();
  });
});
