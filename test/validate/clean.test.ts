import { validatePlan } from "../../src/core/validate";
import { makePlan } from "./plan-builder";

/** A plain, correct plan with the forms of the seeds: no issue at all. */
describe("a plain correct plan", () => {
  test("preschool TT19, 2022-2023", () => {
    const plan = makePlan({
      regulation: "TT19/2018",
      level: "mam-non",
      schoolYear: "2022-2023",
      standards: [
        { row: 11, number: 1, name: "Tổ chức và quản lý nhà trường" },
        { row: 14, number: 3, name: "Cơ sở vật chất và thiết bị dạy học" },
        { row: 17, number: 5, name: "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ" },
      ],
      rows: [
        {
          row: 12,
          criterion: "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản",
          result: "Tích cực hơn nữa trong công tác tuyên truyền tới nhân dân, các đoàn thể, các bậc cha mẹ học sinh về công tác xã hội hóa giáo dục",
          actions: "- Nhà trường xây dưng được kế hoạch dài hạn, ngắn hạn, trung hạn tạo ra nguồn tài chính phù hợp với nhà trường.",
          owner: "- CB-GV-NV\n- Phối hợp cùng ban nghành đoàn thể xã, hội cha mẹ học sinh...",
          timeline: "Trong năm học 2022-2023",
        },
        {
          row: 13,
          criterion: "Tiêu chí 1.8 \nQuản lý các hoạt động giáo dục",
          result: "Ban giám hiệu thường xuyên kiểm tra rà soát, đánh giá việc xây dựng kế hoạch",
          actions: "Tiếp tuc bồi dưỡng chuyên môn cho đội ngũ cán bộ giáo viên.\nKế hoạch bồi dưỡng chuyên môn đội ngũ.",
          owner: "CB-GV",
          timeline: "Trong năm học 2022-2023",
        },
        {
          row: 15,
          criterion: "Tiêu chí 3.3: Khối phòng hành chính - quản trị",
          result: "Tu sửa, nâng cấp dãy nhà hành chính quản trị tại điểm trường trung tâm đã xuống cấp.",
          actions: "Tham mưu với Phòng Giáo dục và Đào tạo huyện Điện Biên",
          owner: "Phòng GD&ĐT huyện\nBGH",
          timeline: "Năm học 2022-2023",
          budget: 300000000,
        },
        {
          row: 16,
          criterion: "Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi",
          result: "Bổ sung 05 chiếc máy chiếu một số lớp bị hỏng không sửa chữa được",
          actions: "Tham mưu với Phòng Giáo dục và Đào tạo huyện Điện Biên đầu tư mua sắm máy chiếu cho các lớp",
          owner: "Phòng GD&ĐT huyện\nBGH",
          timeline: "Tháng 6/2023",
          budget: 100000000,
        },
        {
          row: 18,
          criterion: "Tiêu chí 5.3: Kết quả nuôi dưỡng và chăm sóc sức khỏe",
          result: "Điều chỉnh, cân đối thự phẩm bữa ăn hang ngày của trẻ để giảm tỉ lệ trẻ SDD thể nhẹ cân và thể thấp còi",
          actions: "Nhà trường kết hợp cùng với giáo viên trong việc chăm sóc cho trẻ và tuyên truyền tới cha mẹ trẻ",
          owner: "- BGH\n- Y sĩ\n- Giáo viên\n- Cha mẹ trẻ",
          timeline: "Năm học 2022-2023 và các năm tiếp theo",
          budget: "Không",
        },
      ],
      total: { row: 19, formula: "SUM(G10:G18)", amount: 400000000 },
    });
    expect(validatePlan(plan)).toEqual([]);
  });

  test("primary TT17, 2025-2026, with sub-rows", () => {
    const plan = makePlan({
      regulation: "TT17/2018",
      schoolYear: "2025-2026",
      standards: [
        { row: 11, number: 1, name: "Tổ chức và quản lý nhà trường" },
        { row: 27, number: 3, name: "Cơ sở vật chất và thiết bị dạy học" },
      ],
      rows: [
        {
          row: 12,
          criterion: "Tiêu chí 1.1",
          result: "Tổ chức lấy  ý kiến của 100% cán bộ quản lí giáo viên và nhân viên  vào chiến lược phát triển của nhà trường .",
          actions: "-Lấy ý kiến  trực tiếp của cán bộ quản lí giáo viên trong cuộc họp hội đồng sư phạm.",
          owner: "Hiệu trưởng",
          timeline: "Dự kiến hoàn thành kế hoạch trong năm học 2025-2026 và các năm học tiếp theo",
          budget: "Không",
        },
        {
          row: 13,
          criterion: "Tiêu chí 1.2",
          result: "Thành viên các  hội đồng của nhà trường luôn thể hiện tinh thần trách nhiệm cao",
          actions: "Vào đầu năm học nhà trường tiến hành kiện toàn các tổ chức",
          owner: "Hiêu trưởng",
          timeline: "Dự kiến hoàn thành kế hoạch tháng 11/2025 và các năm học tiếp theo",
          budget: "Không",
        },
        {
          row: 28,
          criterion: "Tiêu chí 3.1",
          result: "Làm lại giấy chứng nhận quyền sử dụng đất tại các điểm trường",
          actions: "Tham mưu cấp có thẩm quyền sớm cấp giấy chứng nhận quyền sử dụng đất tại các điểm trường",
          owner: "Ban giám hiệu",
          timeline: "Từ tháng 8 năm 2025 đến tháng 5 năm 2026.",
          budget: "Không",
        },
        {
          row: 29,
          criterion: "Tiêu chí 3.2",
          result: "Có đủ các phòng hành chính quản trị;\nĐảm bảo đủ phòng học, phòng bộ môn theo quy định",
          actions: "Tham mưu với các cấp, vận động XHHGD xây dựng thêm phòng thư viện, phòng đội",
          owner: "Ban giám hiệu; GV, NV, chính quyền các cấp",
          timeline: "Từ tháng 8 năm 2025 đến tháng 5 năm 2026.",
          budget: "Không",
        },
        {
          row: 30,
          result: "Tăng cường thêm thiết bị vận động và đồ chơi học sinh ngoài trời ở các điểm trường.",
          actions: "Nhà trường kết hợp với phụ huynh học sinh cùng làm đồ chơi tự chế",
          owner: "Ban giám hiệu; GV, NV, phụ huynh, các nhà hảo tâm",
          timeline: "Từ tháng 9 năm 2025 đến tháng 5 năm 2026.",
          budget: "Không",
        },
        {
          row: 31,
          result: "Lắp thêm mạng Internet lên khu phòng học bộ môn",
          actions: "Liên hệ với nhà cung cấp",
          owner: "BGH, Kế toán",
          timeline: "Hoàn thành tháng 9/2025",
          budget: "12.000.000 VNĐ",
        },
      ],
      total: { row: 44, text: "12.000.000 đồng" },
    });
    expect(plan.rows.map((r) => r.subRow)).toEqual([0, 0, 0, 0, 1, 2]);
    expect(validatePlan(plan)).toEqual([]);
  });
});
