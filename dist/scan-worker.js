import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-4EW73LPP.js";
import "./chunks/chunk-3CKZB5SE.js";
