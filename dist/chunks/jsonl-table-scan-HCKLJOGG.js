import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  scanJsonl
} from "./chunk-YI4EQVIS.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-OLEW6Y6R.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-2JPYJOMB.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-F57TUQYS.js";
import "./chunk-SMV2W2S6.js";
import "./chunk-IVUE6XYD.js";
import "./chunk-VJ4UBBLQ.js";
export {
  scanJsonl
};
