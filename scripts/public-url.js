/* global module, require, process, console, URL */
/**
 * The production address of the add-in (PUBLIC_URL, the yo-office "urlProd"
 * idea): `PUBLIC_URL=https://host/path/ npm run build` writes dist/ for that
 * address, with a dist/manifest.xml whose every URL points there.
 *
 *   checkPublicUrl(text)          -> "https://host/path/" (normalised, ends with "/"),
 *                                    or throws an Error with one clear sentence
 *   manifestForPublicUrl(xml, url, version?) -> the manifest rewritten for url
 *
 * Pure functions (no file access): webpack.config.js, scripts/release.js and
 * test/manifest.test.ts use them.
 */

/** The address the development manifest points at (npm start). */
const DEV_URL = "https://localhost:3000/";

/** Normalises and checks a PUBLIC_URL: https, a host, no query or fragment; always ends with "/". */
function checkPublicUrl(text) {
  const raw = String(text ?? "").trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `PUBLIC_URL "${raw}" không phải một địa chỉ web đầy đủ (ví dụ https://truong.edu.vn/ctcl/). ` +
        `(PUBLIC_URL "${raw}" is not a full web address, e.g. https://school.edu.vn/ctcl/.)`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `PUBLIC_URL phải bắt đầu bằng https:// vì Office chỉ nạp phần bổ trợ qua HTTPS (nhận được "${raw}"). ` +
        `(PUBLIC_URL must start with https://: Office loads add-ins over HTTPS only; got "${raw}".)`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `PUBLIC_URL chỉ gồm địa chỉ thư mục, không có "?", "#" hay tên đăng nhập (nhận được "${raw}"). ` +
        `(PUBLIC_URL is a folder address without "?", "#" or credentials; got "${raw}".)`,
    );
  }
  let href = url.origin + url.pathname;
  if (!href.endsWith("/")) href += "/";
  return href;
}

/** "0.1.0" -> "0.1.0.0" (the manifest's four-part version). */
function manifestVersion(version) {
  const parts = String(version).split(/[.+-]/).slice(0, 4).map((p) => String(Number.parseInt(p, 10) || 0));
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/**
 * The development manifest rewritten for the address `publicUrl`: every
 * https://localhost:3000/… URL becomes publicUrl + …, the AppDomain becomes
 * the address's origin, and (when given) <Version> becomes the package version.
 * Throws when a localhost URL would remain.
 */
function manifestForPublicUrl(xml, publicUrl, version) {
  const base = checkPublicUrl(publicUrl);
  const origin = new URL(base).origin;
  let out = xml
    .split(DEV_URL)
    .join(base)
    .replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/\n\s*The URLs point at the dev server[\s\S]*?\(docs\/trien-khai\.md\)\./, `\n  Built for ${base} (PUBLIC_URL=${base} npm run build).`);
  if (version) out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  const left = out.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/);
  if (left) throw new Error(`manifest.xml still points at ${left[0]} after the rewrite for ${base}.`);
  return out;
}

/** Every URL in a manifest's attributes and elements (for checks). */
function manifestUrls(xml) {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  return [...body.matchAll(/(?:DefaultValue="|Value="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
}

module.exports = { DEV_URL, checkPublicUrl, manifestForPublicUrl, manifestVersion, manifestUrls };

// `node scripts/public-url.js --check`: run by `npm run build` before webpack, so
// a wrong PUBLIC_URL stops the build with one sentence (no stack trace).
if (require.main === module && process.argv.includes("--check")) {
  const value = process.env.PUBLIC_URL;
  if (value) {
    try {
      console.log(`Bản dựng cho địa chỉ ${checkPublicUrl(value)} (Build for ${checkPublicUrl(value)})`);
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
  }
}
