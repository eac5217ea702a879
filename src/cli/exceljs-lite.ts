/**
 * Loaded first by the command line (a side effect, before anything imports
 * exceljs): exceljs's Node entry point also loads its streaming reader and
 * writer (unzipper, archiver and their dependencies), which the CLI never uses
 * (it reads a whole workbook with `new Workbook().xlsx.load`). They are about a
 * third of the start-up of `ctcl check` on a small plan. This puts in Node's
 * module cache, under exceljs's own entry, the same object exceljs exports:
 * `Workbook` and the enums loaded now, `ModelContainer` and `stream` loaded the
 * first time something asks for them. Under a loader without Node's module
 * cache (jest) it does nothing and exceljs loads as published.
 */
import Module from "module";

function install(): void {
  let entry: string;
  try {
    entry = require.resolve("exceljs");
  } catch {
    return;
  }
  const cache = require.cache as Record<string, NodeJS.Module | undefined> | undefined;
  if (!cache || cache[entry] || typeof Module !== "function") return;
  const dir = entry.slice(0, entry.length - "excel.js".length);
  if (!entry.endsWith("excel.js")) return; // not the exceljs 4.x layout: leave it alone
  let exported: Record<string, unknown>;
  try {
    exported = { Workbook: require(`${dir}lib/doc/workbook`) };
    Object.assign(exported, require(`${dir}lib/doc/enums`));
  } catch {
    return;
  }
  let stream: unknown;
  let modelContainer: unknown;
  Object.defineProperty(exported, "ModelContainer", {
    enumerable: true,
    get: () => (modelContainer ??= require(`${dir}lib/doc/modelcontainer`)),
  });
  Object.defineProperty(exported, "stream", {
    enumerable: true,
    get: () =>
      (stream ??= {
        xlsx: {
          WorkbookWriter: require(`${dir}lib/stream/xlsx/workbook-writer`),
          WorkbookReader: require(`${dir}lib/stream/xlsx/workbook-reader`),
        },
      }),
  });
  const m = new Module(entry);
  m.filename = entry;
  m.loaded = true;
  m.exports = exported;
  cache[entry] = m;
}

install();
