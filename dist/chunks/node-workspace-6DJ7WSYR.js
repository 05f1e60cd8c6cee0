import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-D6WCI6L6.js";
import "./chunk-Y37JQMZU.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-JJNXPY5T.js";
import "./chunk-TRL5ZHBD.js";
import "./chunk-I7XHYZXD.js";
import "./chunk-SVWEFOT5.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-CWF37RAQ.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-WZHQIBL6.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-S74JI4FO.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-NYAJP3EG.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-WR6U7T23.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
