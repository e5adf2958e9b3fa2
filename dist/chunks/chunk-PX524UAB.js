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
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
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
function scalarStringMap(v) {
  const out = {};
  for (const [k, val] of Object.entries(asObject(v))) if (typeof val === "string" || typeof val === "boolean" || typeof val === "number" && Number.isFinite(val)) out[k] = String(val);
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
function isGoIntegerLiteral(text, signed) {
  return (signed ? /^-?[0-9]+$/ : /^[0-9]+$/).test(text);
}
function goJsonKey(obj, name) {
  if (name in obj) return name;
  const lower = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}
function goJsonField(obj, name) {
  const k = goJsonKey(obj, name);
  return k === void 0 ? void 0 : obj[k];
}
function describeValue(v) {
  if (Array.isArray(v)) return "a list";
  if (typeof v === "number") return !Number.isInteger(v) ? `the fraction ${v}` : v < 0 ? `the negative number ${v}` : `the number ${v}`;
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  if (v === null || typeof v !== "object") return `${JSON.stringify(v)}`;
  return "an object";
}
function formatPath(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(root)";
}

// src/engine/bounded-cache.ts
var BoundedCache = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  recent = /* @__PURE__ */ new Map();
  older = /* @__PURE__ */ new Map();
  /** The answer for `key`, made by `make` when neither generation has it. */
  get(key, make) {
    let value = this.recent.get(key);
    if (value !== void 0) return value;
    value = this.older.get(key);
    if (value === void 0) value = make(key);
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = /* @__PURE__ */ new Map();
    }
    this.recent.set(key, value);
    return value;
  }
  get size() {
    return this.recent.size + this.older.size;
  }
};

