import {
  minEntriesSent,
  numericPairFigures,
  pairsToSend
} from "./chunk-ZK5KUNLB.js";
import "./chunk-EHQ5V2IV.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  minEntriesSent,
  numericPairFigures,
  pairsToSend
};
