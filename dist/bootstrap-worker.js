import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-SX44DXDV.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-JBRAXVFC.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-IFIHC5VK.js";
import "./chunks/chunk-S5VYWJGO.js";
import "./chunks/chunk-VJ4UBBLQ.js";
