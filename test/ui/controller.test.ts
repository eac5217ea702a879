/** The pane's logic without React or a DOM: the controller over a fake host. */
import { PaneController } from "../../src/ui/controller";
import { FakeHost, planSheetGrid, sampleRows } from "./fake-host";
import { PLAN_SHEET_NAME } from "../../src/core/plan-table";
import { readPlan } from "../../src/core/read";
import { gridFromRows, type CellValue } from "../../src/core/grid";
import type { Issue } from "../../src/core/plan";
import type { Analyser, HostResult, WorkWatch } from "../../src/host";
import { pageAnalyser } from "../../src/ui/pane-store";
import { checkPlan } from "../../src/core/check";
import { planKey } from "../../src/core/context";
import { FileHost } from "../../src/file/host";

async function started(host: FakeHost): Promise<PaneController> {
  const ctl = new PaneController(host, { loadWord: () => import("../../src/core/word") });
  await ctl.start();
  return ctl;
}

/** The sample with its year line replaced. */
function rowsOfYear(year: string, school = "TRƯỜNG TIỂU HỌC HOA BAN"): CellValue[][] {
  const rows = sampleRows().map((r) => [...r]);
  rows[1][0] = school;
  rows[2][4] = `Hoa Ban, ngày 10 tháng 10 năm ${year.slice(0, 4)}`;
  rows[4][0] = `Năm học ${year}`;
  return rows;
}

function lastHighlight(host: FakeHost): Issue[] {
  const calls = host.callsOf("highlightIssues");
  return calls[calls.length - 1][0] as Issue[];
}

