// src/model/milliseconds-per-day.ts
var millisecondsPerDay = 864e5;

// src/formats/parse-date.ts
var datetimeShape = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function utcDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468) * millisecondsPerDay;
}
function parseIsoDate(text) {
  const date = text.trim();
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) {
    return void 0;
  }
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  return year < 0 || month < 0 || day < 0 ? void 0 : utcDay(year, month, day);
}
var DASH = 45;
function digitsAt(text, start, end) {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
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

export {
  parseIsoDate,
  parseIsoDatetime
};
