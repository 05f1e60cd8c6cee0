import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-PLFIIKI6.js";
import "./chunk-PVFPZCU2.js";
import "./chunk-IDEN7Q7X.js";
import "./chunk-BZNTL7DC.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-QE3BR34K.js";
import "./chunk-TUKDUIAD.js";
import "./chunk-H4QQWVY4.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-GRGWUAQC.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-52Z3VBDW.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-AB24KIFF.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-JJK6CC36.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
