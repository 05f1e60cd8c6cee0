import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-A6ZXKU7M.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-OXXX7ROM.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-7IC3EBKK.js";
import "./chunks/chunk-S5VYWJGO.js";
import "./chunks/chunk-VJ4UBBLQ.js";
