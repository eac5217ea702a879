/** @jest-environment jsdom */
/** The pane over a fake host: "Lập kế hoạch năm học mới" in the Bảng tab, and the crosswalk in the Tiêu chí tab. */
import "../ui/setup";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { FakeHost } from "../ui/fake-host";
import type { Draft2026 } from "../../src/core/forms/draft";

class CreatingHost extends FakeHost {
  get drafts(): Draft2026[] {
    return this.callsOf("createPlan").map((a) => a[0] as Draft2026);
  }
}

test("the Bảng tab drafts next year's plan on a new sheet and says what to do next", async () => {
  // The fake host's sample plan: a 2024-2025 primary plan on the 2018 form.
  const host = new CreatingHost();
  render(<App host={host} />);
  await screen.findByTestId("plan-summary");
  fireEvent.click(screen.getByRole("tab", { name: "Bảng" }));
  expect(screen.getByText(/Lập bản nháp kế hoạch năm học 2026-2027 theo Thông tư 57\/2026/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Lập kế hoạch năm học mới" }));
  const summary = await screen.findByTestId("next-year-summary");
  expect(host.drafts).toHaveLength(1);
  expect(host.drafts[0].regulation).toBe("TT57/2026-PT");
  expect(within(summary).getByText(/^Đã tạo bản nháp kế hoạch năm học 2026-2027 .*: Kế hoạch CTCL 2026-2027$/)).toBeTruthy();
  expect(within(summary).getByText(/^Còn phải điền: số và ngày của kế hoạch/)).toBeTruthy();
  // The sheet read is left alone.
  expect(host.callsOf("writePlanSheet")).toEqual([]);
});

test("the Tiêu chí tab shows 'tiêu chí cũ → tiêu chí mới' for the plan's regulation", async () => {
  render(<App host={new CreatingHost()} />);
  await screen.findByTestId("plan-summary");
  fireEvent.click(screen.getByRole("tab", { name: "Tiêu chí" }));
  const toggle = await screen.findByRole("button", { name: "Chuyển tiêu chí sang năm học mới: TT17/2018 → TT57/2026-PT" });
  // Folded until asked for: the picker stays the tab's subject.
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryByRole("group", { name: /Chuyển tiêu chí/ })).toBeNull();
  fireEvent.click(toggle);
  const list = await screen.findByRole("group", { name: "Chuyển tiêu chí sang năm học mới: TT17/2018 → TT57/2026-PT" });
  expect(within(list).getAllByRole("listitem")).toHaveLength(27);
  expect(within(list).getByText("Ban đại diện cha mẹ học sinh: phối hợp với gia đình.")).toBeTruthy();
  await waitFor(() => expect(within(list).getAllByText("cần chọn").length).toBe(1));
});
