/** @jest-environment jsdom */
/**
 * The pane (issue 13, review): on a 2026-form plan the budget tab shows the
 * rows by status and a bar per standard, and downloads the review report of
 * the period chosen; nothing of it on a 2018-form plan.
 */
import "../ui/setup";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { FakeHost } from "../ui/fake-host";
import { gridFromRows } from "../../src/core/grid";
import { PaneController } from "../../src/ui/controller";
import { progressView, reviewFileName, reportInfo } from "../../src/ui/review-report";
import { parts, visibleText } from "../word/docx-xml";
import { REVIEW_HK1, REVIEW_YEAR, statusPlan, statusSheetRows } from "./workbook";

// jsdom has no scrolling; the pane scrolls a notice into view.
window.scrollTo = () => {};

const host2026 = () => new FakeHost({ sheets: [gridFromRows("KH CTCL 2026-2027", statusSheetRows())] });

async function openBudgetTab(host: FakeHost) {
  render(<App host={host} deps={{ loadWord: () => import("../../src/core/word") }} />);
  await screen.findByTestId("plan-summary");
  fireEvent.click(screen.getByRole("tab", { name: /Kinh phí|Budget/ }));
}

describe("progress in the pane", () => {
  it("the view: counts, one bar per standard in order and one for the rows of no known standard", async () => {
    const view = progressView(await statusPlan())!;
    expect(view.all).toEqual({ done: 2, inProgress: 2, notDone: 2, unset: 4, total: 10 });
    expect(view.bars.map((b) => [b.standard, b.counts.done, b.counts.total])).toEqual([
      ["1", 2, 2],
      ["2", 0, 2],
      ["3", 0, 2],
      ["4", 0, 3],
      ["", 0, 1],
    ]);
    const four = view.bars[3].segments;
    expect(four.map((g) => [g.kind, g.count, Math.round(g.share)])).toEqual([
      ["done", 0, 0],
      ["inProgress", 0, 0],
      ["notDone", 1, 33],
      ["unset", 2, 67],
    ]);
  });

  it("the budget tab of a 2026 plan shows the counts and a bar per standard", async () => {
    await openBudgetTab(host2026());
    const panel = await screen.findByTestId("progress");
    expect(within(panel).getByTestId("progress-summary").textContent).toBe(
      "Mức độ thực hiện (10 nội dung): 2 hoàn thành, 2 đang thực hiện, 2 chưa hoàn thành, 4 chưa đánh giá",
    );
    const bars = within(panel).getAllByRole("img").map((b) => b.getAttribute("aria-label"));
    expect(bars).toEqual([
      "Tiêu chuẩn 1: 2 hoàn thành, 0 đang thực hiện, 0 chưa hoàn thành, 0 chưa đánh giá",
      "Tiêu chuẩn 2: 0 hoàn thành, 1 đang thực hiện, 0 chưa hoàn thành, 1 chưa đánh giá",
      "Tiêu chuẩn 3: 0 hoàn thành, 1 đang thực hiện, 1 chưa hoàn thành, 0 chưa đánh giá",
      "Tiêu chuẩn 4: 0 hoàn thành, 0 đang thực hiện, 1 chưa hoàn thành, 2 chưa đánh giá",
      "Chưa xác định tiêu chuẩn: 0 hoàn thành, 0 đang thực hiện, 0 chưa hoàn thành, 1 chưa đánh giá",
    ]);
  });

  it("downloads the report of the period chosen, and says which statuses it counted as not assessed", async () => {
    const host = host2026();
    await openBudgetTab(host);
    const panel = await screen.findByTestId("progress");
    fireEvent.click(within(panel).getByRole("radio", { name: "Tổng kết năm học" }));
    fireEvent.click(within(panel).getByRole("button", { name: "Tải báo cáo (Word)" }));
    await waitFor(() => expect(host.downloads).toHaveLength(1));
    const file = host.downloads[0];
    expect(file.fileName).toBe("Bao-cao-CTCL-cuoi-nam-TRUONG-THCS-HOA-LU-2026-2027.docx");
    expect(file.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const text = visibleText(parts(file.bytes).document);
    expect(text).toContain("NỘI DUNG CHUYỂN SANG KẾ HOẠCH NĂM HỌC 2027-2028");
    expect(text).toContain(REVIEW_YEAR.result);
    expect(text).not.toContain(REVIEW_HK1.result);
    const notice = await screen.findByText(/Bao-cao-CTCL-cuoi-nam/);
    expect(notice.textContent).toContain('các ô "Mức độ thực hiện" J17, J18');
  });

  it("in English, the labels are English (the report itself stays Vietnamese)", async () => {
    const host = host2026();
    host.chosenLanguage = "en";
    await openBudgetTab(host);
    const panel = await screen.findByTestId("progress");
    expect(within(panel).getByTestId("progress-summary").textContent).toBe("Implementation status (10 rows): 2 done, 2 in progress, 2 not done, 4 not assessed");
    expect(within(panel).getByRole("radio", { name: "End of semester I" })).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Download the report (Word)" })).toBeTruthy();
  });

  it("a 2018-form plan: no progress and no report action on the budget tab", async () => {
    await openBudgetTab(new FakeHost());
    await screen.findByTestId("total-amount");
    expect(screen.queryByTestId("progress")).toBeNull();
    expect(screen.queryByRole("button", { name: "Tải báo cáo (Word)" })).toBeNull();
  });

  it("the controller refuses the report of a 2018-form plan with a sentence, and downloads nothing", async () => {
    const host = new FakeHost();
    const ctl = new PaneController(host, { loadWord: () => import("../../src/core/word") });
    await ctl.start();
    await ctl.makeReviewReport("hk1");
    expect(host.downloads).toHaveLength(0);
    expect(ctl.state.ui.notices.map((n) => n.text)).toContain('Báo cáo cần cột "Mức độ thực hiện" của mẫu kế hoạch năm 2026; kế hoạch này theo mẫu năm 2018.');
  });

  it("the report takes the letterhead and signer the user edited, with its own number, no date and the year's recipients", async () => {
    const plan = await statusPlan();
    const draft = { ...reportInfo(plan, null), school: "TRƯỜNG THCS HOA LƯ (đã sửa)", signerName: "Lê Văn Bình", number: "31/KH-THCSHL", date: "2026-10-20", recipients: ["Phòng GD&ĐT (b/c)", "Lưu: VT"] };
    const info = reportInfo(plan, draft);
    expect(info).toMatchObject({ school: "TRƯỜNG THCS HOA LƯ (đã sửa)", signerName: "Lê Văn Bình", number: "/BC-THCSHL", date: "" });
    expect(info.recipients[0]).toBe("Phòng VH-XH UBND xã/phường (b/c)");
    expect(reviewFileName(plan, info, "hk1")).toBe("Bao-cao-CTCL-HK1-TRUONG-THCS-HOA-LU-da-sua-2026-2027.docx");
  });
});
