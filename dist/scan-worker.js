import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-QUF4IECJ.js";
import "./chunks/chunk-5ZO53P2S.js";
import "./chunks/chunk-ZVHFNZAM.js";
