import {
  parseProfileJson,
  profileJsonSchema
} from "./chunk-75DU3LE7.js";
import "./chunk-2WDMWBST.js";
import "./chunk-YBMT343X.js";
import "./chunk-RDHU7DSY.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-Q6EFSIK3.js";
import "./chunk-SEWDMQ6Q.js";
export {
  parseProfileJson,
  profileJsonSchema
};
