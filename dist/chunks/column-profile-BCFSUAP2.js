import {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
} from "./chunk-BPLKMNA7.js";
import "./chunk-SAVRW3FU.js";
import "./chunk-EHQ5V2IV.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-VHE7I2V7.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-SEWDMQ6Q.js";
export {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
};
