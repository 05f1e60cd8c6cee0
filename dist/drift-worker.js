import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-HMGSYLBY.js";
import "./chunks/chunk-6VPC6LXW.js";
import "./chunks/chunk-Y2GKHFQL.js";
import "./chunks/chunk-KGGKGA7H.js";
import "./chunks/chunk-ZVHFNZAM.js";
