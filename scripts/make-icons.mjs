// Draws Margin's toolbar icons (a page with a highlighted margin line) as PNGs in public/icons.
// Run once by hand when the design changes: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const ink = [31, 41, 55, 255],
  paper = [255, 255, 255, 255],
  accent = [234, 179, 8, 255],
  none = [0, 0, 0, 0];
function pixel(x, y) {
  const r = 0.16,
    inX = Math.min(x, 1 - x),
    inY = Math.min(y, 1 - y);
  if (inX < r && inY < r && Math.hypot(r - inX, r - inY) > r) return none;
  if (x > 0.2 && x < 0.3 && y > 0.18 && y < 0.82) return accent;
  const line = [0.26, 0.42, 0.58, 0.74].some((l) => y > l - 0.045 && y < l + 0.045);
  if (line && x > 0.38 && x < (y > 0.7 ? 0.62 : 0.8)) return paper;
  return ink;
}
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/margin-${size}.png`, png(size, pixel));
