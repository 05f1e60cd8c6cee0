// src/formats/parse-number.ts
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
  parseNumberCell,
  parseIntegerCell
};
