import {
  sqlConnectionPool
} from "./chunk-VHHYGQ3Z.js";
import "./chunk-SEWDMQ6Q.js";
export {
  sqlConnectionPool
};
