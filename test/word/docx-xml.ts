/** Reading the parts of a produced .docx in the Word tests. */
import PizZip from "pizzip";

export function parts(bytes: Uint8Array): { document: string; styles: string; headers: string[]; zip: PizZip } {
  const zip = new PizZip(bytes);
  const text = (name: string) => zip.file(name)?.asText() ?? "";
  const headers = Object.keys(zip.files)
    .filter((n) => /^word\/header\d*\.xml$/.test(n))
    .map(text);
  return { document: text("word/document.xml"), styles: text("word/styles.xml"), headers, zip };
}

/** Visible text of an XML part: the w:t contents, one line per paragraph. */
export function visibleText(xml: string): string {
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The w:tbl elements of a document part, outermost, in order. */
export function tables(xml: string): string[] {
  const out: string[] = [];
  let i = 0;
  while ((i = xml.indexOf("<w:tbl>", i)) >= 0) {
    let depth = 0;
    let j = i;
    const re = /<w:tbl>|<\/w:tbl>/g;
    re.lastIndex = i;
    let m: RegExpExecArray | null;
    while ((m = re.exec(xml))) {
      depth += m[0] === "<w:tbl>" ? 1 : -1;
      if (depth === 0) {
        j = m.index + m[0].length;
        break;
      }
    }
    out.push(xml.slice(i, j));
    i = j;
  }
  return out;
}

/** Top-level rows of a table (nested tables are not expected in plan tables). */
export function rows(tbl: string): string[] {
  return tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
}

export function cells(tr: string): string[] {
  return tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
}

/**
 * The plan table of a document part: of the tables with a repeated header row
 * (the 2026 document also has tables IV and VI), the one with the most columns
 * (table V: 10; IV: 6; VI: 5; the 2018 table: 9).
 */
export function planTableOf(xml: string): string {
  const cols = (t: string) => (t.match(/<w:gridCol /g) ?? []).length;
  const found = tables(xml)
    .filter((t) => t.includes("<w:tblHeader/>"))
    .sort((a, b) => cols(b) - cols(a))[0];
  if (!found) throw new Error("no plan table");
  return found;
}
