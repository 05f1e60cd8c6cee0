import {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
} from "./chunk-OKRR3VHL.js";
import "./chunk-SAVRW3FU.js";
import "./chunk-EHQ5V2IV.js";
import "./chunk-7PYYCFWM.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-JJK6CC36.js";
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
