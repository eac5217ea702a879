/* global module */
// office-addin-mock pulls strip-bom (ESM only) through office-addin-manifest; jest needs CommonJS.
module.exports = (s) => (typeof s === "string" && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
