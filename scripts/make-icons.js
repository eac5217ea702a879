#!/usr/bin/env node
/* global require, Buffer, __dirname, console */
/**
 * Writes the add-in's icons (assets/icon-16/32/64/80.png, logo-filled.png):
 * a green rounded square (Excel green) with a white check mark, antialiased.
 * Plain Node (zlib): run `node scripts/make-icons.js` after changing the mark.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];

/** CRC-32 of PNG chunks. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [
  [0.24, 0.53],
  [0.42, 0.71],
  [0.77, 0.32],
];

function render(size) {
  const out = Buffer.alloc(size * size * 4);
  const ss = 4; // supersampling per axis
  const half = size <= 16 ? 0.065 : 0.055; // the stroke, a little bolder when tiny
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size;
          const v = (y + (sy + 0.5) / ss) / size;
          if (!inRoundedSquare(u, v, 0.2)) continue;
          cover++;
          const d = Math.min(
            distToSegment(u, v, ...CHECK[0], ...CHECK[1]),
            distToSegment(u, v, ...CHECK[1], ...CHECK[2]),
          );
          if (d <= half) white++;
        }
      }
      const n = ss * ss;
      const i = (y * size + x) * 4;
      const w = cover ? white / cover : 0;
      for (let k = 0; k < 3; k++) out[i + k] = Math.round(GREEN[k] * (1 - w) + WHITE[k] * w);
      out[i + 3] = Math.round((255 * cover) / n);
    }
  }
  return png(size, out);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const [name, size] of [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["logo-filled.png", 128],
]) {
  fs.writeFileSync(path.join(dir, name), render(size));
  console.log(`assets/${name} (${size}×${size})`);
}
