import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-ENZSGGD7.js";
import "./chunk-UG3SIJPC.js";
import "./chunk-YBYDCJPA.js";
import "./chunk-IXLLVRF3.js";
import "./chunk-CMWIPLAS.js";
import "./chunk-UVRVKF3W.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-L2YFNIW6.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-GOHHBSRE.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-F57TUQYS.js";
import "./chunk-7IC3EBKK.js";
import "./chunk-S5VYWJGO.js";
import "./chunk-VJ4UBBLQ.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