describe("PaneController", () => {
  it("reads the active sheet on start, checks it and resolves the plan context", async () => {
    const host = new FakeHost();
    const ctl = await started(host);
    expect(ctl.state.workbook.status).toBe("ready");
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
    expect(ctl.context?.regulation?.id).toBe("TT17/2018");
    expect(ctl.context?.administration.era).toBe("district");
    expect(ctl.state.plan.issues.some((i) => i.code === "criterion-unknown")).toBe(true);
    expect(ctl.state.info.source).toBe("sheet");
  });

  it("after a live edit, the marks sent to Excel are the new issues: the fixed cell is no longer marked", async () => {
    const host = new FakeHost();
    const ctl = await started(host);
    await ctl.writePlanTable();
    expect(ctl.state.plan.read?.sheet).toBe(PLAN_SHEET_NAME);
    const before = lastHighlight(host);
    const monthCell = before.find((i) => i.code === "timeline-bad-month")?.cell;
    expect(monthCell).toMatch(/^[A-Z]+4$/);
    const original = readPlan({ sheets: [host.sheets[0]] });
    if (!original.ok) throw new Error("sample unreadable");
    host.sheets = [host.sheets[0], planSheetGrid(original.plan, (rows) => (rows[2][8] = "Tháng 12/2024"))];
    const calls = host.callsOf("highlightIssues").length;
    await ctl.recheckRows([4]);
    expect(host.callsOf("highlightIssues")).toHaveLength(calls + 1);
    const after = lastHighlight(host);
    expect(after).toBe(ctl.state.plan.issues);
    expect(after.map((i) => i.cell)).not.toContain(monthCell);
    // Marks of other rows stay.
    expect(after.some((i) => i.code === "criterion-unknown")).toBe(true);
  });

  it("setting Năm học 2026-2027 on a 2025-2026 plan moves the regulation, the checks and the document texts", async () => {
    const host = new FakeHost({ sheets: [gridFromRows("KH", rowsOfYear("2025-2026"))] });
    const ctl = await started(host);
    expect(ctl.context?.regulation?.id).toBe("TT17/2018");
    expect(ctl.context?.amendments.map((a) => a.title)).toEqual(["Thông tư 22/2024/TT-BGDĐT"]);
    expect(ctl.state.info.draft?.recipients[0]).not.toMatch(/Phòng GD&ĐT/);
    expect(ctl.state.info.draft?.sections.basis).toContain("22/2024");
    ctl.editInfo({ schoolYear: "2026-2027" });
    expect(ctl.plan?.schoolYear).toBe("2026-2027");
    expect(ctl.context?.regulation?.id).toBe("TT57/2026-PT");
    expect(ctl.context?.origin.schoolYear).toBe("override");
    const info = ctl.state.info.draft!;
    expect(info.sections.basis).toContain("Thông tư 57/2026/TT-BGDĐT");
    expect(info.sections.basis).not.toContain("17/2018");
    expect(info.sections.closing).toContain("năm học 2026-2027");
    expect(info.sections.purpose).toContain("năm học 2026-2027");
    // The checks follow: criterion codes are now judged against TT57.
    expect(ctl.state.plan.issues.some((i) => i.code === "criterion-unknown")).toBe(true);
    expect(ctl.staleSections).toEqual([]);
    // A section edited by hand is kept, and the pane says it still names the old year.
    ctl.editInfo({ sections: { ...info.sections, organisation: "Báo cáo kết quả năm học 2025-2026 với UBND xã." } });
    expect(ctl.staleSections).toEqual(["organisation"]);
  });

  it("changing the level re-checks with the regulation of that level and says the choice is the user's", async () => {
    const host = new FakeHost();
    const ctl = await started(host);
    ctl.setLevel("thcs");
    expect(ctl.context?.regulation?.id).toBe("TT18/2018");
    expect(ctl.context?.origin.level).toBe("override");
    const unknown = ctl.state.plan.issues.find((i) => i.code === "criterion-unknown");
    expect(JSON.stringify(unknown)).toMatch(/18\/2018/);
    // Not on the plan sheet: nothing is marked in the user's own sheet.
    expect(host.callsOf("highlightIssues")).toEqual([]);
  });

  it("saved details belong to the plan: two schools' files of the same name each get their own", async () => {
    const host = new FakeHost({ sheets: [gridFromRows("KH", rowsOfYear("2025-2026", "TRƯỜNG TIỂU HỌC HOA BAN"))] });
    const a = await started(host);
    a.editInfo({ signerName: "Lò Văn A", number: "15/KH-THHB" });
    await a.saveInfo();
    expect(a.state.info.dirty).toBe(false);
    // The same host (same file name, same workbook settings) now holds another school's plan.
    host.sheets = [gridFromRows("KH", rowsOfYear("2025-2026", "TRƯỜNG TIỂU HỌC SƠN LA"))];
    const b = await started(host);
    expect(b.state.info.draft?.school).toBe("TRƯỜNG TIỂU HỌC SƠN LA");
    expect(b.state.info.draft?.signerName).not.toBe("Lò Văn A");
    expect(b.state.info.source).toBe("sheet");
    // The first school's plan comes back with its saved details, and says so.
    host.sheets = [gridFromRows("KH", rowsOfYear("2025-2026", "TRƯỜNG TIỂU HỌC HOA BAN"))];
    const c = await started(host);
    expect(c.state.info.source).toBe("saved");
    expect(c.state.info.draft?.signerName).toBe("Lò Văn A");
    // One click back to the values read from the sheet.
    c.useSheetInfo();
    expect(c.state.info.source).toBe("sheet");
    expect(c.state.info.draft?.number).toBe("12/KH-THHB");
  });

  it("a saved school year comes back with the details", async () => {
    const host = new FakeHost({ sheets: [gridFromRows("KH", rowsOfYear("2025-2026"))] });
    const a = await started(host);
    a.editInfo({ schoolYear: "2026-2027" });
    await a.saveInfo();
    const b = await started(host);
    expect(b.plan?.schoolYear).toBe("2026-2027");
    expect(b.context?.regulation?.id).toBe("TT57/2026-PT");
  });

  it("the language choice is the user's, remembered by the host", async () => {
    const host = new FakeHost({ language: "vi-VN" });
    const ctl = await started(host);
    expect(ctl.lang).toBe("vi");
    ctl.setLang("en");
    expect(ctl.lang).toBe("en");
    expect(host.callsOf("saveLanguage")).toEqual([["en"]]);
    expect(new PaneController(host).lang).toBe("en");
    expect(new PaneController(new FakeHost({ language: "en-GB" })).lang).toBe("en");
  });
});

