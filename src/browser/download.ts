/**
 * Saving bytes for the user from a page: a blob URL on a temporary
 * <a download>. Works in a plain browser and in Excel on the web / Windows
 * task panes (the Office host adds the Mac refusal around it).
 */
export function downloadBytes(
  doc: Document,
  bytes: Uint8Array,
  fileName: string,
  mime: string,
  later: (f: () => void, ms: number) => unknown = setTimeout,
): void {
  // A copy on a plain ArrayBuffer: Blob refuses views of shared memory.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: mime }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  later(() => URL.revokeObjectURL(url), 60_000);
}
