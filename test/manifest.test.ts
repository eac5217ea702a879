/**
 * The add-in manifest: an offline structural check against the manifest
 * schemas in ../shared/manifest-schemas (xmllint-wasm; the xmllint binary when
 * the WASM build cannot load), and the elements the add-in needs. Microsoft's
 * online check stays `npm run validate` (release).
 */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { validateXML } from "xmllint-wasm";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMAS = path.resolve(__dirname, "../../shared/manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const xml = fs.readFileSync(MANIFEST, "utf8");

function schemaFiles() {
  return fs
    .readdirSync(SCHEMAS)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), "utf8") }));
}

/** Validates manifest text against the schemas: { valid, errors }. */
async function checkAgainstSchemas(text: string): Promise<{ valid: boolean; errors: string[]; tool: string }> {
  const files = schemaFiles();
  try {
    const r = await validateXML({
      xml: [{ fileName: "manifest.xml", contents: text }],
      schema: files.filter((f) => f.fileName === MAIN_SCHEMA),
      preload: files.filter((f) => f.fileName !== MAIN_SCHEMA),
    });
    return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage), tool: "xmllint-wasm" };
  } catch (e) {
    const which = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
    if (which.error) throw e;
    const tmp = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(tmp, text);
    const r = spawnSync("xmllint", ["--noout", "--schema", path.join(SCHEMAS, MAIN_SCHEMA), tmp], { encoding: "utf8" });
    return { valid: r.status === 0, errors: r.stderr.split("\n").filter(Boolean), tool: "xmllint" };
  }
}

// CI always has ../shared beside the clone: there the schema check always runs.
const haveSchemas = fs.existsSync(path.join(SCHEMAS, MAIN_SCHEMA)) || !!process.env.CI;
if (!haveSchemas) {
  console.log(`Manifest schema check skipped: ../shared/manifest-schemas is missing (looked in ${SCHEMAS}). The manifest's XML and required elements are still checked.`);
}

