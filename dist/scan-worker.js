import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-KLZ2NLUH.js";
import "./chunks/chunk-R7SE6HCI.js";
