import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-FFBPU2N3.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-MJUJBFMP.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-EZYIY45F.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-JJK6CC36.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-TCMEBT2Z.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
