import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  fieldTypes,
  parseTableSchema
} from "./chunk-RACNOAO7.js";
import "./chunk-QXFRUE2I.js";
import "./chunk-7EKKCAPH.js";
import "./chunk-OQQAZLCU.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-BC3EDHOV.js";
import "./chunk-VJ4UBBLQ.js";
export {
  fieldTypes,
  parseTableSchema
};
