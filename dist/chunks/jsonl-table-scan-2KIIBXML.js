import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-GRGWUAQC.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-52Z3VBDW.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-AB24KIFF.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-JJK6CC36.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
