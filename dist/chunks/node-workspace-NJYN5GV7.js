import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-IBUKH77V.js";
import "./chunk-YA34LUAK.js";
import "./chunk-YBYDCJPA.js";
import "./chunk-MDOUU4FO.js";
import "./chunk-CMWIPLAS.js";
import "./chunk-ONSSW7BM.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-F3LZDCOV.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-KGDI4L3W.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-F57TUQYS.js";
import "./chunk-IFIHC5VK.js";
import "./chunk-S5VYWJGO.js";
import "./chunk-VJ4UBBLQ.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
