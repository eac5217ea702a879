#!/usr/bin/env node
// Placeholder until the benchmark issue lands: says so plainly.
console.log("npm run bench: chưa có bộ đo hiệu năng (benchmark) — sẽ được bổ sung. (Benchmarks not written yet.)");
