/** @jest-environment jsdom */
/**
 * The pane's "Thông tin" tab on a 2026-form plan: Biểu 2's section texts
 * (I, II, III, VII, VIII, closing) to edit, no 2018 numbering choice; section
 * I follows the school's name; the pane's Word button writes the Biểu 2 with
 * the edited texts. A 2018-form plan keeps its four texts.
 */
import "../ui/setup";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { FakeHost, sampleGrid } from "../ui/fake-host";
import { gridFromRows } from "../../src/core/grid";
import { SINGLE_SHEET } from "../support/form2026";
import { parts, visibleText } from "./docx-xml";

function host2026(): FakeHost {
  return new FakeHost({ sheets: [gridFromRows(SINGLE_SHEET.name, SINGLE_SHEET.rows)] });
}

async function openInfo(host: FakeHost): Promise<void> {
  render(<App host={host} />);
  await screen.findByTestId("plan-summary");
  fireEvent.click(screen.getByRole("tab", { name: "Thông tin" }));
  fireEvent.click(screen.getByRole("button", { name: "Nội dung các phần của văn bản" }));
}

const box = (name: string | RegExp) => screen.getByRole("textbox", { name }) as HTMLTextAreaElement;

test("a 2026-form plan: Biểu 2's section texts, edited texts in the pane's Word document", async () => {
  const host = host2026();
  await openInfo(host);
  for (const label of ["I. Thông tin chung", "II. Căn cứ xây dựng kế hoạch", "III. Mục đích, yêu cầu", "VII. Tổ chức thực hiện", "VIII. Cơ chế đánh giá và báo cáo", "Đoạn kết"]) {
    expect(box(label).value.length).toBeGreaterThan(20);
  }
  expect(box("I. Thông tin chung").value).toContain("TRƯỜNG TIỂU HỌC HOA SEN");
  expect(box("II. Căn cứ xây dựng kế hoạch").value).toContain("Thông tư 57/2026/TT-BGDĐT");
  expect(screen.queryByRole("radio", { name: /VI/ })).toBeNull();
  expect(screen.getByText(/không phải lời văn chính thức của Thông tư/)).toBeTruthy();

  // Section I follows the school's name while it is the default text.
  fireEvent.change(screen.getByRole("textbox", { name: "Tên trường" }), { target: { value: "TRƯỜNG TH HOA SEN 2" } });
  expect(box("I. Thông tin chung").value).toContain("Tên cơ sở giáo dục: TRƯỜNG TH HOA SEN 2;");

  fireEvent.change(box("VIII. Cơ chế đánh giá và báo cáo"), { target: { value: "Báo cáo UBND xã Hoa Sen sau mỗi học kỳ." } });
  fireEvent.click(screen.getByRole("button", { name: "Tạo kế hoạch Word" }));
  await waitFor(() => expect(host.downloads).toHaveLength(1), { timeout: 20000 });
  const text = visibleText(parts(host.downloads[0].bytes).document);
  expect(text).toContain("VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO\nBáo cáo UBND xã Hoa Sen sau mỗi học kỳ.\n");
  expect(text).toContain("IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN");
  expect(text).toContain("TRƯỜNG TH HOA SEN 2");
});

test("a 2018-form plan keeps the 2018 texts and the numbering choice", async () => {
  await openInfo(new FakeHost({ sheets: [sampleGrid()] }));
  expect(box(/^I\. Mục đích, yêu cầu/).value).toContain("Rà soát thực trạng");
  expect(box(/^IV\. Tổ chức thực hiện/)).toBeTruthy();
  expect(screen.queryByRole("textbox", { name: /Thông tin chung/ })).toBeNull();
  expect(screen.queryByRole("textbox", { name: /Cơ chế đánh giá/ })).toBeNull();
  expect(screen.getByRole("radio", { name: /VI/ })).toBeTruthy();
});
