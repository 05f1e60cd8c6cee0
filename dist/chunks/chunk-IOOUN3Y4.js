import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/model/milliseconds-per-day.ts
var millisecondsPerDay = 864e5;

export {
  millisecondsPerDay
};
