/** Plans built by hand for the Word tests (the Sam Mứn seed, 2018 form; a 2026-form plan; a large plan). */
import type { Plan, PlanRow, Totals } from "../../src/core/plan";
import { rowAmounts } from "../../src/core/totals";

function row(r: Partial<PlanRow> & { row: number }): PlanRow {
  return {
    band: "1-3",
    standard: null,
    criterion: null,
    criterionName: null,
    targetLevel: null,
    subRow: 0,
    cells: {},
    tt: "",
    criterionText: "",
    result: "",
    actions: "",
    owner: "",
    timeline: "",
    budget: "",
    support: "",
    note: "",
    ...r,
  };
}

/** The Sam Mứn preschool plan (seed 000), with a sub-row added under 3.5. */
export function samMunPlan(): Plan {
  return {
    sheet: "KH",
    form: "2018",
    level: "mam-non",
    regulation: "TT19/2018",
    schoolYear: "2022-2023",
    info: {
      agency: "PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN",
      school: "TRƯỜNG MN XÃ SAM MỨN",
      number: "95/KH-MNSM",
      place: "Sam Mứn",
      date: "2022-10-10",
      signerTitle: "TM. HỘI ĐỒNG\nCHỦ TỊCH",
      signerName: "Nguyễn Thị Vi",
    },
    header: { row: 10, columns: { tt: "A", criterion: "B", result: "C", actions: "D", owner: "E", timeline: "F", budget: "G", support: "H", note: "I" } },
    bands: [{ row: 11, cell: "A11", band: "1-3", text: "MỨC 1, 2, 3" }],
    standards: [
      { row: 12, cell: "A12", band: "1-3", number: 1, name: "Tổ chức và quản lý nhà trường" },
      { row: 15, cell: "A15", band: "1-3", number: 2, name: "Cán bộ quản lý, giáo viên, nhân viên" },
      { row: 17, cell: "A17", band: "1-3", number: 3, name: "Cơ sở vật chất và thiết bị dạy học" },
      { row: 21, cell: "A21", band: "1-3", number: 5, name: "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục" },
    ],
    remarks: [{ row: 16, cell: "A16", band: "1-3", standard: 2, text: "Không có nội dung cần cải tiến." }],
    rows: [
      row({
        row: 13,
        standard: 1,
        criterion: "1.6",
        criterionName: "Quản lý hành chính, tài chính và tài sản",
        cells: { criterion: "B13", result: "C13", budget: "G13" },
        criterionText: "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản",
        result:
          "Tích cực hơn nữa trong công tác tuyên truyền tới nhân dân, các đoàn thể, các bậc cha mẹ học sinh về công tác xã hội hóa giáo dục nhằm tạo ra các nguồn tài chính hợp pháp để tăng cường cơ sở vật chất, thiết bị phục vụ công tác chăm sóc giáo dục trẻ",
        actions:
          "- Nhà trường xây dưng được kế hoạch dài hạn, ngắn hạn, trung hạn tạo ra nguồn tài chính phù hợp với nhà trường, phù hợp với thực tế địa phương.\n- Kế hoạch xã hội hóa",
        owner: "- CB-GV-NV\n- Phối hợp cùng ban nghành đoàn thể xã, hội cha mẹ học sinh...",
        timeline: "Trong năm học 2022-2023",
      }),
      row({
        row: 14,
        standard: 1,
        criterion: "1.8",
        criterionName: "Quản lý các hoạt động giáo dục",
        criterionText: "Tiêu chí 1.8\nQuản lý các hoạt động giáo dục",
        result:
          "Ban giám hiệu thường xuyên kiểm tra rà soát, đánh giá việc xây dựng kế hoạch và bổ sung điều chỉnh kịp thời cho giáo viên. Kế hoạch chăm sóc giáo dục trẻ được tổ chức thực hiện nghiêm túc, đạt hiệu quả cao.",
        actions: "Tiếp tuc bồi dưỡng chuyên môn cho đội ngũ cán bộ giáo viên.",
        owner: "CB-GV",
        timeline: "Trong năm học 2022-2023",
        support: "Kế hoạch bồi dưỡng chuyên môn đội ngũ.",
      }),
      row({
        row: 18,
        standard: 3,
        criterion: "3.3",
        criterionText: "Tiêu chí 3.3: Khối phòng hành chính - quản trị",
        result: "Tu sửa, nâng cấp dãy nhà hành chính quản trị tại điểm trường trung tâm đã xuống cấp.",
        actions: "Tham mưu với Phòng Giáo dục và Đào tạo huyện Điện Biên",
        owner: "Cán bộ quản lý Kế hoạch và tài chính",
        timeline: "Năm học 2024-2025",
        budget: 300000000,
      }),
      row({
        row: 19,
        standard: 3,
        criterion: "3.5",
        criterionText: "Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi",
        cells: { criterion: "B19", result: "C19" },
        result: "Bổ sung 05 chiếc máy chiếu một số lớp bị hỏng không sửa chữa được",
        actions: "Tham mưu với Phòng Giáo dục và Đào tạo huyện Điện Biên đầu tư mua sắm máy chiếu cho các lớp",
        owner: "Phòng GD&ĐT huyện\nBGH",
        timeline: "Năm học 2024-2025",
        budget: 100000000,
      }),
      row({
        row: 20,
        standard: 3,
        criterion: "3.5",
        subRow: 1,
        cells: { criterion: "B19", result: "C19" },
        criterionText: "Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi",
        result: "Bổ sung 05 chiếc máy chiếu một số lớp bị hỏng không sửa chữa được",
        actions: "Bảo quản, sử dụng máy chiếu đúng quy định",
        owner: "Giáo viên các lớp",
        timeline: "Tháng 6/2023",
        budget: "Không",
        note: "=SUM(G13:G19)",
      }),
      row({
        row: 22,
        standard: 5,
        criterion: "5.3",
        criterionText: "Tiêu chí 5.3: Kết quả nuôi dưỡng và chăm sóc trẻ",
        result:
          "Điều chỉnh, cân đối thự phẩm bữa ăn hang ngày của trẻ để giảm tỉ lệ trẻ SDD thể nhẹ cân và thể thấp còi so với yêu cầu cần đạt",
        actions:
          "Nhà trường kết hợp cùng với giáo viên trong việc chăm sóc cho trẻ và tuyên truyền tới cha mẹ trẻ về chế độ ăn và chăm sóc sức khoẻ cho trẻ tại gia đình.\nTuyên truyền phối kết hợp với cha mẹ trẻ để có biện pháp phục hồi dinh dưỡng cho trẻ bị suy dinh dưỡng, béo phì.",
        owner: "- BGH\n- Y sĩ\n- Giáo viên\n- Cha mẹ trẻ",
        timeline: "Năm học 2022-2023 và các năm tiếp theo",
        budget: "+5.000.000 đồng",
        support: "@Ngân sách",
      }),
    ],
    total: null,
  };
}

