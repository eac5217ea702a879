/** Turning Office.js failures into the host's answers: never throw, say it in a sentence. */
import type { HostResult } from "../host";
import { t, type Lang } from "../core/strings";
import { errorCode, errorDetail } from "../core/errors";

/** An error with a host sentence already worded (thrown inside an action, caught by `attempt`). */
export class HostError extends Error {
  constructor(public readonly sentence: string) {
    super(sentence);
    this.name = "HostError";
  }
}

/** context.sync(); Office's "ItemNotFound" (a sheet or range gone) becomes the sentence `missing()`. */
export async function syncOrMissing(context: Excel.RequestContext, missing: () => string): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) === "ItemNotFound") throw new HostError(missing());
    throw e;
  }
}

export function isPayloadTooLarge(e: unknown): boolean {
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimit|ResponsePayloadSizeLimit/i.test(`${errorCode(e)} ${e instanceof Error ? e.message : ""}`);
}

/** The sentence for an unexpected failure. */
export function failureSentence(e: unknown, lang: Lang): string {
  if (e instanceof HostError) return e.sentence;
  const code = errorCode(e);
  if (code === "InvalidOperationInCellEditMode") return t("officeBusy", lang);
  if (e instanceof ReferenceError && /Excel|Office/.test(e.message)) return t("officeNotAvailable", lang);
  return t("officeError", errorDetail(e), lang);
}

/** Runs an action; any throw becomes { ok: false, error }. */
export async function attempt<T>(lang: Lang, action: () => Promise<T>): Promise<HostResult<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (e) {
    return { ok: false, error: failureSentence(e, lang) };
  }
}
