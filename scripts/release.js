#!/usr/bin/env node
/* global require, module, process, __dirname, console */
/**
 * `npm run release`: release/ctcl-<version>.zip, the folder to copy to a static
 * HTTPS host (the built task pane, the manifest for that address, the sample
 * plan, the icons) and a README.txt on hosting and deploying it.
 *
 *   PUBLIC_URL=https://truong.edu.vn/ctcl/ npm run release
 *     builds dist/ for that address (webpack, production) and zips it;
 *   npm run release (no PUBLIC_URL)
 *     zips dist/ as it is when it was built with a PUBLIC_URL
 *     (`PUBLIC_URL=… npm run build`), and refuses otherwise.
 *
 * The zip holds one folder, ctcl-<version>/, without source maps. Zipped with
 * pizzip (already a dependency of the Word generator).
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const PizZip = require("pizzip");
const { checkPublicUrl, manifestUrls } = require("./public-url");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OUT_DIR = path.join(ROOT, "release");
const { version } = require(path.join(ROOT, "package.json"));

function fail(vi, en) {
  console.error(`${vi}\n  (${en})`);
  process.exit(1);
}

/** Files under dir, relative, sorted, without source maps. */
function files(dir, rel = "") {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(dir, path.posix.join(rel, d.name)) : [path.posix.join(rel, d.name)]))
    .filter((f) => !f.endsWith(".map"))
    .sort();
}

function readme(publicUrl, v) {
  return `KH CTCL ${v} — phần bổ trợ Excel "Kế hoạch cải tiến chất lượng giáo dục"
=====================================================================

Bản dựng này dành cho địa chỉ: ${publicUrl}
(This build is for the address above.)

1. Chép TOÀN BỘ nội dung thư mục này lên máy chủ web HTTPS sao cho
   ${publicUrl}taskpane.html mở được trong trình duyệt.
   Máy chủ cần kiểu MIME cho .xlsx:
   application/vnd.openxmlformats-officedocument.spreadsheetml.sheet

2. Triển khai cho cả trường: quản trị viên Microsoft 365 vào Trung tâm quản trị
   (admin.microsoft.com) → Cài đặt → Ứng dụng tích hợp → Tải lên ứng dụng tùy chỉnh
   → chọn tệp manifest.xml trong thư mục này → chọn người dùng/nhóm.
   Một người dùng thử: Excel trên web → Trang đầu → Phần bổ trợ → Thêm phần bổ trợ
   khác → Tải lên phần bổ trợ của tôi → chọn manifest.xml.

3. Không có Excel: mở ${publicUrl}taskpane.html trong trình duyệt và chọn
   "Mở tệp .xlsx". Mọi xử lý diễn ra trong trình duyệt, không gửi dữ liệu đi đâu.

4. Cập nhật: chép bản mới đè lên cùng địa chỉ. Chỉ cần tải manifest.xml lên lại
   khi phiên bản trong manifest (<Version>) thay đổi.

Hướng dẫn đầy đủ (full guide, with an English summary): docs/trien-khai.md
trong mã nguồn của dự án.

English: copy everything in this folder to a static HTTPS host so that
${publicUrl}taskpane.html loads (serve .xlsx as
application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), then deploy
manifest.xml to the school in the Microsoft 365 admin center (Settings →
Integrated apps → Upload custom apps) or sideload it for one person in Excel on
the web (Home → Add-ins → More add-ins → Upload My Add-in). The same address
works as a plain web page on an .xlsx file without Excel.
`;
}

/**
 * Zips a built folder for its address: { out, publicUrl, entries }. Throws an
 * Error (one sentence, Vietnamese then English) when `dist` is missing, is the
 * development build, or lacks a file.
 */
function zipRelease({ dist = DIST, outDir = OUT_DIR, version: v = version } = {}) {
  const manifestPath = path.join(dist, "manifest.xml");
  if (!fs.existsSync(manifestPath)) {
    throw new Error(
      "Chưa có dist/manifest.xml. Chạy: PUBLIC_URL=https://địa-chỉ-của-trường/ctcl/ npm run release\n  (No dist/manifest.xml. Run: PUBLIC_URL=https://your-host/path/ npm run release)",
    );
  }
  const manifest = fs.readFileSync(manifestPath, "utf8");
  const urls = manifestUrls(manifest);
  const local = urls.find((u) => /^https?:\/\/(localhost|127\.0\.0\.1)/.test(u));
  if (local) {
    throw new Error(
      `dist/ là bản dựng phát triển (manifest trỏ tới ${local}). Đặt địa chỉ nơi sẽ đặt thư mục: PUBLIC_URL=https://địa-chỉ-của-trường/ctcl/ npm run release\n` +
        `  (dist/ is the development build: its manifest points at ${local}. Give the address it will be hosted at: PUBLIC_URL=https://your-host/path/ npm run release)`,
    );
  }
  const m = manifest.match(/<SourceLocation DefaultValue="([^"]+)taskpane\.html"/);
  const publicUrl = m ? m[1] : urls[0];
  for (const need of ["taskpane.html", "manifest.xml", "assets/icon-32.png", "examples/ke-hoach-mau.xlsx"]) {
    if (!fs.existsSync(path.join(dist, need))) throw new Error(`dist/ thiếu ${need}.\n  (dist/ has no ${need}.)`);
  }
  const folder = `ctcl-${v}`;
  const zip = new PizZip();
  const date = new Date("2026-01-01T00:00:00Z");
  zip.file(`${folder}/README.txt`, readme(publicUrl, v), { date });
  for (const f of files(dist)) zip.file(`${folder}/${f}`, fs.readFileSync(path.join(dist, f)), { binary: true, date });
  const bytes = zip.generate({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${folder}.zip`);
  fs.writeFileSync(out, bytes);
  return { out, publicUrl, bytes: bytes.length, entries: Object.keys(zip.files).filter((k) => !zip.files[k].dir) };
}

function main() {
  if (process.env.PUBLIC_URL) {
    let publicUrl;
    try {
      publicUrl = checkPublicUrl(process.env.PUBLIC_URL);
    } catch (e) {
      fail(e.message, "release stopped");
    }
    const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    console.log(`Dựng ngăn tác vụ cho ${publicUrl} … (building the task pane for ${publicUrl})`);
    const r = spawnSync(process.execPath, [webpackCli, "--mode", "production"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, PUBLIC_URL: publicUrl } });
    if (r.status !== 0) process.exit(r.status || 1);
  }
  let r;
  try {
    r = zipRelease();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const rel = path.relative(ROOT, r.out);
  console.log(`Đã tạo ${rel} (${Math.round(r.bytes / 1024)} KB, ${r.entries.length} tệp) cho ${r.publicUrl}`);
  console.log(`  (Wrote ${rel} for ${r.publicUrl}; copy the folder ${path.basename(r.out, ".zip")}/ to that address.)`);
}

module.exports = { zipRelease };
if (require.main === module) main();