// src/engine/cidr.ts
var BITS = { 4: 32, 6: 128 };
function familyBits(family) {
  return BITS[family];
}
var DECIMAL = /^[0-9]+$/;
var HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
function parseIpv4Value(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return "an IPv4 address needs exactly four dot-separated numbers";
  let value = 0;
  for (const part of parts) {
    if (!DECIMAL.test(part)) return `"${part}" is not a decimal number from 0 to 255`;
    if (part.length > 1 && part.startsWith("0")) {
      return `"${part}" has a leading zero, which some tools read as octal`;
    }
    const n = Number(part);
    if (n > 255) return `${part} is larger than 255`;
    value = value * 256 + n;
  }
  return BigInt(value);
}
function parseGroups(side, allowTrailingIpv4) {
  if (side === "") return [];
  const pieces = side.split(":");
  const groups = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (allowTrailingIpv4 && i === pieces.length - 1 && piece.includes(".")) {
      const v4 = parseIpv4Value(piece);
      if (typeof v4 === "string") return `embedded IPv4 address "${piece}": ${v4}`;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else if (HEX_GROUP.test(piece)) {
      groups.push(BigInt(`0x${piece}`));
    } else {
      return piece === "" ? 'empty group (only one "::" is allowed and a single ":" cannot start or end an address)' : `"${piece}" is not a group of 1 to 4 hexadecimal digits`;
    }
  }
  return groups;
}
function parseIpv6Value(text) {
  if (text.includes("%")) return 'zone identifiers ("%eth0") are not allowed';
  const halves = text.split("::");
  if (halves.length > 2) return '"::" may appear only once';
  let groups;
  if (halves.length === 1) {
    const all = parseGroups(text, true);
    if (typeof all === "string") return all;
    if (all.length !== 8) return `an IPv6 address without "::" needs 8 groups, found ${all.length}`;
    groups = all;
  } else {
    const head = parseGroups(halves[0], false);
    if (typeof head === "string") return head;
    const tail = parseGroups(halves[1], true);
    if (typeof tail === "string") return tail;
    const written = head.length + tail.length;
    if (written > 7) return `too many groups around "::" (${written})`;
    groups = [...head, ...new Array(8 - written).fill(0n), ...tail];
  }
  return groups.reduce((acc, g) => acc << 16n | g, 0n);
}
var IP_RESULTS = new BoundedCache(8192);
function parseIpResult(text) {
  return IP_RESULTS.get(text, parseIpResultOnce);
}
function parseIpResultOnce(text) {
  if (text === "") return { ok: false, error: "empty address" };
  const isV6 = text.includes(":");
  const value = isV6 ? parseIpv6Value(text) : parseIpv4Value(text);
  if (typeof value === "string") {
    return { ok: false, error: `"${text}" is not a valid IPv${isV6 ? 6 : 4} address: ${value}` };
  }
  return { ok: true, ip: { family: isV6 ? 6 : 4, value } };
}
function parseIp(text) {
  const result = parseIpResult(text);
  return result.ok ? result.ip : null;
}
function parseGoIpResult(text) {
  const result = parseIpResult(text);
  return result.ok ? { ok: true, ip: goIp(result.ip) } : result;
}
function parseGoIp(text) {
  const result = parseGoIpResult(text);
  return result.ok ? result.ip : null;
}
function goIp(ip) {
  return ip.family === 6 && isIpv4MappedValue(ip.value) ? { family: 4, value: ip.value & 0xffffffffn } : ip;
}
function goIpNet(c) {
  if (c.family !== 6 || c.prefix < 96 || !isIpv4MappedValue(c.addr)) return c;
  return { family: 4, addr: c.addr & 0xffffffffn, prefix: c.prefix - 96, text: c.text };
}
var decimal = (n) => n.replace(/^0+(?=[0-9])/, "");
function parseLegacyCidr(text) {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)\.([0-9]+)\/([0-9]+)$/.exec(text) ?? /^([^/]*:[^/]*)\/([0-9]+)$/.exec(text);
  if (m === null) return parseCidr(text);
  const canonical = m.length === 6 ? `${m.slice(1, 5).map(decimal).join(".")}/${decimal(m[5])}` : `${m[1]}/${decimal(m[2])}`;
  if (canonical === text) return parseCidr(text);
  const parsed = parseCidr(canonical);
  return parsed.ok ? { ...parsed, zerosDropped: true } : parseCidr(text);
}
function parseLegacyIp(text) {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)\.([0-9]+)$/.exec(text);
  return parseIp(m === null ? text : m.slice(1, 5).map(decimal).join("."));
}
function parseCidr(text) {
  return parseCidrText(text, false);
}
function parseGoCidr(text) {
  return parseCidrText(text, true);
}
function parseCidrText(text, leadingZeros) {
  const slash = text.indexOf("/");
  if (slash < 0) {
    const bare = parseIpResult(text);
    return {
      ok: false,
      error: bare.ok ? `"${text}": missing prefix length (e.g. "${text}/${BITS[bare.ip.family]}")` : `"${text}": missing prefix length, and ${bare.error}`
    };
  }
  const addrText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const parsed = parseIpResult(addrText);
  if (!parsed.ok) return { ok: false, error: `"${text}": ${parsed.error}` };
  const { family, value } = parsed.ip;
  if (!DECIMAL.test(prefixText)) {
    return { ok: false, error: `"${text}": prefix length "${prefixText}" is not a decimal number` };
  }
  if (!leadingZeros && prefixText.length > 1 && prefixText.startsWith("0")) {
    return { ok: false, error: `"${text}": prefix length "${prefixText}" has a leading zero` };
  }
  const prefix = Number(prefixText);
  if (prefix > BITS[family]) {
    return {
      ok: false,
      error: `"${text}": prefix length ${prefixText} is out of range for IPv${family} (0-${BITS[family]})`
    };
  }
  return { ok: true, cidr: { family, addr: value, prefix, text } };
}
function networkMask(family, prefix) {
  const bits = BigInt(BITS[family]);
  const hostBits = bits - BigInt(prefix);
  return (1n << bits) - 1n ^ (1n << hostBits) - 1n;
}
function isMasked(c) {
  return (c.addr & networkMask(c.family, c.prefix)) === c.addr;
}
function network(c) {
  const masked = { family: c.family, addr: c.addr & networkMask(c.family, c.prefix), prefix: c.prefix };
  return { ...masked, text: formatCidr(masked) };
}
function cidrBounds(c) {
  const lo = c.addr & networkMask(c.family, c.prefix);
  return { family: c.family, lo, hi: lo + size(c) - 1n };
}
function knownCidrs(texts) {
  return texts.map((t) => {
    const parsed = parseCidr(t);
    if (!parsed.ok) throw new Error(`not a CIDR: ${t}`);
    return parsed.cidr;
  });
}
function size(c) {
  return 1n << BigInt(BITS[c.family] - c.prefix);
}
function sameFamily(a, b) {
  return a.family === b.family;
}
function containsIp(c, ip) {
  if (!sameFamily(c, ip)) return false;
  const mask = networkMask(c.family, c.prefix);
  return (ip.value & mask) === (c.addr & mask);
}
function contains(outer, inner) {
  return outer.prefix <= inner.prefix && containsIp(outer, { family: inner.family, value: inner.addr });
}
function overlaps(a, b) {
  return contains(a, b) || contains(b, a);
}
function isIpv4MappedValue(value) {
  return value >> 32n === 0xffffn;
}
function formatIpv4Value(value) {
  return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 0xffn)).join(".");
}
function formatIpv6Value(value) {
  if (isIpv4MappedValue(value)) return `::ffff:${formatIpv4Value(value & 0xffffffffn)}`;
  const groups = Array.from({ length: 8 }, (_, i) => Number(value >> BigInt(112 - 16 * i) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (gs) => gs.map((g) => g.toString(16)).join(":");
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}
function formatIp(ip) {
  return ip.family === 4 ? formatIpv4Value(ip.value) : formatIpv6Value(ip.value);
}
function formatCidr(c) {
  return `${formatIp({ family: c.family, value: c.addr })}/${c.prefix}`;
}

export {
  isObject,
  asObject,
  asArray,
  getIn,
  stringMap,
  scalarStringMap,
  objectItems,
  isGoIntegerLiteral,
  goJsonKey,
  goJsonField,
  describeValue,
  formatPath,
  BoundedCache,
  familyBits,
  parseIpResult,
  parseIp,
  parseGoIpResult,
  parseGoIp,
  goIpNet,
  parseLegacyCidr,
  parseLegacyIp,
  parseCidr,
  parseGoCidr,
  isMasked,
  network,
  cidrBounds,
  knownCidrs,
  size,
  containsIp,
  contains,
  overlaps,
  isIpv4MappedValue,
  formatIp,
  formatCidr
};
