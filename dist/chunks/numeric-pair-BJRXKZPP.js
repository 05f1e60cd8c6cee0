import {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
} from "./chunk-DSMUVTTQ.js";
import "./chunk-EHQ5V2IV.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-7STWLD3G.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
};
