/** Plans made by hand for the Office tests and the benchmark: n rows of the 2018 form. */
import type { Plan, PlanRow } from "../../src/core/plan";
import { allCriteria, regulationById } from "../../src/core/catalogue";

/** Texts Excel would read as formulas, and a bullet that must stay as typed. */
export const TRICKY_TEXTS = ["=1+1", "+84 912 345 678", "@abc", "-5", "- Rà soát hồ sơ, sổ sách"];

export function makePlan(n: number, sheet = "Kế hoạch gốc"): Plan {
  const reg = regulationById("TT18/2018");
  const criteria = allCriteria(reg);
  const rows: PlanRow[] = [];
  const headerRow = 8;
  for (let i = 0; i < n; i++) {
    const { standard, criterion } = criteria[i % criteria.length];
    const row = headerRow + 1 + i;
    const sub = i % 3 === 2 ? 1 : 0;
    const criterionText = `Tiêu chí ${criterion.code}: ${criterion.name}`;
    rows.push({
      row,
      band: i % 10 === 9 ? "4" : "1-3",
      standard: standard.number,
      criterion: criterion.code,
      criterionName: criterion.name,
      targetLevel: 2,
      subRow: sub,
      cells: { criterion: `B${row}`, result: `C${row}`, actions: `D${row}`, owner: `E${row}`, timeline: `F${row}`, budget: `G${row}` },
      tt: String(i + 1),
      criterionText,
      result: i < TRICKY_TEXTS.length ? TRICKY_TEXTS[i] : `Mức 2 – Duy trì và nâng cao chất lượng, dòng ${i + 1}`,
      actions: "- Rà soát hồ sơ, sổ sách\n- Bổ sung minh chứng còn thiếu; tổ chức họp tổ chuyên môn định kỳ hằng tháng",
      owner: i % 2 ? "Hiệu trưởng" : "Phó HT, Tổ trưởng CM",
      timeline: "Từ tháng 9/2025 đến tháng 5/2026",
      budget: i % 4 === 0 ? 5_000_000 : i % 4 === 1 ? "2.500.000 đồng" : i % 4 === 2 ? "Không" : "Ngân sách nhà nước",
      support: i % 5 === 0 ? "Phòng GD&ĐT hỗ trợ" : "",
      note: "",
    });
  }
  return {
    sheet,
    form: "2018",
    level: "thcs",
    regulation: "TT18/2018",
    schoolYear: "2025-2026",
    info: { agency: "PHÒNG GD&ĐT HUYỆN A", school: "TRƯỜNG THCS B", number: "", place: "B", date: "", signerTitle: "HIỆU TRƯỞNG", signerName: "" },
    header: { row: headerRow, columns: { tt: "A", criterion: "B", result: "C", actions: "D", owner: "E", timeline: "F", budget: "G", support: "H", note: "I" } },
    rows,
    standards: [],
    bands: [],
    remarks: [],
    total: null,
  };
}
