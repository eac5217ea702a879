/**
 * Entry of the task pane page. Inside Excel (office.js loads and
 * Office.onReady says the host is Excel) the pane works on the workbook through
 * the Excel host; anywhere else (a plain browser, office.js unavailable or
 * offline, another Office host) it works on an .xlsx file through the file
 * host. office.js is only requested when the page looks hosted by Office, and
 * every wait has a short timeout: the page never hangs on it.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../ui/App";
import { FileHost } from "../file/host";
import { workerAnalyser } from "../file/xlsx-in-worker";
import type { Host } from "../host";
import { langFromTag } from "../core/lang";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SCRIPT_TIMEOUT_MS = 8000;
const READY_TIMEOUT_MS = 5000;

/** True when Office hosts the page (its URL, frame or webview say so); `?host=file` forces the file host. */
export function looksHostedByOffice(w: Window): boolean {
  try {
    const params = new URLSearchParams(w.location.search);
    const forced = params.get("host");
    if (forced === "file") return false;
    if (forced === "office") return true;
    if (/_host_Info=/i.test(w.location.search + w.location.hash)) return true;
    if (/host_?info/i.test(w.name || "")) return true;
    try {
      for (let i = 0; i < w.sessionStorage.length; i++) {
        if (/hostinfo/i.test(w.sessionStorage.key(i) ?? "")) return true;
      }
    } catch {
      // storage refused: ignore
    }
    const anyW = w as unknown as {
      external?: { GetContext?: unknown };
      chrome?: { webview?: unknown };
      webkit?: { messageHandlers?: { Agave?: unknown } };
    };
    if (anyW.external && "GetContext" in anyW.external) return true;
    if (anyW.chrome?.webview) return true;
    if (anyW.webkit?.messageHandlers?.Agave) return true;
    return w.parent !== w;
  } catch {
    return false;
  }
}

function loadScript(doc: Document, src: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const el = doc.createElement("script");
    const timer = setTimeout(() => resolve(false), timeoutMs);
    el.src = src;
    el.async = true;
    el.onload = () => {
      clearTimeout(timer);
      resolve(true);
    };
    el.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
    doc.head.appendChild(el);
  });
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** The Excel host when office.js loads and says Excel; null otherwise. */
async function excelHost(): Promise<Host | null> {
  if (!looksHostedByOffice(window)) return null;
  const loaded = await loadScript(document, OFFICE_JS_URL, SCRIPT_TIMEOUT_MS);
  if (!loaded || typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const info = await withTimeout(Office.onReady(), READY_TIMEOUT_MS, null);
  if (!info || info.host !== Office.HostType.Excel) return null;
  const { createExcelHost } = await import(/* webpackChunkName: "office" */ "../office");
  return createExcelHost();
}

async function main(): Promise<void> {
  let host: Host | null = null;
  try {
    host = await excelHost();
  } catch {
    host = null;
  }
  // The .xlsx is read, and the plan read and checked, in Web Workers (one per job,
  // ended when done or cancelled): the page never freezes on a large workbook. In
  // Excel the snapshot Office.js gives is checked in the same kind of worker.
  const createWorker = (): Worker => new Worker(new URL("../file/xlsx.worker.ts", import.meta.url));
  host ??= new FileHost({ createXlsxWorker: createWorker });
  const chosen = host;
  const analyser = workerAnalyser(createWorker, () => chosen.loadLanguage() ?? langFromTag(chosen.language()));
  const root = document.getElementById("root");
  if (!root) return;
  document.documentElement.lang = host.loadLanguage() ?? langFromTag(host.language());
  (window as unknown as { __ctclHost?: string }).__ctclHost = host.kind;
  createRoot(root).render(<App host={host} deps={{ analyser }} />);
}

void main();
