import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-WPOLWPRX.js";
import "./chunk-ZJQXUPSL.js";
import "./chunk-YBYDCJPA.js";
import "./chunk-UOGAG26Q.js";
import "./chunk-CMWIPLAS.js";
import "./chunk-XOW3JYZF.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-MYTVPWLP.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-FE6WPDIO.js";
import "./chunk-F57TUQYS.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-SPD5LU32.js";
import "./chunk-VXDEAKDI.js";
import "./chunk-VJ4UBBLQ.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
