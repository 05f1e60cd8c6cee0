import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-IQOHJAV7.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-ZBKCSJ4K.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-7TPASOXS.js";
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
