import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-Q3JB72IO.js";
import "./chunk-BM5ZXUTL.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-BZNTL7DC.js";
import "./chunk-QE3BR34K.js";
import "./chunk-YFAWWVN6.js";
import "./chunk-U5ND5ZE7.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-JTM3P6ON.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-H4QQWVY4.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-EMSPM5SN.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-RFUYZVDC.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-TMOWSID7.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-JJK6CC36.js";
import "./chunk-TCMEBT2Z.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
