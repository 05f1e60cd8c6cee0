import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-YWI4DWCO.js";
import "./chunk-RZSF32CF.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-NZSFWOCE.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-52THWWCX.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-MFXRFLAP.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-S2BLA4OK.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-DOCZB7V5.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-VHE7I2V7.js";
import "./chunk-TCMEBT2Z.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
