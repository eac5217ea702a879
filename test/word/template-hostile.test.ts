/**
 * Templates that used to go wrong quietly (issue 16): "{ year }" printing
 * "undefined", {table} twice leaving the internal marker visible, a value
 * holding the marker text, external relationships copied into the output, a
 * broken document blamed on a placeholder, a template that inflates to a lot.
 */
import PizZip from "pizzip";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { fillTemplateDocx, defaultDocumentInfo, TemplateError, type TemplateNotes } from "../../src/core/word";
import { parts, tables, visibleText } from "./docx-xml";
import { SAM_MUN_TOTALS, samMunPlan } from "./fixtures";
import { withParts } from "../robustness/bomb";

function input(school?: string) {
  const plan = samMunPlan();
  const info = defaultDocumentInfo(plan);
  return { plan, totals: SAM_MUN_TOTALS, info: school === undefined ? info : { ...info, school } };
}

async function template(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun({ text: p })] })) }] });
  return Packer.pack(doc, "uint8array");
}

async function error(bytes: Uint8Array): Promise<TemplateError> {
  try {
    await fillTemplateDocx(bytes, input());
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return e as TemplateError;
  }
  throw new Error("no TemplateError");
}

test("{ year } with spaces is {year}: the school year, never 'undefined'", async () => {
  const { document } = parts(await fillTemplateDocx(await template(["Năm học { year }", "{ school }", "{table}"]), input()));
  const text = visibleText(document);
  expect(text).toContain("Năm học 2022-2023");
  expect(text).toContain("TRƯỜNG MN XÃ SAM MỨN");
  expect(text).not.toMatch(/undefined/);
});

test("{table} twice is refused with a sentence, no marker left anywhere", async () => {
  const e = await error(await template(["{table}", "{school}", "{table}"]));
  expect(e.message).toBe("Mẫu Word có chỗ điền {table} nhiều lần; bảng kế hoạch chỉ đặt được ở một chỗ. Hãy giữ lại một {table}.");
});

test("a value holding the internal marker text does not break a valid template", async () => {
  const school = "TRƯỜNG {{ctclPlanTable}} ctclPlanTable";
  const { document } = parts(await fillTemplateDocx(await template(["{school}", "{table}", "{signerName}"]), input(school)));
  expect(visibleText(document)).toContain(school);
  expect(tables(document)).toHaveLength(1);
});

test("a template whose document XML is broken: the template is damaged, not a misspelled placeholder", async () => {
  const zip = new PizZip(await template(["{school}", "{table}"]));
  const xml = zip.file("word/document.xml")!.asText();
  zip.file("word/document.xml", xml.slice(0, Math.floor(xml.length * 0.6)));
  const e = await error(zip.generate({ type: "uint8array" }) as Uint8Array);
  expect(e.message).toMatch(/^Tệp mẫu Word đã bị hỏng/);
});

test("a template that inflates past its limits is refused before inflating", async () => {
  const bytes = withParts(await template(["{table}"]), [{ name: "word/media/image1.png", chunk: new Uint8Array(1 << 20), times: 200 }]);
  const t0 = Date.now();
  const e = await error(bytes);
  expect(e.code).toBe("too-large");
  expect(e.message).toMatch(/^Tệp mẫu Word quá lớn \(giới hạn 30 MB, 100 MB khi giải nén\)\. /);
  expect(Date.now() - t0).toBeLessThan(3_000);
});

test("a password-protected template says so", async () => {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect((await error(bytes)).message).toMatch(/^Tệp mẫu Word được bảo vệ bằng mật khẩu hoặc là tệp Word cũ \(\.doc\)/);
});

test("external relationships: a remote attached template and a linked picture are dropped and named; hyperlinks stay", async () => {
  const zip = new PizZip(await template(["{school}", "{table}"]));
  zip.file(
    "word/_rels/settings.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.invalid/t.dotm" TargetMode="External"/></Relationships>',
  );
  const settings = zip.file("word/settings.xml")!.asText();
  zip.file("word/settings.xml", settings.replace(/(<w:settings\b[^>]*>)/, '$1<w:attachedTemplate r:id="rIdT"/>'));
  const relsName = "word/_rels/document.xml.rels";
  const rels = zip.file(relsName)!.asText();
  zip.file(
    relsName,
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://evil.invalid/pixel.png" TargetMode="External"/>' +
        '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://moet.gov.vn/" TargetMode="External"/></Relationships>',
    ),
  );
  const doc = zip.file("word/document.xml")!.asText();
  zip.file("word/document.xml", doc.replace("</w:body>", '<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:link="rIdImg"/></w:drawing></w:r></w:p></w:body>'));
  const notes: TemplateNotes = {};
  const out = await fillTemplateDocx(zip.generate({ type: "uint8array" }) as Uint8Array, input(), { notes });
  expect(notes.droppedLinks?.sort()).toEqual(["http://evil.invalid/pixel.png", "http://evil.invalid/t.dotm"]);
  const filled = new PizZip(out);
  const all = Object.keys(filled.files)
    .filter((n) => !filled.files[n].dir)
    .map((n) => filled.file(n)!.asText())
    .join("\n");
  expect(all).not.toContain("evil.invalid");
  expect(all).not.toMatch(/attachedTemplate|r:link=/);
  expect(all).toContain("https://moet.gov.vn/");
});
