import {
  fieldTypes,
  parseTableSchema
} from "./chunk-QNBVGKAV.js";
import "./chunk-Y6GXJEPL.js";
import "./chunk-R3VY2ZGX.js";
import "./chunk-JJK6CC36.js";
import "./chunk-YBMT343X.js";
import "./chunk-RDHU7DSY.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-Q6EFSIK3.js";
import "./chunk-SEWDMQ6Q.js";
export {
  fieldTypes,
  parseTableSchema
};
