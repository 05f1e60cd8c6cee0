import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-ZYDFHH2Q.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-ZK7MCK2O.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-4LWKO4VZ.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-FIDHXOTQ.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-4EVPQRIK.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
