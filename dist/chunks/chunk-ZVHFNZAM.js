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

// src/data/table-scan.ts
var CELL_PRESENT = 0;
var CELL_MISSING = 1;
var CELL_BAD = 2;

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
  CELL_PRESENT,
  CELL_MISSING,
  CELL_BAD,
  parseNumberCell,
  parseIntegerCell,
  workerEntryUrl
};
