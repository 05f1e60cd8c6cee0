const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-LWNV6TZL.js";
import "./chunk-KU6AZDCK.js";
import "./chunk-T7ZRWJKP.js";
import "./chunk-OS27MXHO.js";
import "./chunk-UVQHXZ4V.js";
import "./chunk-MLHKBNS7.js";
import "./chunk-A4QVBLL3.js";
import "./chunk-D7UV4PYW.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-5MHFUN37.js";
import "./chunk-FMCI64WJ.js";
import "./chunk-46GVS2KX.js";
import "./chunk-VJILS3EF.js";
export {
  jsonlScanParts,
  scanJsonl
};
