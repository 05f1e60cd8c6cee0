import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-TU3LPM7H.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-KBONPXW2.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-SQWMV4SN.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-FIYTAMVE.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-THYDJ7SB.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
