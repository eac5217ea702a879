/** The language of the messages from a host's language tag. Pure. */
import type { Lang } from "./strings";

/** "vi", "vi-VN", "" (unknown) -> "vi"; any other tag ("en-US", "fr") -> "en". */
export function langFromTag(tag: string | null | undefined): Lang {
  const l = (tag ?? "").trim();
  return l === "" || /^vi\b/i.test(l) ? "vi" : "en";
}
