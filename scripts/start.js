#!/usr/bin/env node
/* global require, process, __dirname, console */
/**
 * `npm start`: serve the task pane and, where Excel exists (Windows, macOS),
 * sideload the add-in as the yo-office template does.
 *
 *   Windows / macOS: https://localhost:3000 (certificate of office-addin-dev-certs
 *     when it can be installed, else a self-signed one), then
 *     `npx office-addin-debugging start manifest.xml desktop` to open Excel with
 *     the add-in. If sideloading fails, the server keeps running and the page
 *     can still be used in a browser on an .xlsx file.
 *   Linux (no Excel): http://127.0.0.1:3000 (CTCL_HTTPS=1 for https), and the
 *     address to open in a browser.
 *
 * `npm run stop` (`--stop`): stops the server started here and, on Windows/macOS,
 * unloads the add-in (`office-addin-debugging stop`).
 *
 * Environment: CTCL_PORT (3000), CTCL_HOST, CTCL_HTTPS=1, CTCL_NO_SIDELOAD=1.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const net = require("net");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "ctcl-start.pid");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = Number(process.env.CTCL_PORT || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function log(vi, en) {
  console.log(`${vi}\n  (${en})`);
}

function portFree(port, host) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.once("listening", () => srv.close(() => resolve(true)));
    srv.listen(port, host);
  });
}

function stop() {
  let stopped = false;
  if (fs.existsSync(PID_FILE)) {
    const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
    if (pid) {
      try {
        process.kill(pid);
        stopped = true;
      } catch {
        // already gone
      }
    }
    fs.rmSync(PID_FILE, { force: true });
  }
  if (desktop && fs.existsSync(MANIFEST)) {
    spawnSync(npx, ["--yes", "office-addin-debugging", "stop", MANIFEST], { stdio: "inherit", cwd: ROOT });
  }
  log(stopped ? "Đã dừng máy chủ ngăn tác vụ." : "Không có máy chủ nào đang chạy do npm start mở.", stopped ? "Task pane server stopped." : "No server started by npm start is running.");
}

/** Trusted localhost certificate of office-addin-dev-certs (Windows/macOS); false when it cannot be made. */
function ensureDevCerts() {
  const r = spawnSync(npx, ["--yes", "office-addin-dev-certs", "install"], { stdio: "inherit", cwd: ROOT });
  return r.status === 0;
}

async function start() {
  const https = desktop || !!process.env.CTCL_HTTPS;
  const host = process.env.CTCL_HOST || (https ? "localhost" : "127.0.0.1");
  if (!(await portFree(PORT, host))) {
    log(
      `Cổng ${PORT} đang được dùng (có thể ngăn tác vụ đã chạy: npm run stop để dừng, hoặc đặt CTCL_PORT).`,
      `Port ${PORT} is in use (the task pane may already be running: npm run stop, or set CTCL_PORT).`,
    );
    process.exit(1);
  }
  if (desktop && !process.env.CTCL_NO_SIDELOAD) ensureDevCerts();

  const env = { ...process.env, CTCL_HOST: host, CTCL_PORT: String(PORT), ...(https ? { CTCL_HTTPS: "1" } : {}) };
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { cwd: ROOT, env, stdio: "inherit" });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  const url = `${https ? "https" : "http"}://${host}:${PORT}/taskpane.html`;
  log(`Ngăn tác vụ: ${url}`, `Task pane: ${url}`);
  log(
    "Mở địa chỉ trên trong trình duyệt để làm việc trên tệp .xlsx. Nhấn Ctrl+C (hoặc npm run stop) để dừng.",
    "Open the address above in a browser to work on an .xlsx file. Press Ctrl+C (or npm run stop) to stop.",
  );

  const cleanup = () => {
    try {
      server.kill();
    } catch {
      // gone
    }
    fs.rmSync(PID_FILE, { force: true });
  };
  process.on("SIGINT", () => {
    cleanup();
    process.exit(0);
  });
  process.on("SIGTERM", () => {
    cleanup();
    process.exit(0);
  });
  server.on("exit", (code) => {
    fs.rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  });

  if (desktop && !process.env.CTCL_NO_SIDELOAD && fs.existsSync(MANIFEST)) {
    // The server above is already listening on the port, so office-addin-debugging only sideloads.
    const r = spawnSync(
      npx,
      ["--yes", "office-addin-debugging", "start", MANIFEST, "desktop", "--app", "excel", "--no-debug", "--dev-server-port", String(PORT)],
      { cwd: ROOT, stdio: "inherit" },
    );
    if (r.status !== 0) {
      log(
        "Không nạp được phần bổ trợ vào Excel. Có thể tải manifest.xml lên Excel trên web (Trang đầu → Phần bổ trợ → Tải lên phần bổ trợ của tôi) hoặc dùng trang trên trong trình duyệt.",
        "Could not sideload into Excel. Upload manifest.xml in Excel on the web (Home → Add-ins → Upload My Add-in) or use the page above in a browser.",
      );
    }
  } else if (!desktop) {
    log(
      "Máy này không có Excel (Linux): chỉ phục vụ ngăn tác vụ, không nạp vào Excel.",
      "No Excel on this machine (Linux): serving the task pane only, no sideloading.",
    );
  }
}

if (process.argv.includes("--stop")) stop();
else void start();
