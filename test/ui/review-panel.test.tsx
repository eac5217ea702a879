/** @jest-environment jsdom */
/**
 * The Rà soát tab rendered in the test DOM (issue 13): over the fake Excel
 * host, and over the file host with a real .xlsx in the browser.
 */
import "./setup";
import * as React from "react";
import ExcelJS from "exceljs";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { FakeHost } from "./fake-host";
import { gridFromRows } from "../../src/core/grid";
import { FileHost } from "../../src/file/host";
import { readPlan } from "../../src/core/read";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { SINGLE_SHEET, workbook } from "../support/form2026";

const SHEET = SINGLE_SHEET.name;

function tab(name: string) {
  fireEvent.click(screen.getByRole("tab", { name }));
}

test("Excel: statuses and the VI row are set, every change is listed old → new, only the confirmed cells are written, then re-read", async () => {
  const host = new FakeHost({ sheets: [gridFromRows(SHEET, SINGLE_SHEET.rows)] });
  render(<App host={host} />);
  await screen.findByTestId("plan-summary");
  tab("Rà soát");
  const panel = await screen.findByTestId("review-panel");
  const row17 = within(panel).getByTestId("review-row-17");
  expect(row17.textContent).toContain("1. Tiêu chí 2.2: Nâng chuẩn trình độ giáo viên");
  const status17 = within(row17).getByRole("combobox") as HTMLSelectElement;
  // "Đã hoàn thành." reads as Hoàn thành: no change until the user picks.
  expect(status17.value).toBe("Hoàn thành");
  expect((within(panel).getByRole("button", { name: "Xem thay đổi" }) as HTMLButtonElement).disabled).toBe(true);

  fireEvent.change(within(within(panel).getByTestId("review-row-18")).getByRole("combobox"), { target: { value: "Hoàn thành" } });
  fireEvent.change(within(panel).getByRole("combobox", { name: "Thời điểm (bảng VI)" }), { target: { value: "cuoi-nam" } });
  fireEvent.change(within(panel).getByRole("textbox", { name: "Kết quả thực hiện" }), { target: { value: "Hoàn thành 2/2 nội dung" } });
  fireEvent.change(within(panel).getByRole("textbox", { name: "Người đánh giá" }), { target: { value: "Hội đồng tự đánh giá" } });
  fireEvent.click(within(panel).getByRole("button", { name: "Xem thay đổi" }));

  const list = await screen.findByTestId("review-changes");
  expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    `${SHEET}!J18 · Mức độ thực hiện: "dang thuc hien" → "Hoàn thành"`,
    `${SHEET}!C23 · Kết quả thực hiện: (trống) → "Hoàn thành 2/2 nội dung"`,
    `${SHEET}!E23 · Người đánh giá: (trống) → "Hội đồng tự đánh giá"`,
  ]);
  expect(list.textContent).toContain("Excel không hoàn tác (Ctrl+Z)");
  expect(host.callsOf("writeCells")).toEqual([]);
  const reads = host.callsOf("readWorkbook").length;
  fireEvent.click(within(list).getByRole("button", { name: "Ghi 3 thay đổi" }));

  await waitFor(() => expect(host.callsOf("writeCells")).toHaveLength(1));
  expect(host.callsOf("writeCells")[0][0]).toEqual([
    { cell: `'${SHEET}'!J18`, old: "dang thuc hien", value: "Hoàn thành" },
    { cell: `'${SHEET}'!C23`, old: "", value: "Hoàn thành 2/2 nội dung" },
    { cell: `'${SHEET}'!E23`, old: "", value: "Hội đồng tự đánh giá" },
  ]);
  await screen.findByText("Đã ghi 3 ô vào sổ tính; kế hoạch đã được đọc lại.");
  expect(host.callsOf("readWorkbook").length).toBeGreaterThan(reads);
  expect(screen.queryByTestId("review-changes")).toBeNull();
  expect((within(screen.getByTestId("review-row-18")).getByRole("combobox") as HTMLSelectElement).value).toBe("Hoàn thành");
});