describe("manifest.xml", () => {
  it("is well-formed XML", async () => {
    const r = await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], normalization: "format" });
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  (haveSchemas ? it : it.skip)("passes the offline structural check against the manifest schemas", async () => {
    const r = await checkAgainstSchemas(xml);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  (haveSchemas ? it : it.skip)("the check catches a wrong element order", async () => {
    const broken = xml.replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "").replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>");
    expect(broken).not.toBe(xml);
    const r = await checkAgainstSchemas(broken);
    expect(r.valid).toBe(false);
  });

  it("is an Excel (Workbook) task pane add-in with a stable id", () => {
    expect(xml).toMatch(/<OfficeApp [^>]*xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    expect(xml.match(/<Host Name="[^"]+"/g)).toEqual(['<Host Name="Workbook"']);
    expect(xml.match(/<Host xsi:type="[^"]+"/g)).toEqual(['<Host xsi:type="Workbook"']);
  });

  it("asks for ReadWriteDocument only and ExcelApi 1.13", () => {
    expect(xml.match(/<Permissions>[^<]*<\/Permissions>/g)).toEqual(["<Permissions>ReadWriteDocument</Permissions>"]);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\s*\/>/);
  });

  it("is Vietnamese by default with English overrides for every string", () => {
    expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    for (const el of ["DisplayName", "Description"]) {
      expect(xml).toMatch(new RegExp(`<${el} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"`));
    }
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const [, id, body] of strings) expect([id, /<bt:Override Locale="en-US" Value="[^"]+"/.test(body)]).toEqual([id, true]);
    expect(xml).not.toMatch(/<bt:String id="[^"]+" DefaultValue="[^"]+"\s*\/>/);
  });

  it("puts a button opening the task pane in its own group on the Home tab", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">\s*<Group id="CTCL\.Group">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane\.Url"\s*\/>/);
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />');
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />');
  });

  it("points at icons that exist in assets/ with the right sizes", () => {
    const urls = [...xml.matchAll(/"https:\/\/localhost:3000\/(assets\/[^"]+\.png)"/g)].map((m) => m[1]);
    expect(new Set(urls)).toEqual(new Set(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]));
    for (const u of urls) {
      const png = fs.readFileSync(path.join(ROOT, u));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const size = Number(/icon-(\d+)\.png$/.exec(u)![1]);
      expect([u, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([u, size, size]);
    }
    expect(xml).toMatch(/<IconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-32\.png"/);
    expect(xml).toMatch(/<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-64\.png"/);
  });

  it("is readable by office-addin-manifest info (offline)", () => {
    const bin = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest");
    if (!fs.existsSync(bin)) {
      console.log("office-addin-manifest is not installed: the info check is skipped.");
      return;
    }
    const r = spawnSync(bin, ["info", MANIFEST], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Hosts: Workbook");
    expect(r.stdout).toContain("Permissions: ReadWriteDocument");
    expect(r.stdout).toContain("Default Locale: vi-VN");
  });
});

/** The production manifest: PUBLIC_URL (scripts/public-url.js, webpack.config.js). */
describe("manifest for a PUBLIC_URL (npm run build with PUBLIC_URL)", () => {
  const { checkPublicUrl, manifestForPublicUrl, manifestUrls } = require("../scripts/public-url.js") as {
    checkPublicUrl(u: string): string;
    manifestForPublicUrl(xml: string, u: string, version?: string): string;
    manifestUrls(xml: string): string[];
  };
  const { version } = require("../package.json") as { version: string };
  const BASE = "https://so-gd.example.edu.vn/ung-dung/ctcl/";

  it("takes an https address, with or without the last slash", () => {
    expect(checkPublicUrl("https://truong.edu.vn/ctcl")).toBe("https://truong.edu.vn/ctcl/");
    expect(checkPublicUrl(" https://Truong.edu.vn/ ")).toBe("https://truong.edu.vn/");
    expect(checkPublicUrl("https://truong.edu.vn:8443/a/b/")).toBe("https://truong.edu.vn:8443/a/b/");
  });

  it("refuses an address that is not https with one clear sentence", () => {
    expect(() => checkPublicUrl("http://truong.edu.vn/ctcl/")).toThrow(/PUBLIC_URL phải bắt đầu bằng https:\/\/ .*Office loads add-ins over HTTPS only/);
    expect(() => checkPublicUrl("truong.edu.vn/ctcl")).toThrow(/không phải một địa chỉ web đầy đủ/);
    expect(() => checkPublicUrl("https://truong.edu.vn/ctcl/?a=1")).toThrow(/không có "\?", "#"/);
  });

  it("points every URL at the address, the AppDomain at its origin, the version at package.json", () => {
    const out = manifestForPublicUrl(xml, BASE, version);
    const urls = manifestUrls(out);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect([u, u.startsWith(BASE) || u === "https://so-gd.example.edu.vn"]).toEqual([u, true]);
    expect(out).toContain("<AppDomain>https://so-gd.example.edu.vn</AppDomain>");
    expect(out).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html" />`);
    expect(out).toContain(`<bt:Url id="Commands.Url" DefaultValue="${BASE}commands.html" />`);
    expect(out).toContain(`<Version>${version.split(".").concat(["0", "0", "0"]).slice(0, 4).join(".")}</Version>`);
    expect(out).not.toMatch(/localhost|127\.0\.0\.1/);
    // Everything else is the development manifest.
    expect(out.replace(/<!--[\s\S]*?-->/, "").split(BASE).join("https://localhost:3000/").replace(/<AppDomain>[^<]*<\/AppDomain>/, "").replace(/<Version>[^<]*<\/Version>/, "")).toBe(
      xml.replace(/<!--[\s\S]*?-->/, "").replace(/<AppDomain>[^<]*<\/AppDomain>/, "").replace(/<Version>[^<]*<\/Version>/, ""),
    );
  });

  (haveSchemas ? it : it.skip)("the rewritten manifest passes the manifest schemas", async () => {
    const r = await checkAgainstSchemas(manifestForPublicUrl(xml, BASE, version));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it("webpack.config.js refuses a non-https PUBLIC_URL", () => {
    const config = require("../webpack.config.js") as (env: object, argv: object) => unknown;
    expect(() => config({ publicUrl: "http://truong.edu.vn/ctcl/" }, { mode: "production" })).toThrow(/https:\/\//);
  });

  it("a real build with PUBLIC_URL writes dist/manifest.xml for that address, it passes the schemas, npm run release zips it", async () => {
    // The project's webpack config with a one-line entry: the copy step is the one `npm run build` runs.
    const tmp = fs.mkdtempSync(path.join(require("os").tmpdir(), "ctcl-public-url-"));
    try {
      const entry = path.join(tmp, "entry.js");
      fs.writeFileSync(entry, "document.title = 'x';\n");
      const config = require("../webpack.config.js")({ outDir: path.join(tmp, "dist"), noSourceMaps: true, publicUrl: "https://truong.edu.vn/ctcl" }, { mode: "production" });
      config.entry = { taskpane: entry, commands: entry };
      const webpack = require("webpack");
      await new Promise<void>((resolve, reject) =>
        webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) =>
          err ? reject(err) : stats.hasErrors() ? reject(new Error(stats.toString({ all: false, errors: true }))) : resolve(),
        ),
      );
      const dist = path.join(tmp, "dist");
      const built = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
      expect(built).toBe(manifestForPublicUrl(xml, "https://truong.edu.vn/ctcl/", version));
      for (const f of ["taskpane.html", "commands.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "examples/ke-hoach-mau.xlsx"]) {
        expect([f, fs.existsSync(path.join(dist, f))]).toEqual([f, true]);
      }
      // Every URL of the manifest names a file of the built folder.
      for (const u of manifestUrls(built).filter((x) => x.startsWith("https://truong.edu.vn/ctcl/"))) {
        const rel = u.slice("https://truong.edu.vn/ctcl/".length);
        expect([rel, fs.existsSync(path.join(dist, rel))]).toEqual([rel, true]);
      }
      if (haveSchemas) {
        const r = await checkAgainstSchemas(built);
        expect(r.errors).toEqual([]);
      }

      // npm run release zips that folder: one folder ctcl-<version>/ with the page, the manifest and a README.
      const { zipRelease } = require("../scripts/release.js") as {
        zipRelease(o: { dist: string; outDir: string; version: string }): { out: string; publicUrl: string; entries: string[] };
      };
      fs.writeFileSync(path.join(dist, "taskpane.js.map"), "{}");
      const rel = zipRelease({ dist, outDir: path.join(tmp, "release"), version });
      expect(path.basename(rel.out)).toBe(`ctcl-${version}.zip`);
      expect(rel.publicUrl).toBe("https://truong.edu.vn/ctcl/");
      const zip = new (require("pizzip"))(fs.readFileSync(rel.out));
      const names = Object.keys(zip.files).filter((k) => !zip.files[k].dir);
      expect(names.every((n) => n.startsWith(`ctcl-${version}/`))).toBe(true);
      for (const f of ["README.txt", "manifest.xml", "taskpane.html", "commands.html", "assets/icon-32.png", "examples/ke-hoach-mau.xlsx"]) expect(names).toContain(`ctcl-${version}/${f}`);
      expect(names.filter((n) => n.endsWith(".map"))).toEqual([]);
      expect(zip.file(`ctcl-${version}/manifest.xml`).asText()).toBe(built);
      expect(zip.file(`ctcl-${version}/README.txt`).asText()).toContain("https://truong.edu.vn/ctcl/taskpane.html");
      // The development build is refused.
      fs.writeFileSync(path.join(dist, "manifest.xml"), xml);
      expect(() => zipRelease({ dist, outDir: path.join(tmp, "release"), version })).toThrow(/bản dựng phát triển .*https:\/\/localhost:3000/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
