/**
 * A school's own .docx template: docxtemplater fills the text placeholders
 * ({school}, {date}, ...) in the runs the school formatted, so their fonts and
 * layout stay; the {table} paragraph becomes the plan table with real merges
 * (planTableXml, the same table as the generated document), and on a 2026-form
 * plan the {problems} and {monitoring} paragraphs become tables IV and VI of
 * Biểu 2 (tables2026.ts). Pure.
 */
import PizZip from "pizzip";
import Docxtemplater from "docxtemplater";
import InspectModule from "docxtemplater/js/inspect-module.js";
import type { Plan, Totals } from "../plan";
import { t, type Lang } from "../strings";
import { isCompoundFile, readZipFiltered, ZipError } from "../zip";
import { planTableXml, replaceMarkerParagraph, uncountedLine } from "./table";
import { monitoringTableXml, problemsTableXml, totalLines } from "./tables2026";
import { dateWords, nfc, numberText, schoolYearText } from "./format";
import { formatAmount } from "../words";
import { PAGE } from "./runs";
import type { DocumentInfo } from "./types";
import { zipFiles, type ZipCodec, type ZipFiles } from "./zip";

export type TemplateErrorCode = "not-docx" | "unknown-placeholder" | "missing-placeholder" | "broken-tag" | "damaged" | "too-large" | "protected";

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
  "uncounted",
  "totalBySource",
  "totalNsnn",
  "totalXhh",
  "totalCtx",
  "totalOther",
] as const;

/** The placeholder of the whole table (a paragraph of its own). `{%table}` and `{@table}` are read as it too. */
export const TABLE_PLACEHOLDER = "table";

/**
 * Placeholders of whole tables, each a paragraph of its own: the plan table
 * (required), and tables IV and VI of the 2026 form (optional; nothing is put
 * there for a plan on the 2018 form, which has neither).
 */
export const TABLE_PLACEHOLDERS = [TABLE_PLACEHOLDER, "problems", "monitoring"] as const;
type TableTag = (typeof TABLE_PLACEHOLDERS)[number];

const MARKER = "ctclPlanTable";

/**
 * Limits on a template, checked on the sizes its zip declares before anything
 * is inflated (a template carries its pictures, so they count).
 */
export const TEMPLATE_LIMITS = {
  /** Bytes of the .docx file. */
  maxBytes: 30 * 1024 * 1024,
  /** Uncompressed bytes of one part. */
  maxPartBytes: 40 * 1024 * 1024,
  /** Uncompressed bytes of all parts. */
  maxUnpackedBytes: 100 * 1024 * 1024,
};

/** "30 MB, 100 MB khi giải nén" */
export function templateLimitText(lang: Lang = "vi"): string {
  const mb = (n: number): number => Math.round(n / (1024 * 1024));
  return lang === "en" ? `${mb(TEMPLATE_LIMITS.maxBytes)} MB, ${mb(TEMPLATE_LIMITS.maxUnpackedBytes)} MB unpacked` : `${mb(TEMPLATE_LIMITS.maxBytes)} MB, ${mb(TEMPLATE_LIMITS.maxUnpackedBytes)} MB khi giải nén`;
}

/** What filling a template noticed without refusing it. */
export interface TemplateNotes {
  /** Targets of the external relationships left out (remote attached template, linked pictures, ...). */
  droppedLinks?: string[];
}

function validList(): string {
  return [...TEMPLATE_PLACEHOLDERS, ...TABLE_PLACEHOLDERS].map((p) => `{${p}}`).join(", ");
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
  // The document's XML itself is broken: the template is damaged, no placeholder is to blame.
  if (id === "malformed_xml" || id === "file_has_invalid_xml" || id === "invalid_xml_characters" || !props) {
    return new TemplateError("damaged", null, t("templateDamaged"));
  }
  if (id === "unclosed_tag") return new TemplateError("broken-tag", tag, t("wordUnclosedTag", tag));
  if (id === "unopened_tag") return new TemplateError("broken-tag", tag, t("wordUnopenedTag", tag));
  if (id === "raw_xml_tag_should_be_only_text_in_paragraph") {
    return new TemplateError("broken-tag", tag, t("wordTableNotAlone", `{${tag || TABLE_PLACEHOLDER}}`));
  }
  const near = tag || (first?.context ?? "").trim() || "{";
  return new TemplateError("broken-tag", tag || null, t("wordBrokenTag", near));
}