test("a status that is no status ('Mức 2') is kept unless the user picks one; a 2018 plan has no Rà soát tab", async () => {
  const rows = SINGLE_SHEET.rows.map((r, i) => (i === 16 ? r.map((v, c) => (c === 9 ? "Mức 2" : v)) : r));
  const host = new FakeHost({ sheets: [gridFromRows(SHEET, rows)] });
  const { unmount } = render(<App host={host} />);
  await screen.findByTestId("plan-summary");
  tab("Rà soát");
  const select = within(await screen.findByTestId("review-row-17")).getByRole("combobox") as HTMLSelectElement;
  expect(select.value).toBe("__keep");
  expect(within(select).getByRole("option", { name: "Giữ nguyên: Mức 2" })).toBeTruthy();
  unmount();

  render(<App host={new FakeHost()} />);
  await screen.findByTestId("plan-summary");
  expect(screen.queryByRole("tab", { name: "Rà soát" })).toBeNull();
});

test("browser: the review is written into the open file, then 'Tải về bảng đã cập nhật' downloads it", async () => {
  const host = new FileHost({ language: "vi-VN", storage: null });
  const spy = jest.spyOn(host, "download").mockResolvedValue({ ok: true, value: undefined });
  render(<App host={host} />);
  const bytes = await workbook([SINGLE_SHEET]);
  const file = new File([new Uint8Array(bytes)], "KH 2026.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  fireEvent.change(screen.getByLabelText("Chọn tệp kế hoạch (.xlsx)"), { target: { files: [file] } });
  await screen.findByTestId("plan-summary", {}, { timeout: 20000 });
  tab("Rà soát");
  const panel = await screen.findByTestId("review-panel");
  expect(within(panel).queryByRole("button", { name: "Tải về bảng đã cập nhật" })).toBeNull();
  fireEvent.change(within(within(panel).getByTestId("review-row-17")).getByRole("combobox"), { target: { value: "" } });
  fireEvent.click(within(panel).getByRole("button", { name: "Xem thay đổi" }));
  const list = await screen.findByTestId("review-changes");
  expect(list.textContent).toContain("tệp trên máy không đổi");
  fireEvent.click(within(list).getByRole("button", { name: "Ghi 1 thay đổi" }));
  await screen.findByText('Đã ghi 1 ô vào bảng đang mở; bấm "Tải về bảng đã cập nhật" để lưu tệp.', {}, { timeout: 20000 });
  fireEvent.click(screen.getByRole("button", { name: "Tải về bảng đã cập nhật" }));
  await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  const [out, name] = spy.mock.calls[0];
  expect(name).toBe("KH 2026 (đã cập nhật).xlsx");
  const back = readPlan(await snapshotFromXlsx(out));
  expect(back.ok && back.plan.rows.map((r) => r.status)).toEqual(["", "dang thuc hien"]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer);
  expect(wb.getWorksheet(SHEET)!.getCell("J17").value ?? "").toBe("");
}, 30000);

test("Excel, 2026 plan: Chèn passes tables IV and V to the host, and its answer shows under the criterion clicked", async () => {
  const host = new FakeHost({ sheets: [gridFromRows(SHEET, SINGLE_SHEET.rows)] });
  host.insertCriterion = async (...args: unknown[]) => {
    host.calls.push({ method: "insertCriterion", args });
    return { ok: false, error: "Hãy chọn một ô trong một dòng của bảng IV (vấn đề trọng tâm) hoặc bảng V (kế hoạch cải tiến) rồi bấm chèn lại." };
  };
  render(<App host={host} />);
  await screen.findByTestId("plan-summary");
  tab("Tiêu chí");
  expect(screen.getByText(/Kế hoạch theo mẫu 2026: chọn một ô trong dòng của bảng IV hoặc bảng V/)).toBeTruthy();
  const button = screen.getByRole("button", { name: /Chèn tiêu chí 4\.2/ });
  fireEvent.click(button);
  const item = button.closest("li") as HTMLElement;
  await within(item).findByText(/^Hãy chọn một ô trong một dòng của bảng IV/);
  const [code, label, targets] = host.callsOf("insertCriterion")[0] as [string, string, { rows: { table: string; row: number }[] }];
  expect([code, label]).toEqual(["4.2", expect.stringMatching(/^Tiêu chí 4\.2: /)]);
  expect(targets.rows.map((r) => `${r.table}${r.row}`)).toEqual(["IV11", "IV12", "V17", "V18"]);
});
