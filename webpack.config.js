/* global require, module, process, __dirname */
/**
 * Builds the task pane (and the ribbon commands page when src/commands exists)
 * into dist/. exceljs (opening a file, exporting the plan table) and the Word
 * generator load on demand as their own chunks. The sample plan, the manifest
 * and the icons are copied beside the page.
 *
 * PUBLIC_URL=https://host/path/ (or env.publicUrl): a build for that address;
 *   dist/manifest.xml then points there (scripts/public-url.js) and dist/ can be
 *   copied as is to any static HTTPS host. Without it, the manifest stays the
 *   development one (https://localhost:3000/). A non-https address is refused.
 * __CTCL_VERSION__: the package version, shown in the pane.
 *
 * Dev server (`npm start` runs it through scripts/start.js):
 *   CTCL_HOST (127.0.0.1), CTCL_PORT (3000), CTCL_HTTPS=1 for https: with the
 *   certificate of office-addin-dev-certs when it exists (~/.office-addin-dev-certs),
 *   otherwise a self-signed one made by webpack-dev-server (no sudo).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { checkPublicUrl, manifestForPublicUrl } = require("./scripts/public-url");
const { version } = require("./package.json");

const ROOT = __dirname;

function exists(p) {
  return fs.existsSync(path.join(ROOT, p));
}

/** https options for the dev server, or "http". */
function devServerTransport() {
  if (!process.env.CTCL_HTTPS) return "http";
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const key = path.join(dir, "localhost.key");
  const cert = path.join(dir, "localhost.crt");
  const ca = path.join(dir, "ca.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    return { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) } };
  }
  // webpack-dev-server makes (and caches) a self-signed certificate itself.
  return "https";
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const dev = mode === "development";
  const outDir = env.outDir ? path.resolve(env.outDir) : path.join(ROOT, "dist");
  const hasCommands = exists("src/commands/commands.ts");
  const rawPublicUrl = env.publicUrl ?? process.env.PUBLIC_URL;
  const publicUrl = rawPublicUrl ? checkPublicUrl(rawPublicUrl) : null;

  const entry = { taskpane: path.join(ROOT, "src/taskpane/index.tsx") };
  if (hasCommands) entry.commands = path.join(ROOT, "src/commands/commands.ts");

  const html = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: path.join(ROOT, "src/taskpane/taskpane.html"),
      chunks: ["taskpane"],
      scriptLoading: "defer",
    }),
  ];
  if (hasCommands) {
    html.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        chunks: ["commands"],
        scriptLoading: "blocking",
        ...(exists("src/commands/commands.html")
          ? { template: path.join(ROOT, "src/commands/commands.html") }
          : {
              templateContent:
                '<!doctype html><html><head><meta charset="utf-8"><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body></body></html>',
            }),
      }),
    );
  }

  const copies = [
    { from: "assets", to: "assets", noErrorOnMissing: true },
    { from: "examples/ke-hoach-mau.xlsx", to: "examples/ke-hoach-mau.xlsx", noErrorOnMissing: true },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      noErrorOnMissing: true,
      ...(publicUrl ? { transform: { transformer: (content) => manifestForPublicUrl(content.toString("utf8"), publicUrl, version), cache: false } } : {}),
    },
  ];

  return {
    mode,
    context: ROOT,
    entry,
    devtool: env.noSourceMaps ? false : dev ? "eval-cheap-module-source-map" : "source-map",
    target: "web",
    output: {
      path: outDir,
      publicPath: "auto",
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".mjs", ".json"],
      // Node built-ins some libraries mention but never need in the browser.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false, util: false, buffer: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false, sourceMap: true },
            },
          },
        },
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20, enforce: true },
          docx: {
            test: /[\\/]node_modules[\\/](docx|docxtemplater|pizzip|jszip|xml|xml-js|sax|@xmldom|hash\.js|nanoid|lodash|lodash-es)[\\/]/,
            name: "docx",
            chunks: "async",
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [...html, new CopyWebpackPlugin({ patterns: copies }), new DefinePlugin({ __CTCL_VERSION__: JSON.stringify(version) })],
    devServer: {
      host: process.env.CTCL_HOST || "127.0.0.1",
      port: Number(process.env.CTCL_PORT || 3000),
      server: devServerTransport(),
      headers: { "Access-Control-Allow-Origin": "*" },
      allowedHosts: "all",
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      static: false,
      devMiddleware: { writeToDisk: false },
    },
    stats: "errors-warnings",
  };
};
