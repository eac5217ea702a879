/**
 * Reads an .xlsx off the page's main thread (a Web Worker: the browser page
 * and the Office task panes on the web and in WebView2/WKWebView): the bytes
 * come in, the sheet snapshot (plain data) or the reader's error (its code and
 * detail, so the pane says the CLI's sentence) goes back.
 */
import { snapshotFromXlsx } from "./xlsx";

interface WorkerScope {
  onmessage: ((ev: MessageEvent<Uint8Array>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (ev) => {
  void snapshotFromXlsx(ev.data).then(
    (snapshot) => scope.postMessage({ snapshot }),
    (e: unknown) => {
      const err = (e ?? {}) as { code?: unknown; detail?: unknown; message?: unknown };
      scope.postMessage({ error: { code: err.code ?? null, detail: err.detail ?? null, message: String(err.message ?? e) } });
    },
  );
};
