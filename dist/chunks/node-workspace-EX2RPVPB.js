import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-NXX4J3PC.js";
import "./chunk-FFJLQOAY.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-76OOZICJ.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-52THWWCX.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-UOUZD3CH.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-7OHHESOJ.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-GVM7CU73.js";
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
