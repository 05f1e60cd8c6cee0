import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-KG6GZXL5.js";
import "./chunk-FAM5V7BU.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-MDGUL3FF.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-52THWWCX.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-QGWAPX4D.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-Q4AOVQBT.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-EFHPTHKG.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-ZZY6U6GD.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-7STWLD3G.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
