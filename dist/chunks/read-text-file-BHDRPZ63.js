import {
  readTextFile
} from "./chunk-YZX2T3EG.js";
import "./chunk-SEWDMQ6Q.js";
export {
  readTextFile
};
