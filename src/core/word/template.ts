/**
 * A school's own .docx template: docxtemplater fills the text placeholders
 * ({school}, {date}, ...) in the runs the school formatted, so their fonts and
 * layout stay; the {table} paragraph becomes the plan table with real merges
 * (planTableXml, the same table as the generated document). Pure.
 */
import PizZip from "pizzip";
import Docxtemplater from "docxtemplater";
import InspectModule from "docxtemplater/js/inspect-module.js";
import type { Plan, Totals } from "../plan";
import { t } from "../strings";
import { planTableXml, replaceMarkerParagraph } from "./table";
import { dateWords, nfc, numberText, schoolYearText } from "./format";
import { formatAmount } from "../words";
import { PAGE } from "./runs";
import type { DocumentInfo } from "./types";
import { zipFiles, type ZipCodec, type ZipFiles } from "./zip";

export type TemplateErrorCode = "not-docx" | "unknown-placeholder" | "missing-placeholder" | "broken-tag";

export class TemplateError extends Error {
  constructor(
    public code: TemplateErrorCode,
    public placeholder: string | null,
    message: string,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Text placeholders, in the order the documentation lists them. */
export const TEMPLATE_PLACEHOLDERS = [
  "agency",
  "school",
  "number",
  "place",
  "date",
  "year",
  "signerTitle",
  "signerName",
  "total",
  "totalWords",
] as const;

/** The placeholder of the whole table (a paragraph of its own). `{%table}` and `{@table}` are read as it too. */
export const TABLE_PLACEHOLDER = "table";

const MARKER = "ctclPlanTable";

function validList(): string {
  return [...TEMPLATE_PLACEHOLDERS, TABLE_PLACEHOLDER].map((p) => `{${p}}`).join(", ");
}

interface Part {
  type: string;
  value: string;
  module?: string;
  /** The tag as typed between the braces, e.g. "#rows" (docxtemplater fills it for module tags). */
  raw?: string;
}

interface DxtErrorProps {
  id?: string;
  xtag?: string;
  context?: string;
  offset?: number;
  errors?: { properties?: DxtErrorProps }[];
}

function templateErrorFrom(e: unknown): TemplateError {
  const props = (e as { properties?: DxtErrorProps }).properties;
  const first = props?.errors?.[0]?.properties ?? props;
  const id = first?.id ?? "";
  const tag = (first?.xtag ?? "").trim();
  if (id === "filetype_not_identified" || id === "filetype_not_handled") {
    return new TemplateError("not-docx", null, t("wordNotDocx"));
  }
  if (id === "unclosed_tag") return new TemplateError("broken-tag", tag, t("wordUnclosedTag", tag));
  if (id === "unopened_tag") return new TemplateError("broken-tag", tag, t("wordUnopenedTag", tag));
  if (id === "raw_xml_tag_should_be_only_text_in_paragraph") {
    return new TemplateError("broken-tag", tag, t("wordTableNotAlone", `{${tag || TABLE_PLACEHOLDER}}`));
  }
  const near = tag || (first?.context ?? "").trim() || "{";
  return new TemplateError("broken-tag", tag || null, t("wordBrokenTag", near));
}

/** Text width (twips) of the section the marker paragraph sits in. */
function sectionWidthAt(documentXml: string, at: number): number {
  const rest = documentXml.slice(at);
  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(rest)?.[0] ?? "";
  const attr = (el: string, name: string): number | null => {
    const tag = new RegExp(`<w:${el}\\b[^>]*>`).exec(sect)?.[0];
    const m = tag && new RegExp(`w:${name}="(-?\\d+)"`).exec(tag);
    return m ? Number(m[1]) : null;
  };
  const w = attr("pgSz", "w");
  const left = attr("pgMar", "left") ?? 1701;
  const right = attr("pgMar", "right") ?? 1134;
  const gutter = attr("pgMar", "gutter") ?? 0;
  if (!w) return PAGE.height - PAGE.left - PAGE.rightLandscape;
  return Math.max(2000, w - left - right - gutter);
}

/** The values of the text placeholders. */
export function templateValues(input: { plan: Plan; totals: Totals; info: DocumentInfo }): Record<string, string> {
  const { plan, totals, info } = input;
  return {
    agency: nfc(info.agency).trim(),
    school: nfc(info.school).trim(),
    number: numberText(info.number),
    place: nfc(info.place).trim() || "…",
    date: dateWords(info.date),
    year: schoolYearText(info.schoolYear || plan.schoolYear || "") || "20…-20…",
    signerTitle: nfc(info.signerTitle).trim(),
    signerName: nfc(info.signerName).trim(),
    total: formatAmount(totals.amount),
    totalWords: nfc(totals.words).trim().replace(/[.\s]+$/, ""),
  };
}

export async function fillTemplateDocx(
  template: Uint8Array,
  input: { plan: Plan; totals: Totals; info: DocumentInfo },
  options: { codec?: ZipCodec } = {},
): Promise<Uint8Array> {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw new TemplateError("not-docx", null, t("wordNotDocx"));
  }
  if (!zip.file("word/document.xml") || !zip.file("[Content_Types].xml")) {
    throw new TemplateError("not-docx", null, t("wordNotDocx"));
  }

  const inspect = new InspectModule();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, errorLogging: false, modules: [inspect] });
  } catch (e) {
    throw templateErrorFrom(e);
  }

  // Every tag must be known; the table placeholder must be there.
  const known = new Set<string>(TEMPLATE_PLACEHOLDERS);
  let tableTag: { value: string; raw: boolean } | null = null;
  for (const part of inspect.getAllStructuredTags() as Part[]) {
    if (part.type !== "placeholder") continue;
    const value = nfc(part.value ?? "").trim();
    const raw = part.module === "rawxml";
    if (!part.module || raw) {
      if (value === TABLE_PLACEHOLDER || value === `%${TABLE_PLACEHOLDER}`) {
        tableTag = { value: part.value, raw };
        continue;
      }
      if (!raw && known.has(value)) continue;
    }
    const shown = `{${part.raw ?? `${raw ? "@" : part.module === "loop" ? "#" : ""}${value}`}}`;
    throw new TemplateError("unknown-placeholder", value, t("wordUnknownPlaceholder", shown, validList()));
  }
  if (!tableTag) {
    throw new TemplateError("missing-placeholder", TABLE_PLACEHOLDER, t("wordMissingPlaceholder", `{${TABLE_PLACEHOLDER}}`));
  }

  const marker = `{{${MARKER}}}`;
  const values: Record<string, string> = { ...templateValues(input) };
  values[tableTag.value] = tableTag.raw ? `<w:p><w:r><w:t>${marker}</w:t></w:r></w:p>` : marker;
  try {
    doc.render(values);
  } catch (e) {
    throw templateErrorFrom(e);
  }
  const filled = doc.getZip();
  const xml = filled.file("word/document.xml")?.asText() ?? "";
  const at = xml.indexOf(marker);
  if (at < 0) {
    // The placeholder was in a header, a footer or a text box: the table cannot go there.
    throw new TemplateError("missing-placeholder", TABLE_PLACEHOLDER, t("wordMissingPlaceholder", `{${TABLE_PLACEHOLDER}}`));
  }
  const width = sectionWidthAt(xml, at);
  const placed = replaceMarkerParagraph(xml, marker, planTableXml(input.plan, input.totals, width));
  if ("alone" in placed) {
    throw new TemplateError("broken-tag", TABLE_PLACEHOLDER, t("wordTableNotAlone", `{${TABLE_PLACEHOLDER}}`));
  }
  if ("missing" in placed) {
    throw new TemplateError("missing-placeholder", TABLE_PLACEHOLDER, t("wordMissingPlaceholder", `{${TABLE_PLACEHOLDER}}`));
  }
  // Zipped once, with fflate, in the template's order (pizzip would deflate with pako).
  const files: ZipFiles = {};
  for (const [name, entry] of Object.entries(filled.files as Record<string, PizZip.ZipObject>)) {
    const replaced = name === "word/document.xml"; // its new text is given to zipFiles below
    files[entry.dir && !name.endsWith("/") ? `${name}/` : name] = entry.dir || replaced ? new Uint8Array(0) : entry.asUint8Array();
  }
  return zipFiles(files, { "word/document.xml": placed.xml }, options.codec);
}