/** Text width (twips) of the section the marker paragraph sits in (the paragraph may carry that section's break itself). */
function sectionWidthAt(documentXml: string, at: number): number {
  const start = Math.max(documentXml.lastIndexOf("<w:p ", at), documentXml.lastIndexOf("<w:p>", at), 0);
  const rest = documentXml.slice(start);
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
    uncounted: uncountedLine(totals),
    totalBySource: totalLines(totals).join("\n"),
    totalNsnn: formatAmount(totals.bySource?.nsnn ?? 0),
    totalXhh: formatAmount(totals.bySource?.xhh ?? 0),
    totalCtx: formatAmount(totals.bySource?.ctx ?? 0),
    totalOther: formatAmount(totals.bySource?.other ?? 0),
  };
}

/** The template's parts, inflated within TEMPLATE_LIMITS, in a fresh zip; throws TemplateError. */
function openTemplate(template: Uint8Array): PizZip {
  if (isCompoundFile(template)) throw new TemplateError("protected", null, t("templateProtected"));
  if (template.length > TEMPLATE_LIMITS.maxBytes) throw new TemplateError("too-large", null, t("templateTooLarge", templateLimitText()));
  let files: Map<string, Uint8Array>;
  try {
    files = readZipFiltered(template, { keep: () => "read", maxEntryBytes: TEMPLATE_LIMITS.maxPartBytes, maxTotalBytes: TEMPLATE_LIMITS.maxUnpackedBytes });
  } catch (e) {
    const problem = e instanceof ZipError ? e.problem : "damaged";
    if (problem === "too-large") throw new TemplateError("too-large", null, t("templateTooLarge", templateLimitText()));
    if (problem === "encrypted") throw new TemplateError("protected", null, t("templateProtected"));
    if (problem === "not-zip") throw new TemplateError("not-docx", null, t("wordNotDocx"));
    throw new TemplateError("damaged", null, t("templateDamaged"));
  }
  if (!files.has("word/document.xml") || !files.has("[Content_Types].xml")) {
    throw new TemplateError("not-docx", null, t("wordNotDocx"));
  }
  const zip = new PizZip();
  for (const [name, data] of files) zip.file(name, data, { binary: true });
  return zip;
}

const REL = /<Relationship\b[^>]*\/?>/g;
const attrOf = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/**
 * Drops the external relationships of every part but hyperlinks: a remote
 * attached template (fetched when Word opens the document), pictures linked
 * from a web address, remote frames and objects. The elements pointing at
 * them go too (the attached template; a picture's link attribute); anything
 * else still pointing at one is pointed at nothing ("#"). Answers the targets
 * dropped.
 */
