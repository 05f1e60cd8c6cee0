import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-3B5ZDKKP.js";
import "./chunk-VHA2KUMF.js";
import "./chunk-YBYDCJPA.js";
import "./chunk-VFA5DHGR.js";
import "./chunk-ZPCI3C54.js";
import "./chunk-UOZTFKJV.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-IMZRNTFN.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-EFGD56NA.js";
import "./chunk-F57TUQYS.js";
import "./chunk-LL4ZQ3Q2.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-6JAAWP4U.js";
import "./chunk-VJ4UBBLQ.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
