import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  fieldTypes,
  parseTableSchema
} from "./chunk-6FHFPVDZ.js";
import "./chunk-QXFRUE2I.js";
import "./chunk-O3TEJCWB.js";
import "./chunk-BC3EDHOV.js";
import "./chunk-OQQAZLCU.js";
import "./chunk-VEYVI6ZN.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-VJ4UBBLQ.js";
export {
  fieldTypes,
  parseTableSchema
};
