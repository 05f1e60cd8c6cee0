import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-ZPSB5Q5O.js";
import "./chunk-FT5TDKTO.js";
import "./chunk-VHHYGQ3Z.js";
import "./chunk-PJOWSIXG.js";
import "./chunk-MBDJJ4N5.js";
import "./chunk-I2W7VIID.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-A57ABQ66.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-OCARIMWJ.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-YRTYDOEZ.js";
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
