/**
 * jsdom gaps for the UI tests (import this first in each UI test):
 * ResizeObserver (Fluent MessageBar), TextEncoder/TextDecoder (docx),
 * Blob/File.arrayBuffer, URL.createObjectURL, matchMedia, clipboard.
 */
import { TextDecoder, TextEncoder } from "util";

const g = globalThis as unknown as Record<string, unknown>;

if (!g.TextEncoder) g.TextEncoder = TextEncoder;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;

if (!g.ResizeObserver) {
  g.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

if (typeof Blob !== "undefined" && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.onerror = () => reject(r.error);
      r.readAsArrayBuffer(this);
    });
  };
}

if (typeof URL !== "undefined") {
  const u = URL as unknown as Record<string, unknown>;
  if (!u.createObjectURL) u.createObjectURL = () => "blob:test";
  if (!u.revokeObjectURL) u.revokeObjectURL = () => undefined;
}

if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}

export {};
