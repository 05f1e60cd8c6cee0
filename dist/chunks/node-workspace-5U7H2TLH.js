import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-H6TOBKYT.js";
import "./chunk-HZBP6ABJ.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-B4LCCLTO.js";
import "./chunk-TRL5ZHBD.js";
import "./chunk-I7XHYZXD.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-ILVDLROB.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-NPZJ2QQK.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-66RGV3IT.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-L7ZMCTKS.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-N4MPHAPX.js";
import "./chunk-7TG4ETRF.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
