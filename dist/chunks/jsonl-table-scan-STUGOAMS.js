import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-EMSPM5SN.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-RFUYZVDC.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-TMOWSID7.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-JJK6CC36.js";
import "./chunk-TCMEBT2Z.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
