import {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
} from "./chunk-KFJ5BPW4.js";
import "./chunk-EHQ5V2IV.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-CK5C2TWQ.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  entriesOf,
  minEntriesSent,
  numericPairFigures,
  pairsToSend
};
