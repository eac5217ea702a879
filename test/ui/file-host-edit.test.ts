/**
 * The file host's review mode (issue 13): cells written into the workbook
 * open in the browser (exceljs, real bytes), read back, and downloaded as the
 * updated .xlsx with everything else in the file kept.
 */
import ExcelJS from "exceljs";
import { FileHost } from "../../src/file/host";
import { readPlan } from "../../src/core/read";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { updatedFileName } from "../../src/file/edit-workbook";
import { XLSX_MIME } from "../../src/core/file-names";
import { SINGLE_SHEET } from "../support/form2026";

const SHEET = SINGLE_SHEET.name;

/** The one-sheet Biểu 2, with what a school's file also holds: formatting, a formula, another sheet. */
async function schoolFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  SINGLE_SHEET.rows.forEach((row, r) => row.forEach((v, c) => (v !== null && v !== undefined ? (ws.getCell(r + 1, c + 1).value = v) : undefined)));
  for (const m of SINGLE_SHEET.merges ?? []) ws.mergeCells(m);
  ws.getCell("A15").font = { bold: true, name: "Times New Roman", size: 12 };
  ws.getCell("J17").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  ws.getColumn(2).width = 42;
  ws.getCell("J18").dataValidation = { type: "list", allowBlank: true, formulae: ['"Hoàn thành,Đang thực hiện,Chưa hoàn thành"'] };
  const budget = wb.addWorksheet("Dự toán");
  budget.getCell("A1").value = "Kinh phí";
  budget.getCell("B1").value = 45000000;
  budget.getCell("B2").value = 15000000;
  budget.getCell("B3").value = { formula: "SUM(B1:B2)", result: 60000000 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function opened() {
  const host = new FileHost({ language: "vi-VN", storage: null, document: null });
  const downloads: { bytes: Uint8Array; name: string; mime: string }[] = [];
  host.download = async (bytes, name, mime) => {
    downloads.push({ bytes, name, mime });
    return { ok: true, value: undefined };
  };
  const r = await host.open("KH CTCL 2026-2027.xlsx", await schoolFile());
  expect(r.ok).toBe(true);
  host.commitOpen();
  return { host, downloads };
}

const EDITS = [
  { cell: `'${SHEET}'!J17`, old: "Đã hoàn thành.", value: "Hoàn thành" },
  { cell: `'${SHEET}'!J18`, old: "dang thuc hien", value: "Chưa hoàn thành" },
  { cell: `'${SHEET}'!B23`, old: "", value: "Các hoạt động của mục V" },
  { cell: `'${SHEET}'!C23`, old: "", value: "Hoàn thành 1/2 nội dung" },
  { cell: `'${SHEET}'!D23`, old: "", value: "- Chuyển sân chơi sang năm học sau" },
  { cell: `'${SHEET}'!E23`, old: "", value: "Hội đồng tự đánh giá" },
];

test("edits are applied in memory and read back; the download is the updated .xlsx with the rest of the file kept", async () => {
  const { host, downloads } = await opened();
  expect(host.hasEdits()).toBe(false);
  expect(await host.writeCells(EDITS)).toEqual({ ok: true, value: { cells: 6 } });
  expect(host.hasEdits()).toBe(true);

  // The pane's next read sees the new text.
  const snap = await host.readWorkbook();
  const again = snap.ok ? readPlan(snap.value) : null;
  if (!again?.ok) throw new Error("not read back");
  expect(again.plan.rows.map((r) => r.status)).toEqual(["Hoàn thành", "Chưa hoàn thành"]);
  expect(again.plan.reviews?.[1]).toMatchObject({ when: "Cuối năm học", subject: "Các hoạt động của mục V", result: "Hoàn thành 1/2 nội dung", adjustment: "- Chuyển sân chơi sang năm học sau", reviewer: "Hội đồng tự đánh giá" });
  expect(again.plan.reviews?.[0]).toMatchObject({ when: "Cuối học kỳ I", result: "Đạt 50% chỉ số" });

  expect(await host.downloadWorkbook()).toEqual({ ok: true, value: { fileName: "KH CTCL 2026-2027 (đã cập nhật).xlsx" } });
  expect(downloads).toHaveLength(1);
  expect(downloads[0].mime).toBe(XLSX_MIME);
  const bytes = downloads[0].bytes;

  // Read back like any user's file.
  const back = readPlan(await snapshotFromXlsx(bytes));
  if (!back.ok) throw new Error("download unreadable");
  expect(back.plan.rows.map((r) => [r.status, r.criterionText, r.budget])).toEqual([
    ["Hoàn thành", "Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên", "Không"],
    ["Chưa hoàn thành", "Cải tạo sân chơi bảo đảm an toàn cho học sinh", "NSNN 45.000.000đ + XHH 15.000.000đ"],
  ]);
  expect(back.plan.problems?.map((p) => p.weakness)).toEqual(["Còn 02 giáo viên chưa đạt chuẩn trình độ.", "Sân chơi chưa bảo đảm an toàn cho học sinh."]);
  expect(back.plan.info.signerName).toBe("Nguyễn Văn An");

  // Formulas, the other sheet, formatting, merges, widths and the dropdown survive.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, "Dự toán"]);
  expect(wb.getWorksheet("Dự toán")!.getCell("B3").value).toEqual({ formula: "SUM(B1:B2)", result: 60000000 });
  const ws = wb.getWorksheet(SHEET)!;
  expect(ws.getCell("A15").font).toMatchObject({ bold: true, name: "Times New Roman", size: 12 });
  expect(ws.getCell("J17").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
  expect(ws.getCell("J17").value).toBe("Hoàn thành");
  expect(ws.getColumn(2).width).toBe(42);
  expect(ws.getCell("J18").dataValidation).toMatchObject({ type: "list", formulae: ['"Hoàn thành,Đang thực hiện,Chưa hoàn thành"'] });
  expect(ws.getCell("B14").isMerged && ws.getCell("A14").value).toBe("V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
});

test("a cell that no longer holds the old text: nothing is written, the sentence names it", async () => {
  const { host } = await opened();
  const r = await host.writeCells([EDITS[0], { cell: `'${SHEET}'!J18`, old: "Hoàn thành", value: "Chưa hoàn thành" }]);
  expect(r).toEqual({ ok: false, error: `Ô '${SHEET}'!J18 đã thay đổi từ lần đọc trước (nay là "dang thuc hien") nên không có gì được ghi. Kế hoạch được đọc lại; hãy kiểm tra rồi làm lại.` });
  expect(host.hasEdits()).toBe(false);
  const snap = await host.readWorkbook();
  const plan = snap.ok ? readPlan(snap.value) : null;
  expect(plan?.ok && plan.plan.rows.map((x) => x.status)).toEqual(["Đã hoàn thành.", "dang thuc hien"]);
  const missing = await host.writeCells([{ cell: "'Không có'!A1", old: "", value: "x" }]);
  expect(missing.ok).toBe(false);
  if (!missing.ok) expect(missing.error).toMatch(/^Không tìm thấy trang tính/);
});

test("the updated file's name", () => {
  expect(updatedFileName("ke-hoach.xlsx")).toBe("ke-hoach (đã cập nhật).xlsx");
  expect(updatedFileName("ke-hoach (đã cập nhật).xlsx")).toBe("ke-hoach (đã cập nhật).xlsx");
});
