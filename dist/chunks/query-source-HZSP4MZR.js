import {
  querySource,
  remoteDataFile
} from "./chunk-7QPZUO7W.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-RDHU7DSY.js";
import "./chunk-SEWDMQ6Q.js";
export {
  querySource,
  remoteDataFile
};
