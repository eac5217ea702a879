/**
 * The Word document of the plan: `buildPlanDocx` writes the complete document
 * in the administrative format; `fillTemplateDocx` fills a school's own .docx
 * template. Both return .docx bytes and run in the browser and in Node.
 */

export type { DocumentInfo } from "./types";
export type { ZipCodec } from "./zip";
export { buildPlanDocx } from "./document";
export { buildReviewDocx } from "./review";
export { fillTemplateDocx, TemplateError, TEMPLATE_PLACEHOLDERS, TABLE_PLACEHOLDER, TABLE_PLACEHOLDERS, TEMPLATE_LIMITS, templateLimitText, type TemplateNotes } from "./template";
export { defaultSections, defaultRecipients, defaultDocumentInfo } from "./defaults";
export { buildPlanDocx2026 } from "./document2026";
export { dateWords, placeAndDate } from "./format";
export { formatAmount } from "../words";

