import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-AVP2VHWE.js";
import "./chunk-PD7VX5R4.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-4G7WHBB4.js";
import "./chunk-TRL5ZHBD.js";
import "./chunk-I7XHYZXD.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-TU3LPM7H.js";
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
  WorkspacePathError,
  nodeWorkspace
};
