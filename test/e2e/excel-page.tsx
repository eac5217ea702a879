/**
 * Test-only page for the end-to-end test: the real task pane and the real
 * Excel host (src/office) over the office tests' fake Excel API, holding the
 * project's sample workbook. Lets Chromium show and drive the Excel mode
 * without Excel. Exposes the fake as window.__fakeExcel, and how many times
 * many analyses a worker answered as window.__analysedInWorker.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FakeExcel } from "../office/fake-excel";
import { createExcelHost } from "../../src/office";
import { snapshotFromXlsx } from "../../src/file/xlsx";
import { App } from "../../src/ui/App";
import { workerAnalyser } from "../../src/file/xlsx-in-worker";

async function main(): Promise<void> {
  const bytes = new Uint8Array(await (await fetch("examples/ke-hoach-mau.xlsx")).arrayBuffer());
  const snapshot = await snapshotFromXlsx(bytes);
  const fake = new FakeExcel();
  for (const grid of snapshot.sheets) {
    const sheet = fake.workbook.addSheet(grid.sheetName);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = sheet.ensure(grid.originRow + r, grid.originCol + c);
        cell.value = v;
        const f = grid.formulas[r]?.[c];
        if (f) cell.formula = `=${f}`;
        const fmt = grid.numberFormats[r]?.[c];
        if (fmt) cell.numberFormat = fmt;
      }),
    );
    sheet.merges.push(...grid.merges);
  }
  (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel = fake;
  // As the page's entry does: the snapshot Excel gives is read and checked in a Web Worker.
  const w = window as unknown as { __analysedInWorker: number };
  w.__analysedInWorker = 0;
  const analyser = workerAnalyser(() => {
    const worker = new Worker(new URL("../../src/file/xlsx.worker.ts", import.meta.url));
    // Counted when the worker answers: it did start and run.
    worker.addEventListener("message", (ev: MessageEvent) => {
      if (ev.data && "analysis" in ev.data) w.__analysedInWorker++;
    });
    return worker;
  });
  createRoot(document.getElementById("root")!).render(<App host={createExcelHost(fake.env())} deps={{ analyser }} />);
}

void main();
