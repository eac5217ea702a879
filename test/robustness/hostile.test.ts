/**
 * Hostile files (issue 16): each ends in bounded time and memory with exit 2
 * and one Vietnamese sentence (or, when what is hostile is a part the reader
 * does not need, with the plan read). Inputs are built here: small zips that
 * inflate to a lot (bomb.ts). The heavy ones run `ctcl check` in a child Node
 * with a small heap and a deadline, so a regression fails the test instead of
 * the test runner.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { planFromXlsxBytes } from "../../src/file/load-plan";
import { XLSX_LIMITS } from "../../src/file/read-error";
import { main } from "../../src/cli/main";
import { SAMPLE } from "../helpers";
import { inChildNode } from "./child";
import { withParts, zipParts } from "./bomb";
import { addMergesXml, patchSheetXml, planWorkbookBytes } from "./generate";
import { columnLetter } from "../../src/core/grid";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctcl-hostile-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function save(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** One Vietnamese sentence (or two: what is wrong, then what to do), one line, no stack trace. */
function expectSentence(message: string): void {
  expect(message).not.toMatch(/\n./);
  expect(message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹýàáèéìíòóùú]/i);
  expect(message).not.toMatch(/\bat .*\.(js|ts):\d+|TypeError|RangeError|undefined|Error:/);
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

interface ChildCheck {
  code: number;
  err: string;
  out: string;
  ms: number;
}

/** `ctcl check FILE` in a child Node with `heapMB` of heap. */
function checkInChild(file: string, heapMB = 512, deadlineMs = 20_000) {
  return inChildNode<ChildCheck>(
    `const { main } = load("src/cli/main.ts");
     let out = "", err = "";
     const t0 = Date.now();
     const code = await main(["check", ${JSON.stringify(file)}], { out: (s) => (out += s), err: (s) => (err += s) });
     done({ code, out: out.slice(0, 2000), err, ms: Date.now() - t0 });`,
    { heapMB, deadlineMs },
  );
}

