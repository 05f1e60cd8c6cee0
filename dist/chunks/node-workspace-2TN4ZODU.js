import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-ATEMPMXJ.js";
import "./chunk-YRX6JXBT.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-XPLXFU2I.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-52THWWCX.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-PELGZPAA.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-G3LRSUED.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-CCJ4MB46.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-5EQKRS3M.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-CK5C2TWQ.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
