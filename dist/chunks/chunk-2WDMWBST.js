// src/profile/profile-types.ts
var profileFormat = "mlgate-profile";
var profileVersion = 1;

export {
  profileFormat,
  profileVersion
};
