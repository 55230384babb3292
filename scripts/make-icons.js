#!/usr/bin/env node
/*
 * Draws the add-in icon and writes assets/icon-{16,32,64,80,128}.png.
 *
 * No image tool is needed: this file holds a tiny PNG encoder (8-bit RGBA, filter 0,
 * zlib-deflated IDAT, CRC32 per chunk) and draws the icon with 4x4 supersampling.
 * The icon: a white sheet with rounded corners, a red header bar, a teal (green-blue)
 * grid and a green check mark in the lower right.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: <repo>/assets)
 * Only `fs`, `path` and `zlib` are used. The output is deterministic.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = (function () {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeBuf = Buffer.from(type, 'ascii');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBuf, data])), 0);
  return Buffer.concat([len, typeBuf, data, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes, non-premultiplied. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- drawing

const COLORS = {
  sheet: [255, 255, 255],
  border: [16, 110, 130], // teal, green-blue
  grid: [38, 150, 150], // lighter teal
  header: [200, 30, 45], // red header bar
  check: [16, 124, 16], // Excel green
  checkHalo: [255, 255, 255],
};

function roundedRectDist(x, y, x0, y0, x1, y1, r) {
  // Signed distance to a rounded rectangle (negative inside).
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
}

function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  let t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
  t = Math.max(0, Math.min(1, t));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}

/**
 * Colour of one sample point (u, v in 0..1, v down) for an icon of `size` pixels,
 * or null when transparent. Line widths never go below about one pixel.
 */
function sample(u, v, size) {
  const px = 1 / size;
  const x0 = 0.06, y0 = 0.08, x1 = 0.94, y1 = 0.92;
  const radius = 0.1;
  const borderW = Math.max(0.055, 1.0 * px);
  const gridW = Math.max(0.03, 0.9 * px);
  const headerBottom = 0.32;

  const d = roundedRectDist(u, v, x0, y0, x1, y1, radius);
  if (d > 0) {
    return null;
  }
  let color;
  if (v < headerBottom) {
    color = COLORS.header;
  } else {
    color = COLORS.sheet;
    // Grid: 3 columns x 3 rows in the body.
    const cols = 3;
    const rows = 3;
    for (let i = 1; i < cols; i++) {
      const gx = x0 + ((x1 - x0) * i) / cols;
      if (Math.abs(u - gx) < gridW / 2) color = COLORS.grid;
    }
    for (let j = 1; j < rows; j++) {
      const gy = headerBottom + ((y1 - headerBottom) * j) / rows;
      if (Math.abs(v - gy) < gridW / 2) color = COLORS.grid;
    }
  }
  if (d > -borderW) color = COLORS.border;

  // Check mark with a white halo so it reads over the grid.
  const ax = 0.42, ay = 0.66, bx = 0.57, by = 0.8, cx = 0.86, cy = 0.44;
  const checkW = Math.max(0.1, 2 * px);
  const dc = Math.min(segDist(u, v, ax, ay, bx, by), segDist(u, v, bx, by, cx, cy));
  if (dc < checkW / 2 + Math.max(0.04, px)) color = COLORS.checkHalo;
  if (dc < checkW / 2) color = COLORS.check;
  return color;
}

function drawIcon(size) {
  const ss = 4; // supersampling per axis
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const png = encodePng(size, size, drawIcon(size));
    const file = path.join(outDir, 'icon-' + size + '.png');
    fs.writeFileSync(file, png);
    console.log('wrote ' + path.relative(process.cwd(), file) + ' (' + size + 'x' + size + ', ' + png.length + ' bytes)');
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32, drawIcon, SIZES };
