import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-6JUFJHE3.js";
import "./chunk-2U3TSY4V.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-BZNTL7DC.js";
import "./chunk-QE3BR34K.js";
import "./chunk-YIKE4F7F.js";
import "./chunk-HJG6SIFO.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-WBSIQEII.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-H4QQWVY4.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-QD65YZD4.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-5UN7SZHZ.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-TMOWSID7.js";
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
