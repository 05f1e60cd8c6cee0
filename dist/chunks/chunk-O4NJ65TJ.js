import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/io/worker-entry-url.ts
import { existsSync } from "node:fs";
function workerEntryUrl(callerUrl, sourceModule, bundleName) {
  const here = new URL(callerUrl);
  if (here.pathname.endsWith(".ts")) return new URL(sourceModule, here);
  for (const candidate of [`./${bundleName}.js`, `../${bundleName}.js`]) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return url;
  }
  throw new Error(
    `the worker entry ${bundleName}.js is missing next to ${here.pathname}; rebuild dist/ with npm run bundle`
  );
}

// src/profile/sort-numbers.ts
var signBit = 2147483648;
function sortNumbersInPlace(out) {
  const n = out.length;
  if (n < 256) return out.sort();
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1];
    const l = words[2 * i];
    if (h & signBit) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | signBit) >>> 0;
      lo[i] = l;
    }
  }
  let hiNext = new Uint32Array(n);
  let loNext = new Uint32Array(n);
  const offsets = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    offsets.fill(0);
    for (let i = 0; i < n; i++) offsets[source[i] >>> shift & 65535]++;
    if (offsets[source[0] >>> shift & 65535] === n) continue;
    let total = 0;
    for (let d = 0; d < 65536; d++) {
      const count = offsets[d];
      offsets[d] = total;
      total += count;
    }
    for (let i = 0; i < n; i++) {
      const at = offsets[source[i] >>> shift & 65535]++;
      hiNext[at] = hi[i];
      loNext[at] = lo[i];
    }
    [hi, hiNext] = [hiNext, hi];
    [lo, loNext] = [loNext, lo];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i];
    if (h & signBit) {
      words[2 * i + 1] = (h & ~signBit) >>> 0;
      words[2 * i] = lo[i];
    } else {
      words[2 * i + 1] = ~h >>> 0;
      words[2 * i] = ~lo[i] >>> 0;
    }
  }
  return out;
}

// src/data/table-scan.ts
var CELL_PRESENT = 0;
var CELL_MISSING = 1;
var CELL_BAD = 2;

// src/data/parse-date.ts
var dateShape = /^(\d{4})-(\d{2})-(\d{2})$/;
var datetimeShape = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function utcDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}
function parseIsoDate(text) {
  const match = dateShape.exec(text.trim());
  if (!match) return void 0;
  return utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
}
function parseIsoDatetime(text) {
  const match = datetimeShape.exec(text.trim());
  if (!match) return void 0;
  const day = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? 0);
  if (day === void 0 || hour > 23 || minute > 59 || second > 59) return void 0;
  const fraction = match[7] === void 0 ? 0 : Number(`0.${match[7]}`) * 1e3;
  let offsetMinutes = 0;
  const zone = match[8];
  if (zone !== void 0 && zone !== "Z") {
    const digits = zone.replace(":", "");
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 23 || minutes > 59) return void 0;
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
  }
  return day + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1e3 + fraction;
}

// src/data/parse-number.ts
var decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var specials = {
  nan: Number.NaN,
  "+nan": Number.NaN,
  "-nan": Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  "+inf": Number.POSITIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  "+infinity": Number.POSITIVE_INFINITY,
  "-inf": Number.NEGATIVE_INFINITY,
  "-infinity": Number.NEGATIVE_INFINITY
};
function parseNumberCell(cell) {
  if (cell === null) return null;
  if (typeof cell === "number") return cell;
  if (typeof cell === "boolean") return void 0;
  const text = cell.trim();
  if (decimal.test(text)) return Number(text);
  return specials[text.toLowerCase()];
}
var integer = /^[+-]?\d+$/;
function parseIntegerCell(cell) {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isInteger(cell) ? cell : void 0;
  if (typeof cell === "boolean") return void 0;
  const text = cell.trim();
  return integer.test(text) ? Number(text) : void 0;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  sortNumbersInPlace,
  CELL_PRESENT,
  CELL_MISSING,
  CELL_BAD,
  parseIsoDate,
  parseIsoDatetime,
  parseNumberCell,
  parseIntegerCell,
  workerEntryUrl
};
