// Draws the PWA icons (a white speech bubble on the widget's blue) into public/icons/: no image tools needed.
// Run `npm run icons -w web-react` after changing the drawing; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const BLUE = [0x1d, 0x4e, 0xd8];
const WHITE = [0xff, 0xff, 0xff];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Unit coordinates: [r, g, b, a] of the icon at (u, v). `inset` scales the bubble into the maskable safe zone. */
function shade(u, v, { rounded, inset }) {
  const background = rounded ? insideRoundedRect(u, v, 0, 0, 1, 1, 0.22) : true;
  if (!background) return [0, 0, 0, 0];
  const s = (t) => 0.5 + (t - 0.5) * inset;
  const bubble =
    insideRoundedRect(u, v, s(0.2), s(0.24), s(0.8), s(0.66), 0.09 * inset) ||
    insideTriangle(u, v, [s(0.3), s(0.6)], [s(0.46), s(0.6)], [s(0.27), s(0.8)]);
  return bubble ? [...WHITE, 255] : [...BLUE, 255];
}

function render(size, options) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size, options);
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
          sum[3] += c[3];
        }
      }
      const n = samples * samples;
      const alpha = sum[3] / n;
      for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = alpha ? Math.round(sum[i] / sum[3]) : 0;
      row[1 + x * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="22" fill="#1d4ed8"/>
<path fill="#fff" d="M29 24h42a9 9 0 0 1 9 9v24a9 9 0 0 1-9 9H46L27 80l3-14h-1a9 9 0 0 1-9-9V33a9 9 0 0 1 9-9z"/>
</svg>
`;

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon-192.png'), render(192, { rounded: true, inset: 1 }));
writeFileSync(join(out, 'icon-512.png'), render(512, { rounded: true, inset: 1 }));
writeFileSync(join(out, 'maskable-512.png'), render(512, { rounded: false, inset: 0.8 }));
writeFileSync(join(out, 'apple-touch-icon.png'), render(180, { rounded: false, inset: 1 }));
writeFileSync(join(out, 'favicon.svg'), favicon);
console.log(`icons written to ${out}`);
