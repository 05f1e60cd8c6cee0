import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-GZQBFNJZ.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-S3BWFEZL.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-ZBMBAGWQ.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-ZNJ6J4L3.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-P6UREDL6.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
