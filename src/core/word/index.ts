/**
 * The Word document of the plan: `buildPlanDocx` writes the complete document
 * in the administrative format; `fillTemplateDocx` fills a school's own .docx
 * template. Both return .docx bytes and run in the browser and in Node.
 */
import type { Plan } from "../plan";
import { defaultRecipients, defaultSections } from "./defaults";
import { schoolYearText } from "./format";
import type { DocumentInfo } from "./types";

export type { DocumentInfo } from "./types";
export { buildPlanDocx } from "./document";
export { fillTemplateDocx, TemplateError, TEMPLATE_PLACEHOLDERS, TABLE_PLACEHOLDER } from "./template";
export { defaultSections, defaultRecipients } from "./defaults";
export { dateWords, formatAmount, placeAndDate } from "./format";

/** Document info prefilled from the plan: its letterhead, year, level and regulation. */
export function defaultDocumentInfo(plan: Plan): DocumentInfo {
  return {
    ...plan.info,
    signerTitle: plan.info.signerTitle?.trim() ? plan.info.signerTitle : "HIỆU TRƯỞNG",
    schoolYear: schoolYearText(plan.schoolYear ?? ""),
    recipients: plan.info.recipients?.length ? [...plan.info.recipients] : defaultRecipients(plan.level),
    sections: defaultSections(plan),
    numbering: { purpose: "I", basis: "II", content: "III", organisation: "IV" },
  };
}
