/** The generated document, read back from its XML. */
import { buildPlanDocx, defaultDocumentInfo, type DocumentInfo } from "../../src/core/word";
import { dateWords, numberLine, recipientLines, textParagraphs } from "../../src/core/word/format";
import { formatAmount } from "../../src/core/words";
import { regulationById } from "../../src/core/catalogue";
import { validateXML } from "xmllint-wasm";
import { cells, parts, planTableOf, rows, tables, visibleText } from "./docx-xml";
import { SAM_MUN_TOTALS, plan2026, samMunPlan } from "./fixtures";

async function samMun(edit: (info: DocumentInfo) => void = () => {}) {
  const plan = samMunPlan();
  const info = defaultDocumentInfo(plan);
  info.recipients = ["Phòng GD&ĐT (b/c)", "Hội đồng TĐG (để th/h)", "Lưu: VT"];
  edit(info);
  const bytes = await buildPlanDocx({ plan, totals: SAM_MUN_TOTALS, info });
  return { bytes, ...parts(bytes) };
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`w:${name}="(\\d+)"`).exec(tag);
  if (!m) throw new Error(`${name} missing in ${tag}`);
  return Number(m[1]);
}

describe("format helpers", () => {
  test("amounts with dot thousands", () => {
    expect(formatAmount(300000000)).toBe("300.000.000");
    expect(formatAmount(3700000000)).toBe("3.700.000.000");
    expect(formatAmount(999)).toBe("999");
    expect(formatAmount(0)).toBe("0");
  });
  test("dates: day < 10 and months 1-2 with a leading zero", () => {
    expect(dateWords("2027-01-05")).toBe("ngày 05 tháng 01 năm 2027");
    expect(dateWords("2026-09-05")).toBe("ngày 05 tháng 9 năm 2026");
    expect(dateWords("2026-02-15")).toBe("ngày 15 tháng 02 năm 2026");
    expect(dateWords("2022-10-10")).toBe("ngày 10 tháng 10 năm 2022");
    expect(dateWords("")).toMatch(/^ngày\s+tháng\s+năm 20…$/);
  });
  test("the number line keeps room when the number is blank", () => {
    expect(numberLine("95/KH-MNSM")).toBe("Số: 95/KH-MNSM");
    expect(numberLine("")).toMatch(/^Số:\s{5,}\/KH-$/);
    expect(numberLine("/KH-MNSM")).toMatch(/^Số:\s{5,}\/KH-MNSM$/);
  });
  test("recipients: '- …;' and the last '- …'", () => {
    expect(recipientLines(["Phòng GD&ĐT (b/c)", "- Hội đồng TĐG (để th/h);", "Lưu: VT."])).toEqual([
      "- Phòng GD&ĐT (b/c);",
      "- Hội đồng TĐG (để th/h);",
      "- Lưu: VT.",
    ]);
  });
  test("section text: one paragraph per line, blank lines dropped", () => {
    expect(textParagraphs("1. A\n\n  2. B  \r\n")).toEqual(["1. A", "2. B"]);
  });
});

describe("defaultDocumentInfo", () => {
  test("prefilled from the plan, sections for the level and regulation", () => {
    const plan = samMunPlan();
    const info = defaultDocumentInfo(plan);
    expect(info.school).toBe("TRƯỜNG MN XÃ SAM MỨN");
    expect(info.schoolYear).toBe("2022-2023");
    expect(info.numbering).toEqual({ purpose: "I", basis: "II", content: "III", organisation: "IV" });
    expect(info.sections.basis).toContain(regulationById("TT19/2018").title);
    expect(info.sections.basis).toContain("5942/BGDĐT-QLCL");
    expect(info.sections.basis).toContain("Báo cáo tự đánh giá");
    expect(info.sections.basis).toContain("năm học 2021-2022");
    expect(info.sections.purpose).toContain("chăm sóc, giáo dục trẻ");
    expect(info.sections.organisation).toMatch(/^1\. Hiệu trưởng – Chủ tịch Hội đồng tự đánh giá/);
    expect(info.sections.organisation).toContain("3. Tổ giám sát");
    expect(info.recipients[info.recipients.length - 1]).toBe("Lưu: VT");
  });
  test("primary school and the 2026 regulation", () => {
    const info = defaultDocumentInfo(plan2026());
    expect(info.sections.basis).toContain(regulationById("TT57/2026-PT").title);
    expect(info.sections.purpose).toContain("học sinh");
    expect(info.signerTitle).toBe("HIỆU TRƯỞNG");
  });
  test("recipients read from the workbook win", () => {
    const plan = samMunPlan();
    plan.info.recipients = ["Phòng VH-XH (để b/c)", "Lưu VT"];
    expect(defaultDocumentInfo(plan).recipients).toEqual(["Phòng VH-XH (để b/c)", "Lưu VT"]);
  });
});

