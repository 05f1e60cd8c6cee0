import {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
} from "./chunk-7B2YDLXT.js";
import "./chunk-6GNFB3I7.js";
import "./chunk-TRL5ZHBD.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-FZGAOEBM.js";
import "./chunk-SEWDMQ6Q.js";
export {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
};
