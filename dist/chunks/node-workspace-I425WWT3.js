import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-BG4RDTCA.js";
import "./chunk-EMNHPFGC.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-WRWTNCJW.js";
import "./chunk-TRL5ZHBD.js";
import "./chunk-I7XHYZXD.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-CFOX4ZFE.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-6Q2F4U7W.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-RWNJMTLE.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-5PXGZWOE.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-4EVPQRIK.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
