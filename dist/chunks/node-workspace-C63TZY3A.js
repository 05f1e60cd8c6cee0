import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-X3CVBODZ.js";
import "./chunk-4KJPKTC6.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-IF7BME6A.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-52THWWCX.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-ZNGSYQLQ.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-NQ42J2CM.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-NEE356M7.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-TCMEBT2Z.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
