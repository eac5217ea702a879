/**
 * The blank 2026-form workbook (`ctcl new`, "Tạo kế hoạch mới") and drafts
 * written with draftWorkbookBytes, read back with exceljs (dropdowns, hidden
 * list sheet, print setup, numbering row) and with the add-in's own reader
 * and rules: a blank plan is a 2026 plan with no rows and no finding.
 */
import ExcelJS from "exceljs";
import { readZipEntry, zipEntries } from "../../src/core/zip";
import { draftWorkbookBytes } from "../../src/file/draft-workbook";
import { blankDraft, CATALOGUE_2026_SHEET, STATUS_VALUES } from "../../src/core/forms/layout2026";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import type { Draft2026 } from "../../src/core/forms/draft";
import type { SchoolLevel } from "../../src/core/plan";

async function readBack(bytes: Uint8Array) {
  const r = readPlan(await snapshotFromXlsx(bytes));
  if (!r.ok) throw new Error(r.error.code);
  return { plan: r.plan, ...checkPlan(r.plan) };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const SCHOOLS: Record<SchoolLevel, string> = {
  "mam-non": "Trường Mầm non Hoa Sen",
  "tieu-hoc": "Trường Tiểu học Hoa Sen",
  thcs: "Trường THCS Hoa Sen",
  thpt: "Trường THPT Hoa Sen",
  "nhieu-cap": "Trường TH&THCS Hoa Sen",
};

describe.each(Object.keys(SCHOOLS) as SchoolLevel[])("a blank plan for %s", (level) => {
  test("reads back as a 2026 plan of its level and year, no rows, no finding", async () => {
    const bytes = await draftWorkbookBytes(blankDraft(level, "2026-2027", SCHOOLS[level]));
    const { plan, issues } = await readBack(bytes);
    expect(plan.form).toBe("2026");
    expect(plan.level).toBe(level);
    expect(plan.schoolYear).toBe("2026-2027");
    expect(plan.regulation).toBe(level === "mam-non" ? "TT57/2026-MN" : "TT57/2026-PT");
    expect(plan.rows).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.reviews?.map((r) => r.when)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    expect(plan.info.school).toBe(SCHOOLS[level].toUpperCase());
    expect(issues.map((i) => `${i.cell} ${i.severity} ${i.code}`)).toEqual([]);
  });
});

describe("a draft with problems, rows, reviews and notes", () => {
  const draft: Draft2026 = {
    ...blankDraft("tieu-hoc", "2026-2027", "Trường Tiểu học Hoa Sen", "UBND xã Hoa Sen"),
    problems: [
      { standard: "Tiêu chuẩn 2", criterion: "2.2", situation: "Giáo viên đạt chuẩn 90%.", weakness: "Còn 02 giáo viên chưa đạt chuẩn.", cause: "Giáo viên lớn tuổi.", notes: { weakness: "Chép từ kế hoạch năm trước." } },
    ],
    rows: [
      {
        content: "Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên",
        goal: "100% giáo viên đạt chuẩn.",
        actions: "- Cử 02 giáo viên đi học.",
        indicator: "02 giáo viên có bằng cử nhân.",
        timeline: "Từ tháng 9/2026 đến tháng 5/2027",
        owner: "Hiệu trưởng",
        resources: "NSNN 45.000.000đ + XHH 15.000.000đ",
        evidence: "Bằng tốt nghiệp.",
        status: "Đang thực hiện",
        notes: { timeline: "Thời gian đã dời sang năm học mới: hãy kiểm tra." },
      },
    ],
  };

  test("the same problems, rows and reviews read back; notes are comments", async () => {
    const bytes = await draftWorkbookBytes(draft);
    const { plan, issues, totals } = await readBack(bytes);
    expect(plan.problems?.map((p) => [p.standard, p.criterion, p.weakness, p.cause])).toEqual([[2, "2.2", "Còn 02 giáo viên chưa đạt chuẩn.", "Giáo viên lớn tuổi."]]);
    expect(plan.rows.map((r) => [r.criterion, r.actions, r.indicator, r.status, r.problem])).toEqual([["2.2", "- Cử 02 giáo viên đi học.", "02 giáo viên có bằng cử nhân.", "Đang thực hiện", 0]]);
    expect(totals.amount).toBe(60_000_000);
    expect(plan.info.agency).toBe("UBND XÃ HOA SEN");
    expect(issues.filter((i) => i.severity !== "info").map((i) => `${i.cell} ${i.code}`)).toEqual([]);

    const wb = await load(bytes);
    const ws = wb.worksheets[0];
    const timeline = ws.getCell(plan.rows[0].cells.timeline!);
    expect(timeline.note).toBeDefined();
    expect(JSON.stringify(timeline.note)).toContain("dời sang năm học mới");
    expect(ws.getCell(plan.rows[0].cells.actions!).value).toBe("- Cử 02 giáo viên đi học.");
  });
});

describe("the workbook as Excel sees it", () => {
  test("dropdowns on the hidden list sheet, A4 landscape one page wide, numbering row", async () => {
    const bytes = await draftWorkbookBytes(blankDraft("thcs", "2026-2027", "Trường THCS Hoa Sen"));
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Kế hoạch CTCL 2026-2027", "visible"],
      [CATALOGUE_2026_SHEET, "hidden"],
    ]);
    const ws = wb.worksheets[0];
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });

    // The numbering row under table V's header.
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === "Nội dung cải tiến") header = n;
    });
    expect(header).toBeGreaterThan(0);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header + 1}`);
    const numbering = ws.getRow(header + 1);
    expect(Array.from({ length: 10 }, (_, i) => numbering.getCell(i + 1).value)).toEqual(Array.from({ length: 10 }, (_, i) => `(${i + 1})`));

    const list = wb.getWorksheet(CATALOGUE_2026_SHEET)!;
    const firstBody = header + 2;
    const content = ws.getCell(firstBody, 2).dataValidation;
    const status = ws.getCell(firstBody, 10).dataValidation;
    // The school's own words stay possible: no error alert (absent = off in the file).
    expect(content.type).toBe("list");
    expect(content.showErrorMessage).toBeFalsy();
    expect(status).toMatchObject({ type: "list", showErrorMessage: true, errorStyle: "stop" });
    const range = (f: string) => /!\$([A-Z])\$(\d+):\$[A-Z]\$(\d+)$/.exec(f)!;
    const [, col, from, to] = range(content.formulae![0] as string);
    expect(content.formulae![0]).toContain(`'${CATALOGUE_2026_SHEET}'!`);
    const items = [];
    for (let r = Number(from); r <= Number(to); r++) items.push(list.getCell(`${col}${r}`).value);
    expect(items).toHaveLength(list.rowCount - 1);
    expect(items[0]).toMatch(/^Tiêu chí 1\.1: \S/);
    const [, scol, sfrom, sto] = range(status.formulae![0] as string);
    const statuses = [];
    for (let r = Number(sfrom); r <= Number(sto); r++) statuses.push(list.getCell(`${scol}${r}`).value);
    expect(statuses).toEqual([...STATUS_VALUES]);
    // The lists reach 200 rows below the first body row.
    expect(ws.getCell(firstBody + 199, 10).dataValidation?.type).toBe("list");
  });
});

describe("text stays text", () => {
  test("formula-like words and bullets are written as text cells, never formulas", async () => {
    const tricky = ["=1+1", "+84 912 345 678", "@abc", "- Rà soát hồ sơ"];
    const draft: Draft2026 = {
      ...blankDraft("thcs", "2026-2027", "Trường THCS Hoa Sen", "=HYPERLINK(\"http://x\")"),
      rows: tricky.map((w) => ({ content: "Tiêu chí 1.1: Tầm nhìn", goal: w, actions: w, indicator: w, timeline: "Tháng 10/2026", owner: "HT", resources: "Không", evidence: w, status: "" })),
    };
    const wb = await load(await draftWorkbookBytes(draft));
    const ws = wb.worksheets[0];
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address))));
    expect(formulas).toEqual([]);
    const { plan } = await readBack(await draftWorkbookBytes(draft));
    expect(plan.rows.map((r) => r.result)).toEqual(tricky);
    expect(plan.info.agency).toBe("=HYPERLINK(\"HTTP://X\")");
  });
});

describe("the file's data validations", () => {
  test("one rule per range, no two ranges overlapping (Excel would 'repair' the file)", async () => {
    const bytes = await draftWorkbookBytes(blankDraft("tieu-hoc", "2026-2027", "Trường Tiểu học Hoa Sen"));
    const entry = zipEntries(bytes).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const xml = new TextDecoder().decode(readZipEntry(bytes, entry, 10_000_000));
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs).toHaveLength(3);
    const boxes = sqrefs.map((s) => {
      const [a, b] = s.split(":");
      const p = (x: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(x)!;
        return { col: m[1].charCodeAt(0), row: Number(m[2]) };
      };
      return { from: p(a), to: p(b ?? a) };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [x, y] = [boxes[i], boxes[j]];
        const apart = x.to.row < y.from.row || y.to.row < x.from.row || x.to.col < y.from.col || y.to.col < x.from.col;
        expect(apart).toBe(true);
      }
  });
});
