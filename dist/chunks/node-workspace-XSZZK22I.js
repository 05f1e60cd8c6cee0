import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-LWKD7XOK.js";
import "./chunk-XFRXDPFS.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-YWQXQABA.js";
import "./chunk-MBDJJ4N5.js";
import "./chunk-I2W7VIID.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-SZGN25OJ.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-ASI4C7FJ.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-3G75JO2S.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-N4MPHAPX.js";
import "./chunk-7TG4ETRF.js";
import "./chunk-SEWDMQ6Q.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
