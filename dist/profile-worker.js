import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-4FJY7ZUE.js";
import "./chunks/chunk-URXHRD7J.js";
import "./chunks/chunk-O4NJ65TJ.js";