describe("PaneController over the file host", () => {
  const bytesOf = (name: string) => new TextEncoder().encode(name);
  /** A file host whose "files" are grids named by their bytes. */
  function fileHost(files: Record<string, CellValue[][] | "corrupt">): FileHost {
    return new FileHost({
      language: "vi",
      storage: null,
      document: null,
      loadXlsx: async () => ({
        snapshotFromXlsx: async (bytes: Uint8Array) => {
          const f = files[new TextDecoder().decode(bytes)];
          if (!f || f === "corrupt") throw new Error("bad zip");
          return { sheets: [gridFromRows("Trang 1", f)] };
        },
      }),
    });
  }

  it("a corrupt file or a file without a plan keeps the open plan, with a sentence", async () => {
    const host = fileHost({ good: rowsOfYear("2024-2025"), corrupt: "corrupt", gradebook: [["Họ tên", "Điểm"], ["An", 9]] });
    const ctl = new PaneController(host);
    await ctl.openFile("KH CTCL.xlsx", bytesOf("good"));
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
    await ctl.openFile("hong.xlsx", bytesOf("corrupt"));
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
    expect(ctl.state.ui.notices.map((n) => n.text).join(" ")).toMatch(/không phải bảng tính Excel.*Kế hoạch đang mở vẫn được giữ nguyên/);
    await ctl.openFile("diem.xlsx", bytesOf("gradebook"));
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
    expect(host.fileName()).toBe("KH CTCL.xlsx");
    expect(ctl.state.ui.notices.map((n) => n.text).join(" ")).toMatch(/Không tìm thấy bảng kế hoạch/);
  });

  it("unsaved details are never dropped without asking", async () => {
    const host = fileHost({ a: rowsOfYear("2024-2025", "TRƯỜNG TIỂU HỌC A"), b: rowsOfYear("2024-2025", "TRƯỜNG TIỂU HỌC B") });
    const ctl = new PaneController(host);
    await ctl.openFile("a.xlsx", bytesOf("a"));
    ctl.editInfo({ signerName: "Nguyễn Văn A" });
    await ctl.openFile("b.xlsx", bytesOf("b"));
    expect(ctl.state.ui.confirm).toEqual({ kind: "discard-info", fileName: "b.xlsx" });
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC A");
    await ctl.resolvePendingOpen("cancel");
    expect(ctl.state.ui.confirm).toBeNull();
    expect(ctl.state.info.draft?.signerName).toBe("Nguyễn Văn A");
    await ctl.openFile("b.xlsx", bytesOf("b"));
    await ctl.resolvePendingOpen("save");
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC B");
    // Saved before opening: back to A, its details return.
    await ctl.openFile("a.xlsx", bytesOf("a"));
    expect(ctl.state.info.draft?.signerName).toBe("Nguyễn Văn A");
    expect(ctl.state.info.source).toBe("saved");
  });

  it("never throws when the host fails: the failure is a notice", async () => {
    const host = fileHost({ a: rowsOfYear("2024-2025") });
    const ctl = new PaneController(host, { fetchBytes: async () => Promise.reject(new Error("offline")) });
    await ctl.openSample("examples/ke-hoach-mau.xlsx");
    expect(ctl.state.ui.notices[0].text).toMatch(/offline/);
    expect(ctl.plan).toBeNull();
    // A download without a page document is refused with a sentence, not a throw.
    const r: HostResult<void> = await host.download(new Uint8Array([1]), "x.docx", "x");
    expect(r.ok).toBe(false);
  });
});