describe("buildPlanDocx", () => {
  test("bytes of a .docx", async () => {
    const { bytes } = await samMun();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
  });

  test("A4, portrait then landscape for the table then portrait; margins of Nghị định 30", async () => {
    const { document } = await samMun();
    const sizes = document.match(/<w:pgSz [^>]*>/g)!;
    expect(sizes).toHaveLength(3);
    expect([attr(sizes[0], "w"), attr(sizes[0], "h")]).toEqual([11906, 16838]);
    expect([attr(sizes[1], "w"), attr(sizes[1], "h")]).toEqual([16838, 11906]);
    expect(sizes[1]).toContain('w:orient="landscape"');
    expect([attr(sizes[2], "w"), attr(sizes[2], "h")]).toEqual([11906, 16838]);
    const mm = (tw: number) => (tw / 1440) * 25.4;
    for (const m of document.match(/<w:pgMar [^>]*>/g)!) {
      for (const side of ["top", "bottom"]) {
        expect(mm(attr(m, side))).toBeGreaterThanOrEqual(19.9);
        expect(mm(attr(m, side))).toBeLessThanOrEqual(25.1);
      }
      expect(mm(attr(m, "left"))).toBeGreaterThanOrEqual(29.9);
      expect(mm(attr(m, "left"))).toBeLessThanOrEqual(35.1);
      expect(mm(attr(m, "right"))).toBeGreaterThanOrEqual(14.9);
      expect(mm(attr(m, "right"))).toBeLessThanOrEqual(20.1);
    }
  });

  test("Times New Roman only, in the runs and the defaults", async () => {
    const { document, styles, headers } = await samMun();
    for (const xml of [document, styles, ...headers]) {
      expect(xml).not.toMatch(/w:(ascii|hAnsi|cs|eastAsia)Theme=/);
      for (const f of xml.match(/<w:rFonts [^>]*>/g) ?? []) {
        for (const v of f.match(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g) ?? []) expect(v).toMatch(/="Times New Roman"$/);
      }
    }
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<\/w:docDefaults>/);
    // every run with text names its font
    const runs = document.match(/<w:r>[\s\S]*?<\/w:r>/g)!;
    for (const r of runs) if (/<w:t[ >]/.test(r)) expect(r).toContain('w:ascii="Times New Roman"');
  });

  test("letterhead: agency, school bold, Quốc hiệu, Tiêu ngữ with its rule, number and italic date", async () => {
    const { document } = await samMun();
    const head = tables(document)[0];
    expect(head).toMatch(/<w:tblBorders><w:top w:val="none"/);
    const text = visibleText(head);
    expect(text).toContain("PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN");
    expect(text).toContain("TRƯỜNG MN XÃ SAM MỨN");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("Số: 95/KH-MNSM");
    const dateRun = head.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*Sam Mứn, ngày 10 tháng 10 năm 2022[\s\S]*?<\/w:r>/)![0];
    expect(dateRun).toMatch(/<w:i\/>|<w:i w:val="true"\/>/);
    const schoolRun = head.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*TRƯỜNG MN XÃ SAM MỨN[\s\S]*?<\/w:r>/)![0];
    expect(schoolRun).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    // two rules (paragraph top borders): under the school and under the motto
    expect(head.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
  });

  test("date with leading zeros, blank number keeps room", async () => {
    const { document } = await samMun((i) => {
      i.date = "2027-01-05";
      i.number = "";
    });
    const text = visibleText(document);
    expect(text).toContain("Sam Mứn, ngày 05 tháng 01 năm 2027");
    expect(text).toMatch(/Số:[\s\u00a0]{5,}\/KH-/);
  });

  test("title, subject line and the section headings with the chosen numbering", async () => {
    const { document } = await samMun((i) => {
      i.numbering.organisation = "VI";
    });
    const text = visibleText(document);
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain("Cải tiến chất lượng giáo dục năm học 2022-2023");
    expect(text).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(text).toContain("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH");
    expect(text).toContain("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
    expect(text).toContain("VI. TỔ CHỨC THỰC HIỆN");
    expect(text).not.toContain("IV. TỔ CHỨC THỰC HIỆN");
    expect(document).toContain('<w:jc w:val="both"/>');
    expect(document).toContain('w:firstLine="720"');
  });

  test("user section texts replace the defaults, paragraph by paragraph", async () => {
    const { document } = await samMun((i) => {
      i.sections.purpose = "1. Mục đích riêng của trường.\n\n2. Yêu cầu riêng.";
    });
    const text = visibleText(document);
    expect(text).toContain("1. Mục đích riêng của trường.\n2. Yêu cầu riêng.");
    expect(text).not.toContain("Rà soát thực trạng");
  });

  test("the table: 9 columns, repeated header, bands and standards across, merges, totals", async () => {
    const { document } = await samMun();
    const tbl = tables(document)[1];
    expect(tbl.match(/<w:gridCol /g)).toHaveLength(9);
    const trs = rows(tbl);
    expect(trs[0]).toContain("<w:tblHeader/>");
    expect(visibleText(trs[0]).replace(/\n/g, "|")).toBe(
      "TT|Tiêu chuẩn, tiêu chí|Kết quả cần đạt (so với hiện trạng)|Công việc/giải pháp cần thực hiện|Chủ trì và phối hợp thực hiện|Thời gian thực hiện và hoàn thành|Dự kiến kinh phí|Điều kiện hỗ trợ khác|Ghi chú|",
    );
    const texts = trs.map((r) => visibleText(r));
    // document order: band, standard 1, two rows, standard 2 and its remark, ...
    expect(texts[1]).toContain("MỨC 1, 2, 3");
    expect(texts[2]).toContain("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường");
    expect(texts[3]).toContain("Tiêu chí 1.6");
    expect(texts[4]).toContain("Tiêu chí 1.8");
    expect(texts[5]).toContain("Tiêu chuẩn 2:");
    expect(texts[6]).toContain("Không có nội dung cần cải tiến.");
    for (const i of [1, 2, 5, 6]) {
      expect(cells(trs[i])).toHaveLength(1);
      expect(trs[i]).toContain('<w:gridSpan w:val="9"/>');
    }
    // criterion 3.5 over its sub-row: TT, criterion and the shared result cell merged down
    const first = trs.findIndex((r) => visibleText(r).includes("Bổ sung 05 chiếc máy chiếu"));
    const [a, b] = [cells(trs[first]), cells(trs[first + 1])];
    expect(a).toHaveLength(9);
    expect(b).toHaveLength(9);
    for (const k of [0, 1, 2]) {
      expect(a[k]).toContain('<w:vMerge w:val="restart"/>');
      expect(b[k]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    }
    expect(b[3]).not.toContain("vMerge");
    expect(visibleText(b[3])).toContain("Bảo quản, sử dụng máy chiếu");
    // numbering within each standard
    expect(visibleText(cells(trs[3])[0]).trim()).toBe("1");
    expect(visibleText(cells(trs[4])[0]).trim()).toBe("2");
    expect(visibleText(a[0]).trim()).toBe("2");
    // budgets
    const b300 = cells(trs.find((r) => visibleText(r).includes("300.000.000"))!)[6];
    expect(b300).toContain('<w:jc w:val="right"/>');
    expect(visibleText(b[6]).trim()).toBe("Không");
    // total row
    const total = trs[trs.length - 1];
    expect(visibleText(total)).toContain("Tổng cộng");
    expect(visibleText(total)).toContain("400.000.000");
    expect(total).toContain('<w:gridSpan w:val="6"/>');
    expect(visibleText(document)).toContain("Bằng chữ: Bốn trăm triệu đồng.");
  });

  test("cell text: one paragraph per line, bullets kept, formulas as plain text", async () => {
    const { document } = await samMun();
    const tbl = tables(document)[1];
    const text = visibleText(tbl);
    expect(text).toContain("\n- BGH\n- Y sĩ\n- Giáo viên\n- Cha mẹ trẻ\n");
    expect(text).toContain("=SUM(G13:G19)");
    // "+5.000.000 đồng" is counted: printed in the table's one format, never as a formula.
    expect(text).toContain("5.000.000");
    expect(text).not.toContain("=+5");
    expect(text).toContain("@Ngân sách");
    expect(tbl).not.toMatch(/fldSimple|instrText/);
  });

  test("recipients and signer side by side", async () => {
    const { document } = await samMun();
    const all = tables(document);
    const signer = all[all.length - 1];
    const [left, right] = cells(rows(signer)[0]);
    expect(visibleText(left)).toBe("Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- Hội đồng TĐG (để th/h);\n- Lưu: VT.\n");
    expect(left).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*Nơi nhận:/);
    expect(left).toContain('<w:sz w:val="24"/>');
    expect(left).toContain('<w:sz w:val="22"/>');
    const lines = visibleText(right).split("\n");
    expect(lines[0]).toBe("TM. HỘI ĐỒNG");
    expect(lines[1]).toBe("CHỦ TỊCH");
    expect(lines.filter((l) => l === "").length).toBeGreaterThanOrEqual(4);
    expect(lines).toContain("Nguyễn Thị Vi");
  });

  test("page numbers centred at the top from page 2", async () => {
    const { document, headers } = await samMun();
    const firstSect = document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/)![0];
    expect(firstSect).toContain("<w:titlePg/>");
    expect(firstSect).toMatch(/<w:headerReference w:type="first"/);
    const withPage = headers.filter((h) => /<w:instrText[^>]*>\s*PAGE\s*</.test(h));
    expect(withPage.length).toBeGreaterThanOrEqual(1);
    for (const h of withPage) expect(h).toContain('<w:jc w:val="center"/>');
    expect(headers.some((h) => !/PAGE/.test(h))).toBe(true); // the empty first-page header
  });

  test("text is NFC", async () => {
    const plan = samMunPlan();
    plan.rows[0].owner = "Hiệu trưởng".normalize("NFD");
    const info = defaultDocumentInfo(plan);
    info.school = "TRƯỜNG MN XÃ SAM MỨN".normalize("NFD");
    const { document } = parts(await buildPlanDocx({ plan, totals: SAM_MUN_TOTALS, info }));
    expect(document).toBe(document.normalize("NFC"));
    expect(document).toContain("Hiệu trưởng");
  });

  test("a 2026-form plan has the 10 columns of the new form", async () => {
    const plan = plan2026();
    const bytes = await buildPlanDocx({
      plan,
      totals: { ...SAM_MUN_TOTALS, amount: 5000000, words: "Năm triệu đồng" },
      info: defaultDocumentInfo(plan),
    });
    const { document } = parts(bytes);
    const tbl = planTableOf(document);
    expect(tbl.match(/<w:gridCol /g)).toHaveLength(10);
    const header = visibleText(rows(tbl)[0]);
    for (const h of ["Nội dung cải tiến", "Mục tiêu cải tiến", "Chỉ số đánh giá kết quả", "Nguồn lực bảo đảm", "Mức độ thực hiện"]) {
      expect(header).toContain(h);
    }
    const text = visibleText(tbl);
    expect(text).toContain("Số kế hoạch được duyệt");
    expect(text).toContain("Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng"); // name from the catalogue
    expect(visibleText(document)).toContain("ngày 05 tháng 01 năm 2027");
  });

  test("cell text with XML specials, control characters and a lone surrogate: the document stays well-formed, the text as typed", async () => {
    const plan = samMunPlan();
    plan.rows[0].actions = 'Mua "bàn ghế" <loại 1> & tủ\u0001 sách\u0008 =SUM(G1:G9) \ud800 xong';
    const { document } = parts(await buildPlanDocx({ plan, totals: SAM_MUN_TOTALS, info: defaultDocumentInfo(plan) }));
    const r = await validateXML({ xml: [{ fileName: "document.xml", contents: document }], normalization: "format" });
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(visibleText(document)).toContain('Mua "bàn ghế" <loại 1> & tủ sách =SUM(G1:G9)  xong');
  });
});
