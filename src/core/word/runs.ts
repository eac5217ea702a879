/**
 * Small builders over `docx` that set Times New Roman on every run and keep the
 * text NFC: the document never depends on a style's or the viewer's font. Pure.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from "docx";
import type { IParagraphOptions } from "docx";
import { nfc } from "./format";

export const FONT = "Times New Roman";

/** Font sizes in points (Nghị định 30/2020/NĐ-CP). */
export const PT = {
  body: 14,
  letterhead: 12,
  motto: 13,
  number: 13,
  date: 14,
  title: 14,
  table: 12,
  recipientsTitle: 12,
  recipients: 11,
  signer: 14,
  pageNumber: 13,
} as const;

/** Page geometry in twips (1 mm = 56.7 twips). */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 1134, // 20 mm
  bottom: 1134, // 20 mm
  left: 1701, // 30 mm
  right: 1134, // 20 mm (portrait)
  rightLandscape: 850, // 15 mm (landscape table pages)
  header: 567, // 10 mm
  footer: 567,
} as const;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number; // points
  allCaps?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: nfc(text),
    font: FONT,
    size: Math.round((style.size ?? PT.body) * 2),
    bold: style.bold,
    italics: style.italics,
    allCaps: style.allCaps,
  });
}

export type ParaOptions = Omit<IParagraphOptions, "children" | "text"> & RunStyle;

/** A paragraph of one run. */
export function para(text: string, options: ParaOptions = {}): Paragraph {
  const { bold, italics, size, allCaps, ...p } = options;
  return new Paragraph({
    ...p,
    children: [run(text, { bold, italics, size, allCaps })],
  });
}

/** An empty paragraph whose top border draws a centred rule `ruleWidth` twips long within `boxWidth`. */
export function rule(ruleWidth: number, boxWidth: number): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - ruleWidth) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 80, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", { size: 4 })],
  });
}