function answered(r: ReturnType<typeof checkInChild>): ChildCheck {
  if (!r.out) throw new Error(`no answer from the child (exit ${r.status}, signal ${r.signal}, ${r.ms} ms): ${r.stderr}`);
  return r.out;
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

describe("decompression limits, checked before inflating", () => {
  test("a ~200 KB file holding one 200 MB shared string: exit 2, the part named, in a 512 MB heap", async () => {
    const bytes = withParts(await planWorkbookBytes({ rows: 10 }), [
      {
        name: "xl/sharedStrings.xml",
        head: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
        chunk: "a".repeat(1 << 20),
        times: 200,
        tail: "</t></si></sst>",
      },
    ]);
    expect(bytes.length).toBeLessThan(400_000);
    const r = answered(checkInChild(save("chuoi.xlsx", bytes)));
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Tệp "chuoi\.xlsx" quá lớn khi giải nén: phần "xl\/sharedStrings\.xml" vượt giới hạn 40 MB mỗi phần, 64 MB cả tệp\. /);
    expectSentence(r.err.trim());
    expect(r.ms).toBeLessThan(5_000);
  });

  test("a small file with a 100 MB sheet: exit 2, the sheet named, quickly", async () => {
    const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(1000);
    const bytes = withParts(await planWorkbookBytes({ rows: 10 }), [
      { name: "xl/worksheets/sheet1.xml", head: SHEET_HEAD, chunk: row, times: Math.ceil((100 << 20) / row.length), tail: "</sheetData></worksheet>" },
    ]);
    expect(bytes.length).toBeLessThan(1_000_000);
    const r = answered(checkInChild(save("trang.xlsx", bytes)));
    expect(r.code).toBe(2);
    expect(r.err).toContain('phần "xl/worksheets/sheet1.xml" vượt giới hạn');
    expectSentence(r.err.trim());
    expect(r.ms).toBeLessThan(5_000);
  });

  test("1.5 GB of zeros in xl/media: never inflated, the plan is read in a 512 MB heap", async () => {
    const bytes = withParts(await planWorkbookBytes({ rows: 10 }), [{ name: "xl/media/image1.png", chunk: new Uint8Array(1 << 20), times: 1500 }]);
    expect(bytes.length).toBeLessThan(3_000_000);
    const r = answered(checkInChild(save("anh.xlsx", bytes)));
    expect(r.code).not.toBe(2);
    expect(r.out).toMatch(/Số dòng kế hoạch: 10 /);
    expect(r.ms).toBeLessThan(10_000);
  });

  test("parts the reader does not need (customXml, printer settings, unknown parts) are dropped unread, whatever their size", async () => {
    const zeros = { chunk: new Uint8Array(1 << 20), times: 100 };
    const bytes = withParts(await planWorkbookBytes({ rows: 10 }), [
      { name: "customXml/item1.xml", ...zeros },
      { name: "xl/printerSettings/printerSettings1.bin", ...zeros },
      { name: "xl/khong-ro.bin", ...zeros },
    ]);
    const r = await planFromXlsxBytes(bytes, "thua.xlsx");
    expect(r.ok && r.plan.rows.length).toBe(10);
  });

  test("all the parts read together are limited too", async () => {
    const big = (name: string) => ({ name, head: SHEET_HEAD, chunk: "<row/>".repeat(1000), times: Math.floor((35 << 20) / 6000), tail: "</sheetData></worksheet>" });
    const bytes = withParts(await planWorkbookBytes({ rows: 10 }), [big("xl/worksheets/sheet1.xml"), big("xl/worksheets/sheet2.xml")]);
    const r = await planFromXlsxBytes(bytes, "hai.xlsx");
    expect(r.ok ? "read" : r.code).toBe("too-large");
    if (!r.ok) expect(r.message).toMatch(/quá lớn khi giải nén: phần "xl\/worksheets\/sheet2\.xml"/);
  });

  test("a part that inflates past the size its zip declares is stopped there: not a readable workbook", async () => {
    const bytes = withParts(await planWorkbookBytes({ rows: 10 }), [
      { name: "xl/sharedStrings.xml", head: "<sst>", chunk: "a".repeat(1 << 20), times: 200, tail: "</sst>", declare: 1000 },
    ]);
    const t0 = Date.now();
    const r = await planFromXlsxBytes(bytes, "noi-doi.xlsx");
    expect(r.ok ? "read" : r.code).toBe("not-xlsx");
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe("merges: one budget for the whole workbook", () => {
  test("100 merges of 99,999 cells each (a 10 KB file): the plan is read within 5 s and 512 MB", async () => {
    const refs = Array.from({ length: 100 }, (_, i) => {
      const col = columnLetter(30 + i);
      return `${col}1:${col}99999`;
    });
    const bytes = addMergesXml(await planWorkbookBytes({ rows: 10 }), refs);
    const r = answered(checkInChild(save("gop.xlsx", bytes)));
    expect(r.out).toMatch(/Số dòng kế hoạch: 10 /);
    expect(r.ms).toBeLessThan(5_000);
    expect(XLSX_LIMITS.maxMergeCellsTotal).toBeLessThan(100 * 99_999);
  });
});

describe("non-regular inputs: size checked on what is read", () => {
  test("ctcl check /dev/zero: exit 2 at once, not a regular file", async () => {
    if (!fs.existsSync("/dev/zero")) return;
    const t0 = Date.now();
    const r = await run(["check", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('"/dev/zero" không phải là một tệp thông thường (có thể là thiết bị hoặc đường ống), nên không đọc. Hãy chọn tệp .xlsx đã lưu trên máy.');
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  test("a named pipe: refused without waiting for a writer", async () => {
    const fifo = path.join(dir, "ong.xlsx");
    const made = spawnSync("mkfifo", [fifo]);
    if (made.status !== 0) return;
    const r = await run(["check", fifo]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không phải là một tệp thông thường/);
    fs.unlinkSync(fifo);
  });

  test("a 1.5 GB sparse template: refused from its size, nothing read", async () => {
    const template = path.join(dir, "thua.docx");
    fs.closeSync(fs.openSync(template, "w"));
    fs.truncateSync(template, 1536 * 1024 * 1024);
    const out = path.join(dir, "ra.docx");
    const t0 = Date.now();
    const r = await run(["word", SAMPLE, "-o", out, "--template", template]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Tệp mẫu Word quá lớn \(giới hạn 30 MB, 100 MB khi giải nén\)\. /);
    expect(fs.existsSync(out)).toBe(false);
    expect(Date.now() - t0).toBeLessThan(5_000);
    fs.unlinkSync(template);
  });

  test("a template that is a device: refused", async () => {
    if (!fs.existsSync("/dev/zero")) return;
    const r = await run(["word", SAMPLE, "-o", path.join(dir, "ra.docx"), "--template", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Tệp mẫu Word "\/dev\/zero" không phải là một tệp thông thường/);
  });
});

describe("clear messages", () => {
  test("a password-protected workbook (an OLE compound file) says so, not 'damaged'", async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const r = await run(["check", save("mat-khau.xlsx", bytes)]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Tệp "mat-khau\.xlsx" được bảo vệ bằng mật khẩu hoặc là tệp Excel cũ \(\.xls\)/);
    expectSentence(r.err.trim());
  });

  test("a .docx renamed .xlsx says it is a Word document", async () => {
    const bytes = zipParts([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w:document/>" },
    ]);
    const r = await run(["check", save("van-ban.xlsx", bytes)]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Tệp "van-ban\.xlsx" là văn bản Word \(\.docx\) được đổi đuôi thành \.xlsx/);
  });

  test("an .ods renamed .xlsx says it is an OpenDocument spreadsheet", async () => {
    const bytes = zipParts([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
      { name: "content.xml", data: "<office:document-content/>" },
      { name: "META-INF/manifest.xml", data: "<manifest/>" },
    ]);
    const r = await run(["check", save("bang.xlsx", bytes)]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Tệp "bang\.xlsx" là bảng tính OpenDocument \(\.ods\) được đổi đuôi thành \.xlsx/);
  });

  test("a single value at XFD1048576 names that cell and its sheet", async () => {
    const bytes = patchSheetXml(await planWorkbookBytes({ rows: 10 }), (xml) =>
      xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
    );
    const r = await planFromXlsxBytes(bytes, "xa.xlsx");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^Trang tính "[^"]+" của tệp "xa\.xlsx" có dữ liệu ở ô XFD1048576, ngoài giới hạn đọc được \(2\.000 cột, 100\.000 dòng\)\. /);
  });

  test("a file name starting with '-': a sentence that says how, never Node's English", async () => {
    const r = await run(["check", "-ke-hoach.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không hiểu tùy chọn "-ke-hoach\.xlsx"\. Nếu đó là tên tệp bắt đầu bằng dấu "-", hãy viết "--" trước tên tệp/);
    expect(r.err).not.toMatch(/Unknown option|positional|To specify/);
    // With "--" it is a file name.
    const named = await run(["check", "--", path.join(dir, "-khong-co.xlsx")]);
    expect(named.err).toMatch(/^Không tìm thấy tệp/);
    const missing = await run(["word", SAMPLE, "-o"]);
    expect(missing.err).toMatch(/^Tùy chọn "--output" cần một giá trị/);
  });
});

describe("the text report: no control character from a cell reaches the terminal", () => {
  test("ESC sequences and line breaks in a cell are shown escaped, on one line", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(fs.readFileSync(SAMPLE)) as unknown as ArrayBuffer);
    let school: string | null = null;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!school && typeof cell.value === "string" && /^TRƯỜNG/.test(cell.value)) {
            school = cell.value;
            cell.value = `${cell.value}\u001b[2J\u001b[H\nLỖI GIẢ: không có lỗi\u009b31m`;
          }
        }),
      ),
    );
    expect(school).not.toBeNull();
    const file = save("dieu-khien.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await run(["check", file]);
    // eslint-disable-next-line no-control-regex -- no control character may be printed
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.out).toMatch(/Trường: TRƯỜNG THCS XÃ HOA SEN.*LỖI GIẢ: không có lỗi\\x9B31m\n/);
    expect(r.out.split("\n").filter((l) => /^LỖI GIẢ/.test(l))).toEqual([]);
    const json = await run(["check", file, "--json"]);
    // eslint-disable-next-line no-control-regex -- no control character may be printed
    expect(json.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.out).plan.info.school).toMatch(/LỖI GIẢ: không có lỗi\u009b31m$/);
  });
});

describe("the pane shares the reader: the same sentence from the FileHost", () => {
  test("for a password-protected workbook and a 200 MB shared string", async () => {
    const { FileHost } = await import("../../src/file/host");
    const host = new FileHost({ language: "vi", storage: null, document: null });
    const protectedBytes = new Uint8Array(4096);
    protectedBytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const bomb = withParts(await planWorkbookBytes({ rows: 10 }), [
      { name: "xl/sharedStrings.xml", head: "<sst><si><t>", chunk: "a".repeat(1 << 20), times: 200, tail: "</t></si></sst>" },
    ]);
    for (const [name, bytes] of [
      ["mat-khau.xlsx", protectedBytes],
      ["chuoi.xlsx", bomb],
    ] as const) {
      const pane = await host.open(name, bytes);
      const cli = await run(["check", save(name, bytes)]);
      expect(pane.ok).toBe(false);
      if (pane.ok) continue;
      expect(pane.error).toBe(cli.err.trim());
      expectSentence(pane.error);
    }
  });
});

describe("nothing overwritten", () => {
  function copySample(name: string): string {
    const file = path.join(dir, name);
    fs.copyFileSync(SAMPLE, file);
    return file;
  }

  test("ctcl word X.xlsx -o X.xlsx: refused, the workbook untouched", async () => {
    const file = copySample("X.xlsx");
    const before = fs.readFileSync(file);
    const r = await run(["word", file, "-o", file]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`Không ghi đè "${file}": đó chính là tệp Excel cần đọc. Hãy chọn tên khác cho tệp Word, ví dụ -o ke-hoach.docx.`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test("the same file by another path (a symbolic link, ./ and ..) is still the same file", async () => {
    const file = copySample("Y.docx"); // a workbook named .docx
    const link = path.join(dir, "lien-ket.docx");
    fs.symlinkSync(file, link);
    for (const out of [link, path.join(dir, ".", "..", path.basename(dir), "Y.docx")]) {
      const r = await run(["word", file, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/đó chính là tệp Excel cần đọc/);
    }
    expect(fs.readFileSync(file).equals(fs.readFileSync(SAMPLE))).toBe(true);
  });

  test("--template T -o T: refused, the template untouched", async () => {
    const plan = copySample("Z.xlsx");
    const template = path.join(dir, "mau.docx");
    fs.copyFileSync(path.join(__dirname, "..", "..", "examples", "templates", "mau-tieu-de-truong.docx"), template);
    const before = fs.readFileSync(template);
    const r = await run(["word", plan, "--template", template, "-o", template]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không ghi đè ".*mau\.docx": đó chính là tệp mẫu Word\./);
    expect(fs.readFileSync(template).equals(before)).toBe(true);
  });

  test("an output that is neither .docx nor .pdf is refused", async () => {
    const plan = copySample("W.xlsx");
    const out = path.join(dir, "ke-hoach.xlsx");
    const r = await run(["word", plan, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`Tệp cần ghi "${out}" phải có đuôi .docx (văn bản Word) hoặc .pdf. Hãy đặt tên như -o ke-hoach.docx.`);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("written beside the target then renamed: a failed write (disk full) leaves the previous file, and no temporary file", async () => {
    const plan = copySample("V.xlsx");
    const out = path.join(dir, "ra", "ke-hoach.docx");
    expect((await run(["word", plan, "-o", out])).code).toBe(0);
    const first = fs.readFileSync(out);
    const full = Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    const write = jest.spyOn(fs.promises, "writeFile").mockImplementation(async (file) => {
      fs.writeFileSync(String(file), "nửa tệp");
      throw full;
    });
    try {
      const r = await run(["word", plan, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^Không ghi được tệp/);
      expect(write).toHaveBeenCalled();
      expect(String(write.mock.calls[0][0])).not.toBe(out);
    } finally {
      write.mockRestore();
    }
    expect(fs.readFileSync(out).equals(first)).toBe(true);
    expect(fs.readdirSync(path.dirname(out))).toEqual(["ke-hoach.docx"]);
  });

  test("a template's dropped external links are named on stderr, the document still written", async () => {
    const PizZip = (await import("pizzip")).default;
    const zip = new PizZip(fs.readFileSync(path.join(__dirname, "..", "..", "examples", "templates", "mau-tieu-de-truong.docx")));
    zip.file(
      "word/_rels/settings.xml.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.invalid/t.dotm" TargetMode="External"/></Relationships>',
    );
    const template = save("mau-ngoai.docx", zip.generate({ type: "uint8array" }) as Uint8Array);
    const out = path.join(dir, "ngoai.docx");
    const r = await run(["word", SAMPLE, "--template", template, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.err.trim()).toBe("Lưu ý: mẫu Word có liên kết ra ngoài (http://evil.invalid/t.dotm); các liên kết này đã được bỏ khỏi văn bản tạo ra.");
    expect(fs.readFileSync(out).includes("evil.invalid")).toBe(false);
  });
});
