// src/model/format-number.ts
var superscripts = {
  "-": "\u207B",
  "+": "",
  "0": "\u2070",
  "1": "\xB9",
  "2": "\xB2",
  "3": "\xB3",
  "4": "\u2074",
  "5": "\u2075",
  "6": "\u2076",
  "7": "\u2077",
  "8": "\u2078",
  "9": "\u2079"
};
function formatNumber(value, digits = 4) {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : "\u2212\u221E";
  return unbreakable(String(roundForDisplay(value, digits)));
}
function roundForDisplay(value, digits) {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Math.abs(value) >= 1e3 ? Number(value.toFixed(Math.max(1, digits - 3))) : Number(value.toPrecision(digits));
}
function unbreakable(text) {
  const [mantissa = text, exponent] = text.split("e");
  if (exponent === void 0) return text;
  const power = [...exponent].map((character) => superscripts[character] ?? character).join("");
  return `${mantissa}\xD710${power}`;
}

// src/model/bound.ts
var symbols = {
  "<": "<",
  "<=": "\u2264",
  ">": ">",
  ">=": "\u2265",
  "==": "=",
  "!=": "\u2260"
};
var negations = {
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<",
  "==": "!=",
  "!=": "=="
};
function comparatorSymbol(comparator) {
  return symbols[comparator] ?? comparator;
}
function negateComparator(comparator) {
  return negations[comparator] ?? comparator;
}
function meetsBound(value, bound) {
  const { comparator, limit } = bound;
  if (comparator === "==") return value === limit;
  if (comparator === "!=") return value !== limit;
  if (typeof value !== "number" || typeof limit !== "number" || Number.isNaN(value)) return false;
  switch (comparator) {
    case "<":
      return value < limit;
    case "<=":
      return value <= limit;
    case ">":
      return value > limit;
    default:
      return value >= limit;
  }
}
function formatBeside(value, limit) {
  for (let digits = 4; digits < 17; digits++) {
    const shown = [formatNumber(value, digits), formatNumber(limit, digits)];
    const order = Math.sign(roundForDisplay(value, digits) - roundForDisplay(limit, digits));
    if (order === Math.sign(value - limit)) return [shown[0], shown[1]];
  }
  return [formatNumber(value, 17), formatNumber(limit, 17)];
}
function percentsBeside(share, budget) {
  const [shown, limit] = formatBeside(share * 100, budget * 100);
  return [`${shown} %`, `${limit} %`];
}

export {
  formatNumber,
  comparatorSymbol,
  negateComparator,
  meetsBound,
  formatBeside,
  percentsBeside
};
