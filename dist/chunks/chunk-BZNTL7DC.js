// src/io/async-fs.ts
const {
  copyFile: copyFileCallback,
  cp: cpCallback,
  lstat: lstatCallback,
  mkdir: mkdirCallback,
  mkdtemp: mkdtempCallback,
  readdir: readdirCallback,
  readFile: readFileCallback,
  readlink: readlinkCallback,
  realpath: realpathCallback,
  rename: renameCallback,
  rm: rmCallback,
  stat: statCallback,
  symlink: symlinkCallback
} = process.getBuiltinModule("node:fs");
const { promisify } = process.getBuiltinModule("node:util");
var readFile = promisify(readFileCallback);
var realpath = promisify(realpathCallback.native);
var stat = promisify(statCallback);
var mkdir = promisify(mkdirCallback);
var rename = promisify(renameCallback);
var rm = promisify(rmCallback);
var copyFile = promisify(copyFileCallback);
var cp = (source, destination, options) => new Promise(
  (resolve, reject) => cpCallback(source, destination, options, (error) => error ? reject(error) : resolve())
);
var lstat = promisify(lstatCallback);
var mkdtemp = promisify(mkdtempCallback);
var readdir = promisify(readdirCallback);
var readlink = promisify(readlinkCallback);
var symlink = promisify(symlinkCallback);

export {
  readFile,
  realpath,
  stat,
  mkdir,
  rename,
  rm,
  copyFile,
  cp,
  lstat,
  mkdtemp,
  readdir,
  readlink,
  symlink
};
