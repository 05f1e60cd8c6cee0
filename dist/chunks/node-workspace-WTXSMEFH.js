import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-CNXVLH7O.js";
import "./chunk-K3BIJQBO.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-BZNTL7DC.js";
import "./chunk-QE3BR34K.js";
import "./chunk-YIKE4F7F.js";
import "./chunk-UR2O2NHT.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-WBSIQEII.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-H4QQWVY4.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-FFBPU2N3.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-MJUJBFMP.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-EZYIY45F.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-JJK6CC36.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-TCMEBT2Z.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
