import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/engine/values.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function asObject(v) {
  return isObject(v) ? v : {};
}
function asArray(v) {
  return Array.isArray(v) ? v : [];
}
function getIn(root, path) {
  let node = root;
  for (const seg of path) {
    if (typeof seg === "number") {
      if (!Array.isArray(node)) return void 0;
      node = node[seg];
    } else {
      if (!isObject(node)) return void 0;
      node = Object.prototype.hasOwnProperty.call(node, seg) ? node[seg] : void 0;
    }
  }
  return node;
}
function stringMap(v) {
  const out = {};
  for (const [k, val] of Object.entries(asObject(v))) if (typeof val === "string") out[k] = val;
  return out;
}
function objectItems(v) {
  const out = [];
  if (!Array.isArray(v)) return out;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (isObject(item)) out.push([i, item]);
  }
  return out;
}

export {
  isObject,
  asObject,
  asArray,
  getIn,
  stringMap,
  objectItems
};