function dropExternalRelationships(zip: PizZip): string[] {
  const dropped: string[] = [];
  for (const relsName of Object.keys(zip.files)) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsName);
    if (!m || zip.files[relsName].dir) continue;
    const rels = zip.file(relsName)?.asText() ?? "";
    const ids: string[] = [];
    const kept = rels.replace(REL, (tag) => {
      if (attrOf(tag, "TargetMode") !== "External") return tag;
      if (/\/hyperlink$/.test(attrOf(tag, "Type") ?? "")) return tag;
      const id = attrOf(tag, "Id");
      dropped.push(attrOf(tag, "Target") ?? "?");
      if (id) ids.push(id);
      return "";
    });
    if (!ids.length) continue;
    const partName = `${m[1]}${m[2]}`;
    let part = zip.file(partName)?.asText() ?? null;
    const stillUsed: string[] = [];
    if (part !== null) {
      for (const id of ids) {
        const q = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        part = part
          .replace(new RegExp(`<w:attachedTemplate\\b[^>]*\\br:id="${q}"[^>]*/>`, "g"), "")
          .replace(new RegExp(`\\s+r:link="${q}"`, "g"), "");
        if (new RegExp(`="${q}"`).test(part)) stillUsed.push(id);
      }
      zip.file(partName, part);
    }
    // A relationship still referred to stays, pointing nowhere, so the part keeps its meaning.
    const neutral = stillUsed.map((id) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="#" TargetMode="External"/>`).join("");
    zip.file(relsName, neutral ? kept.replace("</Relationships>", `${neutral}</Relationships>`) : kept);
  }
  return dropped;
}

export async function fillTemplateDocx(
  template: Uint8Array,
  input: { plan: Plan; totals: Totals; info: DocumentInfo },
  options: { codec?: ZipCodec; notes?: TemplateNotes } = {},
): Promise<Uint8Array> {
  const zip = openTemplate(template);
  const inspect = new InspectModule();
  let doc: Docxtemplater;
  try {
    // Tags are read trimmed ("{ year }" is {year}); a value that is somehow missing prints nothing, never "undefined".
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      modules: [inspect],
      parser: (tag: string) => ({ get: (scope: Record<string, unknown>) => scope[nfc(tag).trim()] }),
      nullGetter: () => "",
    });
  } catch (e) {
    throw templateErrorFrom(e);
  }

  // Every tag must be known; the table placeholder must be there.
  const known = new Set<string>(TEMPLATE_PLACEHOLDERS);
  const tableTags = new Map<TableTag, { value: string; raw: boolean }>();
  for (const part of inspect.getAllStructuredTags() as Part[]) {
    if (part.type !== "placeholder") continue;
    const value = nfc(part.value ?? "").trim();
    const raw = part.module === "rawxml";
    if (!part.module || raw) {
      const name = TABLE_PLACEHOLDERS.find((p) => value === p || value === `%${p}`);
      if (name) {
        if (tableTags.has(name)) throw new TemplateError("broken-tag", name, t("templateTableTwice", `{${name}}`));
        tableTags.set(name, { value, raw });
        continue;
      }
      if (!raw && known.has(value)) continue;
    }
    const shown = `{${part.raw ?? `${raw ? "@" : part.module === "loop" ? "#" : ""}${value}`}}`;
    throw new TemplateError("unknown-placeholder", value, t("wordUnknownPlaceholder", shown, validList()));
  }
  if (!tableTags.has(TABLE_PLACEHOLDER)) {
    throw new TemplateError("missing-placeholder", TABLE_PLACEHOLDER, t("wordMissingPlaceholder", `{${TABLE_PLACEHOLDER}}`));
  }

  const values: Record<string, string> = { ...templateValues(input) };
  // Markers found nowhere in the template nor in the values (a cell may hold "{{ctclPlanTable}}").
  const haystack = [...Object.keys(zip.files).filter((n) => /\.xml$/.test(n)).map((n) => zip.file(n)?.asText() ?? ""), ...Object.values(values)];
  const markers = new Map<TableTag, string>();
  let n = 0;
  for (const [name, tag] of tableTags) {
    let marker = `{{${MARKER}${n || ""}}}`;
    while (haystack.some((h) => h.includes(marker)) || [...markers.values()].includes(marker)) marker = `{{${MARKER}${++n}}}`;
    n++;
    markers.set(name, marker);
    values[tag.value] = tag.raw ? `<w:p><w:r><w:t>${marker}</w:t></w:r></w:p>` : marker;
  }
  try {
    doc.render(values);
  } catch (e) {
    throw templateErrorFrom(e);
  }
  const filled = doc.getZip();
  let xml = filled.file("word/document.xml")?.asText() ?? "";
  const is2026 = input.plan.form === "2026";
  for (const [name, marker] of markers) {
    const at = xml.indexOf(marker);
    if (at < 0) {
      // The placeholder was in a header, a footer or a text box: a table cannot go there.
      if (name === TABLE_PLACEHOLDER) throw new TemplateError("missing-placeholder", TABLE_PLACEHOLDER, t("wordMissingPlaceholder", `{${TABLE_PLACEHOLDER}}`));
      throw new TemplateError("broken-tag", name, t("wordTableInBody", `{${name}}`));
    }
    const width = sectionWidthAt(xml, at);
    const table =
      name === TABLE_PLACEHOLDER
        ? planTableXml(input.plan, input.totals, width)
        : !is2026
          ? "" // a 2018-form plan has no table IV or VI: the paragraph goes
          : name === "problems"
            ? problemsTableXml(input.plan, width)
            : monitoringTableXml(input.plan, width);
    const placed = replaceMarkerParagraph(xml, marker, table);
    if ("alone" in placed) throw new TemplateError("broken-tag", name, t("wordTableNotAlone", `{${name}}`));
    if ("missing" in placed) {
      throw new TemplateError("missing-placeholder", name, t("wordMissingPlaceholder", `{${name}}`));
    }
    xml = placed.xml;
  }
  filled.file("word/document.xml", xml);
  const dropped = dropExternalRelationships(filled);
  if (dropped.length && options.notes) options.notes.droppedLinks = dropped;
  // Zipped once, with fflate (or the caller's codec), in the template's order (pizzip would deflate with pako).
  const files: ZipFiles = {};
  for (const [name, entry] of Object.entries(filled.files as Record<string, PizZip.ZipObject>)) {
    const replaced = name === "word/document.xml"; // its new text is given to zipFiles below
    files[entry.dir && !name.endsWith("/") ? `${name}/` : name] = entry.dir || replaced ? new Uint8Array(0) : entry.asUint8Array();
  }
  // The document as dropExternalRelationships left it (it may unlink pictures in it).
  return zipFiles(files, { "word/document.xml": filled.file("word/document.xml")?.asText() ?? xml }, options.codec);
}
