const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-W27TFICB.js";
import "./chunk-KU6AZDCK.js";
import "./chunk-DYRBEJOY.js";
import "./chunk-OS27MXHO.js";
import "./chunk-UVQHXZ4V.js";
import "./chunk-MLHKBNS7.js";
import "./chunk-L64TU7AB.js";
import "./chunk-D7UV4PYW.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-5MHFUN37.js";
import "./chunk-IMYO3NHQ.js";
import "./chunk-NOYB4UVF.js";
import "./chunk-VJILS3EF.js";
export {
  jsonlScanParts,
  scanJsonl
};
