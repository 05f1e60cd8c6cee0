import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-UOUZD3CH.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-7OHHESOJ.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-GVM7CU73.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-ZZY6U6GD.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-7STWLD3G.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