describe("PaneController: the analysis off the page, progress and Hủy", () => {
  /** The worker's contract without a worker: the snapshot and every answer cross by structuredClone. */
  const clonedAnalyser = (): Analyser => {
    const onPage = pageAnalyser(() => "vi");
    return {
      analyse: async (snapshot, request, overridesFor, watch) =>
        structuredClone(await onPage.analyse(structuredClone(snapshot), request, async (k) => structuredClone(await overridesFor(k)), watch)),
    };
  };

  it("a plan analysed through structured clones (as in the worker) shows the same issues, totals, details and marks", async () => {
    const saved = { info: null as never, overrides: { level: "thcs" as const } };
    const key = (() => {
      const r = readPlan({ sheets: [gridFromRows("KH", rowsOfYear("2025-2026"))] });
      if (!r.ok) throw new Error("unreadable");
      return planKey(r.plan);
    })();
    const make = () => new FakeHost({ sheets: [gridFromRows("KH", rowsOfYear("2025-2026"))], saved: { [key]: { ...saved, info: { school: "TRƯỜNG TIỂU HỌC HOA BAN" } as never } } });
    const onPage = new PaneController(make());
    await onPage.start();
    const host = make();
    const cloned = new PaneController(host, { analyser: clonedAnalyser() });
    await cloned.start();
    expect(cloned.state.plan.read).toStrictEqual(onPage.state.plan.read);
    expect(cloned.state.plan.issues).toStrictEqual(onPage.state.plan.issues);
    expect(cloned.state.plan.totals).toStrictEqual(onPage.state.plan.totals);
    // The saved choice of level was applied before the check, in one pass.
    expect(cloned.state.plan.overrides).toEqual({ level: "thcs" });
    expect(cloned.plan?.level).toBe("thcs");
    expect(cloned.state.plan.issues).toStrictEqual(checkPlan(cloned.plan!).issues);
    expect(cloned.state.work.progress).toBeNull();
  });

  it("shows the stage while reading and checking; Hủy stops it and the plan that was open stays", async () => {
    let release: (() => void) | null = null;
    class SlowHost extends FakeHost {
      slow = false;
      override async loadInfo(key: string) {
        if (this.slow) await new Promise<void>((r) => (release = r));
        return super.loadInfo(key);
      }
    }
    const host = new SlowHost();
    const ctl = await started(host);
    const before = ctl.state.plan;
    expect(before.read?.info.school).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
    host.sheets = [gridFromRows("Khác", rowsOfYear("2024-2025", "TRƯỜNG TIỂU HỌC SƠN CA"))];
    host.slow = true;
    const stages: (string | undefined)[] = [];
    const unsubscribe = ctl.subscribe(() => stages.push(ctl.state.work.progress?.stage));
    const pending = ctl.reload("Khác", { keep: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(ctl.state.work.progress?.stage).toBe("planning");
    expect(ctl.state.workbook.status).toBe("loading");
    ctl.cancelWork();
    release!();
    await pending;
    unsubscribe();
    expect(stages).toContain("reading");
    expect(stages).not.toContain("checking");
    expect(ctl.state.work.progress).toBeNull();
    expect(ctl.state.plan).toBe(before);
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
    expect(ctl.state.workbook.status).toBe("ready");
    expect(ctl.state.ui.notices.map((n) => n.text)).toContain("Đã dừng. Kế hoạch đang mở vẫn giữ nguyên.");
    // Not cancelled, the same read goes through.
    host.slow = false;
    await ctl.reload("Khác");
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC SƠN CA");
  });

  it("Hủy while a file is read (file host): the reader's work stops, the open file and plan stay", async () => {
    let started_ = 0;
    const host = new FileHost({
      language: "vi",
      storage: null,
      document: null,
      loadXlsx: async () => ({
        snapshotFromXlsx: (bytes: Uint8Array, watch?: WorkWatch) => {
          started_++;
          if (new TextDecoder().decode(bytes) === "a") return Promise.resolve({ sheets: [gridFromRows("Trang 1", rowsOfYear("2024-2025"))] });
          // A big file: it never ends unless stopped.
          return new Promise((_, reject) => watch?.signal?.addEventListener("abort", () => reject(Object.assign(new Error("x"), { code: "cancelled" }))));
        },
      }),
    });
    const ctl = new PaneController(host);
    await ctl.openFile("a.xlsx", new TextEncoder().encode("a"));
    const pending = ctl.openFile("lon.xlsx", new TextEncoder().encode("big"));
    await new Promise((r) => setTimeout(r, 10));
    expect(ctl.state.work.progress).toMatchObject({ stage: "reading", file: "lon.xlsx" });
    ctl.cancelWork();
    await pending;
    expect(started_).toBe(2);
    expect(host.fileName()).toBe("a.xlsx");
    expect(ctl.plan?.info.school).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
    expect(ctl.state.workbook.error).toBeNull();
    expect(ctl.state.ui.notices.map((n) => n.text)).toEqual(["Đã dừng. Kế hoạch đang mở vẫn giữ nguyên."]);
  });

  it("the Word plan through the analyser's worker: its stage shows, the .docx is downloaded; Hủy stops it with nothing downloaded", async () => {
    const host = new FakeHost();
    let hold = false;
    const inputs: unknown[] = [];
    const analyser: Analyser = {
      ...pageAnalyser(() => "vi"),
      buildDocx: (input, watch) => {
        inputs.push(input);
        if (!hold) return import("../../src/core/word").then((w) => w.buildPlanDocx(structuredClone(input)));
        return new Promise((_, reject) => watch?.signal?.addEventListener("abort", () => reject(Object.assign(new Error("x"), { code: "cancelled" }))));
      },
    };
    const ctl = new PaneController(host, { analyser, loadWord: () => import("../../src/core/word") });
    await ctl.start();
    const stages: (string | undefined)[] = [];
    ctl.subscribe(() => stages.push(ctl.state.work.progress?.stage));
    await ctl.makeWord();
    expect(stages).toContain("word");
    expect(inputs).toHaveLength(1);
    expect(host.downloads).toHaveLength(1);
    expect(host.downloads[0].fileName).toMatch(/\.docx$/);
    expect(ctl.state.work.progress).toBeNull();
    hold = true;
    const pending = ctl.makeWord();
    await new Promise((r) => setTimeout(r, 10));
    expect(ctl.state.ui.busy.word).toBe(true);
    ctl.cancelWork();
    await pending;
    expect(host.downloads).toHaveLength(1);
    expect(ctl.state.ui.busy.word).toBe(false);
    expect(ctl.state.ui.notices.filter((n) => n.area === "word").map((n) => n.text)).toEqual(["Đã dừng."]);
  });
});
