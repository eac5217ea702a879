/** Names of the files the add-in hands to the user, and their media types. Pure. */
import type { Plan } from "./plan";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** ASCII file-name part: diacritics dropped, spaces to "-", nothing a file system refuses. */
export function fileNamePart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

interface NameParts {
  school?: string;
  schoolYear?: string;
}

function parts(plan: Plan, info: NameParts | null): string[] {
  return [fileNamePart(info?.school || plan.info.school || ""), fileNamePart(info?.schoolYear || plan.schoolYear || "")];
}

/** "Ke-hoach-CTCL-TRUONG-MN-XA-SAM-MUN-2022-2023.docx" */
export function wordFileName(plan: Plan, info: NameParts | null): string {
  return ["Ke-hoach-CTCL", ...parts(plan, info)].filter(Boolean).join("-") + ".docx";
}

/** "Bang-ke-hoach-CTCL-TRUONG-MN-XA-SAM-MUN-2022-2023.xlsx" */
export function planTableFileName(plan: Plan, info: NameParts | null): string {
  return ["Bang-ke-hoach-CTCL", ...parts(plan, info)].filter(Boolean).join("-") + ".xlsx";
}
