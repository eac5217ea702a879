/**
 * The page's own storage (localStorage), shared by the hosts that run in a
 * browser or a task-pane web view: the user's language choice lives here, per
 * user and machine. Never throws: a refused storage (private window, policy)
 * is no storage.
 */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

export function safeLocalStorage(): KeyValueStore | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    return null;
  }
}

export function readItem(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(store: KeyValueStore | null, key: string, value: string): boolean {
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    // Storage full or refused: the value stays in memory only.
    return false;
  }
}

const LANGUAGE_KEY = "ctcl:language";

/** The language the user chose in the pane, or null before any choice. */
export function storedLanguage(store: KeyValueStore | null): "vi" | "en" | null {
  const v = readItem(store, LANGUAGE_KEY);
  return v === "vi" || v === "en" ? v : null;
}

export function storeLanguage(store: KeyValueStore | null, lang: "vi" | "en"): void {
  writeItem(store, LANGUAGE_KEY, lang);
}
