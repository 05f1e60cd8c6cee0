import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  fieldTypes,
  parseTableSchema
} from "./chunk-BHNFF35O.js";
import "./chunk-QXFRUE2I.js";
import "./chunk-MAUWGXOB.js";
import "./chunk-BC3EDHOV.js";
import "./chunk-OQQAZLCU.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-VJ4UBBLQ.js";
export {
  fieldTypes,
  parseTableSchema
};
