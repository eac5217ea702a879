/** @jest-environment jsdom */
/**
 * The pane drawn over hosts whose work takes time: the progress with its Hủy
 * (after a short delay, so quick work does not flash it), and several files
 * at once (the summary panel: a card per school, the bad file saying why, the
 * total, a school opening its plan, the way back).
 */
import "./setup";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { FakeHost, sampleRows } from "./fake-host";
import { FileHost } from "../../src/file/host";
import { gridFromRows, type CellValue } from "../../src/core/grid";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/check";
import { schoolSummary, unreadableSummary, type SchoolSummary } from "../../src/core/summary";
import { formatAmount } from "../../src/core/words";
import type { HostResult, SavedPlan, WorkWatch } from "../../src/host";
import type { Lang } from "../../src/core/strings";

function rowsOf(school: string): CellValue[][] {
  const rows = sampleRows().map((r) => [...r]);
  rows[1][0] = school;
  return rows;
}

test("slow work shows its stage and Hủy after a moment; Hủy stops it and says so", async () => {
  let release: (() => void) | null = null;
  class SlowHost extends FakeHost {
    slow = true;
    override async loadInfo(key: string): Promise<HostResult<SavedPlan | null>> {
      if (this.slow) await new Promise<void>((r) => (release = r));
      return super.loadInfo(key);
    }
  }
  const host = new SlowHost();
  render(<App host={host} />);
  const box = await screen.findByTestId("work-progress", {}, { timeout: 2000 });
  expect(within(box).getByRole("status").textContent).toBe("Đang tìm bảng kế hoạch…");
  expect(within(box).getByRole("progressbar")).toBeTruthy();
  fireEvent.click(within(box).getByRole("button", { name: "Hủy" }));
  await act(async () => release?.());
  await waitFor(() => expect(screen.queryByTestId("work-progress")).toBeNull());
  expect(screen.getByText("Đã dừng.")).toBeTruthy();
  expect(screen.queryByTestId("plan-summary")).toBeNull();
  // In Excel nothing else would read the workbook again: a button does.
  host.slow = false;
  fireEvent.click(screen.getByRole("button", { name: "Đọc lại sổ tính" }));
  expect((await screen.findByTestId("plan-summary")).textContent).toContain("TRƯỜNG TIỂU HỌC HOA BAN");
  expect(screen.queryByRole("button", { name: "Đọc lại sổ tính" })).toBeNull();
});

test("quick work does not flash the progress", async () => {
  render(<App host={new FakeHost()} />);
  await screen.findByTestId("plan-summary");
  await act(async () => new Promise((r) => setTimeout(r, 500)));
  expect(screen.queryByTestId("work-progress")).toBeNull();
});

test("several files at once: a card per school, the bad file's sentence, the total; a school opens its plan and the summary is a click away", async () => {
  const grids: Record<string, CellValue[][]> = { "a.xlsx": rowsOf("TRƯỜNG TIỂU HỌC A"), "b.xlsx": rowsOf("TRƯỜNG TIỂU HỌC B") };
  /** A file host whose files are grids by name; a file that is not one of them cannot be read. */
  class GridFiles extends FileHost {
    constructor() {
      super({
        language: "vi",
        storage: null,
        document: null,
        loadXlsx: async () => ({
          snapshotFromXlsx: async (bytes: Uint8Array) => {
            const rows = grids[new TextDecoder().decode(bytes)];
            if (!rows) throw new Error("bad zip");
            return { sheets: [gridFromRows("Trang 1", rows)] };
          },
        }),
      });
    }
    override async summariseFile(fileName: string, bytes: Uint8Array, _lang: Lang, _watch?: WorkWatch): Promise<HostResult<SchoolSummary>> {
      const rows = grids[new TextDecoder().decode(bytes)];
      if (!rows) return { ok: true, value: unreadableSummary(fileName, `Tệp "${fileName}" không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.`) };
      const r = readPlan({ sheets: [gridFromRows("Trang 1", rows)] });
      if (!r.ok) throw new Error("no plan");
      const { issues, totals } = checkPlan(r.plan);
      return { ok: true, value: schoolSummary(fileName, r.plan, issues, totals) };
    }
  }
  render(<App host={new GridFiles()} />);
  const input = screen.getByLabelText("Chọn tệp kế hoạch (.xlsx)") as HTMLInputElement;
  expect(input.multiple).toBe(true);
  const file = (name: string, content: string) => new File([new TextEncoder().encode(content)], name);
  fireEvent.change(input, { target: { files: [file("a.xlsx", "a.xlsx"), file("b.xlsx", "b.xlsx"), file("hong.xlsx", "junk")] } });
  const panel = await screen.findByTestId("summary");
  const cards = within(panel).getAllByTestId("summary-school");
  expect(cards).toHaveLength(3);
  expect(cards[2].textContent).toContain('Tệp "hong.xlsx" không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.');
  expect(within(cards[2]).getByText("KHÔNG ĐỌC ĐƯỢC")).toBeTruthy();
  const one = checkPlan((readPlan({ sheets: [gridFromRows("Trang 1", grids["a.xlsx"])] }) as { ok: true; plan: never }).plan).totals.amount;
  expect(screen.getByTestId("summary-total-amount").textContent).toBe(`${formatAmount(2 * one)} đồng`);
  expect(screen.getByTestId("summary-total").textContent).toContain("Tổng cộng (3 tệp, 1 tệp không đọc được)");
  expect(screen.getByRole("button", { name: "Tải bảng tổng hợp" })).toBeTruthy();

  fireEvent.click(within(cards[1]).getByRole("button", { name: "TRƯỜNG TIỂU HỌC B" }));
  const summary = await screen.findByTestId("plan-summary");
  expect(summary.textContent).toContain("TRƯỜNG TIỂU HỌC B");
  expect(screen.queryByTestId("summary")).toBeNull();
  fireEvent.click(screen.getByTestId("summary-back"));
  expect(await screen.findByTestId("summary")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Đóng bảng tổng hợp" }));
  expect(screen.queryByTestId("summary")).toBeNull();
  expect(screen.getByTestId("plan-summary").textContent).toContain("TRƯỜNG TIỂU HỌC B");
});
