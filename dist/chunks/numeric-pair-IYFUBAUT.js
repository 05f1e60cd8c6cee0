import {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
} from "./chunk-QV7AQAYX.js";
import "./chunk-EHQ5V2IV.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-P6UREDL6.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
};