export const SAM_MUN_TOTALS: Totals = {
  rows: rowAmounts(samMunPlan()),
  reconciliation: null,
  bySource: { nsnn: 400000000, xhh: 0, ctx: 0, other: 0 },
  amount: 400000000,
  words: "Bốn trăm triệu đồng",
  byStandard: { "3": 400000000 },
  byBand: { "1-3": 400000000 },
  stated: null,
  uncounted: [],
};

/** A 2026-form plan (Thông tư 57/2026, phổ thông). */
export function plan2026(): Plan {
  const p = samMunPlan();
  return {
    ...p,
    form: "2026",
    level: "tieu-hoc",
    regulation: "TT57/2026-PT",
    schoolYear: "2026-2027",
    info: { ...p.info, school: "TRƯỜNG TIỂU HỌC SỐ 1 THỊ TRẤN", date: "2027-01-05", number: "", signerTitle: "HIỆU TRƯỞNG" },
    bands: [],
    standards: [{ row: 12, cell: "A12", band: null, number: 1, name: "" }],
    remarks: [],
    rows: [
      row({
        row: 13,
        band: null,
        standard: 1,
        criterion: "1.1",
        criterionText: "Tiêu chí 1.1",
        result: "Mục tiêu: 100% tổ chuyên môn có kế hoạch",
        actions: "Xây dựng kế hoạch",
        indicator: "Số kế hoạch được duyệt",
        timeline: "Tháng 9/2026",
        owner: "Hiệu trưởng",
        budget: 5000000,
        evidence: "Kế hoạch của các tổ",
        status: "Mức 1",
      }),
    ],
  };
}

/** A plan of `n` rows over 5 standards, some with sub-rows. */
export function largePlan(n: number): Plan {
  const p = samMunPlan();
  const rows: PlanRow[] = [];
  const standards = [];
  let r = 12;
  for (let s = 1; s <= 5; s++) {
    standards.push({ row: r++, cell: `A${r}`, band: "1-3" as const, number: s, name: `Tiêu chuẩn số ${s}` });
    for (let i = 0; i < n / 5; i++) {
      const sub = i % 3 === 2 ? 1 : 0;
      rows.push(
        row({
          row: r++,
          standard: s,
          criterion: `${s}.${(i % 10) + 1}`,
          subRow: sub,
          criterionText: `Tiêu chí ${s}.${(i % 10) + 1}`,
          result: `Kết quả cần đạt số ${i} của tiêu chuẩn ${s}, viết đủ dài để xuống dòng trong ô của bảng.`,
          actions: `- Việc thứ nhất ${i}\n- Việc thứ hai ${i}`,
          owner: "Hiệu trưởng, BGH",
          timeline: "Năm học 2022-2023",
          budget: i % 2 ? 1000000 : "Không",
        }),
      );
    }
  }
  return { ...p, standards, bands: [{ row: 11, cell: "A11", band: "1-3", text: "MỨC 1, 2, 3" }], remarks: [], rows };
}
