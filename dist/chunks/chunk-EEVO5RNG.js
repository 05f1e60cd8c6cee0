// src/model/milliseconds-per-day.ts
var millisecondsPerDay = 864e5;

export {
  millisecondsPerDay
};
