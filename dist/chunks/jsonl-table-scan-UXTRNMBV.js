import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  scanJsonl
} from "./chunk-BKOSO2UF.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-AGY5EF3E.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-JG2JMKP2.js";
import "./chunk-F57TUQYS.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-XU2LWRJY.js";
import "./chunk-65WC4YDF.js";
import "./chunk-VJ4UBBLQ.js";
export {
  scanJsonl
};
