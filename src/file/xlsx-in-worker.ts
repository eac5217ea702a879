/**
 * The file host's reader in a Web Worker, so opening a 5,000-row workbook does
 * not freeze the page: same interface as ./xlsx (snapshotFromXlsx), same
 * errors (code and detail carried across). Where a worker cannot start
 * (blocked by the host page's policy), the reader runs on the page as before.
 */
import type { WorkbookSnapshot } from "../core/grid";

type Reply = { snapshot: WorkbookSnapshot } | { error: { code: string | null; detail: unknown; message: string } };

function inWorker(createWorker: () => Worker, bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = createWorker();
    } catch (e) {
      return reject(Object.assign(new Error(String(e)), { code: "worker" }));
    }
    worker.onmessage = (ev: MessageEvent<Reply>) => {
      worker.terminate();
      const reply = ev.data;
      if ("snapshot" in reply) return resolve(reply.snapshot);
      reject(Object.assign(new Error(reply.error.message), { code: reply.error.code ?? undefined, detail: reply.error.detail ?? undefined }));
    };
    worker.onerror = (ev) => {
      worker.terminate();
      ev.preventDefault();
      reject(Object.assign(new Error(ev.message || "worker"), { code: "worker" }));
    };
    // A copy the worker owns: the caller's bytes stay usable.
    const copy = bytes.slice();
    worker.postMessage(copy, [copy.buffer]);
  });
}

/** A reader (./xlsx's interface) over workers made by `createWorker` (the page's entry knows the worker's URL). */
export function workerReader(createWorker: () => Worker): { snapshotFromXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot> } {
  return {
    async snapshotFromXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot> {
      try {
        return await inWorker(createWorker, bytes);
      } catch (e) {
        if ((e as { code?: unknown }).code !== "worker") throw e;
        const direct = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
        return direct.snapshotFromXlsx(bytes);
      }
    },
  };
}
