import {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
} from "./chunk-BDVEG53J.js";
import "./chunk-EHQ5V2IV.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-NRAMNHUS.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-LIYTTJ6X.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
};
