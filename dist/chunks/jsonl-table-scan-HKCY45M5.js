import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-CFOX4ZFE.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-6Q2F4U7W.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-RWNJMTLE.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-5PXGZWOE.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-4EVPQRIK.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
