import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-R3MMHHWV.js";
import "./chunk-I6DZQ7R7.js";
import "./chunk-YBYDCJPA.js";
import "./chunk-A2GYWHPM.js";
import "./chunk-CMWIPLAS.js";
import "./chunk-XHHGHL65.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-YY3UW2CM.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-D3MXKP6D.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-F57TUQYS.js";
import "./chunk-5JLXOUAJ.js";
import "./chunk-JUTCAVOT.js";
import "./chunk-VJ4UBBLQ.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
