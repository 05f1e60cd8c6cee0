import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  scanJsonl
} from "./chunk-NB6UL7ZC.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-CV4U3MO6.js";
import "./chunk-G6WJ4WJF.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-IDGXL3JY.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-F57TUQYS.js";
import "./chunk-NF2UJJ6K.js";
import "./chunk-IVUE6XYD.js";
import "./chunk-VJ4UBBLQ.js";
export {
  scanJsonl
};
