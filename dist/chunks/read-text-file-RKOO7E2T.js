import {
  readTextFile
} from "./chunk-BR4PFNCW.js";
import "./chunk-BZNTL7DC.js";
import "./chunk-SEWDMQ6Q.js";
export {
  readTextFile
};
