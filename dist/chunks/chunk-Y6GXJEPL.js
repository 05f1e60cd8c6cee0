// src/table-schema/boolean-values.ts
var defaultTrueValues = ["true", "True", "TRUE", "1"];
var defaultFalseValues = ["false", "False", "FALSE", "0"];

export {
  defaultTrueValues,
  defaultFalseValues
};
