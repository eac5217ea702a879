/** @jest-environment jsdom */
/** The "Tạo kế hoạch mới" panel in the pane: the form, its checks, and the new plan opened (Excel) or downloaded. */
import "./setup";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { FakeHost } from "./fake-host";
import type { Draft2026 } from "../../src/core/forms/draft";

function panel() {
  return within(screen.getByTestId("new-plan"));
}

test("Excel: prefilled from the open plan, refuses a level the school name contradicts, then creates and opens the new sheet", async () => {
  const host = new FakeHost();
  render(<App host={host} />);
  await screen.findByTestId("plan-summary");
  fireEvent.click(panel().getByRole("button", { name: "Tạo kế hoạch mới" }));
  const school = panel().getByRole("textbox", { name: "Tên trường" }) as HTMLInputElement;
  expect(school.value).toBe("TRƯỜNG TIỂU HỌC HOA BAN");
  expect((panel().getByRole("combobox", { name: /Cấp học/ }) as HTMLSelectElement).value).toBe("tieu-hoc");
  expect((panel().getByRole("textbox", { name: /Năm học/ }) as HTMLInputElement).value).toMatch(/^\d{4}-\d{4}$/);

  fireEvent.change(panel().getByRole("combobox", { name: /Cấp học/ }), { target: { value: "thcs" } });
  fireEvent.change(panel().getByRole("textbox", { name: /Năm học/ }), { target: { value: "2026-2027" } });
  fireEvent.click(panel().getByRole("button", { name: "Tạo" }));
  expect(await panel().findByText(/Tên trường ghi cấp Tiểu học, khác cấp học đã chọn/)).toBeTruthy();
  expect(host.callsOf("createPlan")).toEqual([]);

  fireEvent.change(panel().getByRole("combobox", { name: /Cấp học/ }), { target: { value: "tieu-hoc" } });
  fireEvent.click(panel().getByRole("button", { name: "Tạo" }));
  await waitFor(() => expect(host.callsOf("createPlan")).toHaveLength(1));
  expect((host.callsOf("createPlan")[0][0] as Draft2026).info.agency).toBe("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN");
  expect(await screen.findByText(/Đã tạo kế hoạch mới trên trang tính "Kế hoạch CTCL 2026-2027"/)).toBeTruthy();
  // The pane opens the new plan: no rows yet.
  await waitFor(() => expect(host.callsOf("readWorkbook").some((c) => c[0] === "Kế hoạch CTCL 2026-2027")).toBe(true));
  await waitFor(() => expect(screen.getByTestId("plan-summary").textContent).toContain("Kế hoạch CTCL 2026-2027"));
});

test("browser, no plan open: choose the level, create, a download", async () => {
  const host = new FakeHost({ kind: "file", sheets: [], capabilities: { writeSheet: false, openFiles: true, selectCells: false, liveEdits: false } });
  render(<App host={host} />);
  fireEvent.click(await panel().findByRole("button", { name: "Tạo kế hoạch mới" }));
  fireEvent.change(panel().getByRole("textbox", { name: /Năm học/ }), { target: { value: "2026-2027" } });
  fireEvent.click(panel().getByRole("button", { name: "Tạo" }));
  expect(await panel().findByText(/Hãy chọn cấp học/)).toBeTruthy();
  fireEvent.change(panel().getByRole("combobox", { name: /Cấp học/ }), { target: { value: "mam-non" } });
  fireEvent.click(panel().getByRole("button", { name: "Tạo" }));
  expect(await screen.findByText(/Đã tải xuống "KH-CTCL-2026-2027.xlsx"/)).toBeTruthy();
  expect((host.callsOf("createPlan")[0][0] as Draft2026).regulation).toBe("TT57/2026-MN");
});
