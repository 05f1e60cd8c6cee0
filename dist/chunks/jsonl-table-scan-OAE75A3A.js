import {
  jsonlScanParts,
  scanJsonl
} from "./chunk-TC4H6TIT.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-R3WCVRGJ.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-5IJB4P7D.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-TCMEBT2Z.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  jsonlScanParts,
  scanJsonl
};
