import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-6HCJX6VC.js";
import "./chunks/chunk-JTGVBV5V.js";
import "./chunks/chunk-5ZO53P2S.js";
import "./chunks/chunk-Y2GKHFQL.js";
import "./chunks/chunk-KGGKGA7H.js";
import "./chunks/chunk-ZVHFNZAM.js";
