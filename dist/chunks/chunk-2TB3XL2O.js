import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-KSTQWAIF.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath: errorPath2 }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath2}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath2;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath: errorPath2 }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath2)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath: errorPath2, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath2}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port2 = String(component.port);
        if (!isPort(port2)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port2);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex2) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex2 || regex2.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/engine/names.ts
var LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL = new RegExp(`^${LABEL}$`);
var DNS1123_SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_LABEL_MAX = 63;
var DNS1123_SUBDOMAIN_MAX = 253;
function dns1123LabelError(value) {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1123_LABEL.test(value)) return "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
  return null;
}
function dns1123SubdomainError(value) {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters (it has ${value.length})`;
  if (!DNS1123_SUBDOMAIN.test(value)) return "must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
  return null;
}
function dns1035LabelError(value) {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1035_LABEL.test(value)) return "must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit";
  return null;
}
function pathSegmentError(value) {
  if (value === "." || value === "..") return `may not be "${value}"`;
  for (const bad of ["/", "%"]) if (value.includes(bad)) return `may not contain "${bad}"`;
  return null;
}
var CHECKS = {
  "dns1123-subdomain": dns1123SubdomainError,
  "dns1123-label": dns1123LabelError,
  "dns1035-label": dns1035LabelError,
  "path-segment": pathSegmentError
};
function nameError(format, name, prefix = false) {
  const value = prefix && name.length > 1 && name.endsWith("-") ? `${name.slice(0, -2)}a` : name;
  return CHECKS[format](value);
}
var GENERATED_PREFIX_MAX = 58;
function generatedNameOf(generateName) {
  return `${generateName.slice(0, GENERATED_PREFIX_MAX)}x2k9q`;
}
var FORMAT_BY_GROUP_KIND = {
  Namespace: "dns1123-label",
  Service: "dns1035-label",
  "apps/StatefulSet": "dns1123-label",
  "rbac.authorization.k8s.io/Role": "path-segment",
  "rbac.authorization.k8s.io/ClusterRole": "path-segment",
  "rbac.authorization.k8s.io/RoleBinding": "path-segment",
  "rbac.authorization.k8s.io/ClusterRoleBinding": "path-segment",
  "apiregistration.k8s.io/APIService": "path-segment",
  "certificates.k8s.io/ClusterTrustBundle": "path-segment",
  "certificates.k8s.io/CertificateSigningRequest": "path-segment"
};
function relaxedServiceName(name, prefix = false) {
  return nameError("dns1123-label", name, prefix) === null;
}
var MAX_LENGTH_BY_GROUP_KIND = {
  "batch/CronJob": 52
};
function nameFormatOf(groupKind) {
  return FORMAT_BY_GROUP_KIND[groupKind] ?? "dns1123-subdomain";
}
function maxNameLengthOf(groupKind) {
  return MAX_LENGTH_BY_GROUP_KIND[groupKind] ?? null;
}
var CALICO_CLUSTER_KINDS = [
  "BGPConfiguration",
  "BGPFilter",
  "BGPPeer",
  "BlockAffinity",
  "CalicoNodeStatus",
  "ClusterInformation",
  "FelixConfiguration",
  "GlobalNetworkPolicy",
  "GlobalNetworkSet",
  "HostEndpoint",
  "IPAMBlock",
  "IPAMConfig",
  "IPAMConfiguration",
  "IPAMHandle",
  "IPPool",
  "IPReservation",
  "KubeControllersConfiguration",
  "Node",
  "StagedGlobalNetworkPolicy",
  "Tier"
];
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ComponentStatus",
  "rbac.authorization.k8s.io/ClusterRole",
  "rbac.authorization.k8s.io/ClusterRoleBinding",
  "storage.k8s.io/StorageClass",
  "storage.k8s.io/CSIDriver",
  "storage.k8s.io/CSINode",
  "storage.k8s.io/VolumeAttachment",
  "apiextensions.k8s.io/CustomResourceDefinition",
  "apiregistration.k8s.io/APIService",
  "scheduling.k8s.io/PriorityClass",
  "node.k8s.io/RuntimeClass",
  "networking.k8s.io/IngressClass",
  "networking.k8s.io/IPAddress",
  "networking.k8s.io/ServiceCIDR",
  "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
  "admissionregistration.k8s.io/MutatingWebhookConfiguration",
  "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
  "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
  "certificates.k8s.io/CertificateSigningRequest",
  "certificates.k8s.io/ClusterTrustBundle",
  "flowcontrol.apiserver.k8s.io/FlowSchema",
  "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration",
  "policy.networking.k8s.io/AdminNetworkPolicy",
  "policy.networking.k8s.io/BaselineAdminNetworkPolicy",
  "policy.networking.k8s.io/ClusterNetworkPolicy",
  "operator.tigera.io/Installation",
  "operator.tigera.io/APIServer",
  "operator.tigera.io/Goldmane",
  "operator.tigera.io/Whisker",
  "operator.tigera.io/ImageSet",
  ...CALICO_CLUSTER_KINDS.flatMap((k) => [`projectcalico.org/${k}`, `crd.projectcalico.org/${k}`])
]);

// src/engine/cluster-scope.ts
var CLUSTER_PARENTS = /* @__PURE__ */ new Set(["clusters", "environments", "envs", "overlays"]);
var TEST_DATA = /* @__PURE__ */ new Set(["testdata", "test_data", "test-data", "mock_data", "mockdata", "fixtures", "__fixtures__", "test-fixtures"]);
function inTestData(file) {
  return testCaseOf(file) !== null;
}
function testCaseOf(file) {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 0; i--) if (TEST_DATA.has(parts[i].toLowerCase())) return `case ${folderOf(file)}`;
  return null;
}
function describesCluster(r) {
  return r.groupKind === "kind.x-k8s.io/Cluster" || r.groupKind === "kubeadm.k8s.io/ClusterConfiguration" || r.groupKind === "kubeadm.k8s.io/InitConfiguration";
}
var SINGLETON_DAEMONSETS = /* @__PURE__ */ new Set(["calico-node", "canal", "kube-flannel-ds", "kube-multus-ds"]);
var ARCH_SUFFIX = /-(?:amd64|arm64|arm|ppc64le|s390x)$/;
var FLUX_BOOTSTRAP_KINDS = /* @__PURE__ */ new Set(["source.toolkit.fluxcd.io/GitRepository", "source.toolkit.fluxcd.io/OCIRepository", "kustomize.toolkit.fluxcd.io/Kustomization"]);
function clusterSingleton(r) {
  if (r.groupKind === "apps/DaemonSet") {
    const name = r.name.replace(ARCH_SUFFIX, "");
    return SINGLETON_DAEMONSETS.has(name) ? `DaemonSet ${name}` : null;
  }
  if (r.groupKind === "operator.tigera.io/Installation" && r.name === "default") return "Installation default";
  if (FLUX_BOOTSTRAP_KINDS.has(r.groupKind) && r.name === "flux-system") return `${r.kind} flux-system`;
  return null;
}
function clusterRootsOf(folders) {
  const split = folders.map((f) => f === "" ? [] : f.split("/")).sort(compareSegments);
  const shared2 = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return split.map((parts, i) => {
    const deepest = Math.max(i > 0 ? shared2(parts, split[i - 1]) : 0, i + 1 < split.length ? shared2(parts, split[i + 1]) : 0);
    return parts.slice(0, Math.min(parts.length, deepest + 1)).join("/");
  });
}
function compareSegments(a, b) {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}
function clusterPlaces(resources) {
  const configFiles = /* @__PURE__ */ new Map();
  const singletons = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (describesCluster(r)) {
      const folder = folderOf(r.file);
      let files2 = configFiles.get(folder);
      if (!files2) configFiles.set(folder, files2 = /* @__PURE__ */ new Set());
      files2.add(r.file);
    }
    const key = clusterSingleton(r);
    if (key === null) continue;
    let folders = singletons.get(key);
    if (!folders) singletons.set(key, folders = /* @__PURE__ */ new Set());
    folders.add(folderOf(r.file));
  }
  const files = /* @__PURE__ */ new Set();
  const configFolders = [];
  for (const [folder, inFolder] of configFiles) {
    if (inFolder.size >= 2) for (const f of inFolder) files.add(f);
    else configFolders.push(folder);
  }
  const out = configFolders.length + files.size >= 2 ? new Set(configFolders) : /* @__PURE__ */ new Set();
  if ([...singletons.values()].some((folders) => folders.size >= 2)) {
    for (const folders of singletons.values()) for (const f of folders.size >= 2 ? clusterRootsOf([...folders]) : folders) out.add(f);
  }
  return { folders: [...out], files };
}
function placeOf(r) {
  return r.build === void 0 ? r.file : `${r.build}/kustomization.yaml`;
}
function folderOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}
function configCoversFile(configFile, objectFile) {
  const configFolder = folderOf(configFile);
  const own = folderOf(objectFile);
  return configFolder === "" || own === configFolder || own.startsWith(`${configFolder}/`);
}
function environmentOf(file) {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 1; i--) if (CLUSTER_PARENTS.has(parts[i - 1].toLowerCase())) return `env ${parts[i].toLowerCase()}`;
  return null;
}
function clusterPartitions(resources) {
  const { folders: configFolders, files: configFiles } = clusterPlaces(resources);
  const byConfig = configFolders.length > 0;
  const scopeOfFile = /* @__PURE__ */ new Map();
  const scopeOf = (file) => {
    let scope = scopeOfFile.get(file);
    if (scope !== void 0) return scope;
    scope = testCaseOf(file) ?? environmentOf(file) ?? (configFiles.has(file) ? `file ${file}` : null);
    if (scope === null && byConfig) {
      const folder = folderOf(file);
      let best = null;
      for (const f of configFolders) if ((f === "" || folder === f || folder.startsWith(`${f}/`)) && (best === null || f.length > best.length)) best = f;
      scope = best === null ? null : `folder ${best}`;
    }
    scopeOfFile.set(file, scope);
    return scope;
  };
  const index = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const s = scopeOf(placeOf(r));
    if (s !== null && !index.has(s)) index.set(s, index.size);
  }
  if (index.size < 2) return null;
  const partitions = [...index.keys()].map((scope) => ({ scope, members: [], resources: [] }));
  const shared2 = [];
  for (const r of resources) {
    const s = scopeOf(placeOf(r));
    if (s === null) {
      shared2.push(r);
      for (const p of partitions) p.resources.push(r);
    } else {
      const p = partitions[index.get(s)];
      p.members.push(r);
      p.resources.push(r);
    }
  }
  const cases = partitions.filter((p) => p.scope.startsWith("case "));
  const inCase = new Set(cases.flatMap((p) => p.members));
  return { partitions, shared: shared2, sharedWith: cases.length === 0 ? resources : resources.filter((r) => !inCase.has(r)) };
}

// schemas/netlint-config.schema.json
var netlint_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://netlint.dev/schemas/netlint-config.schema.json",
  title: "netlint configuration (.netlint.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      description: "Per-rule settings: `off`, a severity, or an object with `severity` and `options`.",
      type: "object",
      propertyNames: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
      additionalProperties: {
        oneOf: [
          { enum: ["off", "error", "warning", "info", "on"] },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              severity: { enum: ["off", "error", "warning", "info", "on"] },
              options: { type: "object" }
            }
          }
        ]
      }
    },
    ignore: {
      description: "Paths to skip, for every rule or for the listed rules only: globs relative to this file's folder when netlint found it (the nearest .netlint.yaml), or to the working folder when it was given with --config.",
      type: "array",
      items: {
        oneOf: [
          { type: "string", minLength: 1 },
          {
            type: "object",
            additionalProperties: false,
            required: ["paths"],
            properties: {
              paths: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
              rules: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, minItems: 1 }
            }
          }
        ]
      }
    },
    cluster: {
      description: "Facts no manifest holds. Rules that need a missing fact stay silent.",
      type: "object",
      additionalProperties: false,
      properties: {
        podCIDR: { description: "Cluster pod CIDR(s) (kube-controller-manager --cluster-cidr).", $ref: "#/definitions/cidrs" },
        serviceCIDR: { description: "Service CIDR(s) (--service-cluster-ip-range).", $ref: "#/definitions/cidrs" },
        nodeCount: { description: "Number of nodes, when no inventory is given.", type: "integer", minimum: 1 },
        physicalMTU: { description: "MTU of the nodes' network interfaces.", type: "integer", minimum: 576, maximum: 65535 },
        nodeSubnets: { description: "Subnets the nodes' addresses live in (CrossSubnet decisions).", type: "array", items: { type: "string" } },
        kubernetesVersion: { description: 'The Kubernetes release the cluster runs, e.g. "1.24" or "v1.24.3" (compared by minor): cluster/api-version takes an API version removed in a later release as still served, a warning to change before upgrading, where it is otherwise an error; before 1.36, netpol/ipblock-cidr and netpol/ipblock-except report a CIDR with host bits, leading zeros or an IPv4-mapped range as a warning, as that API server warns, and cluster/object-name a Service name starting with a digit as an error (from 1.36 it is accepted).', type: "string", pattern: "^v?1\\.\\d+(\\.\\d+)?$" },
        calicoVersion: { description: 'The Calico release the cluster runs, e.g. "3.31" or "v3.31.2" (compared by minor): calico/field-not-in-version reports fields and kinds a later release added, and on a release newer than the one netlint knows an unknown field is info.', type: "string", pattern: "^v?\\d+\\.\\d+(\\.\\d+)?$" },
        nodes: {
          description: "Node inventory: names, labels and addresses (for selectors such as BGPPeer nodeSelector).",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: { type: "string", minLength: 1 },
              labels: { type: "object", additionalProperties: { type: "string" } },
              annotations: { type: "object", additionalProperties: { type: "string" } },
              addresses: { type: "array", items: { type: "string" } }
            }
          }
        }
      }
    },
    expect: {
      description: "Connectivity assertions checked by `netlint lint` (and the Action's lint), each answered as the `netlint reach --from --to --port` query it stands for: a violated one is a finding.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["from", "to", "allowed"],
        properties: {
          name: { type: "string" },
          from: { $ref: "#/definitions/endpointSelector" },
          to: { $ref: "#/definitions/endpointSelector" },
          port: { oneOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", minLength: 1 }] },
          protocol: { enum: ["TCP", "UDP", "SCTP"] },
          allowed: { type: "boolean" }
        }
      }
    },
    rulePacks: {
      description: "Folders of your own data rules, read on every run as `--rules DIR` is (both add up): relative to this file's folder when netlint found it, to the working folder when it was given with --config, as ignore paths are.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    limits: {
      type: "object",
      additionalProperties: false,
      properties: {
        maxFileBytes: { description: "Files larger than this are reported and not read.", type: "integer", minimum: 1 }
      }
    }
  },
  definitions: {
    cidrs: {
      oneOf: [
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
      ]
    },
    endpointSelector: {
      description: "An endpoint id `namespace/name`, or an object with a namespace and/or label selectors.",
      oneOf: [
        { type: "string", minLength: 1 },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            namespace: { type: "string" },
            name: { type: "string" },
            labels: { type: "object", additionalProperties: { type: "string" } },
            namespaceLabels: { type: "object", additionalProperties: { type: "string" } },
            cidr: { description: "An address range (203.0.113.0/24) or an address (the range the policies cut that holds it), as reach --from/--to take them; not beside namespace, name or labels.", type: "string" }
          }
        }
      ]
    }
  }
};

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
function goIp(ip2) {
  return ip2.family === 6 && isIpv4MappedValue(ip2.value) ? { family: 4, value: ip2.value & 0xffffffffn } : ip2;
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
function containsIp(c, ip2) {
  if (!sameFamily(c, ip2)) return false;
  const mask = networkMask(c.family, c.prefix);
  return (ip2.value & mask) === (c.addr & mask);
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
function formatIp(ip2) {
  return ip2.family === 4 ? formatIpv4Value(ip2.value) : formatIpv6Value(ip2.value);
}
function formatCidr(c) {
  return `${formatIp({ family: c.family, value: c.addr })}/${c.prefix}`;
}

// src/engine/go-regexp.ts
var JS_ONLY = /\(\?<?[=!]|\\[1-9]/;
var RE2_ONLY = /\(\?[imsU]+[):]|\\[pP][A-Za-z{]|\[\[:|\\z|\\Q/;
var GO_LETTER_ESCAPES = new Set("aftnrvxpPdDsSwWbBAzQE");
var MAX_REPEAT = 1e3;
function re2OnlyRefuses(pattern) {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (next === "Q") {
        const end = pattern.indexOf("\\E", i + 2);
        i = end < 0 ? pattern.length : end + 1;
        continue;
      }
      if (/[A-Za-z]/.test(next) && !GO_LETTER_ESCAPES.has(next)) return `\\${next} is not an escape Go knows (invalid escape sequence)`;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (pattern[i + 1] === "^") i++;
      if (pattern[i + 1] === "]") i++;
      continue;
    }
    if (c === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(i));
      if (m && (Number(m[1]) > MAX_REPEAT || m[2] !== void 0 && m[2] !== "" && Number(m[2]) > MAX_REPEAT)) return `the repeat count in ${m[0]} is over Go's limit of ${MAX_REPEAT} (invalid repeat count)`;
    }
  }
  return null;
}
function goRegexpProblem(pattern) {
  if (JS_ONLY.test(pattern)) return "uses lookaround or a backreference, which Go's RE2 engine does not support";
  const refused = re2OnlyRefuses(pattern);
  if (refused !== null) return refused;
  if (RE2_ONLY.test(pattern)) return null;
  try {
    new RegExp(pattern.replace(/\(\?P</g, "(?<"));
    return null;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "");
  }
}

// src/engine/go-duration.ts
var UNITS = {
  ns: 1n,
  us: 1000n,
  "\xB5s": 1000n,
  // U+00B5 micro sign
  "\u03BCs": 1000n,
  // U+03BC Greek mu
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
var MAX = (1n << 63n) - 1n;
var LIMIT = 1n << 63n;
function parseGoDuration(text) {
  let s = text;
  let neg = false;
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s === "") return null;
  let total = 0n;
  while (s !== "") {
    const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s);
    const whole = m[1];
    const fraction2 = m[2];
    if (whole === "" && (fraction2 === void 0 || fraction2 === "")) return null;
    s = s.slice(m[0].length);
    const unit = /^[^0-9.]*/.exec(s)[0];
    if (unit === "") return null;
    const scale = UNITS[unit];
    if (scale === void 0) return null;
    s = s.slice(unit.length);
    let v = whole === "" ? 0n : BigInt(whole);
    if (v > LIMIT / scale) return null;
    v *= scale;
    if (fraction2 !== void 0 && fraction2 !== "") {
      let f = 0n;
      let fScale = 1;
      for (const d of fraction2) {
        if (f > LIMIT / 10n) break;
        const next = f * 10n + BigInt(d);
        if (next > MAX) break;
        f = next;
        fScale *= 10;
      }
      v += BigInt(Math.trunc(Number(f) * (Number(scale) / fScale)));
      if (v > LIMIT) return null;
    }
    total += v;
    if (total > LIMIT) return null;
  }
  if (neg) return -total;
  return total > MAX ? null : total;
}
function formatGoDuration(ns) {
  if (ns === 0n) return "0s";
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out;
  if (u < 1000000000n) {
    const [unit, prec] = u < 1000n ? ["ns", 0] : u < 1000000n ? ["\xB5s", 3] : ["ms", 6];
    const [whole, frac] = fraction(u, prec);
    out = `${whole}${frac}${unit}`;
  } else {
    const [seconds, frac] = fraction(u, 9);
    u = seconds;
    out = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}
function fraction(v, prec) {
  if (prec === 0) return [v, ""];
  const scale = 10n ** BigInt(prec);
  const rest = (v % scale).toString().padStart(prec, "0").replace(/0+$/, "");
  return [v / scale, rest === "" ? "" : `.${rest}`];
}

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
function getInDocument(root, path) {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[String(seg)];
  }
  return node;
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
function isGoInt64Literal(text) {
  if (!isGoIntegerLiteral(text, true)) return false;
  const n = BigInt(text);
  return n >= -(2n ** 63n) && n < 2n ** 63n;
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

// src/engine/selector/label.ts
function hasLabel(labels, key) {
  return Object.prototype.hasOwnProperty.call(labels, key);
}
function matchesRequirement(req, labels) {
  const present2 = hasLabel(labels, req.key);
  const values = req.values ?? [];
  switch (req.operator) {
    case "In":
      return present2 && values.includes(labels[req.key]);
    case "NotIn":
      return !present2 || !values.includes(labels[req.key]);
    case "Exists":
      return present2;
    case "DoesNotExist":
      return !present2;
    default:
      return false;
  }
}
function matchesLabelSelector(sel, labels) {
  for (const [key, value] of Object.entries(sel.matchLabels ?? {})) {
    if (!hasLabel(labels, key) || labels[key] !== value) return false;
  }
  return (sel.matchExpressions ?? []).every((req) => matchesRequirement(req, labels));
}
var DNS1123_LABEL2 = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN2 = new RegExp(`^${DNS1123_LABEL2}(\\.${DNS1123_LABEL2})*$`);
var QUALIFIED_NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
var NAME_CHARS_HINT = "must be 63 characters or less, start and end with a letter or digit, and contain only letters, digits, '-', '_' and '.'";
function labelKeyError(key, what = "label key") {
  let errors = keyErrors.get(what);
  if (errors === void 0) keyErrors.set(what, errors = new BoundedCache(1e4));
  return errors.get(key, (k) => computeLabelKeyError(k, what));
}
var keyErrors = /* @__PURE__ */ new Map();
function computeLabelKeyError(key, what) {
  const parts = key.split("/");
  if (parts.length > 2) return `${what} "${key}" may contain at most one "/"`;
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") return `${what} "${key}" has an empty prefix before "/"`;
    if (prefix.length > 253) return `${what} prefix "${prefix}" is longer than 253 characters`;
    if (!DNS1123_SUBDOMAIN2.test(prefix)) {
      return `${what} prefix "${prefix}" must be a DNS subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit`;
    }
  }
  if (name === "") return `${what} "${key}" has an empty name`;
  if (name.length > 63 || !QUALIFIED_NAME_PART.test(name)) return `${what} name "${name}" ${NAME_CHARS_HINT}`;
  return null;
}
function labelValueError(value) {
  if (value === "" || value.length <= 63 && QUALIFIED_NAME_PART.test(value)) return null;
  return `label value "${value}" ${NAME_CHARS_HINT}`;
}
var OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}
function unknownFields(value, known, path) {
  return Object.keys(value).filter((field) => !known.includes(field)).map((field) => ({ path: [...path, field], message: `unknown field "${field}" (expected one of: ${known.join(", ")})` }));
}
function validateKey(key, path) {
  if (typeof key !== "string") return [{ path, message: `label key must be a string, not ${describeType(key)}` }];
  const error = labelKeyError(key);
  return error === null ? [] : [{ path, message: error }];
}
function validateValue(value, path) {
  if (value === null) return [];
  if (typeof value !== "string") {
    return [{ path, message: `label value must be a string, not ${describeType(value)} (quote it in YAML)` }];
  }
  const error = labelValueError(value);
  return error === null ? [] : [{ path, message: error }];
}
function validateMatchLabels(value) {
  const path = ["matchLabels"];
  if (value === void 0 || value === null) return [];
  if (!isObject(value)) return [{ path, message: `matchLabels must be a map of label keys to values, not ${describeType(value)}` }];
  return Object.entries(value).flatMap(([key, v]) => [...validateKey(key, [...path, key]), ...validateValue(v, [...path, key])]);
}
function validateRequirement(req, index) {
  const path = ["matchExpressions", index];
  if (!isObject(req)) return [{ path, message: `a match expression must be an object, not ${describeType(req)}` }];
  const issues = [
    ...unknownFields(req, ["key", "operator", "values"], path),
    ...req.key === void 0 ? [{ path: [...path, "key"], message: "key is required" }] : validateKey(req.key, [...path, "key"])
  ];
  const operator = req.operator;
  if (operator === void 0) {
    issues.push({ path: [...path, "operator"], message: "operator is required (In, NotIn, Exists or DoesNotExist)" });
  } else if (typeof operator !== "string" || !OPERATORS.includes(operator)) {
    issues.push({
      path: [...path, "operator"],
      message: `unknown operator ${JSON.stringify(operator)} (expected In, NotIn, Exists or DoesNotExist; operators are case-sensitive)`
    });
  }
  const values = req.values;
  const valuesPath = [...path, "values"];
  if (values !== void 0 && values !== null && !Array.isArray(values)) {
    issues.push({ path: valuesPath, message: `values must be a list of strings, not ${describeType(values)}` });
    return issues;
  }
  const list = values ?? [];
  if ((operator === "In" || operator === "NotIn") && list.length === 0) {
    issues.push({ path: valuesPath, message: `values must be non-empty when operator is ${operator}` });
  }
  if ((operator === "Exists" || operator === "DoesNotExist") && list.length > 0) {
    issues.push({ path: valuesPath, message: `values must be empty when operator is ${operator}` });
  }
  list.forEach((v, i) => issues.push(...validateValue(v, [...valuesPath, i])));
  return issues;
}
function validateLabelSelector(value) {
  if (value === void 0 || value === null) return [];
  if (!isObject(value)) return [{ path: [], message: `a label selector must be an object, not ${describeType(value)}` }];
  const issues = [...unknownFields(value, ["matchLabels", "matchExpressions"], []), ...validateMatchLabels(value.matchLabels)];
  const expressions = value.matchExpressions;
  if (expressions === void 0 || expressions === null) return issues;
  if (!Array.isArray(expressions)) {
    return [...issues, { path: ["matchExpressions"], message: `matchExpressions must be a list, not ${describeType(expressions)}` }];
  }
  return [...issues, ...expressions.flatMap((req, i) => validateRequirement(req, i))];
}

// src/engine/calico-formats.ts
var DNS1123_LABEL3 = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var NAME = new RegExp(`^${DNS1123_LABEL3}(\\.${DNS1123_LABEL3})*$`);
var PORT_NAME = /^(?!-)(?!.*--)(?=.*[a-z])[a-z0-9-]{1,15}(?<!-)$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
var PROTOCOL_NAMES = /* @__PURE__ */ new Set(["TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite"]);
function parseCalicoCidr(text) {
  const parsed = parseGoCidr(text);
  if (!parsed.ok) return parsed;
  const ip2 = parseGoIp(text.slice(0, text.indexOf("/")));
  return { ok: true, ip: ip2, cidr: goIpNet(parsed.cidr), maskOnes: parsed.cidr.prefix };
}
function parseCalicoCidrOrIp(text) {
  if (text.includes("/")) return parseCalicoCidr(text);
  const parsed = parseGoIpResult(text);
  if (!parsed.ok) return parsed;
  const { ip: ip2 } = parsed;
  const prefix = familyBits(ip2.family);
  return { ok: true, ip: ip2, cidr: { family: ip2.family, addr: ip2.value, prefix, text }, maskOnes: prefix };
}
function parseCidrOrIp(text) {
  const parsed = parseCalicoCidrOrIp(text);
  return parsed.ok ? parsed : null;
}
function net(family) {
  return (s) => {
    const p = parseCidrOrIp(s);
    return p !== null && isMasked(p.cidr) && (family === void 0 || p.ip.family === family);
  };
}
function cidr(family) {
  return (s) => {
    const p = parseCidrOrIp(s);
    return p !== null && (family === void 0 || p.ip.family === family);
  };
}
function ip(family) {
  return (s) => {
    const p = parseGoIp(s);
    return p !== null && (family === void 0 || p.family === family);
  };
}
function ipPort(s) {
  const v4 = /^(\d+\.\d+\.\d+\.\d+):(\d+)$/.exec(s);
  const v6 = /^\[([0-9a-fA-F:.]+)\]:(\d+)$/.exec(s);
  const m = v4 ?? v6;
  if (!m) return parseIp(s) !== null;
  const port2 = Number(m[2]);
  return parseIp(m[1]) !== null && port2 >= 1 && port2 <= 65535;
}
function port(s) {
  if (/^\d+$/.test(s)) return Number(s) >= 1 && Number(s) <= 65535;
  if (/^\d+[:-]\d+$/.test(s)) return true;
  return PORT_NAME.test(s);
}
function protocol(s) {
  if (/^\d+$/.test(s)) return Number(s) >= 1 && Number(s) <= 255;
  return PROTOCOL_NAMES.has(s);
}
function keyValueList(s) {
  if (s.trim() === "") return true;
  return s.split(",").every((item) => item === "" || /^\s*\w+=/.test(item));
}
function goRegexp(s) {
  return goRegexpProblem(s) === null;
}
function mac(s) {
  return /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2}$/.test(s) || /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){6}[0-9A-Fa-f]{2}$/.test(s) || /^([0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\2){18}[0-9A-Fa-f]{2}$/.test(s) || /^[0-9A-Fa-f]{4}(\.[0-9A-Fa-f]{4}){2}(?:(\.[0-9A-Fa-f]{4}){1}|(\.[0-9A-Fa-f]{4}){7})?$/.test(s);
}
var CALICO_FORMATS = {
  // Go's time.ParseDuration, which metav1.Duration's UnmarshalJSON calls (apimachinery
  // pkg/apis/meta/v1/duration.go), overflow included (src/engine/go-duration.ts).
  "calico-duration": (s) => parseGoDuration(s) !== null,
  "calico-name": (s) => NAME.test(s),
  "calico-net": net(),
  "calico-net-v4": net(4),
  "calico-net-v6": net(6),
  "calico-cidr": cidr(),
  "calico-cidr-v4": cidr(4),
  "calico-cidr-v6": cidr(6),
  "calico-ip": ip(),
  "calico-ipv4": ip(4),
  "calico-ipv6": ip(6),
  "calico-ip-port": ipPort,
  "calico-port": port,
  "calico-port-name": (s) => PORT_NAME.test(s),
  "calico-protocol": protocol,
  "calico-key-value-list": keyValueList,
  "calico-regexp": goRegexp,
  "calico-mac": mac,
  "calico-label-key": (s) => labelKeyError(s) === null,
  "calico-label-value": (s) => s.length <= 63 && LABEL_VALUE.test(s),
  // A CRD's `format: cidr`: kube-openapi validate/strfmt IsCIDR, netutils.ParseCIDRSloppy (host bits
  // and leading zeros pass). An empty value passes: calicoctl and Calico's API server drop an empty
  // `cidr,omitempty` before the schema runs (a raw crd.projectcalico.org/v1 object would be refused).
  "calico-crd-cidr": (s) => s === "" || parseLegacyCidr(s).ok
};
var CALICO_FORMAT_NAMES = {
  "calico-duration": "a duration such as 90s, 1m30s or 250ms",
  "calico-name": 'a DNS-1123 subdomain name (lower-case letters, digits, "-" and ".")',
  // The field tag also takes a bare address, which a network set keeps but a policy rule's nets
  // refuse (libcalico-go validateRule scanNets, cnet.ParseCIDR): the words name the form both take.
  "calico-net": "an IP network with no host bits set",
  "calico-net-v4": "an IPv4 network with no host bits set",
  "calico-net-v6": "an IPv6 network with no host bits set",
  "calico-cidr": "an IP address or CIDR",
  "calico-cidr-v4": "an IPv4 address or CIDR",
  "calico-cidr-v6": "an IPv6 address or CIDR",
  "calico-ip": "an IP address",
  "calico-ipv4": "an IPv4 address",
  "calico-ipv6": "an IPv6 address",
  "calico-ip-port": "an IP address, IPv4:port or [IPv6]:port",
  "calico-port": 'a port number 1\u201365535, a range "min:max" or a port name',
  "calico-port-name": 'a port name (at most 15 lower-case letters, digits and "-", with a letter)',
  "calico-protocol": "TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite or a number 1\u2013255",
  "calico-key-value-list": "a comma-separated list of key=value",
  "calico-regexp": "a regular expression Go accepts",
  "calico-mac": "a MAC address",
  "calico-label-key": "a label key (a qualified name)",
  "calico-label-value": 'a label value (at most 63 letters, digits, "-", "_" and ".")',
  "calico-crd-cidr": "a CIDR with its prefix length, such as 10.96.0.0/12 (the CRD's format: cidr)"
};
var CALICO_FORMAT_DEFINITIONS = Object.fromEntries(
  Object.entries(CALICO_FORMATS).map(([name, validate]) => [name, { type: "string", validate }])
);
function addCalicoFormats(ajv2) {
  for (const [name, definition] of Object.entries(CALICO_FORMAT_DEFINITIONS)) ajv2.addFormat(name, definition);
  return ajv2;
}

// src/engine/json-formats.ts
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var isLeap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
function date(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]);
}
function time(s) {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-](\d{2}):(\d{2}))$/i.exec(s);
  if (m === null) return false;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const offsetOk = m[6] === void 0 || Number(m[6]) <= 23 && Number(m[7]) <= 59;
  return h <= 23 && min <= 59 && sec <= 60 && offsetOk;
}
var URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
var HOST_LABEL = "[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?";
function regex(s) {
  try {
    new RegExp(s, "u");
    return true;
  } catch {
    return false;
  }
}
var DRAFT_07_FORMATS = {
  "date-time": { validate: (s) => {
    const t = /^(.{10})[tT ](.*)$/.exec(s);
    return t !== null && date(t[1]) && time(t[2]);
  }, words: "an RFC 3339 date-time such as 2024-05-01T12:00:00Z" },
  date: { validate: date, words: "an RFC 3339 date such as 2024-05-01" },
  time: { validate: time, words: "an RFC 3339 time with an offset such as 12:00:00Z" },
  email: { validate: (s) => new RegExp(`^[a-z0-9.!#$%&'*+/=?^_\`{|}~-]+@${HOST_LABEL}(?:\\.${HOST_LABEL})*$`, "i").test(s), words: "an email address" },
  // RFC 1123 host name: dot-separated labels of letters, digits and '-', at most 253 characters.
  hostname: { validate: (s) => s.length <= 253 && new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*\\.?$`, "i").test(s), words: "a host name (RFC 1123)" },
  ipv4: { validate: (s) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s) && parseIp(s)?.family === 4, words: "an IPv4 address" },
  ipv6: { validate: (s) => s.includes(":") && parseIp(s)?.family === 6, words: "an IPv6 address" },
  uri: { validate: (s) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_CHARS.test(s), words: "a URI with a scheme (RFC 3986)" },
  "uri-reference": { validate: (s) => URI_CHARS.test(s), words: "a URI reference (RFC 3986)" },
  // RFC 6901 JSON Pointer, and draft-handrews-relative-json-pointer-01.
  "json-pointer": { validate: (s) => /^(?:\/(?:[^~/]|~0|~1)*)*$/.test(s), words: "a JSON pointer such as /spec/cidr" },
  "relative-json-pointer": { validate: (s) => /^(?:0|[1-9]\d*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/.test(s), words: "a relative JSON pointer" },
  regex: { validate: regex, words: "a regular expression" },
  uuid: { validate: (s) => /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(s), words: "a UUID" }
};
var USER_FORMAT_WORDS = {
  ...Object.fromEntries(Object.entries(DRAFT_07_FORMATS).map(([name, f]) => [name, f.words])),
  ...CALICO_FORMAT_NAMES
};
var USER_FORMATS = Object.keys(USER_FORMAT_WORDS);
function addUserFormats(ajv2) {
  for (const [name, f] of Object.entries(DRAFT_07_FORMATS)) ajv2.addFormat(name, { type: "string", validate: f.validate });
  for (const [name, definition] of Object.entries(CALICO_FORMAT_DEFINITIONS)) ajv2.addFormat(name, definition);
  return ajv2;
}

// src/engine/json-pointer.ts
function escapePointerToken(token) {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointerToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

// src/engine/ajv.ts
function newAjv(options) {
  const { Ajv: AjvClass } = require_ajv();
  return new AjvClass(options);
}
var AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true };
var shared;
function ajv() {
  return shared ??= addUserFormats(newAjv({ ...AJV_OPTIONS, strictSchema: true }));
}
function userAjv() {
  return addUserFormats(newAjv({ ...AJV_OPTIONS, strictSchema: true, validateSchema: false }));
}
var trusted;
function trustedAjv() {
  return trusted ??= newAjv({ ...AJV_OPTIONS, validateSchema: false });
}
function errorPath(error) {
  const path = error.instancePath.split("/").slice(1).map(unescapePointerToken).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
  if (error.keyword === "required") path.push(error.params.missingProperty);
  if (error.keyword === "additionalProperties") path.push(error.params.additionalProperty);
  return path;
}
function describeError(error) {
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `is required`;
    case "additionalProperties":
      return `is not a known field`;
    case "enum":
      return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "format":
      return USER_FORMAT_WORDS[params.format] === void 0 ? error.message ?? "is invalid" : `must be ${USER_FORMAT_WORDS[params.format]} (format ${params.format})`;
    default:
      return error.message ?? "is invalid";
  }
}
var WHOLE_VALUE_KEYWORDS = /* @__PURE__ */ new Set(["maxProperties", "minProperties", "maxItems", "minItems", "uniqueItems", "not"]);
function withoutConsequences(byPath) {
  const keys = [...byPath.keys()];
  return keys.filter((k) => WHOLE_VALUE_KEYWORDS.has(byPath.get(k).keyword) || !keys.some((o) => o !== k && (o.startsWith(`${k}.`) || o.startsWith(`${k}[`)))).map((k) => byPath.get(k));
}
function mostSpecific(errors) {
  const useful = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const pool = useful.length > 0 ? useful : [...errors];
  const byPath = /* @__PURE__ */ new Map();
  for (const e of pool) {
    const key = formatPath(errorPath(e));
    if (!byPath.has(key)) byPath.set(key, e);
  }
  return withoutConsequences(byPath);
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction2 = 0) {
  const date2 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction2));
  date2.setUTCFullYear(year, month, day);
  return date2;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date3 = makeUtcDate(year, month, day);
    if (date3.getUTCFullYear() !== year || date3.getUTCMonth() !== month || date3.getUTCDate() !== day) return NOT_RESOLVED;
    return date3;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction2 = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction2 = +value;
  }
  const date2 = makeUtcDate(year, month, day, hour, minute, second, fraction2);
  if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date2.setTime(date2.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date2;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd: valueEnd2 } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd2);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd2);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd2);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd2, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd2, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd2);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
  return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
  const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
  let result = "";
  for (let index = 0; index < source.length; index++) {
    let ch = source.charCodeAt(index);
    if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
      result += source[index];
      continue;
    }
    if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
    if (ch < 128) result += percentByte(ch);
    else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
    else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
    else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
  }
  return result;
}
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
  let tag = fullTag;
  if (tag.charCodeAt(0) === 33) {
    tag = tag.slice(1);
    return `!${tagPercentEncode(tag, true)}`;
  }
  if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
  return `!<${tagPercentEncode(tag, false)}>`;
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd2, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd: valueEnd2,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd2 = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd2 = linePosition + column;
      } else if (column > 0) valueEnd2 = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd2 = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd2 = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd2);
  addScalarEvent(state, valueStart, valueEnd2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping2 = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping2 ? 125 : 93;
  if (isMapping2) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping2 || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping2) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping2) addPopEvent(state);
    } else if (isMapping2 && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping2) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart2 = state.position;
    readDocument(state);
    if (state.position === documentStart2)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document of documents) iterator(document);
}
var INVALID = /* @__PURE__ */ Symbol("INVALID");
function buildRepresentTypes(schema) {
  const defaultTags = new Set([
    schema.defaultScalarTag,
    schema.defaultSequenceTag,
    schema.defaultMappingTag
  ].filter((t) => t !== void 0));
  const implicitScalars = schema.implicitScalarTags;
  const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
  const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
  return [
    ...implicitScalars.map((tag) => ({
      tag,
      implicitTag: true
    })),
    ...explicitTags.map((tag) => ({
      tag,
      implicitTag: false
    })),
    ...defaultTagsLast.map((tag) => ({
      tag,
      implicitTag: true
    }))
  ];
}
function matchTag(state, object) {
  for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
    const { tag, implicitTag } = state.representTypes[index];
    if (tag.identify(object)) {
      let tagName;
      if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
      else tagName = tag.tagName;
      return {
        tag,
        tagName,
        implicitTag
      };
    }
  }
  return null;
}
function build(state, object) {
  if (!state.noRefs && object !== null && typeof object === "object") {
    const existing = state.refs.get(object);
    if (existing) {
      if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
      return {
        kind: "alias",
        anchor: existing.anchor
      };
    }
  }
  const matched = matchTag(state, object);
  if (!matched) {
    if (object === void 0) return INVALID;
    if (state.skipInvalid) return INVALID;
    throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
  }
  const { tag, tagName, implicitTag } = matched;
  const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
  if (tag.nodeKind === "scalar") return {
    kind: "scalar",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: SCALAR_STYLE.PLAIN,
    value: tag.represent(object)
  };
  if (tag.nodeKind === "sequence") {
    const container = tag.represent(object);
    const node2 = {
      kind: "sequence",
      tag: nodeTagName,
      tagged: !implicitTag,
      style: COLLECTION_STYLE.BLOCK,
      items: []
    };
    if (!state.noRefs) state.refs.set(object, node2);
    for (let index = 0, length = container.length; index < length; index += 1) {
      let item = build(state, container[index]);
      if (item === INVALID && container[index] === void 0) item = build(state, null);
      if (item === INVALID) continue;
      node2.items.push(item);
    }
    return node2;
  }
  const map = tag.represent(object);
  const node = {
    kind: "mapping",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: COLLECTION_STYLE.BLOCK,
    items: []
  };
  if (!state.noRefs) state.refs.set(object, node);
  for (const [objectKey, objectValue] of map) {
    const key = build(state, objectKey);
    if (key === INVALID) continue;
    const value = build(state, objectValue);
    if (value === INVALID) continue;
    node.items.push({
      key,
      value
    });
  }
  return node;
}
function jsToAst(input, schema, options = {}) {
  const root = build({
    representTypes: buildRepresentTypes(schema),
    noRefs: options.noRefs ?? false,
    skipInvalid: options.skipInvalid ?? false,
    refs: /* @__PURE__ */ new Map(),
    refCounter: 0
  }, input);
  return [{
    contents: root === INVALID ? null : root,
    directives: []
  }];
}
var VISIT_BREAK = /* @__PURE__ */ Symbol("visit:break");
var VISIT_SKIP = /* @__PURE__ */ Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
  const control = visitor(node, ctx);
  if (control === VISIT_BREAK) return true;
  if (control === VISIT_SKIP) return false;
  const depth = ctx.depth + 1;
  switch (node.kind) {
    case "sequence":
      for (const item of node.items) if (visitNode(item, visitor, {
        depth,
        parent: node,
        isKey: false
      })) return true;
      break;
    case "mapping":
      for (const { key, value } of node.items) {
        if (visitNode(key, visitor, {
          depth,
          parent: node,
          isKey: true
        })) return true;
        if (visitNode(value, visitor, {
          depth,
          parent: node,
          isKey: false
        })) return true;
      }
  }
  return false;
}
function visit(documents, visitor) {
  for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
    depth: 0,
    parent: null,
    isKey: false
  })) return;
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function setBit(mask, bit) {
  return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
  const str = layout.node.value;
  if (str !== "") {
    if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
    if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
    if (layout.shiftOfContent === 0) {
      const firstLineBreak = str.indexOf("\n");
      if (firstLineBreak !== -1) {
        const content = str.slice(firstLineBreak + 1);
        if (C_FORBIDDEN_CONTENT.test(content)) return false;
      }
    }
  }
  const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
  if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
  if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
  return true;
}
function canUseSingleQuoted(layout) {
  const str = layout.node.value;
  if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
  if (/[ \t]\n|\n[ \t]/.test(str)) return false;
  if (!layout.isKey && layout.shiftOfContent === 0) {
    const firstLineBreak = str.indexOf("\n");
    if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
  }
  return true;
}
function canUseBlock(layout) {
  if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
  const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
  if (contentIndent < 1) return false;
  if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
  if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
  return true;
}
function detectAllowedStyles(layout) {
  let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
  if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
  if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
  if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
  layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
  switch (layout.style) {
    case SCALAR_STYLE.PLAIN:
      return renderPlain(layout);
    case SCALAR_STYLE.SINGLE_QUOTED:
      return renderSingleQuoted(layout);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return renderLiteralBlock(layout);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return renderFoldedBlock(layout);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return renderDoubleQuoted(layout);
  }
}
function renderPlain(layout) {
  return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
  return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
  const value = layout.node.value;
  return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
  const value = layout.node.value;
  const w = layout.presenterOptions.lineWidth;
  let availableWidth = Infinity;
  if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
  return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) return string;
  const pad = " ".repeat(shiftOfContent);
  let result = string.slice(0, nextLF);
  const lineRe = /(\n+)([^\n]*)/g;
  lineRe.lastIndex = nextLF;
  let match;
  while (match = lineRe.exec(string)) {
    const breaks = match[1].length;
    const line = match[2];
    result += "\n".repeat(breaks + 1) + pad + line;
  }
  return result;
}
function indentString(string, spaces) {
  const indent = " ".repeat(spaces);
  let position = 0;
  let result = "";
  const length = string.length;
  while (position < length) {
    let line;
    const next = string.indexOf("\n", position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }
    if (line.length && line !== "\n") result += indent;
    result += line;
  }
  return result;
}
function needIndentIndicator(string) {
  return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
  const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
  const clip2 = string[string.length - 1] === "\n";
  return `${indentIndicator}${clip2 && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip2 ? "" : "-"}
`;
}
function dropEndingNewline(string) {
  return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
  return char === " " || char === "	";
}
function foldLine(line, width) {
  if (line === "" || isMoreIndented(line[0])) return line;
  const breakRe = / [^ \t]/g;
  let match;
  let start = 0;
  let end;
  let curr = 0;
  let next = 0;
  let result = "";
  while (match = breakRe.exec(line)) {
    next = match.index;
    if (next - start > width) {
      end = curr > start ? curr : next;
      result += `
${line.slice(start, end)}`;
      start = end + 1;
    }
    curr = next;
  }
  result += "\n";
  if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
  else result += line.slice(start);
  return result.slice(1);
}
function foldBlockScalar(string, width) {
  const lineRe = /(\n+)([^\n]*)/g;
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) nextLF = string.length;
  lineRe.lastIndex = nextLF;
  let result = foldLine(string.slice(0, nextLF), width);
  let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
  let moreIndented;
  let match;
  while (match = lineRe.exec(string)) {
    const prefix = match[1];
    const line = match[2];
    moreIndented = line !== "" && isMoreIndented(line[0]);
    result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
  switch (character) {
    case "\0":
      return "\\0";
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "	":
      return "\\t";
    case "\n":
      return "\\n";
    case "\v":
      return "\\v";
    case "\f":
      return "\\f";
    case "\r":
      return "\\r";
    case "\x1B":
      return "\\e";
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\x85":
      return "\\N";
    case "\xA0":
      return "\\_";
    case "\u2028":
      return "\\L";
    case "\u2029":
      return "\\P";
  }
  const code = character.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
  return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
  return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
function nodeTagShort(node) {
  return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
  const opts = {
    ...DEFAULT_PRESENTER_OPTIONS,
    ...options
  };
  if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
  return {
    ...opts,
    defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
    openEnded: false
  };
}
function generateNextLine(state, level) {
  return `
${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
  return {
    node,
    parent,
    level,
    isKey,
    flowOnly,
    shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
    shiftOfContent: state.indent * Math.max(1, level),
    shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
    presenterOptions: state,
    allowedStylesMask: 0,
    style: node.style
  };
}
function writeFlowSequence(state, level, node) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    const item = writeNode(state, level, node.items[index], node, {}).text;
    if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    result += item;
  }
  const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
  return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    const item = writeNode(state, level + 1, node.items[index], node, {
      block: true,
      compact: state.seqInlineFirst,
      isblockseq: true
    }).text;
    if (!compact || result !== "") result += generateNextLine(state, level);
    if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
    else result += "- ";
    result += item;
  }
  return result;
}
function writeFlowMapping(state, level, node) {
  let result = "";
  for (const { key, value } of node.items) {
    let pairBuffer = "";
    if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    const keyRender = writeNode(state, level, key, node, { iskey: true });
    const keyText = keyRender.text;
    const valueText = writeNode(state, level, value, node, {}).text;
    const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
    pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
    result += pairBuffer;
  }
  const pad = state.flowBracketPadding && result !== "" ? " " : "";
  return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    let pairBuffer = "";
    if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
    const { key, value } = node.items[index];
    const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
    const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      isblockseq: !cannotBeCompact(state, key, level + 1)
    }) : writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      iskey: true
    });
    const keyText = keyRender.text;
    const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
    const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
    const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
    if (explicitPair) {
      if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
      else pairBuffer += "? ";
    }
    pairBuffer += keyText;
    if (explicitPair) pairBuffer += generateNextLine(state, level);
    const valueText = writeNode(state, level + 1, value, node, {
      block: true,
      compact: explicitPair,
      isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
    }).text;
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
    if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
    else pairBuffer += `${keyColonSep}: `;
    pairBuffer += valueText;
    result += pairBuffer;
  }
  return result;
}
function cannotBeCompact(state, node, level) {
  if (node.kind === "alias") return true;
  return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
  if (node.kind === "alias") {
    state.openEnded = false;
    return {
      text: `*${node.anchor}`,
      noBody: false
    };
  }
  const { block = false, iskey = false, isblockseq = false } = ctx;
  let compact = ctx.compact ?? false;
  const hasAnchor = node.anchor !== void 0;
  if (cannotBeCompact(state, node, level)) compact = false;
  let body;
  let shouldPrintTag = node.tagged;
  const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
  if (node.kind === "mapping") {
    if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
    else body = writeFlowMapping(state, level, node);
  } else if (node.kind === "sequence") {
    if (useBlockCollection) {
      if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
      else body = writeBlockSequence(state, level, node, compact);
    } else body = writeFlowSequence(state, level, node);
  } else {
    const layout = scalarLayout(state, node, parent, level, iskey, !block);
    detectAllowedStyles(layout);
    for (const rule of state.scalarStyleRules) rule(layout);
    body = renderScalar(layout);
    state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
    shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
  }
  if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
  if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
  const noBody = body === "";
  let text = body;
  if (shouldPrintTag || hasAnchor) {
    const props = [];
    const tag = shouldPrintTag ? nodeTagShort(node) : null;
    const anchor = hasAnchor ? `&${node.anchor}` : null;
    if (state.tagBeforeAnchor) {
      if (tag !== null) props.push(tag);
      if (anchor !== null) props.push(anchor);
    } else {
      if (anchor !== null) props.push(anchor);
      if (tag !== null) props.push(tag);
    }
    const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
    text = `${props.join(" ")}${sep}${body}`;
  }
  return {
    text,
    noBody
  };
}
function rootStartsOwnLine(node) {
  return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
  let result = "";
  for (const directive of doc.directives) {
    if (directive.kind === "yaml") {
      result += `%YAML ${directive.version}
`;
      continue;
    }
    const { handle, prefix } = directive;
    result += `%TAG ${handle} ${prefix}
`;
  }
  return result;
}
function present(documents, options) {
  const state = createPresenterState(options);
  let result = "";
  let previousEnded = false;
  for (let index = 0; index < documents.length; index += 1) {
    const doc = documents[index];
    state.openEnded = false;
    const directives = writeDocumentDirectives(doc);
    const hasDirectives = directives !== "";
    const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
    result += directives;
    if (doc.contents === null) {
      if (marker) result += "---\n";
    } else if (marker) {
      const body = writeNode(state, 0, doc.contents, null, {
        block: true,
        compact: true
      }).text;
      const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
      result += `---${sep}${body}
`;
    } else result += writeNode(state, 0, doc.contents, null, {
      block: true,
      compact: true
    }).text + "\n";
    previousEnded = doc.explicitEnd || state.openEnded;
    if (previousEnded) result += "...\n";
  }
  return result;
}
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
function defaultCompareFn(a, b) {
  const x = String(a);
  const y = String(b);
  if (x < y) return -1;
  if (x > y) return 1;
  return 0;
}
function dump(input, options = {}) {
  const opts = {
    ...DEFAULT_DUMP_OPTIONS,
    ...options
  };
  const documents = jsToAst(input, opts.schema, {
    noRefs: opts.noRefs,
    skipInvalid: opts.skipInvalid
  });
  if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
    if (ctx.depth < opts.flowLevel) return;
    if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
    return VISIT_SKIP;
  });
  if (opts.sortKeys) {
    const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
    visit(documents, (node) => {
      if (node.kind !== "mapping") return;
      node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
    });
  }
  opts.transform(documents);
  return present(documents, {
    ...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
    schema: opts.schema
  });
}
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/engine/yaml-block-scanner.ts
var NL = 10;
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var SQUOTE = 39;
var DQUOTE = 34;
var BACKSLASH = 92;
var LBRACE = 123;
var RBRACE = 125;
var LBRACKET = 91;
var RBRACKET = 93;
var COMMA = 44;
var PIPE = 124;
var GREATER = 62;
var PLUS = 43;
var DOT = 46;
var SLASH = 47;
var PERCENT = 37;
var OUTSIDE_SUBSET = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
var MAX_KEY_LENGTH = 1e3;
var Unsupported = class extends Error {
};
var UNSUPPORTED = new Unsupported();
var KEY_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_./-]/.test(ch)) KEY_CHAR[c] = 1;
}
var NOT_PLAIN_START = new Uint8Array(128);
for (const ch of "?:,[]{}#&*!|>'\"%@`") NOT_PLAIN_START[ch.charCodeAt(0)] = 1;
function continuesFlowScalar(c) {
  return c > SPACE && c < 127 && c !== COMMA && c !== RBRACKET && c !== RBRACE && c !== LBRACKET && c !== LBRACE;
}
function endsInSpacesOnly(text) {
  let i = text.length - 1;
  if (i < 0 || text.charCodeAt(i) !== SPACE) return false;
  while (i >= 0 && text.charCodeAt(i) === SPACE) i--;
  return i < 0 || text.charCodeAt(i) === NL;
}
var EventPool = class {
  scalars = [];
  collections = [];
};
var POOLED_EVENTS = 1 << 16;
var POP_EVENT = Object.freeze({ type: EVENT_ID.POP });
function scanBlockEvents(text, maxDepth, pool = null) {
  if (OUTSIDE_SUBSET.test(text) || endsInSpacesOnly(text)) return null;
  try {
    return new BlockScanner(text, maxDepth, pool ?? new EventPool()).stream();
  } catch (error) {
    if (error === UNSUPPORTED) return null;
    throw error;
  }
}
var BlockScanner = class {
  constructor(text, maxDepth, pool) {
    this.text = text;
    this.maxDepth = maxDepth;
    this.pool = pool;
    this.n = text.length;
  }
  text;
  maxDepth;
  pool;
  events = [];
  n;
  /** Start of the current content line and its indentation (spaces before its first character). */
  line = 0;
  indent = 0;
  depth = 0;
  /** How many of the pool's scalar and collection events this scan has used. */
  scalarsUsed = 0;
  collectionsUsed = 0;
  stream() {
    this.nextContent(0);
    while (this.line < this.n) {
      let explicitStart = false;
      if (this.isMarker()) {
        explicitStart = true;
        this.nextContent(this.endOfLine(this.line) + 1);
      }
      this.events.push({ type: EVENT_ID.DOCUMENT, explicitStart, explicitEnd: false, directives: [] });
      if (this.line >= this.n || this.isMarker()) {
        this.emptyScalar();
      } else {
        if (this.indent !== 0) throw UNSUPPORTED;
        const at = this.line;
        const c = this.text.charCodeAt(at);
        if (c === LBRACE || c === LBRACKET) this.afterInline(this.flow(at), 0);
        else if (this.isDash(at)) this.sequence(at);
        else this.mapping(at);
        if (this.line < this.n && !this.isMarker()) throw UNSUPPORTED;
      }
      this.events.push(POP_EVENT);
    }
    return this.events;
  }
  /** The current line is `---` alone (a separator); `---` followed by anything, `...` and `%` are not handled. */
  isMarker() {
    const t = this.text;
    const p = this.line;
    if (this.indent !== 0) return false;
    const c = t.charCodeAt(p);
    if (c === PERCENT) throw UNSUPPORTED;
    if (c === DASH && t.charCodeAt(p + 1) === DASH && t.charCodeAt(p + 2) === DASH) {
      if (p + 3 >= this.n || t.charCodeAt(p + 3) === NL) return true;
      throw UNSUPPORTED;
    }
    if (c === DOT && t.startsWith("..", p + 1)) throw UNSUPPORTED;
    return false;
  }
  endOfLine(p) {
    const e = this.text.indexOf("\n", p);
    return e < 0 ? this.n : e;
  }
  /**
   * Moves to the first line at or after `p` (a line start) that holds something other than
   * spaces and a comment, setting `line` (its start, or n) and `indent`. Returns the deepest
   * indentation of a comment line passed over (-1 if none).
   */
  nextContent(p) {
    const t = this.text;
    let deepestComment = -1;
    while (p < this.n) {
      let q = p;
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (q < this.n && c !== NL && c !== HASH) {
        this.line = p;
        this.indent = q - p;
        return deepestComment;
      }
      if (c === HASH && q - p > deepestComment) deepestComment = q - p;
      const e = this.endOfLine(q);
      p = e + 1;
    }
    this.line = this.n;
    this.indent = 0;
    return deepestComment;
  }
  /** `p` holds `-` followed by a space, a line break or the end. */
  isDash(p) {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const c = this.text.charCodeAt(p + 1);
    return c === SPACE || c === NL || p + 1 >= this.n;
  }
  /**
   * Opens a mapping or sequence. Nesting well inside js-yaml's maxDepth (which counts every node,
   * scalars too) is scanned; deeper is left to it.
   */
  open(type, start, style) {
    if (++this.depth * 2 + 4 > this.maxDepth) throw UNSUPPORTED;
    const pooled = this.pool.collections[this.collectionsUsed++];
    if (pooled === void 0) {
      this.emitNew(this.pool.collections, this.collectionsUsed, { type, start, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style });
      return;
    }
    pooled.type = type;
    pooled.start = start;
    pooled.style = style;
    this.events.push(pooled);
  }
  close() {
    this.events.push(POP_EVENT);
    this.depth--;
  }
  /** A block mapping whose first key starts at `start` (on the current line, at column `col`). */
  mapping(start) {
    const col = start - this.line;
    this.open(EVENT_ID.MAPPING, start, COLLECTION_STYLE.BLOCK);
    let key = start;
    for (; ; ) {
      const afterColon = this.key(key, false);
      this.value(afterColon, col, true);
      if (this.line >= this.n || this.indent < col || this.isMarker()) break;
      if (this.indent > col) throw UNSUPPORTED;
      key = this.line + col;
      if (this.isDash(key)) throw UNSUPPORTED;
    }
    this.close();
  }
  /**
   * A plain key at `p` followed by `: ` (in a block mapping also by `:` at the end of its line);
   * emits its scalar and returns the position after the colon.
   */
  key(p, inFlow) {
    const t = this.text;
    let q = p;
    let c = t.charCodeAt(q);
    if (c >= 128 || !KEY_CHAR[c] || c === DASH || c === DOT || c === SLASH) throw UNSUPPORTED;
    do
      c = t.charCodeAt(++q);
    while (c < 128 && KEY_CHAR[c] === 1);
    if (c !== COLON || q - p > MAX_KEY_LENGTH) throw UNSUPPORTED;
    const after = t.charCodeAt(q + 1);
    if (after !== SPACE && (inFlow || after !== NL && q + 1 < this.n)) throw UNSUPPORTED;
    this.scalar(p, q, SCALAR_STYLE.PLAIN);
    return q + 1;
  }
  /**
   * The value of a mapping entry or sequence item that follows `p` on its line; `col` is the
   * column of the entry's key (or of the item's dash). On return the scanner is at the next
   * content line after the value.
   */
  value(p, col, inMapping) {
    const t = this.text;
    while (t.charCodeAt(p) === SPACE) p++;
    const c = t.charCodeAt(p);
    if (p >= this.n || c === NL || c === HASH) {
      if (c === HASH && t.charCodeAt(p - 1) !== SPACE) throw UNSUPPORTED;
      this.nextContent(this.endOfLine(p) + 1);
      if (this.line < this.n && !this.isMarker()) {
        const at = this.line + this.indent;
        if (this.indent > col) {
          if (this.isDash(at)) this.sequence(at);
          else this.mapping(at);
          return;
        }
        if (inMapping && this.indent === col && this.isDash(at)) {
          this.sequence(at);
          return;
        }
      }
      this.emptyScalar();
      return;
    }
    let end;
    if (c === PIPE || c === GREATER) {
      this.blockScalar(p, col);
      return;
    }
    if (c === LBRACE || c === LBRACKET) {
      end = this.flow(p);
    } else if (c === SQUOTE || c === DQUOTE) {
      end = this.quoted(p, c);
    } else if (!inMapping && this.startsKey(p)) {
      this.mapping(p);
      return;
    } else {
      end = this.plain(p);
    }
    this.afterInline(end, col);
  }
  /** Whether a plain key followed by `: ` (or `:` at the line's end) starts at `p`. */
  startsKey(p) {
    const t = this.text;
    let q = p;
    let c = t.charCodeAt(q);
    while (c < 128 && KEY_CHAR[c] === 1) c = t.charCodeAt(++q);
    if (q === p || c !== COLON) return false;
    const after = t.charCodeAt(q + 1);
    return after === SPACE || after === NL || q + 1 >= this.n;
  }
  /** A quoted scalar on one line without escapes; returns the position after the closing quote. */
  quoted(p, quote) {
    const t = this.text;
    let q = p + 1;
    for (; ; ) {
      const c = t.charCodeAt(q);
      if (q >= this.n || c === NL || c === BACKSLASH) throw UNSUPPORTED;
      if (c === quote) break;
      q++;
    }
    if (quote === SQUOTE && t.charCodeAt(q + 1) === SQUOTE) throw UNSUPPORTED;
    this.scalar(p + 1, q, quote === SQUOTE ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED);
    return q + 1;
  }
  /** A one-line plain scalar at `p`; returns its end (trailing spaces excluded). */
  plain(p) {
    const t = this.text;
    const first = t.charCodeAt(p);
    if (NOT_PLAIN_START[first] || this.isDash(p)) throw UNSUPPORTED;
    let q = p + 1;
    let end = q;
    for (; ; ) {
      const c = t.charCodeAt(q);
      if (q >= this.n || c === NL) break;
      if (c === SPACE) {
        if (t.charCodeAt(q + 1) === HASH) break;
      } else {
        if (c === COLON) {
          const next = t.charCodeAt(q + 1);
          if (next === SPACE || next === NL || q + 1 >= this.n) throw UNSUPPORTED;
        }
        end = q + 1;
      }
      q++;
    }
    this.scalar(p, end, SCALAR_STYLE.PLAIN);
    return end;
  }
  /**
   * A flow collection on one line of one-line scalars and flow collections: `[a, "b", 80]`,
   * `{ cpu: 100m, memory: 128Mi }`, `{"a":[1,2]}`. Returns the position after the closing bracket.
   */
  flow(p) {
    const t = this.text;
    const isMap = t.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    this.open(isMap ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, p, COLLECTION_STYLE.FLOW);
    let q = p + 1;
    for (; ; ) {
      while (t.charCodeAt(q) === SPACE) q++;
      if (t.charCodeAt(q) === close) break;
      if (isMap) {
        q = this.flowKey(q);
        while (t.charCodeAt(q) === SPACE) q++;
      }
      const first = t.charCodeAt(q);
      q = first === LBRACE || first === LBRACKET ? this.flow(q) : this.flowScalar(q);
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (c === close) break;
      if (c !== COMMA) throw UNSUPPORTED;
      q++;
    }
    this.close();
    return q + 1;
  }
  /**
   * A key inside a flow mapping: plain and followed by `: `, or quoted and followed by `:` (the
   * JSON form, `{"a":1}`); returns the position after the colon.
   */
  flowKey(p) {
    const c = this.text.charCodeAt(p);
    if (c !== SQUOTE && c !== DQUOTE) return this.key(p, true);
    const q = this.quoted(p, c);
    if (this.text.charCodeAt(q) !== COLON) throw UNSUPPORTED;
    return q + 1;
  }
  /** A quoted or plain scalar inside a flow collection; returns its end. */
  flowScalar(p) {
    const t = this.text;
    const first = t.charCodeAt(p);
    if (first === SQUOTE || first === DQUOTE) return this.quoted(p, first);
    if (NOT_PLAIN_START[first] || p >= this.n || first === DASH && !continuesFlowScalar(t.charCodeAt(p + 1))) throw UNSUPPORTED;
    let q = p;
    let end = p;
    for (; ; ) {
      const c = t.charCodeAt(q);
      if (c === COMMA || c === RBRACKET || c === RBRACE) break;
      if (q >= this.n || c === NL || c === LBRACKET || c === LBRACE) throw UNSUPPORTED;
      if (c === COLON && !continuesFlowScalar(t.charCodeAt(q + 1))) throw UNSUPPORTED;
      if (c === HASH && t.charCodeAt(q - 1) === SPACE) throw UNSUPPORTED;
      if (c !== SPACE) end = q + 1;
      q++;
    }
    this.scalar(p, end, SCALAR_STYLE.PLAIN);
    return end;
  }
  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `p`, with an optional chomping
   * indicator and comment, and whose first line below is its content, indented past `col`. As
   * js-yaml reports it: from the line after the header up to the first non-empty line indented
   * less than that first line (trailing empty lines included), the content's indentation, and no
   * fast slice.
   */
  blockScalar(p, col) {
    const t = this.text;
    const style = t.charCodeAt(p) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let q = p + 1;
    let chomping = CHOMPING_MODE.CLIP;
    if (t.charCodeAt(q) === DASH) chomping = CHOMPING_MODE.STRIP, q++;
    else if (t.charCodeAt(q) === PLUS) chomping = CHOMPING_MODE.KEEP, q++;
    const headerEnd = q;
    while (t.charCodeAt(q) === SPACE) q++;
    if (q < this.n && t.charCodeAt(q) !== NL && (t.charCodeAt(q) !== HASH || q === headerEnd)) throw UNSUPPORTED;
    const start = this.endOfLine(q) + 1;
    if (start >= this.n) throw UNSUPPORTED;
    let r = start;
    while (t.charCodeAt(r) === SPACE) r++;
    const contentIndent = r - start;
    if (contentIndent <= col || r >= this.n || t.charCodeAt(r) === NL) throw UNSUPPORTED;
    let line = this.endOfLine(r) + 1;
    while (line < this.n) {
      let s = line;
      while (t.charCodeAt(s) === SPACE) s++;
      if (s - line < contentIndent && s < this.n && t.charCodeAt(s) !== NL) break;
      line = this.endOfLine(s) + 1;
    }
    const end = Math.min(line, this.n);
    this.scalar(start, end, style, chomping, contentIndent, false);
    this.toLineAtMost(end, col);
  }
  /**
   * After a value written on its line (ending at `end`): only spaces and a comment may follow it,
   * then the scanner moves on to the next content line (see toLineAtMost).
   */
  afterInline(end, col) {
    const t = this.text;
    let q = end;
    while (t.charCodeAt(q) === SPACE) q++;
    const c = t.charCodeAt(q);
    if (q < this.n && c !== NL) {
      if (c !== HASH || q === end) throw UNSUPPORTED;
    }
    this.toLineAtMost(this.endOfLine(q) + 1, col);
  }
  /**
   * Moves to the next content line from the line start `p`, where a node has just ended: no line
   * there, comment or content, may be indented past `col` (a continuation, which js-yaml reads
   * or refuses).
   */
  toLineAtMost(p, col) {
    const deepestComment = this.nextContent(p);
    if (deepestComment > col || this.line < this.n && this.indent > col) throw UNSUPPORTED;
  }
  /** A block sequence whose first dash is at `start` (on the current line). */
  sequence(start) {
    const col = start - this.line;
    this.open(EVENT_ID.SEQUENCE, start, COLLECTION_STYLE.BLOCK);
    let dash = start;
    for (; ; ) {
      this.value(dash + 1, col, false);
      if (this.line >= this.n || this.indent !== col || this.isMarker()) break;
      dash = this.line + col;
      if (!this.isDash(dash)) break;
    }
    this.close();
  }
  /** A scalar event: by default a one-line scalar whose value is the text's slice. */
  scalar(start, end, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = true) {
    const pooled = this.pool.scalars[this.scalarsUsed++];
    if (pooled === void 0) {
      this.emitNew(this.pool.scalars, this.scalarsUsed, { type: EVENT_ID.SCALAR, valueStart: start, valueEnd: end, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping, indent, fast });
      return;
    }
    pooled.valueStart = start;
    pooled.valueEnd = end;
    pooled.style = style;
    pooled.chomping = chomping;
    pooled.indent = indent;
    pooled.fast = fast;
    this.events.push(pooled);
  }
  /** Emits an event the pool did not have yet, and lends it on while the pool is under its cap. */
  emitNew(pooled, used, ev) {
    if (used <= POOLED_EVENTS) pooled.push(ev);
    this.events.push(ev);
  }
  /** The empty plain scalar js-yaml gives a key or item with no value, and an empty document. */
  emptyScalar() {
    this.scalar(-1, -1, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, false);
  }
};

// src/engine/kubectl-yaml-reader.ts
var MARK_LINE = /(?:^|[\n\r])(?:---|\.\.\.|%)/g;
var REFUSED_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;
var REFUSED_CHARS = new RegExp(REFUSED_CHAR.source, "g");
var NL2 = 10;
var CR = 13;
var SPACE2 = 32;
var TAB = 9;
var HASH2 = 35;
function kubectlText(text) {
  const n = text.length;
  const problems = [];
  const refusedSeparators = /* @__PURE__ */ new Set();
  const blanks = [];
  const parts = [];
  let part = newPart(0, false);
  const endPart = (end) => {
    if (part.ignoredFrom >= 0 && part.ignoredFrom < end) {
      blanks.push(part.ignoredFrom, end);
      const content = contentSpan(text, part.ignoredFrom, end);
      if (content !== null && !part.ignoredByError) {
        problems.push({
          kind: "ignored",
          message: part.ignoredBy === "document end" ? "kubectl never applies this: go-yaml reads one document from each part of the file between --- lines, and the `...` above ends it; start the next document with a --- line instead" : "kubectl never applies this: go-yaml reads one document from each part of the file between --- lines, and kubectl splits at line feeds only, so a --- or ... after a carriage return alone ends the document without starting another; save the file with LF (or CRLF) line breaks",
          ...content
        });
      }
    }
    parts.push({ start: part.start, end });
  };
  for (const m of text.matchAll(MARK_LINE)) {
    const lead = text.charCodeAt(m.index);
    const at = lead === NL2 || lead === CR ? m.index + 1 : m.index;
    let lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = n;
    const c = text.charCodeAt(at);
    if (lead === CR) {
      if (part.ignoredFrom < 0 && c !== 37 && isDocumentMarker(text, at) && contentSpan(text, part.start, at) !== null) {
        part.ignoredFrom = at;
        part.ignoredBy = "carriage return";
      }
      continue;
    }
    if (c === 45) {
      const rest = goTrimSpace(text.slice(at + 3, lineEnd));
      const kept = at === part.start;
      if (rest !== "" && rest[0] !== "#") {
        problems.push({
          kind: "syntax",
          message: `kubectl splits a file into documents at every line that starts with --- (inside a multi-line string too) and refuses one followed by anything but a comment (invalid Yaml document separator: ${clip(rest)}): write --- alone on its line, or indent this line if it belongs to the value above`,
          start: at,
          end: withoutCr(text, at, lineEnd)
        });
        refusedSeparators.add(at);
        if (lineEnd > at + 3) blanks.push(at + 3, lineEnd);
      } else if (kept) {
        part.explicitStart = isDocumentMarker(text, at);
        continue;
      } else if (!isDocumentMarker(text, at) || hasTrailingOtherThanComment(text, at + 3, lineEnd)) {
        blanks.push(at + 3, lineEnd);
      }
      if (!kept) endPart(at);
      part = newPart(Math.min(lineEnd + 1, n), false);
      continue;
    }
    if (part.ignoredFrom >= 0) continue;
    if (c === 46) {
      if (!isDocumentMarker(text, at)) continue;
      if (part.explicitStart || part.directivesEnd >= 0 || contentSpan(text, part.start, at) !== null) {
        part.ignoredFrom = Math.min(lineEnd + 1, n);
      } else {
        problems.push({
          kind: "syntax",
          message: "a `...` (document end) before any content: kubectl reads each part of the file between --- lines as one document, and go-yaml refuses one that ends before it starts (did not find expected node content); remove the `...` line",
          start: at,
          end: at + 3
        });
        part.ignoredFrom = at;
        part.ignoredByError = true;
      }
      continue;
    }
    const first = part.directivesEnd < 0 && !part.explicitStart && contentSpan(text, part.start, at) === null;
    const following = part.directivesEnd >= 0 && contentSpan(text, part.directivesEnd, at) === null;
    if (!first && !following) continue;
    if (first) {
      problems.push({
        kind: "syntax",
        message: `a ${clip(text.slice(at, withoutCr(text, at, lineEnd)).split(/\s/)[0])} directive: kubectl splits the file at the --- line after it, which leaves the directive in a document of its own, and go-yaml refuses that (did not find expected <document start>); remove the directive`,
        start: at,
        end: withoutCr(text, at, lineEnd)
      });
    }
    blanks.push(at, lineEnd);
    part.directivesEnd = lineEnd;
  }
  endPart(n);
  const refusedCharacters = [];
  if (REFUSED_CHAR.test(text)) {
    let p = 0;
    let reported = -1;
    for (const m of text.matchAll(REFUSED_CHARS)) {
      const at = m.index;
      while (p < parts.length - 1 && at >= parts[p + 1].start) p++;
      if (reported === p) continue;
      reported = p;
      refusedCharacters.push(at);
      const code = text.charCodeAt(at);
      problems.push({
        kind: "syntax",
        message: `the control character ${codePoint(code)} is not allowed in YAML: go-yaml, with which kubectl reads YAML, refuses it (control characters are not allowed); remove it, or write it as an escape (\\x${code.toString(16).padStart(2, "0")}) in a double-quoted string`,
        start: at,
        end: at + 1
      });
    }
  }
  if (problems.length === 0 && blanks.length === 0) return null;
  return { text: blanked(text, blanks), problems, refusedSeparators, refusedCharacters };
}
function newPart(start, explicitStart) {
  return { start, explicitStart, ignoredFrom: -1, ignoredByError: false, ignoredBy: "document end", directivesEnd: -1 };
}
function isDocumentMarker(text, at) {
  const c = text.charCodeAt(at + 3);
  return Number.isNaN(c) || c === SPACE2 || c === TAB || c === NL2 || c === CR || c === 133 || c === 8232 || c === 8233;
}
function hasTrailingOtherThanComment(text, from, lineEnd) {
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH2) return i === from;
    if (c !== SPACE2 && c !== TAB && !(c === CR && i === lineEnd - 1)) return true;
  }
  return false;
}
function contentSpan(text, from, to) {
  let start = -1;
  let end = -1;
  let line = from;
  while (line < to) {
    let lineEnd = text.indexOf("\n", line);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let i = line;
    while (i < lineEnd && (text.charCodeAt(i) === SPACE2 || text.charCodeAt(i) === TAB)) i++;
    const c = text.charCodeAt(i);
    if (i < lineEnd && c !== HASH2 && !(c === CR && i === lineEnd - 1)) {
      if (start < 0) start = i;
      end = withoutCr(text, i, lineEnd);
    }
    line = lineEnd + 1;
  }
  return start < 0 ? null : { start, end };
}
function withoutCr(text, from, lineEnd) {
  return lineEnd > from && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
}
function goTrimSpace(s) {
  return s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, "");
}
function clip(s) {
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}
function codePoint(code) {
  const name = code === 127 ? " (DEL)" : code === 27 ? " (ESC)" : "";
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}${name}`;
}
function blanked(text, blanks) {
  if (blanks.length === 0) return text;
  const ranges = [];
  for (let i = 0; i < blanks.length; i += 2) ranges.push([blanks[i], blanks[i + 1]]);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let last = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, last);
    if (from >= end) continue;
    out += text.slice(last, from) + text.slice(from, end).replace(/[^\n]/g, " ");
    last = end;
  }
  return out + text.slice(last);
}

// src/engine/yaml-like-kubectl.ts
var NL3 = 10;
var CR2 = 13;
var TAB2 = 9;
var SPACE3 = 32;
var REPARSE_BUDGET = 64 * 1024 * 1024;
function parseEventsLikeKubectl(text, maxDepth) {
  try {
    return parseEvents(text, { maxDepth });
  } catch (first) {
    if (!isDeficientIndentation(first)) throw first;
    const prejoined = joinQuotedScalars(text);
    if (prejoined.unclosed && kubectlDocumentStarts(text).length > 1) throw first;
    if (prejoined.changed.length > 0) {
      try {
        return patchUntilParsed(text, prejoined.text, { changed: prejoined.changed, blanked: [] }, maxDepth, first);
      } catch {
      }
    }
    return patchUntilParsed(text, text, { changed: [], blanked: [] }, maxDepth, first);
  }
}
function patchUntilParsed(text, patched, patches, maxDepth, first) {
  const budget = { left: REPARSE_BUDGET };
  let error = null;
  for (; ; ) {
    if (error !== null) {
      const fixed = joinDocument(patched, error.mark.position, maxDepth, patches, budget);
      if (fixed === null) throw first;
      patched = fixed;
    }
    try {
      const events = parseEvents(patched, { maxDepth });
      if (!acceptPatches(text, events, patches)) throw first;
      return events;
    } catch (next) {
      if (next === first || !isDeficientIndentation(next)) throw next;
      error = next;
    }
  }
}
function joinQuotedScalars(text) {
  const changed = [];
  const unclosed = walkQuotedScalars(text, (open, close) => {
    for (let k = text.indexOf("\n", open); k >= 0 && k < close; k = text.indexOf("\n", k + 1)) changed.push(k);
  });
  if (unclosed >= 0) return { text, changed: [], unclosed: true };
  let copy = "";
  let last = 0;
  for (const k of changed) {
    const from = k > 0 && text.charCodeAt(k - 1) === CR2 ? k - 1 : k;
    copy += text.slice(last, from) + (from < k ? "  " : " ");
    last = k + 1;
  }
  return { text: copy + text.slice(last), changed, unclosed: false };
}
function kubectlDocumentStarts(text) {
  const starts = [0];
  for (const m of text.matchAll(/^---[^\S\n]*(?:#[^\n]*)?$/gm)) if (m.index > 0) starts.push(m.index);
  return starts;
}
function unclosedQuoteAt(text) {
  return walkQuotedScalars(text, () => {
  });
}
function walkQuotedScalars(text, visit2) {
  const n = text.length;
  let blockIndent = -1;
  let i = 0;
  while (i < n) {
    let lineEnd = text.indexOf("\n", i);
    if (lineEnd < 0) lineEnd = n;
    let first = i;
    while (first < lineEnd && text.charCodeAt(first) === SPACE3) first++;
    const indent = first - i;
    if (blockIndent >= 0) {
      if (first >= lineEnd || text.charCodeAt(first) === CR2 || indent > blockIndent) {
        i = lineEnd + 1;
        continue;
      }
      blockIndent = -1;
    }
    let lineStart = i;
    let j = first;
    for (; j < lineEnd; j++) {
      const c = text[j];
      if (c === "#" && (j === lineStart || text[j - 1] === " " || text[j - 1] === "	")) break;
      if ((c === "'" || c === '"') && opensQuotedScalar(text, lineStart, j)) {
        const close = closingQuote(text, j, c);
        if (close < 0) return j;
        visit2(j, close);
        j = close;
        if (close > lineEnd) {
          lineStart = text.lastIndexOf("\n", close) + 1;
          lineEnd = text.indexOf("\n", close);
          if (lineEnd < 0) lineEnd = n;
        }
      }
    }
    const content = text.slice(first, j).trimEnd();
    if (/(?:^|[\s:-])[|>][-+0-9]*$/.test(content)) blockIndent = indent;
    i = lineEnd + 1;
  }
  return -1;
}
function opensQuotedScalar(text, lineStart, at) {
  if (at > lineStart && !" 	[{,".includes(text[at - 1])) return false;
  let k = at - 1;
  while (k >= lineStart && (text[k] === " " || text[k] === "	")) k--;
  return k < lineStart || ":-?[{,".includes(text[k]);
}
function closingQuote(text, open, quote, limit = text.length) {
  for (let k = open + 1; k < limit; k++) {
    const c = text[k];
    if (c === "\n" && isDocumentMarker2(text, k + 1)) return -1;
    if (quote === '"' && c === "\\") k++;
    else if (c === quote) {
      if (quote === "'" && text[k + 1] === "'") k++;
      else return k;
    }
  }
  return -1;
}
function isDeficientIndentation(error) {
  return error instanceof YAMLException && error.reason === "deficient indentation" && error.mark !== void 0;
}
function joinDocument(text, errorAt, maxDepth, patches, budget) {
  const start = documentStart(text, errorAt);
  const end = documentEnd(text, errorAt);
  let doc = text.slice(start, end);
  let at = errorAt - start;
  let blankedComment = false;
  while ((budget.left -= doc.length) >= 0) {
    const tabs = tabsBefore(doc, at).filter((t) => !patches.changed.includes(start + t));
    if (tabs.length > 0) {
      for (const t of tabs) {
        doc = `${doc.slice(0, t)} ${doc.slice(t + 1)}`;
        patches.changed.push(start + t);
      }
    } else {
      const lineBreak = doc.lastIndexOf("\n", at - 1);
      if (lineBreak < 0 || isDocumentMarker2(doc, lineBreak + 1) || patches.changed.includes(start + lineBreak)) return null;
      const comment = commentStart(doc, lineBreak);
      if (comment >= 0) {
        blankedComment = true;
        doc = doc.slice(0, comment) + " ".repeat(lineBreak - comment) + doc.slice(lineBreak);
        for (let i = comment; i < lineBreak; i++) patches.blanked.push(start + i);
      }
      doc = `${doc.slice(0, lineBreak)} ${doc.slice(lineBreak + 1)}`;
      patches.changed.push(start + lineBreak);
      if (lineBreak > 0 && doc.charCodeAt(lineBreak - 1) === CR2) doc = `${doc.slice(0, lineBreak - 1)} ${doc.slice(lineBreak)}`;
    }
    try {
      parseEvents(doc, { maxDepth });
      return text.slice(0, start) + doc + text.slice(end);
    } catch (error) {
      if (!isDeficientIndentation(error)) return blankedComment ? null : text.slice(0, start) + doc + text.slice(end);
      at = error.mark.position;
    }
  }
  return null;
}
function tabsBefore(text, at) {
  const out = [];
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === TAB2) out.push(i);
    else if (c !== SPACE3 && c !== NL3 && c !== CR2) break;
  }
  return out;
}
function documentStart(text, offset) {
  let at = text.lastIndexOf("\n---", offset);
  while (at >= 0 && !isDocumentMarker2(text, at + 1)) at = text.lastIndexOf("\n---", at - 1);
  return at < 0 ? 0 : at + 1;
}
function documentEnd(text, offset) {
  let at = text.indexOf("\n---", offset);
  while (at >= 0 && !isDocumentMarker2(text, at + 1)) at = text.indexOf("\n---", at + 1);
  return at < 0 ? text.length : at + 1;
}
function isDocumentMarker2(text, lineStart) {
  if (!text.startsWith("---", lineStart) && !text.startsWith("...", lineStart)) return false;
  const next = text.charCodeAt(lineStart + 3);
  return Number.isNaN(next) || next === 32 || next === 9 || next === NL3 || next === CR2;
}
function acceptPatches(text, events, patches) {
  const changed = [...new Set(patches.changed)].sort((a, b2) => a - b2);
  const blanked2 = [...new Set(patches.blanked)].sort((a, b2) => a - b2);
  const outside = [];
  const plainEnds = /* @__PURE__ */ new Set();
  const foldedPlain = [];
  let c = 0;
  let b = 0;
  for (const ev of events) {
    if (ev.type !== EVENT_ID.SCALAR || ev.valueStart < 0) continue;
    if (ev.style === SCALAR_STYLE.PLAIN) plainEnds.add(ev.valueEnd);
    while (b < blanked2.length && blanked2[b] < ev.valueStart) b++;
    if (b < blanked2.length && blanked2[b] < ev.valueEnd) return false;
    while (c < changed.length && changed[c] < ev.valueStart) outside.push(changed[c++]);
    for (; c < changed.length && changed[c] < ev.valueEnd; c++) {
      const at = changed[c];
      if (ev.style === SCALAR_STYLE.PLAIN && text.charCodeAt(at) !== TAB2) foldedPlain.push(at);
      else if (ev.style !== SCALAR_STYLE.SINGLE_QUOTED && ev.style !== SCALAR_STYLE.DOUBLE_QUOTED) return false;
      ev.fast = false;
    }
  }
  while (c < changed.length) outside.push(changed[c++]);
  if (outside.length === 0 && blanked2.length === 0 && foldedPlain.length === 0) return true;
  const flows = flowSpans(text, events);
  const flowAt = (at) => flows.find((f) => at > f.start && at < f.end);
  for (const at of foldedPlain) if (!flowAt(at)) return false;
  for (const at of blanked2) if (!flowAt(at)) return false;
  for (const at of outside) {
    const flow = flowAt(at);
    if (!flow) return false;
    if (text.charCodeAt(at) === TAB2 && tabViolatesIndentation(text, at, flow.blockIndent, plainEnds)) return false;
  }
  return true;
}
function flowSpans(text, events) {
  const spans = [];
  const open = [];
  const reach = (to) => {
    const top = open[open.length - 1];
    if (top && to > top.last) top.last = to;
  };
  for (const ev of events) {
    if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
      const flow = ev.style === COLLECTION_STYLE.FLOW;
      const parent = open[open.length - 1];
      const blockIndent = flow ? parent?.blockIndent ?? -1 : ev.start - text.lastIndexOf("\n", ev.start - 1) - 1;
      open.push({ flow, start: ev.start, last: ev.start + 1, blockIndent });
    } else if (ev.type === EVENT_ID.DOCUMENT) open.push({ flow: false, start: -1, last: -1, blockIndent: -1 });
    else if (ev.type === EVENT_ID.SCALAR) reach(ev.valueEnd);
    else if (ev.type === EVENT_ID.ALIAS) reach(ev.anchorEnd);
    else if (ev.type === EVENT_ID.POP) {
      const node = open.pop();
      if (!node?.flow) continue;
      const end = closingBracket(text, node.last);
      spans.push({ start: node.start, end, blockIndent: node.blockIndent });
      reach(end + 1);
    }
  }
  return spans;
}
function tabViolatesIndentation(text, at, blockIndent, plainEnds) {
  let before = at - 1;
  let lineBreak = false;
  for (; before >= 0; before--) {
    const c = text.charCodeAt(before);
    if (c === NL3) lineBreak = true;
    else if (c !== SPACE3 && c !== TAB2 && c !== CR2) break;
  }
  if (!lineBreak || !plainEnds.has(before + 1)) return false;
  return at - text.lastIndexOf("\n", at - 1) - 1 < blockIndent + 1;
}
function closingBracket(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "]" || c === "}") return i;
    if (c === "#") {
      const eol = text.indexOf("\n", i);
      if (eol < 0) break;
      i = eol;
    } else if (!` 	\r
,"'`.includes(c)) break;
  }
  return from;
}
function commentStart(text, at) {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if ((c === "'" || c === '"') && opensQuotedScalar(text, lineStart, i)) {
      const close = closingQuote(text, i, c, at);
      if (close < 0) return -1;
      i = close;
    } else if (c === "#" && (i === lineStart || text[i - 1] === " " || text[i - 1] === "	")) return i;
  }
  return -1;
}

// src/engine/yaml.ts
function resolvingWith(tag, resolve) {
  return defineScalarTag(tag.tagName, {
    implicit: true,
    implicitFirstChars: tag.implicitFirstChars,
    resolve: (source, isExplicit, tagName) => resolve(source, () => tag.resolve(source, isExplicit, tagName)),
    identify: tag.identify,
    represent: tag.represent
  });
}
var withoutSexagesimal = (source, own) => source.includes(":") ? NOT_RESOLVED : own();
var GO_YAML_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function goYamlFloat(source) {
  const plain = source.startsWith(".") ? source : source.replaceAll("_", "");
  if (!GO_YAML_FLOAT.test(plain)) return NOT_RESOLVED;
  const value = Number(plain);
  return Number.isFinite(value) ? value : NOT_RESOLVED;
}
var GO_INT_PREFIXED = /^[-+]?0(?:[oO][0-7]+|[xX][0-9a-fA-F]+|[bB][01]+)$/;
function goYamlPrefixedInt(source) {
  const plain = source.replaceAll("_", "");
  if (!GO_INT_PREFIXED.test(plain)) return NOT_RESOLVED;
  const digits = plain.replace(/^[-+]?0/, "");
  const value = Number.parseInt(digits.slice(1), { o: 8, x: 16, b: 2 }[digits[0].toLowerCase()]);
  return plain.startsWith("-") ? -value : value;
}
function asGoYaml(tag, wider) {
  return resolvingWith(
    tag,
    (source, own) => withoutSexagesimal(source, () => {
      const yaml11 = own();
      return yaml11 !== NOT_RESOLVED ? yaml11 : wider(source);
    })
  );
}
var KUBERNETES_SCHEMA = YAML11_SCHEMA.withTags(
  asGoYaml(intYaml11Tag, goYamlPrefixedInt),
  asGoYaml(floatYaml11Tag, goYamlFloat),
  defineScalarTag(timestampTag.tagName, {
    implicit: true,
    implicitFirstChars: timestampTag.implicitFirstChars,
    resolve: (source, isExplicit, tagName) => timestampTag.resolve(source, isExplicit, tagName) === NOT_RESOLVED ? NOT_RESOLVED : source,
    identify: () => false
  })
);
var DEFAULT_YAML_LIMITS = { maxDepth: 100, maxAliases: 1e3, maxExpandedNodes: 2e6, scalars: "yaml11", reader: "kubectl" };
var OWN_FILE_YAML_LIMITS = { ...DEFAULT_YAML_LIMITS, scalars: "core", reader: "yaml" };
function ownFileProblemMessage(p) {
  if (p.kind !== "duplicate-key") return p.message;
  const key = /^duplicate key ("(?:[^"\\]|\\.)*")/.exec(p.message)?.[1];
  return key === void 0 ? p.message : `duplicate key ${key}: write each key once (which value is meant cannot be told)`;
}
var STYLE_NAMES = {
  [SCALAR_STYLE.PLAIN]: "plain",
  [SCALAR_STYLE.SINGLE_QUOTED]: "single",
  [SCALAR_STYLE.DOUBLE_QUOTED]: "double",
  [SCALAR_STYLE.LITERAL_BLOCK]: "literal",
  [SCALAR_STYLE.FOLDED_BLOCK]: "folded"
};
var LimitExceeded = class extends Error {
};
var EVENT_POOL = new EventPool();
function parseYamlStream(text, limits = DEFAULT_YAML_LIMITS) {
  const problems = [];
  let events = null;
  let refused = null;
  try {
    events = scanBlockEvents(text, limits.maxDepth, EVENT_POOL);
    if (events === null) {
      const kubectl = limits.reader === "yaml" ? null : kubectlText(text);
      if (kubectl !== null) {
        text = kubectl.text;
        problems.push(...kubectl.problems);
        refused = kubectl;
      }
      events = parseEventsLikeKubectl(text, limits.maxDepth);
    }
  } catch (error) {
    events = eventsByDocument(text, limits, problems, error, refused);
  }
  const source = { text, positions: PositionTable.build(events, text), scalars: limits.scalars, mergeInOrder: limits.reader !== "yaml" };
  const fast = constructFast(text, events, limits);
  if (fast) {
    const documents2 = fast.values.map((value, d) => new ParsedDocument(source, d, value, fast.nonStringInStringMaps?.[d] ?? null));
    return { documents: documents2, problems };
  }
  const documents = [];
  let i = 0;
  while (i < events.length) {
    const ev = events[i];
    if (ev.type !== EVENT_ID.DOCUMENT) {
      i++;
      continue;
    }
    const builder = new ValueBuilder(text, events, limits, problems);
    let value;
    const bodyStart = i + 1;
    let end;
    try {
      if (events[bodyStart]?.type === EVENT_ID.POP) {
        value = void 0;
        end = bodyStart;
      } else {
        const r = builder.build(bodyStart, 0);
        value = r.value;
        end = r.next;
      }
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      value = void 0;
      end = skipNode(events, bodyStart);
    }
    documents.push(new ParsedDocument(source, documents.length, value, null));
    i = end + 1;
  }
  return { documents, problems };
}
function constructFast(text, events, limits) {
  const mayHaveTag = text.includes("!");
  const schema = schemaFor(limits.scalars);
  const mayResolve = implicitFirstChars(limits.scalars);
  const documents = [];
  const kubectl = limits.reader !== "yaml";
  const watch = limits.stringMapKeys;
  const recorded = watch ? [] : null;
  let docRecord = NOTHING_RECORDED;
  const open = [];
  const isMap = [];
  const pendingKey = [];
  let depth = -1;
  let root = void 0;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    let value;
    let plainKeyText = null;
    switch (ev.type) {
      case EVENT_ID.DOCUMENT: {
        root = void 0;
        docRecord = NOTHING_RECORDED;
        continue;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (mayHaveTag && ev.tagStart >= 0) return null;
        depth++;
        const mapping = ev.type === EVENT_ID.MAPPING;
        open[depth] = mapping ? {} : [];
        isMap[depth] = mapping;
        pendingKey[depth] = null;
        continue;
      }
      case EVENT_ID.POP:
        if (depth < 0) {
          documents.push(root);
          recorded?.push(docRecord);
          continue;
        }
        value = open[depth];
        if (!isMap[depth] && value.length < SEQUENCE_COPY_BELOW) value = value.slice();
        open[depth] = EMPTY;
        depth--;
        break;
      case EVENT_ID.SCALAR: {
        if (mayHaveTag && ev.tagStart >= 0) return null;
        const source = !ev.fast ? getScalarValue(text, ev) : sharedText(depth >= 0 && isMap[depth] && pendingKey[depth] === null ? keySlots : valueSlots, text, ev.valueStart, ev.valueEnd);
        if (ev.style !== SCALAR_STYLE.PLAIN) value = source;
        else {
          plainKeyText = source;
          value = resolvePlainWith(source, schema, mayResolve);
          if (kubectl && typeof value === "number" && value - value !== 0) return null;
        }
        break;
      }
      case EVENT_ID.ALIAS:
        return null;
      default:
        return null;
    }
    if (depth < 0) {
      root = value;
      continue;
    }
    if (!isMap[depth]) {
      open[depth].push(value);
      continue;
    }
    const key = pendingKey[depth];
    if (key === null) {
      if (value !== null && typeof value === "object") return null;
      if (plainKeyText === "<<") return null;
      if (value === null && kubectl) return null;
      pendingKey[depth] = keyString(value);
      continue;
    }
    const obj = open[depth];
    if (Object.prototype.hasOwnProperty.call(obj, key)) return null;
    if (watch && depth >= 1 && typeof value !== "string" && value !== null && isMap[depth - 1] && watch.has(pendingKey[depth - 1])) {
      const path = [];
      for (let k = 0; k < depth; k++) path.push(isMap[k] ? pendingKey[k] : open[k].length);
      path.push(key);
      if (docRecord === NOTHING_RECORDED) docRecord = [];
      docRecord.push(path);
    }
    defineKey(obj, key, value);
    pendingKey[depth] = null;
  }
  return { values: documents, nonStringInStringMaps: recorded };
}
var EMPTY = [];
var SEQUENCE_COPY_BELOW = 64;
var KEY_SLOTS = 4096;
var keySlots = new Array(KEY_SLOTS);
var valueSlots = new Array(KEY_SLOTS);
var SHARED_MAX_LENGTH = 40;
function sharedText(slots, text, start, end) {
  const length = end - start;
  if (length === 0 || length > SHARED_MAX_LENGTH) return text.slice(start, end);
  const slot = length * 131 + text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + text.charCodeAt(start + (length >> 1)) & KEY_SLOTS - 1;
  const seen = slots[slot];
  if (seen !== void 0 && seen.length === length && text.startsWith(seen, start)) return seen;
  const shared2 = text.slice(start, end);
  slots[slot] = shared2;
  return shared2;
}
var NOTHING_RECORDED = [];
function plainDecimal(source) {
  const n = source.length;
  if (n === 0 || n > 15) return -1;
  const first = source.charCodeAt(0);
  if (first < 48 || first > 57 || first === 48 && n > 1) return -1;
  for (let i = 1; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return Number(source);
}
function isLongWord(source) {
  if (source.length <= 5) return false;
  const c = source.charCodeAt(0);
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
var firstCharsBySchema = /* @__PURE__ */ new Map();
function implicitFirstChars(scalars) {
  let set = firstCharsBySchema.get(scalars);
  if (!set) {
    set = /* @__PURE__ */ new Set();
    for (const tag of schemaFor(scalars).implicitScalarTags) {
      if (tag.implicitFirstChars === null) return ALL_CHARS;
      for (const c of tag.implicitFirstChars) set.add(c);
    }
    firstCharsBySchema.set(scalars, set);
  }
  return set;
}
var ALL_CHARS = new class extends Set {
  has() {
    return true;
  }
}();
function eventsByDocument(text, limits, problems, streamError, refused) {
  const starts = kubectlDocumentStarts(text);
  const events = [];
  for (let d = 0; d < starts.length; d++) {
    const base = starts[d];
    const piece = text.slice(base, d + 1 < starts.length ? starts[d + 1] : text.length);
    const quiet = refused !== null && refusedAround(refused, base, base + piece.length);
    try {
      if (starts.length === 1) throw streamError;
      const own = scanBlockEvents(piece, limits.maxDepth, null) ?? parseEventsLikeKubectl(piece, limits.maxDepth);
      for (const ev of own) events.push(base === 0 ? ev : shifted(ev, base));
    } catch (error) {
      const end = base + piece.length;
      for (let k = problems.length - 1; k >= 0; k--) if (problems[k].kind === "ignored" && problems[k].start >= base && problems[k].start < end) problems.splice(k, 1);
      if (quiet) continue;
      const at = error instanceof YAMLException && error.mark ? error.mark.position : 0;
      const reason = error instanceof YAMLException ? error.reason : String(error);
      const unclosed = /end of the (?:stream|document) within a (double|single) quoted scalar/.exec(reason);
      const opening = unclosed ? unclosedQuoteAt(piece) : -1;
      if (opening >= 0 && piece[opening] === (unclosed[1] === "double" ? '"' : "'")) {
        problems.push({ kind: "syntax", message: `this ${unclosed[1]}-quoted scalar is never closed: the document ends inside it (${reason})`, start: base + opening, end: base + opening + 1 });
        continue;
      }
      const offset = base + (at >= piece.length ? afterLastContent(piece) : at);
      problems.push({ kind: "syntax", message: reservedIndicatorAt(piece, at) ?? textAfterFlowValueAt(piece, at) ?? reason, start: offset, end: offset + 1 });
    }
  }
  return events;
}
function reservedIndicatorAt(piece, at) {
  const c = piece[at];
  if (c !== "@" && c !== "`") return null;
  const before = piece.slice(piece.lastIndexOf("\n", at - 1) + 1, at);
  if (!/(?:^|[:-]|[[{,])\s*$/.test(before)) return null;
  return `a plain value cannot start with "${c}", which YAML reserves (kubectl: "found character that cannot start any token"): quote the value`;
}
function textAfterFlowValueAt(piece, at) {
  const close = piece[at - 1];
  if (close !== "}" && close !== "]" || at >= piece.length || /\s/.test(piece[at])) return null;
  const line = piece.slice(piece.lastIndexOf("\n", at - 1) + 1, at);
  const m = /(?:^|:|-)\s+([{[][^{}[\]\n]*[}\]])$/.exec(line);
  if (m === null) return null;
  return `a plain value cannot start with "${m[1][0]}": YAML reads ${m[1]} as a flow ${m[1][0] === "{" ? "mapping" : "sequence"}, and the text after it does not parse (kubectl: "did not find expected key"): quote the value`;
}
function refusedAround(refused, start, end) {
  if (refused.refusedSeparators.has(end)) return true;
  return refused.refusedCharacters.some((at) => at >= start && at < end);
}
function afterLastContent(piece) {
  let i = piece.length;
  while (i > 0 && /\s/.test(piece[i - 1])) i--;
  return i;
}
function shifted(ev, base) {
  const on = (offset) => offset < 0 ? offset : offset + base;
  switch (ev.type) {
    case EVENT_ID.SCALAR:
      return { ...ev, valueStart: on(ev.valueStart), valueEnd: on(ev.valueEnd), anchorStart: on(ev.anchorStart), anchorEnd: on(ev.anchorEnd), tagStart: on(ev.tagStart), tagEnd: on(ev.tagEnd) };
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return { ...ev, start: on(ev.start), anchorStart: on(ev.anchorStart), anchorEnd: on(ev.anchorEnd), tagStart: on(ev.tagStart), tagEnd: on(ev.tagEnd) };
    case EVENT_ID.ALIAS:
      return { ...ev, anchorStart: on(ev.anchorStart), anchorEnd: on(ev.anchorEnd) };
    default:
      return ev;
  }
}
function eventStart(ev) {
  switch (ev.type) {
    case EVENT_ID.SCALAR:
      return scalarSpan(ev).start;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return ev.start;
    case EVENT_ID.ALIAS:
      return ev.anchorStart - 1;
    default:
      return 0;
  }
}
function scalarSpan(ev) {
  if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    return { start: ev.valueStart - 1, end: ev.valueEnd + 1 };
  }
  if (ev.valueStart < 0) return { start: Math.max(ev.tagEnd, ev.anchorEnd, 0), end: Math.max(ev.tagEnd, ev.anchorEnd, 0) };
  return { start: ev.valueStart, end: ev.valueEnd };
}
function skipNode(events, i) {
  let depth = 0;
  do {
    const t = events[i].type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP) depth--;
    i++;
  } while (depth > 0 && i < events.length);
  return i;
}
var ValueBuilder = class {
  constructor(text, events, limits, problems) {
    this.text = text;
    this.events = events;
    this.limits = limits;
    this.problems = problems;
    this.kubectl = limits.reader !== "yaml";
  }
  text;
  events;
  limits;
  problems;
  anchors = /* @__PURE__ */ new Map();
  aliases = 0;
  expanded = 0;
  /** Whether kubectl's conversion to JSON is checked (sigs.k8s.io/yaml YAMLToJSON): not in netlint's own files. */
  kubectl;
  /** Returns the value of the node at `i` (a mapping key: `asKey`), its expanded size and the index after it. */
  build(i, depth, asKey = false) {
    const ev = this.events[i];
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const value = this.scalar(ev);
        if (this.kubectl && !asKey && typeof value === "number" && !Number.isFinite(value)) {
          const go = Number.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
          this.refuse(`${this.sourceOf(ev)} is a YAML float (${go === "NaN" ? "not a number" : "infinity"}) that JSON has no number for: kubectl refuses it while converting YAML to JSON (json: unsupported value: ${go}); quote it if the text is meant`, scalarSpan(ev));
        }
        this.count(1);
        this.remember(ev, value, 1);
        return { value, size: 1, next: i + 1 };
      }
      case EVENT_ID.ALIAS: {
        const name = this.text.slice(ev.anchorStart, ev.anchorEnd);
        const target = this.anchors.get(name);
        this.aliases++;
        if (this.aliases > this.limits.maxAliases) {
          this.fail(`more than ${this.limits.maxAliases} aliases in one document`, ev.anchorStart - 1, ev.anchorEnd);
        }
        if (!target) {
          this.problems.push({ kind: "syntax", message: `unknown anchor "${name}"`, start: ev.anchorStart - 1, end: ev.anchorEnd });
          return { value: null, size: 1, next: i + 1 };
        }
        this.count(target.size);
        return { value: target.value, size: target.size, next: i + 1 };
      }
      case EVENT_ID.SEQUENCE:
        return this.sequence(ev, i, depth);
      case EVENT_ID.MAPPING:
        return this.mapping(ev, i, depth);
      default:
        return { value: null, size: 0, next: i + 1 };
    }
  }
  sequence(ev, i, depth) {
    const items = [];
    let size2 = 1;
    this.count(1);
    let j = i + 1;
    while (this.events[j].type !== EVENT_ID.POP) {
      const r = this.build(j, depth + 1);
      items.push(r.value);
      size2 += r.size;
      j = r.next;
    }
    this.remember(ev, items, size2);
    return { value: items, size: size2, next: j + 1 };
  }
  mapping(ev, i, depth) {
    const obj = {};
    const merges = [];
    const inOrder = this.limits.reader !== "yaml";
    let written = null;
    let size2 = 1;
    this.count(1);
    let j = i + 1;
    while (this.events[j].type !== EVENT_ID.POP) {
      const keyEvent = this.events[j];
      const k = this.build(j, depth + 1, true);
      const valueEvent = this.events[k.next];
      const v = this.build(k.next, depth + 1);
      size2 += k.size + v.size;
      j = v.next;
      if (keyEvent.type === EVENT_ID.SCALAR && keyEvent.style === SCALAR_STYLE.PLAIN && this.sourceOf(keyEvent) === "<<") {
        if (this.kubectl && !isMapping(v.value) && !(Array.isArray(v.value) && v.value.every(isMapping))) {
          this.refuse(
            `a merge key (<<) takes a mapping, or a list of mappings, and this is ${describeNode(v.value)}: kubectl refuses it while converting YAML to JSON (map merge requires map or sequence of maps as the value)`,
            nodeSpan(valueEvent, () => nodeSpan(keyEvent, () => ({ start: ev.start, end: ev.start + 1 })))
          );
        }
        if (!inOrder) {
          merges.push(v.value);
          continue;
        }
        written ??= new Set(Object.keys(obj));
        const sources = Array.isArray(v.value) ? v.value : [v.value];
        for (let m = sources.length - 1; m >= 0; m--) {
          const source = sources[m];
          if (isMapping(source)) for (const [key2, value] of Object.entries(source)) defineKey(obj, key2, value);
        }
        continue;
      }
      if (this.kubectl && (k.value === null || typeof k.value === "object")) {
        const keyWritten = keyEvent.type === EVENT_ID.SCALAR && keyEvent.valueStart >= 0;
        const what = k.value === null ? `null (${keyWritten ? this.sourceOf(keyEvent) : "empty"})` : Array.isArray(k.value) ? "a list" : "a mapping";
        const reason = k.value === null ? "unsupported map key" : "invalid map key";
        const fix = k.value === null ? keyWritten ? "; quote it if the text is meant" : "; write the key" : "";
        this.refuse(`this mapping key is ${what}: kubectl refuses it while converting YAML to JSON, whose keys are strings (${reason})${fix}`, nodeSpan(keyEvent, () => nodeSpan(valueEvent, () => ({ start: ev.start, end: ev.start + 1 }))));
      }
      const key = keyString(k.value);
      if (written ? written.has(key) : Object.prototype.hasOwnProperty.call(obj, key)) {
        const span = keyEvent.type === EVENT_ID.SCALAR ? scalarSpan(keyEvent) : { start: eventStart(keyEvent), end: eventStart(keyEvent) + 1 };
        this.problems.push({ kind: "duplicate-key", message: `duplicate key "${key}": kubectl keeps this later value and drops the earlier one without a word`, ...span });
      }
      written?.add(key);
      defineKey(obj, key, v.value);
    }
    for (const m of merges) {
      for (const source of Array.isArray(m) ? m : [m]) {
        if (isMapping(source)) {
          for (const [key, value] of Object.entries(source)) {
            if (!Object.prototype.hasOwnProperty.call(obj, key)) defineKey(obj, key, value);
          }
        }
      }
    }
    this.remember(ev, obj, size2);
    return { value: obj, size: size2, next: j + 1 };
  }
  scalar(ev) {
    const source = this.sourceOf(ev);
    if (ev.tagStart >= 0) return resolveTagged(this.text.slice(ev.tagStart, ev.tagEnd), source, this.limits.scalars);
    if (ev.style !== SCALAR_STYLE.PLAIN) return source;
    return resolvePlain(source, this.limits.scalars);
  }
  sourceOf(ev) {
    return ev.fast ? this.text.slice(ev.valueStart, ev.valueEnd) : getScalarValue(this.text, ev);
  }
  /** A value kubectl's conversion to JSON refuses: a syntax error, as kubectl reports it with them. */
  refuse(message, span) {
    this.problems.push({ kind: "syntax", message, ...span });
  }
  remember(ev, value, size2) {
    if (ev.anchorStart >= 0) this.anchors.set(this.text.slice(ev.anchorStart, ev.anchorEnd), { value, size: size2 });
  }
  count(n) {
    this.expanded += n;
    if (this.expanded > this.limits.maxExpandedNodes) {
      this.fail(`the document expands to more than ${this.limits.maxExpandedNodes} nodes (alias bomb?)`, 0, 1);
    }
  }
  fail(message, start, end) {
    this.problems.push({ kind: "alias-limit", message, start, end });
    throw new LimitExceeded(message);
  }
};
function nodeSpan(ev, instead) {
  if (ev.type === EVENT_ID.SCALAR && ev.valueStart < 0 && ev.tagStart < 0 && ev.anchorStart < 0) return instead();
  if (ev.type === EVENT_ID.SCALAR) return scalarSpan(ev);
  if (ev.type === EVENT_ID.ALIAS) return { start: ev.anchorStart - 1, end: ev.anchorEnd };
  const start = eventStart(ev);
  return { start, end: start + 1 };
}
function describeNode(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list holding something other than mappings";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  return `the ${typeof value} ${String(value)}`;
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function defineKey(obj, key, value) {
  if (key === "__proto__" || key === "constructor" || key === "prototype") {
    Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  } else {
    obj[key] = value;
  }
}
function keyString(value) {
  if (typeof value === "string") return value;
  if (value === null) return "null";
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
function resolvePlain(source, scalars = "yaml11") {
  return resolvePlainWith(source, schemaFor(scalars), implicitFirstChars(scalars));
}
function resolvePlainWith(source, schema, mayResolve) {
  const n = plainDecimal(source);
  if (n >= 0) return n;
  return !mayResolve.has(source.charAt(0)) || isLongWord(source) ? source : schema.resolveImplicitScalarTag(source).value;
}
function schemaFor(scalars) {
  return scalars === "core" ? CORE_SCHEMA : KUBERNETES_SCHEMA;
}
function resolveTagged(tag, source, scalars) {
  switch (tag) {
    case "!!str":
    case "!":
      return source;
    case "!!int": {
      const n = Number(source.replace(/_/g, ""));
      return Number.isFinite(n) ? n : source;
    }
    case "!!float": {
      const n = Number(source);
      if (Number.isFinite(n)) return n;
      const plain = resolvePlain(source, scalars);
      return typeof plain === "number" ? plain : source;
    }
    case "!!bool":
      return /^(true|yes|on|y)$/i.test(source);
    case "!!null":
      return null;
    default:
      return resolvePlain(source, scalars);
  }
}
var NODE_WORDS = 2;
var KIND_MAP = 0;
var KIND_SEQ = 1;
var KIND_SCALAR = 2;
var KIND_ALIAS = 3;
var EMPTY_BIT = 1 << 8;
var INDENT_SHIFT = 9;
var INDENT_INLINE_MAX = 254;
var EXTENT_SHIFT = 17;
var EXTENT_INLINE_MAX = 32766;
var PositionTable = class _PositionTable {
  constructor(words, roots, tags, farEnds, deepIndents, aliasTargets) {
    this.words = words;
    this.roots = roots;
    this.tags = tags;
    this.farEnds = farEnds;
    this.deepIndents = deepIndents;
    this.aliasTargets = aliasTargets;
  }
  words;
  roots;
  tags;
  farEnds;
  deepIndents;
  aliasTargets;
  static build(events, text) {
    let words = new Int32Array(events.length * NODE_WORDS);
    let n = 0;
    const roots = [];
    const open = [];
    let tags = null;
    let farEnds = null;
    let deepIndents = null;
    let anchors = null;
    let aliasTargets = null;
    let openAnchors = null;
    const extent = (node, length, end) => {
      if (length >= 0 && length <= EXTENT_INLINE_MAX) return length << EXTENT_SHIFT;
      (farEnds ??= /* @__PURE__ */ new Map()).set(node, end);
      return EXTENT_INLINE_MAX + 1 << EXTENT_SHIFT;
    };
    let awaitingRoot = false;
    for (let e = 0; e < events.length; e++) {
      const ev = events[e];
      const at = n * NODE_WORDS;
      switch (ev.type) {
        case EVENT_ID.DOCUMENT:
          roots.push(-1);
          awaitingRoot = true;
          anchors?.clear();
          continue;
        case EVENT_ID.POP:
          if (open.length > 0) {
            const node = open.pop();
            words[node * NODE_WORDS + 1] |= extent(node, n - node, n);
            const anchor = openAnchors?.get(node);
            if (anchor !== void 0) (anchors ??= /* @__PURE__ */ new Map()).set(anchor, node);
          }
          continue;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
          words[at] = ev.start;
          words[at + 1] = ev.type === EVENT_ID.MAPPING ? KIND_MAP : KIND_SEQ;
          open.push(n);
          if (ev.anchorStart >= 0) (openAnchors ??= /* @__PURE__ */ new Map()).set(n, text.slice(ev.anchorStart, ev.anchorEnd));
          break;
        case EVENT_ID.SCALAR: {
          let indent = ev.indent + 1;
          if (indent > INDENT_INLINE_MAX) {
            (deepIndents ??= /* @__PURE__ */ new Map()).set(n, ev.indent);
            indent = INDENT_INLINE_MAX + 1;
          }
          let w = KIND_SCALAR | ev.style << 2 | (ev.fast ? 1 << 5 : 0) | ev.chomping << 6 | indent << INDENT_SHIFT;
          if (ev.valueStart < 0) {
            words[at] = Math.max(ev.tagEnd, ev.anchorEnd, 0);
            w |= EMPTY_BIT;
          } else {
            words[at] = ev.valueStart;
            w |= extent(n, ev.valueEnd - ev.valueStart, ev.valueEnd);
          }
          words[at + 1] = w;
          if (ev.tagStart >= 0) (tags ??= /* @__PURE__ */ new Map()).set(n, [ev.tagStart, ev.tagEnd]);
          if (ev.anchorStart >= 0) (anchors ??= /* @__PURE__ */ new Map()).set(text.slice(ev.anchorStart, ev.anchorEnd), n);
          break;
        }
        case EVENT_ID.ALIAS: {
          words[at] = ev.anchorStart - 1;
          words[at + 1] = KIND_ALIAS | extent(n, ev.anchorEnd - (ev.anchorStart - 1), ev.anchorEnd);
          const target = anchors?.get(text.slice(ev.anchorStart, ev.anchorEnd));
          if (target !== void 0) (aliasTargets ??= /* @__PURE__ */ new Map()).set(n, target);
          break;
        }
        default:
          continue;
      }
      if (awaitingRoot) {
        roots[roots.length - 1] = n;
        awaitingRoot = false;
      }
      n++;
    }
    if (words.length > n * NODE_WORDS) words = words.slice(0, n * NODE_WORDS);
    return new _PositionTable(words, roots, tags, farEnds, deepIndents, aliasTargets);
  }
  root(document) {
    return this.roots[document] ?? -1;
  }
  kind(node) {
    return this.words[node * NODE_WORDS + 1] & 3;
  }
  style(node) {
    return this.words[node * NODE_WORDS + 1] >> 2 & 7;
  }
  /** A scalar's valueStart (-1 when empty); an alias's `*`; a collection's first character. */
  start(node) {
    return this.words[node * NODE_WORDS + 1] & EMPTY_BIT ? -1 : this.words[node * NODE_WORDS];
  }
  /**
   * A scalar's valueEnd (when empty: where its span sits); an alias's end; for a collection, the
   * index of the node after its last descendant.
   */
  end(node) {
    const w = this.words[node * NODE_WORDS + 1];
    if (w & EMPTY_BIT) return this.words[node * NODE_WORDS];
    const extent = w >>> EXTENT_SHIFT;
    if (extent > EXTENT_INLINE_MAX) return this.farEnds.get(node);
    return ((w & 3) <= KIND_SEQ ? node : this.words[node * NODE_WORDS]) + extent;
  }
  indent(node) {
    const i = this.words[node * NODE_WORDS + 1] >> INDENT_SHIFT & 255;
    return i > INDENT_INLINE_MAX ? this.deepIndents.get(node) : i - 1;
  }
  /** The node after `node` and all its descendants. */
  next(node) {
    return this.kind(node) <= KIND_SEQ ? this.end(node) : node + 1;
  }
  /** A scalar or alias as written (a quoted scalar with its quotes); a collection's first character. */
  span(node) {
    const start = this.start(node);
    const end = this.end(node);
    switch (this.kind(node)) {
      case KIND_SCALAR: {
        if (start < 0) return { start: end, end };
        const style = this.style(node);
        return style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED ? { start: start - 1, end: end + 1 } : { start, end };
      }
      case KIND_ALIAS:
        return { start, end };
      default:
        return { start, end: start + 1 };
    }
  }
  /** The scalar event `node` was recorded from, as `getScalarValue` reads it. */
  event(node) {
    const w = this.words[node * NODE_WORDS + 1];
    const tag = this.tags?.get(node);
    return {
      type: EVENT_ID.SCALAR,
      valueStart: this.start(node),
      valueEnd: this.end(node),
      anchorStart: -1,
      anchorEnd: -1,
      tagStart: tag ? tag[0] : -1,
      tagEnd: tag ? tag[1] : -1,
      style: w >> 2 & 7,
      fast: (w >> 5 & 1) === 1,
      chomping: w >> 6 & 3,
      indent: this.indent(node)
    };
  }
  scalarInfo(text, node) {
    const ev = this.event(node);
    return {
      source: ev.valueStart < 0 ? "" : ev.fast ? text.slice(ev.valueStart, ev.valueEnd) : getScalarValue(text, ev),
      style: STYLE_NAMES[ev.style] ?? "plain",
      tag: ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null,
      ...ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK ? { indent: ev.indent } : {}
    };
  }
  /** A mapping key's text as the value builders make it (the key of a collection or alias is ''). */
  keyText(text, node, scalars) {
    if (this.kind(node) !== KIND_SCALAR) return "";
    const info = this.scalarInfo(text, node);
    if (info.style !== "plain" || info.tag !== null) return info.source;
    return keyString(resolvePlain(info.source, scalars));
  }
  /**
   * Whether the key at `node` reads as `want`. A plain key written without a tag or escapes, whose
   * first character no implicit tag can start with (most keys), is its own text: compared in
   * place, without building the scalar's value.
   */
  keyIs(text, node, want, scalars, mayResolve) {
    const w = this.words[node * NODE_WORDS + 1];
    if ((w & 3) === KIND_SCALAR && (w >> 2 & 7) === SCALAR_STYLE.PLAIN && (w >> 5 & 1) === 1 && !(w & EMPTY_BIT) && !this.tags?.has(node)) {
      const start = this.words[node * NODE_WORDS];
      if (!mayResolve.has(text.charAt(start))) return this.end(node) - start === want.length && text.startsWith(want, start);
    }
    return this.keyText(text, node, scalars) === want;
  }
  /**
   * The child of a collection at `seg` (the last of duplicate keys, as for values), with its key
   * node. A key a merge (`<<`) brings is found in the mapping it merges, as values are built:
   * with `inOrder`, the last to write it wins, a `<<` or the key itself, and of a merged list the
   * first mapping that has it (go-yaml v2's order); else the key written out wins, then the first
   * merge.
   */
  child(text, scalars, node, seg, inOrder = true) {
    const end = this.next(node);
    const kind = this.kind(node);
    if (kind === KIND_MAP) {
      const want = String(seg);
      const mayResolve = implicitFirstChars(scalars);
      let found = null;
      let merged = null;
      for (let key = node + 1; key < end; ) {
        const value = this.next(key);
        if (this.isMergeKey(text, key)) {
          const m = this.mergedChild(text, scalars, value, want, inOrder);
          if (m !== null) {
            if (inOrder) found = m;
            else merged ??= m;
          }
        } else if (this.keyIs(text, key, want, scalars, mayResolve)) found = { node: value, key };
        key = this.next(value);
      }
      return found ?? merged;
    }
    if (kind === KIND_SEQ && typeof seg === "number") {
      let item = node + 1;
      for (let k = 0; k < seg && item < end; k++) item = this.next(item);
      return item < end ? { node: item, key: -1 } : null;
    }
    return null;
  }
  /** A plain `<<` key without a tag (ValueBuilder.mapping). */
  isMergeKey(text, node) {
    const w = this.words[node * NODE_WORDS + 1];
    if ((w & 3) !== KIND_SCALAR || (w >> 2 & 7) !== SCALAR_STYLE.PLAIN || w & EMPTY_BIT) return false;
    const start = this.words[node * NODE_WORDS];
    return text.charCodeAt(start) === 60 && text.charCodeAt(start + 1) === 60 && this.end(node) === start + 2;
  }
  /** The node an alias refers to (itself for any other node; -1 for an unknown anchor). */
  resolved(node) {
    if (this.kind(node) !== KIND_ALIAS) return node;
    return this.aliasTargets?.get(node) ?? -1;
  }
  /** The child `want` of what the merge value `value` merges (a mapping, or the first of a list of them that has it). */
  mergedChild(text, scalars, value, want, inOrder) {
    const target = this.resolved(value);
    if (target < 0) return null;
    if (this.kind(target) === KIND_MAP) return this.child(text, scalars, target, want, inOrder);
    if (this.kind(target) !== KIND_SEQ) return null;
    const end = this.next(target);
    for (let item = target + 1; item < end; item = this.next(item)) {
      const mapping = this.resolved(item);
      if (mapping < 0 || this.kind(mapping) !== KIND_MAP) continue;
      const found = this.child(text, scalars, mapping, want, inOrder);
      if (found !== null) return found;
    }
    return null;
  }
};
var ParsedDocument = class {
  constructor(source, index, value, nonStringInStringMaps) {
    this.source = source;
    this.index = index;
    this.value = value;
    this.nonStringInStringMaps = nonStringInStringMaps;
  }
  source;
  index;
  value;
  nonStringInStringMaps;
  get start() {
    const root = this.source.positions.root(this.index);
    return root < 0 ? 0 : this.source.positions.span(root).start;
  }
  /** The last path walked and where it led: a finding asks for its span, then its scalar, then its key. */
  walked;
  /**
   * The node at the end of `path` (or of its longest existing prefix), the key node that
   * introduces it (-1 for none) and whether the whole path exists; null for an empty document.
   */
  walk(path) {
    const { text, positions, scalars } = this.source;
    const root = positions.root(this.index);
    if (root < 0) return null;
    const last = this.walked;
    if (last !== void 0 && last.path.length === path.length && last.path.every((seg, i) => seg === path[i])) return last;
    let node = root;
    let key = -1;
    let complete = true;
    for (const seg of path) {
      const c = positions.child(text, scalars, node, seg, this.source.mergeInOrder);
      if (!c) {
        complete = false;
        break;
      }
      node = c.node;
      key = c.key;
    }
    this.walked = { path: path.slice(), node, key, complete };
    return this.walked;
  }
  /**
   * A scalar (or alias) is located at its value; a collection at the key that introduces it, or
   * at its first character when it has no key (a sequence item, the document root). A path that
   * leaves the document stops at its closest existing ancestor.
   */
  spanOf(path) {
    const found = this.walk(path);
    if (found === null) {
      const s = this.start;
      return { start: s, end: s };
    }
    const { positions } = this.source;
    const { node, key } = found;
    const kind = positions.kind(node);
    if (kind === KIND_SCALAR || kind === KIND_ALIAS) {
      const span = positions.span(node);
      if (span.end > span.start) return span;
      return key >= 0 ? positions.span(key) : span;
    }
    return key >= 0 ? positions.span(key) : positions.span(node);
  }
  keySpanOf(path) {
    const found = this.walk(path);
    if (found === null || !found.complete) return this.spanOf(path);
    return found.key >= 0 ? this.source.positions.span(found.key) : this.spanOf(path);
  }
  keyAt(path) {
    const found = this.walk(path);
    return found === null || !found.complete || found.key < 0 ? null : this.source.positions.span(found.key);
  }
  scalarAt(path) {
    const found = this.walk(path);
    if (found === null || !found.complete) return null;
    const { text, positions } = this.source;
    return positions.kind(found.node) === KIND_SCALAR ? positions.scalarInfo(text, found.node) : null;
  }
};
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  table;
  get starts() {
    if (!this.table) {
      const t = [0];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) t.push(i + 1);
      this.table = t;
    }
    return this.table;
  }
  get lineCount() {
    return this.starts.length;
  }
  lineOf(offset) {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  position(offset) {
    let o = Math.max(0, Math.min(offset, this.text.length));
    if (o === this.text.length && o > 0 && this.text.charCodeAt(o - 1) === 10) o--;
    const line = this.lineOf(o);
    return { line, column: o - this.starts[line - 1] + 1 };
  }
  /**
   * A 1-based, end-exclusive range; an empty span is widened to one character. A span ending
   * right after a line break (a block scalar, a document) ends on that line, past its last
   * character, not at column 1 of the next line: that line may not exist.
   */
  range(span) {
    const a = this.position(span.start);
    const end = Math.max(span.end, span.start + 1);
    const b = this.position(end);
    if (b.column === 1 && b.line > a.line) {
      const previous = b.line - 1;
      return { line: a.line, column: a.column, endLine: previous, endColumn: this.starts[previous] - this.starts[previous - 1] };
    }
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  lineText(line) {
    const s = this.starts[line - 1] ?? this.text.length;
    const e = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(s, e).replace(/\r$/, "");
  }
};

// src/engine/did-you-mean.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
function didYouMean(name, known) {
  const lower = name.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best = null;
  let bestDistance = Math.max(1, Math.floor(name.length / 4)) + 1;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
function typoDistance(a, b) {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

// src/engine/config.ts
var validator;
function parseConfig(text, file) {
  const lines = new LineIndex(text);
  const stream = parseYamlStream(text, OWN_FILE_YAML_LIMITS);
  const errors = stream.problems.map((p) => ({ file, ...lines.position(p.start), message: ownFileProblemMessage(p) }));
  if (errors.length > 0) return { config: {}, errors };
  const docs = stream.documents.filter((d) => d.value !== void 0 && d.value !== null);
  if (docs.length === 0) return { config: {}, errors: [] };
  if (docs.length > 1) {
    return { config: {}, errors: [{ file, ...lines.position(docs[1].start), message: "the config file must hold one YAML document" }] };
  }
  const doc = docs[0];
  const validate = validator ??= trustedAjv().compile(netlint_config_schema_default);
  if (!validate(doc.value)) {
    for (const e of mostSpecific(validate.errors ?? [])) {
      const path = errorPath(e);
      const key = e.propertyName;
      if (key !== void 0 && path.length === 1 && path[0] === "rules") {
        const id = key.trim().toLowerCase();
        const suggestion = id !== key && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) ? ` (write ${id})` : "";
        errors.push({ file, ...lines.position(doc.keySpanOf(["rules", key]).start), message: `rules: ${JSON.stringify(key)} is not a rule id: ids are lower-case <pack>/<name>${suggestion}` });
        continue;
      }
      const written = doc.scalarAt(path)?.source;
      const unquoted = e.keyword === "type" && e.params.type === "string" && written !== void 0 && /^\d+(\.\d+)+$/.test(written) ? `: quote it ("${written}"); unquoted, YAML reads it as a number (1.30 as 1.3)` : "";
      const hint = e.keyword === "additionalProperties" ? knownKeyHint(path) : unquoted;
      errors.push({ file, ...lines.position(doc.spanOf(path).start), message: `${formatPath(path)} ${describeError(e)}${hint}` });
    }
    return { config: {}, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const config = doc.value;
  for (const { path, error } of addressErrors(config)) errors.push({ file, ...lines.position(doc.spanOf(path).start), message: `${formatPath(path)} ${error}` });
  if (errors.length > 0) return { config: {}, errors };
  config.expect = config.expect?.map((e, i) => ({ ...e, file, position: lines.range(doc.spanOf(["expect", i])) }));
  config.ignorePositions = config.ignore?.map((_e, i) => lines.range(doc.spanOf(["ignore", i])));
  config.rulePositions = Object.fromEntries(
    Object.keys(config.rules ?? {}).map((id) => [id, lines.range(doc.spanOf(["rules", id, "options"]))])
  );
  config.ruleKeyPositions = Object.fromEntries(Object.keys(config.rules ?? {}).map((id) => [id, lines.range(doc.keySpanOf(["rules", id]))]));
  config.file = file;
  return { config, errors: [] };
}
function addressErrors(config) {
  const out = [];
  const check = (path, text, parse) => {
    const r = parse(text);
    if (!r.ok) out.push({ path, error: `is not ${parse === parseCidr ? "a network (CIDR)" : "an IP address"}: ${r.error}` });
  };
  const cluster = config.cluster ?? {};
  for (const key of ["podCIDR", "serviceCIDR"]) {
    const v = cluster[key];
    if (typeof v === "string") check(["cluster", key], v, parseCidr);
    else v?.forEach((c, i) => check(["cluster", key, i], c, parseCidr));
  }
  cluster.nodeSubnets?.forEach((c, i) => check(["cluster", "nodeSubnets", i], c, parseCidr));
  cluster.nodes?.forEach((n, i) => n.addresses?.forEach((a, j) => check(["cluster", "nodes", i, "addresses", j], a, parseIpResult)));
  config.expect?.forEach((e, i) => {
    for (const side of ["from", "to"]) {
      const sel = e[side];
      if (typeof sel !== "object" || sel.cidr === void 0) continue;
      const cidr2 = sel.cidr;
      check(["expect", i, side, "cidr"], cidr2, cidr2.includes("/") ? parseCidr : parseIpResult);
      const beside = ["namespace", "name", "labels", "namespaceLabels"].filter((k) => sel[k] !== void 0);
      if (beside.length > 0) out.push({ path: ["expect", i, side, beside[0]], error: `cannot stand beside cidr: cidr selects address ranges, ${beside.join(", ")} select workloads; write two assertions` });
    }
  });
  return out;
}
var optionValidators = /* @__PURE__ */ new WeakMap();
function validateRuleOptions(config, rules) {
  const errors = [];
  const file = config.file ?? ".netlint.yaml";
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    if (typeof setting !== "object" || setting.options === void 0) continue;
    const at = config.rulePositions?.[rule.meta.id] ?? { line: 1, column: 1 };
    if (!rule.meta.options) {
      errors.push({ file, line: at.line, column: at.column, message: `rules.${rule.meta.id}.options: this rule takes no options` });
      continue;
    }
    let validate = optionValidators.get(rule.meta.options);
    if (!validate) optionValidators.set(rule.meta.options, validate = trustedAjv().compile(rule.meta.options));
    if (validate(setting.options)) continue;
    for (const e of mostSpecific(validate.errors ?? [])) {
      errors.push({ file, line: at.line, column: at.column, message: `rules.${rule.meta.id}.options${formatPath(errorPath(e)) === "(root)" ? "" : `.${formatPath(errorPath(e))}`} ${describeError(e)}` });
    }
  }
  return errors;
}
function validateRuleIds(config, knownIds) {
  const file = config.file ?? ".netlint.yaml";
  const known = new Set(knownIds);
  return Object.keys(config.rules ?? {}).filter((id) => !known.has(id)).map((id) => {
    const at = config.ruleKeyPositions?.[id] ?? config.rulePositions?.[id] ?? { line: 1, column: 1 };
    return { file, line: at.line, column: at.column, message: `rules.${id}: unknown rule${unknownRuleHint(id, knownIds)}` };
  });
}
function unknownRuleHint(id, knownIds) {
  const near = nearestIds(id, knownIds);
  if (near.length > 0) return ` (did you mean ${near.join(", ")}?)`;
  const pack = id.includes("/") ? id.slice(0, id.indexOf("/")) : null;
  if (pack !== null && !knownIds.some((k) => k.startsWith(`${pack}/`))) return `: no rule pack "${pack}" is loaded (give its folder with --rules, or list it under rulePacks: in .netlint.yaml)`;
  return " (netlint rules lists them)";
}
var SCHEMA_FIELDS = (() => {
  const out = [];
  const walk = (node, at) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      out.push([...at, key]);
      walk(child, [...at, key]);
    }
  };
  walk(netlint_config_schema_default, []);
  return out;
})();
function knownKeyHint(path) {
  const key = path[path.length - 1];
  if (typeof key !== "string") return "";
  const parent = path.slice(0, -1).filter((p) => typeof p === "string").join(".");
  const siblings = SCHEMA_FIELDS.filter((f) => f.slice(0, -1).join(".") === parent).map((f) => f[f.length - 1]);
  const near = didYouMean(key, siblings);
  if (near !== null) return ` (did you mean ${[...path.slice(0, -1), near].join(".")}?)`;
  const elsewhere = SCHEMA_FIELDS.find((f) => f[f.length - 1].toLowerCase() === key.toLowerCase());
  return elsewhere ? ` (did you mean ${elsewhere.join(".")}?)` : "";
}
function nearestIds(id, knownIds) {
  const limit = Math.max(2, Math.floor(id.length / 3));
  const scored = knownIds.map((k) => ({ k, d: editDistance(id, k) })).filter((s) => s.d <= limit);
  const best = Math.min(...scored.map((s) => s.d));
  return scored.filter((s) => s.d === best).map((s) => s.k).slice(0, 3);
}
function effectiveSeverity(ruleId, defaultSeverity, enabledByDefault, config) {
  const setting = config.rules?.[ruleId];
  const value = typeof setting === "object" ? setting.severity : setting;
  if (value === void 0) return enabledByDefault ? defaultSeverity : null;
  if (value === "off") return null;
  if (value === "on") return defaultSeverity;
  return value;
}
function ruleOptions(ruleId, config) {
  const setting = config.rules?.[ruleId];
  return typeof setting === "object" && setting.options ? setting.options : {};
}
function globToRegExp(glob) {
  let re = "";
  const g = glob.replace(/^\.\//, "").replace(/\/$/, "/**");
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*") {
      if (g[i + 1] === "*") {
        i++;
        if (g[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}
function normalizeIgnores(config) {
  return (config.ignore ?? []).map((entry, i) => {
    const e = typeof entry === "string" ? { paths: [entry] } : entry;
    return { patterns: e.paths.map(globToRegExp), rules: e.rules ?? null, position: config.ignorePositions?.[i] ?? null };
  });
}

// src/engine/multimap.ts
function pushTo(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/engine/input-rules.ts
function inputRule(id, severity, description, remediation) {
  return { id: `input/${id}`, severity, description, remediation, kinds: [], messages: {}, source: "loader" };
}
var INPUT_RULES = {
  yamlSyntax: inputRule("yaml-syntax", "error", "A document of the file is not valid YAML or JSON; the parser stopped at the reported position (an unclosed quote is reported where it opens). The file's other documents, split at `---` lines as kubectl splits them, are still read and checked. kubectl's own refusals count too: a line that starts with `---` followed by anything but a comment, a `%YAML` directive, and a control character (go-yaml refuses all but tab and line breaks, DEL and C1 controls too; a JSON manifest is encoding/json's, which takes DEL and C1 in strings).", "Fix the syntax at the reported line; `kubectl apply --dry-run=client -f FILE` shows the same error."),
  duplicateKey: inputRule("duplicate-key", "warning", "A mapping has the same key twice. kubectl keeps the later value and drops the earlier without a word (its YAML decoder is not strict, and the API server sees only the JSON kubectl makes, so not even --validate=strict notices); calicoctl, which decodes strictly, refuses the file.", "Remove or merge the duplicate key."),
  aliasLimit: inputRule("alias-limit", "error", "A document uses more aliases, or expands to more nodes, than netlint reads (an alias bomb or runaway anchors).", "Write the repeated YAML out, or split the document."),
  emptyFile: inputRule("empty-file", "warning", "The file holds no YAML document (only whitespace or comments).", "Remove the file, or exclude it with `ignore` in .netlint.yaml."),
  binaryFile: inputRule("binary-file", "error", "The file holds binary data (NUL bytes), not YAML or JSON text.", "Do not pass binary files to netlint, or exclude them with `ignore` in .netlint.yaml."),
  notUtf8: inputRule("not-utf8", "error", "The file is not valid UTF-8; Kubernetes reads manifests as UTF-8 (kubectl also reads UTF-16 that starts with its byte order mark, which netlint reads too; a CNI config must be UTF-8). A byte that is not UTF-8 in a UTF-8 file (a Latin-1 `\xE9`) is a warning: kubectl reads it as U+FFFD and applies that, and netlint checks the file read the same way.", "Re-encode the file as UTF-8."),
  tooLarge: inputRule("too-large", "error", "The file is larger than the size limit, so netlint did not read it.", "Split the file, or raise `limits.maxFileBytes` in .netlint.yaml."),
  cniJson: inputRule("cni-json", "error", "A CNI network config file (.conf, .conflist, or a .json holding a CNI config: container runtimes load all three from /etc/cni/net.d: containerd's go-cni and CRI-O's ocicni pass these extensions to libcni's ConfFiles) is not strict JSON. YAML reads it, but the container runtime's libcni decodes it with Go's encoding/json (libcni/conf.go ConfFromBytes, ConfListFromBytes), which refuses trailing commas, comments, single quotes, unquoted keys and hexadecimal numbers: the node cannot load this network.", "Write strict JSON: double-quoted keys and strings, no trailing commas or comments (check it with `jq . FILE`)."),
  notKubernetes: inputRule("not-kubernetes", "warning", "A document is not a Kubernetes object (no `apiVersion` and `kind`), so no rule checked it; or kubectl never reads a part of the file: what follows a `...` document end up to the next `---` line (go-yaml reads one document from each part between `---` lines).", "Exclude non-Kubernetes files with `ignore` in .netlint.yaml, or add the missing `apiVersion`/`kind`; start a document that follows `...` with a `---` line."),
  helmTemplate: inputRule("helm-template", "error", "The file is an unrendered template: a Helm chart's (`{{ \u2026 }}`), an operator's Go template, or one for envsubst (`${NAME}` where a name belongs). It is not the manifest until it is rendered, so netlint cannot check it.", "Render it and lint the result: `helm template RELEASE CHART | netlint lint -`, `envsubst < FILE | netlint lint -` (add `--stdin-filename` to name it)."),
  noResources: inputRule("no-resources", "warning", "A file or folder given on the command line holds no Kubernetes object, so nothing was checked.", "Check the path; netlint reads .yaml, .yml, .json, .conf and .conflist files."),
  unusedSuppression: inputRule("unused-suppression", "warning", "A suppression (annotation, comment or config entry) matched no finding; it may hide a future mistake or name a rule that does not exist.", "Remove the suppression, or fix the rule id it names."),
  unknownRule: inputRule("unknown-rule", "warning", "A suppression or configuration names a rule id that netlint does not know.", "Fix the rule id; `netlint rules` lists them.")
};
var INPUT_RULE_LIST = Object.values(INPUT_RULES);

// src/engine/strict-json.ts
var MAX_DEPTH = 200;
var Fail = class {
  constructor(error, offset) {
    this.error = error;
    this.offset = offset;
  }
  error;
  offset;
};
function parseJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonLocated(text);
  }
  if (text.length > MAX_DEPTH * 2 && deeperThan(value, MAX_DEPTH)) return parseJsonLocated(text);
  let located;
  const positions = () => located ??= parseJsonLocated(text);
  return {
    ok: true,
    value,
    // JSON holds no undefined: a path is there exactly when it leads to a value.
    has: (path) => getIn(value, path) !== void 0,
    locate: (path) => positions().locate(path),
    locateKey: (path) => positions().locateKey(path)
  };
}
function deeperThan(value, limit) {
  const stack = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top.value === null || typeof top.value !== "object") continue;
    if (top.depth >= limit) return true;
    for (const v of Array.isArray(top.value) ? top.value : Object.values(top.value)) stack.push({ value: v, depth: top.depth + 1 });
  }
  return false;
}
function parseJsonLocated(text) {
  const spans = /* @__PURE__ */ new Map();
  let i = 0;
  const key = (path) => JSON.stringify(path);
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const describe = (at) => at >= text.length ? "end of the text" : `character ${JSON.stringify(text[at])}`;
  const fail = (what, at = i) => {
    throw new Fail(`unexpected ${describe(at)} ${what}`, at);
  };
  const parseString = () => {
    const start = i;
    i++;
    let out = "";
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === "\\") {
        const e = text[i + 1];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
        if (e !== void 0 && e in simple) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new Fail(`invalid escape ${JSON.stringify(text.slice(i, i + 2))} in a string`, i);
      }
      if (c < " ") throw new Fail("a control character (such as a line break) inside a string; escape it", i);
      out += c;
      i++;
    }
    throw new Fail("a string that is never closed", start);
  };
  const parseValue = (path, depth) => {
    if (depth > MAX_DEPTH) throw new Fail("nesting deeper than 200 levels", i);
    ws();
    const start = i;
    const c = text[i];
    let value;
    if (c === "{") {
      i++;
      const obj = {};
      ws();
      if (text[i] === "}") i++;
      else {
        for (; ; ) {
          ws();
          if (text[i] !== '"') fail(text[i] === "}" ? "after a comma (trailing commas are not JSON)" : 'where an object key (a "quoted" string) was expected');
          const keyStart = i;
          const k = parseString();
          const keySpan = { start: keyStart, end: i };
          ws();
          if (text[i] !== ":") fail('after an object key; expected ":"');
          i++;
          const childPath = [...path, k];
          Object.defineProperty(obj, k, { value: parseValue(childPath, depth + 1), enumerable: true, writable: true, configurable: true });
          spans.get(key(childPath)).key = keySpan;
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "}") {
            i++;
            break;
          }
          fail('after an object value; expected "," or "}"');
        }
      }
      value = obj;
    } else if (c === "[") {
      i++;
      const arr = [];
      ws();
      if (text[i] === "]") i++;
      else {
        for (; ; ) {
          ws();
          if (text[i] === "]") fail("after a comma (trailing commas are not JSON)");
          arr.push(parseValue([...path, arr.length], depth + 1));
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "]") {
            i++;
            break;
          }
          fail('after a list item; expected "," or "]"');
        }
      }
      value = arr;
    } else if (c === '"') {
      value = parseString();
    } else if (c === "-" || c >= "0" && c <= "9") {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
      if (!m) fail("in a number");
      i += m[0].length;
      if (/^[0-9A-Za-z_.]/.test(text[i] ?? "")) fail("in a number");
      value = Number(m[0]);
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
      if (word === "true" || word === "false" || word === "null") {
        i += word.length;
        value = word === "true" ? true : word === "false" ? false : null;
      } else if (word) {
        throw new Fail(`unexpected word ${JSON.stringify(word)}: JSON strings need double quotes`, i);
      } else fail("where a value was expected");
    }
    spans.set(key(path), { value: { start, end: i } });
    return value;
  };
  try {
    const value = parseValue([], 0);
    ws();
    if (i < text.length) fail("after the end of the JSON value");
    return {
      ok: true,
      value,
      has: (path) => spans.has(key(path)),
      /** The key of an object member (its value when it has no key, e.g. a list item). */
      locateKey: (path) => spans.get(key(path))?.key ?? spans.get(key(path))?.value ?? { start: 0, end: text.length },
      locate(path) {
        const exact = spans.get(key(path));
        if (exact) return exact.value;
        for (let n = path.length - 1; n >= 0; n--) {
          const found = spans.get(key(path.slice(0, n)));
          if (found) return found.key ?? found.value;
        }
        return { start: 0, end: text.length };
      }
    };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error, offset: Math.min(e.offset, text.length) };
    throw e;
  }
}
function blankJsonComments(text) {
  let out = null;
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    if (c !== "/" || text[i + 1] !== "/" && text[i + 1] !== "*") continue;
    const block = text[i + 1] === "*";
    const close = block ? text.indexOf("*/", i + 2) : text.indexOf("\n", i);
    const end = close < 0 ? text.length : block ? close + 2 : close;
    out ??= [];
    out.push(text.slice(from, i), text.slice(i, end).replace(/[^\n\r]/g, " "));
    from = end;
    i = end - 1;
  }
  if (out === null) return null;
  out.push(text.slice(from));
  return out.join("");
}

// src/engine/kubectl-json-stream.ts
function isJsonSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function mightBeJsonStream(text) {
  return /^\s*\{/.test(text);
}
var SCALAR_AT = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y;
var GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
var MAX_JSON_VALUES = 1e5;
function valueEnd(text, start) {
  const first = text.charCodeAt(start);
  if (first !== 123 && first !== 91) {
    if (first === 34) {
      for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92) i++;
        else if (c === 34) return i + 1;
      }
      return null;
    }
    SCALAR_AT.lastIndex = start;
    return SCALAR_AT.test(text) ? SCALAR_AT.lastIndex : null;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 92) i++;
        else if (s === 34) break;
      }
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return null;
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
var ShiftedDocument = class {
  constructor(inner, by, index) {
    this.inner = inner;
    this.by = by;
    this.index = index;
  }
  inner;
  by;
  index;
  get value() {
    return this.inner.value;
  }
  get start() {
    return this.inner.start + this.by;
  }
  get nonStringInStringMaps() {
    return this.inner.nonStringInStringMaps;
  }
  spanOf(path) {
    return this.shift(this.inner.spanOf(path));
  }
  keySpanOf(path) {
    return this.shift(this.inner.keySpanOf(path));
  }
  keyAt(path) {
    const span = this.inner.keyAt(path);
    return span === null ? null : this.shift(span);
  }
  scalarAt(path) {
    return this.inner.scalarAt(path);
  }
  shift(span) {
    return { start: span.start + this.by, end: span.end + this.by };
  }
};
function parsePart(text, start, end, index, limits, json) {
  const part = parseYamlStream(text.slice(start, end), json ? { ...limits, reader: "yaml" } : limits);
  return {
    documents: part.documents.map((d, i) => new ShiftedDocument(d, start, index + i)),
    problems: part.problems.map((p) => ({ ...p, start: p.start + start, end: p.end + start }))
  };
}
function readKubectlJsonStream(text, limits) {
  const values = [];
  let at = 0;
  for (; ; ) {
    while (at < text.length && isJsonSpace(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    if (values.length === MAX_JSON_VALUES) {
      const stream = joinParts(text, values, limits);
      stream.problems.push({ kind: "syntax", message: `more than ${MAX_JSON_VALUES.toLocaleString("en-US")} JSON values in one file: netlint reads no further (kubectl reads on); split the file`, start: at, end: at + 1 });
      return { stream };
    }
    const end = valueEnd(text, at);
    if (end === null || !isJson(text.slice(at, end))) {
      const error = jsonProblem(text, at, end);
      if (values.length > 1) return { stream: withProblem(joinParts(text, values, limits), error) };
      let rest = values.length === 0 ? 0 : values[0].end;
      let ended = false;
      for (; ; ) {
        if (utf8Bytes(text, rest, 4) < 4) {
          ended = true;
          break;
        }
        if (!GO_SPACE.test(text[rest])) break;
        rest++;
        if (text[rest - 1] === "\n") break;
      }
      if (values.length === 0) return { stream: null, jsonError: error };
      const stream = joinParts(text, values, limits);
      if (ended) return { stream: withProblem(stream, error) };
      const yaml = parsePart(text, rest, text.length, stream.documents.length, limits, false);
      return { stream: { documents: [...stream.documents, ...yaml.documents], problems: [...stream.problems, ...yaml.problems] } };
    }
    values.push({ start: at, end });
    at = end;
  }
  return { stream: joinParts(text, values, limits) };
}
function utf8Bytes(text, at, enough) {
  let bytes = 0;
  for (let i = at; i < text.length && bytes < enough; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c < 56320 ? 4 : 3;
    if (c >= 55296 && c < 56320) i++;
  }
  return bytes;
}
function withProblem(stream, problem) {
  stream.problems.push(problem);
  return stream;
}
function joinParts(text, values, limits) {
  const documents = [];
  const problems = [];
  for (const v of values) {
    const part = parsePart(text, v.start, v.end, documents.length, limits, true);
    documents.push(...part.documents);
    problems.push(...part.problems);
  }
  return { documents, problems };
}
function jsonProblem(text, start, end) {
  const part = parseJsonLocated(text.slice(start, end ?? text.length));
  const offset = start + (part.ok ? 0 : part.offset);
  const message = part.ok ? "a JSON value kubectl cannot read here" : part.error;
  return { kind: "syntax", message: `not valid JSON: ${message}`, start: offset, end: Math.min(offset + 1, text.length) };
}

// src/engine/quoted-scalar.ts
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPES = { x: 2, u: 4, U: 8 };
function mapQuotedScalar(raw, style) {
  const quote = style === "single" ? "'" : '"';
  if (raw.length < 2 || raw[0] !== quote || raw[raw.length - 1] !== quote) return null;
  const out = { value: "", offsets: [], widths: [] };
  let spaceFrom = 0;
  const emit = (text, at, width, writtenSpace = false) => {
    for (const unit of text.split("")) {
      out.value += unit;
      out.offsets.push(at);
      out.widths.push(width);
    }
    if (!writtenSpace) spaceFrom = out.value.length;
  };
  const end = raw.length - 1;
  let i = 1;
  while (i < end) {
    const c = raw[i];
    if (c === "\n" || c === "\r" && raw[i + 1] === "\n") {
      trimTo(out, spaceFrom);
      const at = i;
      let breaks = 0;
      while (i < end && (raw[i] === "\n" || raw[i] === "\r" || raw[i] === " " || raw[i] === "	")) {
        if (raw[i] === "\n") breaks++;
        i++;
      }
      emit(breaks === 1 ? " " : "\n".repeat(breaks - 1), at, 1);
      continue;
    }
    if (style === "single" && c === "'") {
      if (raw[i + 1] !== "'") return null;
      emit("'", i, 2);
      i += 2;
      continue;
    }
    if (style === "double" && c === "\\") {
      const e = raw[i + 1];
      if (e === "\n" || e === "\r" && raw[i + 2] === "\n") {
        i += e === "\r" ? 3 : 2;
        while (i < end && (raw[i] === " " || raw[i] === "	")) i++;
        spaceFrom = out.value.length;
        continue;
      }
      if (e in SIMPLE_ESCAPES) {
        emit(SIMPLE_ESCAPES[e], i, 2);
        i += 2;
        continue;
      }
      const digits = HEX_ESCAPES[e];
      const hex = digits ? raw.slice(i + 2, i + 2 + digits) : "";
      if (!digits || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return null;
      const code = parseInt(hex, 16);
      if (code > 1114111) return null;
      emit(String.fromCodePoint(code), i, 2 + digits);
      i += 2 + digits;
      continue;
    }
    emit(c, i, 1, c === " " || c === "	");
    i++;
  }
  return out;
}
function trimTo(map, length) {
  map.value = map.value.slice(0, length);
  map.offsets.length = length;
  map.widths.length = length;
}

// src/engine/load.ts
var KUBERNETES_STRING_MAP_KEYS = /* @__PURE__ */ new Set(["labels", "annotations", "matchLabels", "nodeSelector"]);
var DEFAULT_LOAD_LIMITS = { maxFileBytes: 10 * 1024 * 1024, yaml: { ...DEFAULT_YAML_LIMITS, stringMapKeys: KUBERNETES_STRING_MAP_KEYS } };
var CNI_CONFIG = { apiVersion: "netlint.io/v1", kind: "CNIConfig" };
var MANIFEST_KEY = /(?:^|[{,\s])["']?(?:apiVersion|kind)["']?\s*:/m;
var PROBLEM_RULES = {
  syntax: INPUT_RULES.yamlSyntax,
  "duplicate-key": INPUT_RULES.duplicateKey,
  "alias-limit": INPUT_RULES.aliasLimit,
  ignored: INPUT_RULES.notKubernetes
};
function loadSources(files, limits = DEFAULT_LOAD_LIMITS, afterEachFile) {
  const result = { resources: [], findings: [], files: [] };
  const kustomizations = [];
  const assertion = assertionFiles(files);
  for (const file of files) {
    if (assertion(file)) result.files.push({ path: file.path, lines: null, resourceCount: 0, directives: [], skipped: "not-kubernetes" });
    else loadOne(file, limits, result, kustomizations);
    afterEachFile?.();
  }
  if (kustomizations.length === 0) return result;
  const kept = applyKustomizations(result.resources, kustomizations);
  if (kept.length === result.resources.length) return result;
  const left = /* @__PURE__ */ new Map();
  for (const r of kept) left.set(r.file, (left.get(r.file) ?? 0) + 1);
  for (const f of result.files) {
    if (f.resourceCount === 0) continue;
    f.resourceCount = left.get(f.path) ?? 0;
    if (f.resourceCount === 0) f.kustomizePatch = true;
  }
  return { ...result, resources: kept };
}
var TEST_SUITE_FILE = /(^|\/)\.?(chainsaw-test|kuttl-test)\.ya?ml$/;
var KUTTL_ASSERT_FILE = /(^|\/)\d+-(assert|errors)\.ya?ml$/;
var CHAINSAW_CHECKED_FILE = /(?:^|[\s{,-])(?:assert|error):\s*\{?\s*(?:#[^\n]*)?\n?\s*file:\s*["']?([^\s"'},]+)/g;
function assertionFiles(files) {
  const checked = /* @__PURE__ */ new Set();
  const globs = /* @__PURE__ */ new Map();
  for (const f of files) {
    const m = TEST_SUITE_FILE.exec(f.path);
    if (m === null) continue;
    const folder = f.path.slice(0, m.index);
    const text = typeof f.content === "string" ? f.content : new TextDecoder().decode(f.content);
    for (const [, name] of text.matchAll(CHAINSAW_CHECKED_FILE)) {
      const path = normalizePath(folder === "" ? name : `${folder}/${name}`);
      if (!path.includes("*")) checked.add(path);
      else pushTo(globs, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "", globToRegExp(path));
    }
  }
  if (checked.size === 0 && globs.size === 0 && !files.some((f) => KUTTL_ASSERT_FILE.test(f.path))) return () => false;
  return (file) => {
    if (file.discovered !== true) return false;
    if (KUTTL_ASSERT_FILE.test(file.path)) return true;
    const path = normalizePath(file.path);
    if (checked.has(path)) return true;
    const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    return (globs.get(folder) ?? []).some((p) => p.test(path));
  };
}
function labelSetsOf(value) {
  const pairsOf = (v) => {
    const pairs = stringMap(v);
    return Object.keys(pairs).length === 0 ? null : pairs;
  };
  const out = [];
  const common = pairsOf(value.commonLabels);
  if (common !== null) out.push({ pairs: common, selectors: true, templates: true });
  for (const l of Array.isArray(value.labels) ? value.labels : []) {
    const pairs = isObject(l) ? pairsOf(l.pairs) : null;
    if (pairs !== null) out.push({ pairs, selectors: l.includeSelectors === true, templates: l.includeTemplates === true || l.includeSelectors === true });
  }
  return out;
}
var KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
function kustomizationOf(file, value) {
  if (!isObject(value)) return null;
  const resources = Array.isArray(value.resources) || Array.isArray(value.bases) ? [...Array.isArray(value.resources) ? value.resources : [], ...Array.isArray(value.bases) ? value.bases : []] : null;
  const patchEntries = [value.patches, value.patchesStrategicMerge, value.patchesJson6902].filter(Array.isArray).flat();
  if (resources === null && patchEntries.length === 0) return null;
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  const localFile = (r) => /\.(ya?ml|json)$/i.test(r) && !r.includes("://") && !r.includes("\n");
  const local = (r) => typeof r === "string" && localFile(r);
  const files = (resources ?? []).filter(local).map((r) => normalizePath(dir + r));
  const folders = [...resources ?? [], ...Array.isArray(value.components) ? value.components : []].filter((r) => typeof r === "string" && !localFile(r) && !/\.[A-Za-z]+$/.test(r) && !r.includes("://") && !/^[\w.-]+\.[a-z]{2,}\//i.test(r) && !r.includes("?")).map((r) => normalizePath(dir + r));
  const patches = patchEntries.map((e) => isObject(e) ? e.path : e).filter(local).map((r) => normalizePath(dir + r));
  return { file, dir: normalizePath(dir), namespace: typeof value.namespace === "string" && value.namespace !== "" ? value.namespace : null, files, folders, patches, labels: labelSetsOf(value) };
}
function normalizePath(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "." || part === "") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
function walkBuilds(kustomizations, top, step) {
  const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
  const included = new Set(kustomizations.flatMap((k) => k.folders));
  const visit2 = (k, outer, path) => {
    const made = step(k, outer);
    for (const dir of k.folders) {
      const base = byDir.get(dir);
      if (base === void 0 || path.has(base)) continue;
      path.add(base);
      visit2(base, made, path);
      path.delete(base);
    }
  };
  for (const k of kustomizations) if (!included.has(k.dir)) visit2(k, top, /* @__PURE__ */ new Set([k]));
}
function kustomizedNamespaces(kustomizations) {
  const namespaceOf = /* @__PURE__ */ new Map();
  walkBuilds(kustomizations, null, (k, outer) => {
    const ns = outer ?? k.namespace;
    if (ns !== null) for (const f of k.files) namespaceOf.set(f, namespaceOf.has(f) && namespaceOf.get(f) !== ns ? null : ns);
    return ns;
  });
  for (const k of kustomizations) {
    if (k.namespace === null) continue;
    for (const f of k.files) if (namespaceOf.get(f) === null && !kustomizations.some((o) => o !== k && o.namespace !== null && o.namespace !== k.namespace && o.files.includes(f))) namespaceOf.set(f, k.namespace);
  }
  return namespaceOf;
}
function kustomizedLabels(kustomizations) {
  const labelsOf = /* @__PURE__ */ new Map();
  const key = /* @__PURE__ */ new Map();
  walkBuilds(kustomizations, [], (k, outer) => {
    const sets = [...k.labels, ...outer];
    const text = JSON.stringify(sets);
    for (const f of k.files) {
      if (!labelsOf.has(f)) {
        labelsOf.set(f, sets);
        key.set(f, text);
      } else if (key.get(f) !== text) labelsOf.set(f, null);
    }
    return sets;
  });
  const out = /* @__PURE__ */ new Map();
  for (const [f, sets] of labelsOf) if (sets !== null && sets.length > 0) out.set(f, sets);
  return out;
}
var TEMPLATE_LABEL_KINDS = /* @__PURE__ */ new Map([
  ["ReplicationController", ""],
  ["Deployment", null],
  ["ReplicaSet", null],
  ["DaemonSet", null],
  ["StatefulSet", "apps"],
  ["Job", "batch"]
]);
var SELECTOR_LABEL_SPECS = [
  { kind: "Service", group: "", path: ["spec", "selector"], create: true },
  { kind: "ReplicationController", group: "", path: ["spec", "selector"], create: true },
  { kind: "Deployment", group: null, path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "ReplicaSet", group: null, path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "DaemonSet", group: null, path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "StatefulSet", group: "apps", path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "Job", group: "batch", path: ["spec", "selector", "matchLabels"], create: false },
  { kind: "CronJob", group: "batch", path: ["spec", "jobTemplate", "spec", "selector", "matchLabels"], create: false },
  { kind: "PodDisruptionBudget", group: "policy", path: ["spec", "selector", "matchLabels"], create: false },
  { kind: "NetworkPolicy", group: "networking.k8s.io", path: ["spec", "podSelector", "matchLabels"], create: false }
];
function addLabelsAt(value, path, pairs, create) {
  if (Array.isArray(value)) {
    for (const item of value) addLabelsAt(item, path, pairs, create);
    return;
  }
  if (!isObject(value)) return;
  const [head, ...rest] = path;
  let next = value[head];
  if (next === void 0 || next === null) {
    if (!create || Array.isArray(next)) return;
    next = value[head] = {};
  }
  if (rest.length > 0) addLabelsAt(next, rest, pairs, create);
  else if (isObject(next)) Object.assign(next, pairs);
}
function applyLabelSet(r, set) {
  const kindIs = (kind, group) => r.kind === kind && (group === null || r.group === group);
  addLabelsAt(r.value, ["metadata", "labels"], set.pairs, true);
  if (set.templates) {
    for (const [kind, group] of TEMPLATE_LABEL_KINDS) if (kindIs(kind, group)) addLabelsAt(r.value, ["spec", "template", "metadata", "labels"], set.pairs, true);
    if (kindIs("CronJob", "batch")) {
      addLabelsAt(r.value, ["spec", "jobTemplate", "metadata", "labels"], set.pairs, true);
      addLabelsAt(r.value, ["spec", "jobTemplate", "spec", "template", "metadata", "labels"], set.pairs, true);
    }
  }
  if (!set.selectors) return;
  for (const spec of SELECTOR_LABEL_SPECS) if (kindIs(spec.kind, spec.group)) addLabelsAt(r.value, spec.path, set.pairs, spec.create);
  if (kindIs("NetworkPolicy", "networking.k8s.io")) {
    addLabelsAt(r.value, ["spec", "ingress", "from", "podSelector", "matchLabels"], set.pairs, false);
    addLabelsAt(r.value, ["spec", "egress", "to", "podSelector", "matchLabels"], set.pairs, false);
  }
}
function applyKustomizations(loaded, kustomizations) {
  const resources = copiesPerCluster(loaded, kustomizations);
  const namespaceOf = kustomizedNamespaces(kustomizations);
  const labelsOf = kustomizedLabels(kustomizations);
  if (labelsOf.size > 0) {
    for (const r of resources) if (r.build === void 0) for (const set of labelsOf.get(normalizePath(r.file)) ?? []) applyLabelSet(r, set);
  }
  const listed = /* @__PURE__ */ new Set();
  const patchFiles = /* @__PURE__ */ new Set();
  for (const k of kustomizations) {
    for (const f of k.files) listed.add(f);
    for (const f of k.patches) patchFiles.add(f);
  }
  for (const r of resources) if (r.build === void 0) putInNamespace(r, namespaceOf.get(normalizePath(r.file)) ?? null);
  const kustomizationDirs = new Set(kustomizations.map((k) => k.dir));
  for (const r of resources) {
    const m = PATCHES_FOLDER.exec(normalizePath(r.file));
    if (m !== null && kustomizationDirs.has(m[1])) patchFiles.add(normalizePath(r.file));
  }
  for (const f of listed) patchFiles.delete(f);
  return patchFiles.size === 0 ? resources : resources.filter((r) => !patchFiles.has(normalizePath(r.file)));
}
var PATCHES_FOLDER = /^(?:(.*)\/)?patches\//;
function putInNamespace(r, ns) {
  if (!ns) return;
  if (r.groupKind === "Namespace") {
    const metadata = r.value.metadata;
    if (ns !== r.name && typeof metadata === "object" && metadata !== null) {
      metadata.name = ns;
      r.name = ns;
    }
    return;
  }
  if (CLUSTER_SCOPED_KINDS.has(r.groupKind) || r.kind === CNI_CONFIG.kind) return;
  r.namespace = ns;
}
function perClusterBuilds(kustomizations) {
  const views = /* @__PURE__ */ new Map();
  walkBuilds(kustomizations, null, (k, outer) => {
    const made = { top: outer?.top ?? k.dir, namespace: outer?.namespace ?? k.namespace, labels: [...k.labels, ...outer?.labels ?? []] };
    for (const f of k.files) pushTo(views, f, made);
    return made;
  });
  const out = /* @__PURE__ */ new Map();
  const key = (v) => JSON.stringify([v.namespace, v.labels]);
  for (const [file, list] of views) {
    if (new Set(list.map(key)).size < 2) continue;
    const byCluster = /* @__PURE__ */ new Map();
    let apart = true;
    for (const v of list) {
      const cluster = environmentOf(`${v.top}/kustomization.yaml`);
      const seen = cluster === null ? void 0 : byCluster.get(cluster);
      if (cluster === null || seen !== void 0 && key(seen) !== key(v)) {
        apart = false;
        break;
      }
      if (seen === void 0) byCluster.set(cluster, v);
    }
    if (apart && byCluster.size >= 2) out.set(file, [...byCluster.values()]);
  }
  return out;
}
function copiesPerCluster(resources, kustomizations) {
  const builds = perClusterBuilds(kustomizations);
  if (builds.size === 0) return resources;
  const out = [];
  for (const r of resources) {
    const views = builds.get(normalizePath(r.file));
    if (views === void 0) {
      out.push(r);
      continue;
    }
    const scoped = !(CLUSTER_SCOPED_KINDS.has(r.groupKind) || r.kind === CNI_CONFIG.kind) || r.groupKind === "Namespace";
    if (new Set(views.map((v) => JSON.stringify(scoped ? [v.namespace, v.labels] : v.labels))).size === 1) {
      for (const set of views[0].labels) applyLabelSet(r, set);
      out.push(r);
      continue;
    }
    for (const view of views) {
      const build2 = r.file.startsWith("/") && !view.top.startsWith("/") ? `/${view.top}` : view.top;
      const copy = Object.assign(Object.create(Object.getPrototypeOf(r)), r, { value: structuredClone(r.value), build: build2 });
      for (const set of view.labels) applyLabelSet(copy, set);
      putInNamespace(copy, view.namespace);
      out.push(copy);
    }
  }
  return out;
}
function fileFinding(rule, file, message, position) {
  const p = position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    file,
    ...p,
    resource: null,
    path: [],
    remediation: rule.remediation
  };
}
function decodeSource(file, maxFileBytes) {
  if (file.unreadable !== void 0) return { finding: { ...fileFinding(INPUT_RULES.notUtf8, file.path, file.unreadable), remediation: "Rename the file to a UTF-8 name." } };
  const size2 = file.size ?? (typeof file.content === "string" ? file.content.length : file.content.byteLength);
  if (size2 > maxFileBytes) {
    const what = file.sizeUnknown ? `more than ${maxFileBytes} bytes (read no further)` : `${size2} bytes`;
    return { finding: fileFinding(INPUT_RULES.tooLarge, file.path, `the file is ${what}; the limit is ${maxFileBytes} bytes`) };
  }
  let text;
  if (typeof file.content === "string") {
    text = file.content;
  } else {
    const bytes = file.content;
    if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
      const order = bytes[0] === 255 ? "little-endian" : "big-endian";
      if (/\.(conf|conflist)$/i.test(file.path)) return { finding: fileFinding(INPUT_RULES.notUtf8, file.path, `the file is UTF-16 (${order}, by its byte order mark), not UTF-8, which libcni needs: re-save it as UTF-8`) };
      try {
        text = new TextDecoder(bytes[0] === 255 ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
      } catch {
        return { finding: fileFinding(INPUT_RULES.notUtf8, file.path, `the file starts with a UTF-16 (${order}) byte order mark but is not valid UTF-16`) };
      }
      return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
    }
    const probe = bytes.subarray(0, 8192);
    const nul = probe.indexOf(0);
    if (nul >= 0) {
      return { finding: fileFinding(INPUT_RULES.binaryFile, file.path, "the file contains NUL bytes: it is binary, not YAML or JSON", byteAt(bytes, nul)) };
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      text = new TextDecoder("utf-8").decode(bytes);
      if (text.charCodeAt(0) === 65279) text = text.slice(1);
      const message = `the file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, "0")} at byte offset ${bad}): kubectl reads each such byte as U+FFFD, so what it applies is not what the file shows; re-save the file as UTF-8`;
      return { text, finding: { ...fileFinding(INPUT_RULES.notUtf8, file.path, message, byteAt(bytes, bad)), severity: "warning" } };
    }
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { text };
}
function byteAt(bytes, offset) {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, "");
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
  const column = before.length - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const [len, min] = b < 128 ? [1, 0] : b >= 194 && b <= 223 ? [2, 128] : b >= 224 && b <= 239 ? [3, 2048] : b >= 240 && b <= 244 ? [4, 65536] : [0, 0];
    if (len === 0 || i + len > bytes.length) return i;
    let cp = len === 1 ? b : b & 255 >> len + 1;
    for (let k = 1; k < len; k++) {
      if ((bytes[i + k] & 192) !== 128) return i;
      cp = cp << 6 | bytes[i + k] & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += len;
  }
  return -1;
}
function loadOne(file, limits, out, kustomizations) {
  const loaded = { path: file.path, lines: null, resourceCount: 0, directives: [] };
  out.files.push(loaded);
  const decoded = decodeSource(file, limits.maxFileBytes);
  if (decoded.finding !== void 0) out.findings.push(decoded.finding);
  if (!("text" in decoded)) return;
  const text = decoded.text;
  const notJsonConf = /\.conf$/i.test(file.path) && !/^\s*\{/.test(text);
  if (notJsonConf && file.discovered) {
    loaded.skipped = "not-kubernetes";
    return;
  }
  const lines = new LineIndex(text);
  loaded.lines = lines;
  const cniFileName = /\.(conf|conflist)$/i.test(file.path);
  const jsonFileName = /\.json$/i.test(file.path);
  const cniLike = cniFileName || jsonFileName && text.includes('"cniVersion"');
  const readText = (cniLike && /^\s*\{/.test(text) && text.includes("/") ? blankJsonComments(text) : null) ?? text;
  let stream = parseYamlStream(readText, cniLike ? { ...limits.yaml, reader: "yaml" } : limits.yaml);
  if (file.discovered && jsonFileName && stream.problems.some((p) => p.kind === "syntax") && !/"(?:apiVersion|kind|cniVersion)"\s*:/.test(text)) {
    loaded.skipped = "not-kubernetes";
    return;
  }
  if (stream.problems.some((p) => p.kind === "syntax") && mightBeJsonStream(text)) {
    const otherProblems = stream.problems.filter((p) => p.kind !== "syntax");
    if (cniLike) {
      const json = parseJson(readText);
      if (!json.ok) stream = { documents: stream.documents, problems: [...otherProblems, { kind: "syntax", message: `not valid JSON, which libcni requires: ${json.error}`, start: json.offset, end: Math.min(json.offset + 1, text.length) }] };
    } else {
      const read = readKubectlJsonStream(text, limits.yaml);
      if (read.stream !== null) stream = read.stream;
      else if (jsonFileName) stream = { documents: stream.documents, problems: [...otherProblems, read.jsonError] };
    }
  }
  const parsed = stream.problems.every((p) => p.kind === "ignored");
  const helm = helmTemplateAction(text, !parsed, () => blockScalarSpans(stream.documents), () => unquotedActionAt(text, stream.documents));
  const ytt = helm === null && text.includes("#@") ? yttAnnotation(text) : null;
  const tag = helm === null && ytt === null && !parsed && text.includes("{%") ? templateTagLine(text) : null;
  const envsubst = helm !== null || ytt !== null || tag !== null ? null : parsed ? placeholderInName(text, stream.documents, out) : text.includes("$") || text.includes("@") ? placeholderAtSyntaxError(text, stream.problems) : null;
  if (helm || ytt || tag || envsubst) {
    if (file.discovered) loaded.skipped = "helm-template";
    else if (helm) out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, templateMessage(text.slice(helm.start, helm.end)), lines.range(helm)));
    else if (ytt) out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, `this is an unrendered ytt template (${text.slice(ytt.start, ytt.end)}): render it first, e.g. ytt -f DIR | netlint lint -`, lines.range(ytt)));
    else if (tag) out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, `this is an unrendered Jinja or Liquid template (${text.slice(tag.start, tag.end)}): lint what renders it (Ansible, Jekyll) writes, e.g. on stdin as -`, lines.range(tag)));
    else {
      const placeholder = text.slice(envsubst.start, envsubst.end);
      const render = placeholder.startsWith("$(") ? "render it first, e.g. kustomize build DIR | netlint lint -" : placeholder.startsWith("$") ? "render it first, e.g. envsubst < FILE | netlint lint -" : "fill it in first with the script that renders it, and lint the result, e.g. on stdin as -";
      const stands = parsed ? "stands for a name" : "stands for YAML text: the file does not parse until it is filled in";
      out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, `this is an unrendered template (${placeholder} ${stands}): ${render}`, lines.range(envsubst)));
    }
    return;
  }
  loaded.directives = scanDirectives(file.path, lines);
  const findingsBefore = out.findings.length;
  let namesManifestKeys;
  for (const problem of stream.problems) {
    if (notJsonConf && problem.kind === "syntax") {
      out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file.path, `the .conf file is neither a CNI config (a JSON object) nor YAML (${problem.message}): not a Kubernetes object`, lines.range(problem)));
      continue;
    }
    if (cniLike && problem.kind === "duplicate-key") {
      out.findings.push(cniDuplicateKey(problem, stream.documents, file.path, lines));
      continue;
    }
    const rule = PROBLEM_RULES[problem.kind];
    const message = problem.kind === "duplicate-key" && calicoApiDocumentAt(stream.documents, problem.start) ? `${problem.message} (calicoctl refuses the file)` : problem.message;
    if (problem.kind === "syntax" && file.discovered && !cniLike && !KUSTOMIZATION_FILE.test(file.path) && !(namesManifestKeys ??= MANIFEST_KEY.test(text))) {
      out.findings.push({ ...fileFinding(rule, file.path, `${message} (the file names no apiVersion or kind: if it is not a manifest, leave it out with .netlintignore)`, lines.range(problem)), severity: "warning" });
      continue;
    }
    out.findings.push(fileFinding(rule, file.path, message, lines.range(problem)));
  }
  const documents = stream.documents.filter((d) => d.value !== void 0 && d.value !== null);
  if (KUSTOMIZATION_FILE.test(file.path)) {
    const k = documents.length === 1 ? kustomizationOf(file.path, documents[0].value) : null;
    if (k) kustomizations.push(k);
  }
  if (documents.length === 0 && parsed) {
    if (file.discovered) loaded.skipped = "not-kubernetes";
    else out.findings.push(fileFinding(INPUT_RULES.emptyFile, file.path, "the file holds no YAML document"));
    return;
  }
  const namedCniJson = !file.discovered && jsonFileName && documents.length === 1 && isObject(documents[0].value) && namesCniPlugin(documents[0].value);
  const isCniFile = cniFileName || namedCniJson;
  const resourcesBefore = out.resources.length;
  for (const doc of documents) {
    const before = out.resources.length;
    collectResources(doc, doc.value, [], file.path, lines, isCniFile, out);
    loaded.resourceCount += out.resources.length - before;
  }
  const cniJson = !isCniFile && jsonFileName && loaded.resourceCount > 0 && out.resources.slice(resourcesBefore).every((r) => r.kind === CNI_CONFIG.kind && r.apiVersion === CNI_CONFIG.apiVersion);
  if ((isCniFile || cniJson) && !notJsonConf && /^\s*\{/.test(text) && !stream.problems.some((p) => p.kind === "syntax")) {
    const json = parseJson(text);
    if (!json.ok) out.findings.push(fileFinding(INPUT_RULES.cniJson, file.path, `the file is not strict JSON, which libcni requires: ${json.error}`, lines.range({ start: json.offset, end: Math.min(json.offset + 1, text.length) })));
  }
  if (file.discovered && loaded.resourceCount > 0 && stream.problems.every((p) => p.kind === "duplicate-key" || p.kind === "ignored") && out.resources.slice(resourcesBefore).every((r) => FOREIGN_VERSION.test(r.apiVersion))) {
    out.resources.length = resourcesBefore;
    loaded.resourceCount = 0;
  }
  if (file.discovered && loaded.resourceCount === 0 && stream.problems.every((p) => p.kind === "duplicate-key" || p.kind === "ignored")) {
    out.findings.length = findingsBefore;
    loaded.skipped = "not-kubernetes";
  }
}
function cniDuplicateKey(problem, documents, file, lines) {
  const key = /^duplicate key "((?:[^"\\]|\\.)*)"/.exec(problem.message)?.[1] ?? "";
  const inSysctl = documents.some((doc) => {
    const conf = doc.value;
    if (!isObject(conf)) return false;
    const plugins = Array.isArray(conf.plugins) ? conf.plugins.map((p, i) => [p, ["plugins", i]]) : [[conf, []]];
    return plugins.some(([plugin, at], i) => {
      if (!isObject(plugin) || plugin.type !== "tuning" || !isObject(plugin.sysctl) || !Object.hasOwn(plugin.sysctl, key)) return false;
      const next = i + 1 < plugins.length ? doc.spanOf(["plugins", i + 1]).start : Infinity;
      return doc.spanOf([...at, "sysctl"]).start < problem.start && problem.start < next;
    });
  });
  const message = inSysctl ? `duplicate sysctl key "${key}": the tuning plugin refuses it ("duplicated sysctl keys are not allowed"), so the pod's network setup fails` : `duplicate key "${key}": libcni and the plugins (Go's encoding/json) keep the later value and drop the earlier one without a word`;
  return { ...fileFinding(INPUT_RULES.duplicateKey, file, message, lines.range(problem)), severity: inSysctl ? "error" : "warning" };
}
var FOREIGN_VERSION = /^v\d+(?:alpha|beta)\d+$/;
function helmTemplateAction(text, parseFailed, blockScalars = () => [], unquotedAction = () => null) {
  if (!text.includes("{{")) return null;
  HELM_OBJECTS.lastIndex = 0;
  const m = parseFailed ? HELM_OBJECTS.exec(text) ?? firstOutsideBlockScalars(ANY_ACTIONS, text) : helmObjectOutside(text, blockScalars);
  const at = m ? m.index : parseFailed ? null : unquotedAction();
  if (at === null) return null;
  const close = text.indexOf("}}", at);
  return { start: at, end: close >= 0 ? close + 2 : at + 2 };
}
function helmObjectOutside(text, blockScalars) {
  let spans = null;
  for (let m = HELM_OBJECTS.exec(text); m !== null; m = HELM_OBJECTS.exec(text)) {
    spans ??= blockScalars();
    const at = m.index;
    if (!spans.some((s) => at >= s.start && at < s.end)) return m;
  }
  return null;
}
function unquotedActionAt(text, documents) {
  const AFTER_COLON = /:[ \t]*/y;
  for (const doc of documents) {
    const inName = nameMatching(text, doc, ACTION_START);
    if (inName !== null) return inName.start;
    let found = null;
    const walk = (value, path) => {
      if (found !== null) return;
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (isObject(value)) {
        if (typeof path[path.length - 1] === "string") {
          AFTER_COLON.lastIndex = doc.keySpanOf(path).end;
          const start = AFTER_COLON.test(text) ? AFTER_COLON.lastIndex : -1;
          if (start >= 0 && text.startsWith("{{", start)) return void (found = start);
        }
        for (const k in value) walk(value[k], [...path, k]);
      }
    };
    walk(doc.value, []);
    if (found !== null) return found;
  }
  return null;
}
function placeholderInName(text, documents, out) {
  for (const doc of documents) {
    const v = doc.value;
    const groupKind = isObject(v) && typeof v.apiVersion === "string" && typeof v.kind === "string" ? kindIdentity(out, v.apiVersion, v.kind).groupKind : "";
    const found = nameMatching(text, doc, nameFormatOf(groupKind) === "path-segment" ? PLACEHOLDER : PLACEHOLDER_IN_NAME);
    if (found !== null) return found;
  }
  return null;
}
function calicoApiDocumentAt(documents, at) {
  let doc;
  for (const d of documents) if (d.start <= at) doc = d;
  const apiVersion = doc !== void 0 && isObject(doc.value) ? doc.value.apiVersion : void 0;
  return typeof apiVersion === "string" && apiVersion.startsWith("projectcalico.org/");
}
function placeholderAtSyntaxError(text, problems) {
  const error = problems.find((p) => p.kind === "syntax");
  if (error === void 0) return null;
  const lineStart = (at) => text.lastIndexOf("\n", at - 1) + 1;
  const errorLine = lineStart(Math.min(error.start, text.length));
  for (const start of errorLine > 0 ? [errorLine, lineStart(errorLine - 1)] : [errorLine]) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trimStart().startsWith("#")) continue;
    for (const m of line.matchAll(SHELL_PLACEHOLDERS)) {
      if (/^\s*$|[[{,]\s*$/.test(line.slice(0, m.index)) && !insideQuotes(line, m.index)) return { start: start + m.index, end: start + m.index + m[0].length };
    }
    for (const m of line.matchAll(AT_PLACEHOLDERS)) {
      if (/^\s*$|[[{,:-]\s*$/.test(line.slice(0, m.index)) && !insideQuotes(line, m.index)) return { start: start + m.index, end: start + m.index + m[0].length };
    }
  }
  return null;
}
function yttAnnotation(text) {
  const m = firstOutsideBlockScalars(/(?:^[ \t]*|:[ \t]+|-[ \t]+)(#@(?:[ \t]|data\/values|overlay\/|load\(|yaml\/|template\.)[^\n]*)/gm, text);
  if (m === null) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + Math.min(m[1].length, 60) };
}
function templateTagLine(text) {
  const m = firstOutsideBlockScalars(/^[ \t]*(\{%-?\s*[a-z][^\n]*?%\})/gm, text);
  if (m === null) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + Math.min(m[1].length, 60) };
}
function insideQuotes(line, at) {
  let quote = null;
  for (let i = 0; i < at; i++) {
    const c = line[i];
    if (quote === null) {
      if (c === '"' || c === "'") quote = c;
    } else if (c === "\\" && quote === '"') i++;
    else if (c === quote) quote = null;
  }
  return quote !== null;
}
var BRACED_PLACEHOLDER = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?=+\-/#%,^][^}]*)?\}/;
var CAPITALS_PLACEHOLDER = /\$[A-Z_][A-Z0-9_]*/;
var KUSTOMIZE_VAR = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)/;
var SHELL_PLACEHOLDER = new RegExp(`${BRACED_PLACEHOLDER.source}|${CAPITALS_PLACEHOLDER.source}(?![a-z])`);
var SHELL_PLACEHOLDERS = new RegExp(SHELL_PLACEHOLDER.source, "g");
var AT_PLACEHOLDERS = /@[A-Z][A-Z0-9_]*@/g;
var MARKER_PLACEHOLDER = /<<[A-Za-z_][A-Za-z0-9_.-]*>>|\(\([A-Za-z_][A-Za-z0-9_.-]*\)\)|\(\$[A-Za-z_][A-Za-z0-9_]*\)/;
var NAME_MARKER_PLACEHOLDER = new RegExp(`${MARKER_PLACEHOLDER.source}|__[A-Z][A-Z0-9_]*__`);
var PLACEHOLDER = new RegExp(`${SHELL_PLACEHOLDER.source}|${KUSTOMIZE_VAR.source}|${NAME_MARKER_PLACEHOLDER.source}`);
var WORD_PLACEHOLDER = /(?<=[a-z0-9][-.])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=[-.][a-z0-9])|<[A-Za-z][A-Za-z0-9_.-]*>/;
var PLACEHOLDER_IN_NAME = new RegExp(`${PLACEHOLDER.source}|${WORD_PLACEHOLDER.source}`);
var ACTION_START = /\{\{/;
function nameMatching(text, doc, pattern) {
  const metadata = isObject(doc.value) ? doc.value.metadata : void 0;
  if (!isObject(metadata)) return null;
  for (const field of ["name", "namespace"]) {
    const v = metadata[field];
    if (v === null) {
      const from = doc.spanOf(["metadata", field]).start;
      const lineEnd = text.indexOf("\n", from);
      const hash = /^[^#\n]*?:?[ \t]*(##[A-Za-z_][A-Za-z0-9_]*##)/.exec(text.slice(from, lineEnd < 0 ? text.length : lineEnd));
      if (hash) {
        const at2 = from + hash.index + hash[0].length - hash[1].length;
        return { start: at2, end: at2 + hash[1].length };
      }
    }
    const m = typeof v === "string" ? pattern.exec(v) : null;
    if (!m) continue;
    const at = text.indexOf(m[0], doc.spanOf(["metadata", field]).start);
    return at < 0 ? doc.spanOf(["metadata", field]) : { start: at, end: at + m[0].length };
  }
  return null;
}
function blockScalarSpans(documents) {
  const spans = [];
  for (const doc of documents) {
    const kind = isObject(doc.value) ? doc.value.kind : void 0;
    const payload = kind === "ConfigMap" ? "data" : kind === "Secret" ? "stringData" : null;
    const walk = (value, path) => {
      if (typeof value === "string") {
        if (!value.includes("{{")) return;
        const style = doc.scalarAt(path)?.style;
        if (style === "literal" || style === "folded" || path.length === 2 && path[0] === payload) spans.push(doc.spanOf(path));
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (isObject(value)) for (const k in value) walk(value[k], [...path, k]);
    };
    walk(doc.value, []);
  }
  return spans;
}
var HELM_OBJECTS = /\{\{-?\s*(?:\/\*|include\s|[^}\n]*?\$?\.(?:Values|Release|Chart|Capabilities|Files)\b)/g;
function templateMessage(action) {
  HELM_OBJECTS.lastIndex = 0;
  if (HELM_OBJECTS.test(action)) return "this is an unrendered Helm template ({{ \u2026 }}): render it first, e.g. helm template RELEASE CHART | netlint lint -";
  const shown = action.length <= 40 ? action : `${action.slice(0, 37)}\u2026`;
  return `this is an unrendered Go template (${shown}): lint what the tool that fills it in writes, e.g. on stdin as -`;
}
var ANY_ACTIONS = /\{\{-?\s*[.$A-Za-z("'`]/g;
function firstOutsideBlockScalars(pattern, text) {
  pattern.lastIndex = 0;
  let ranges = null;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    ranges ??= blockScalarRanges(text);
    const at = m.index;
    let lo = 0;
    let hi = ranges.length - 1;
    let inside = false;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (ranges[mid].start <= at) {
        inside = at < ranges[mid].end;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!inside) return m;
  }
  return null;
}
function blockScalarRanges(text) {
  const ranges = [];
  let open = null;
  let lineStart = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") {
      const indent = /^[ ]*/.exec(line)[0].length;
      if (open !== null && indent <= open.indent) {
        ranges.push({ start: open.start, end: lineStart });
        open = null;
      }
      if (open === null && !line.trimStart().startsWith("#") && /[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(line)) open = { indent, start: lineEnd + 1 };
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (open !== null) ranges.push({ start: open.start, end: text.length + 1 });
  return ranges;
}
function collectResources(doc, value, base, file, lines, isCniFile, out, inheritedKind) {
  const locate = (path) => lines.range(doc.spanOf([...base, ...path]));
  if (base.length === 0 && Array.isArray(value) && value.length > 0 && value.every(namesItsKind)) {
    if (!value.every((v) => CALICO_API_VERSION.test(v.apiVersion))) {
      out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, "the document is a list of objects: calicoctl applies such a list, kubectl refuses it (wrap them in `kind: List` with `items`, or separate them with ---)", locate([])));
    }
    value.forEach((item, i) => collectResources(doc, item, [i], file, lines, isCniFile, out));
    return;
  }
  if (!isObject(value)) {
    const what = base.length === 0 ? "the document" : formatPath(base).replace(/^\[/, "item [");
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `${what} is ${describeValue(value)}, not a Kubernetes object`, locate([])));
    return;
  }
  let kind = typeof value.kind === "string" ? value.kind : inheritedKind;
  const apiVersion = typeof value.apiVersion === "string" ? value.apiVersion : void 0;
  if (kind && kind.endsWith("List") && Array.isArray(value.items)) {
    const itemKind = kind === "List" ? void 0 : kind.slice(0, -4);
    value.items.forEach((item, i) => collectResources(doc, item, [...base, "items", i], file, lines, isCniFile, out, itemKind));
    return;
  }
  if (!kind && !apiVersion && looksLikeCniConfig(value, isCniFile)) {
    const name2 = typeof value.name === "string" ? value.name : file.split("/").pop() ?? file;
    out.resources.push(makeResource(doc, value, base, file, lines, CNI_CONFIG.apiVersion, CNI_CONFIG.kind, name2, null, out));
    return;
  }
  if (!kind || !apiVersion && !inheritedKind) {
    const missing = [!apiVersion && "apiVersion", !kind && "kind"].filter(Boolean).join(" and ");
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document has no ${missing}: it is not a Kubernetes object`, locate([])));
    return;
  }
  if (apiVersion !== void 0 && isKustomizeConfig(apiVersion)) {
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document is kustomize's own configuration (apiVersion ${apiVersion}), not a Kubernetes object`, locate(["apiVersion"])));
    return;
  }
  const tool = TOOL_CONFIG_KINDS.get(`${apiVersion}/${kind}`) ?? (apiVersion?.includes("/") ? TOOL_CONFIG_GROUPS.get(apiVersion.slice(0, apiVersion.indexOf("/"))) : void 0);
  if (tool !== void 0) {
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document is ${tool}, not a Kubernetes object`, locate(["kind"])));
    return;
  }
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? metadata.generateName : "";
  const namespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : null;
  out.resources.push(makeResource(doc, value, base, file, lines, apiVersion ?? "v1", kind, name, namespace, out));
}
function namesItsKind(v) {
  return isObject(v) && typeof v.apiVersion === "string" && typeof v.kind === "string";
}
var CALICO_API_VERSION = /^(?:crd\.)?projectcalico\.org\//;
var TOOL_CONFIG_KINDS = /* @__PURE__ */ new Map([["argoproj.io/v1alpha1/ConfigManagementPlugin", "an Argo CD config management plugin's configuration (plugin.yaml, read by the plugin's sidecar)"]]);
var TOOL_CONFIG_GROUPS = /* @__PURE__ */ new Map([
  ["backstage.io", "a Backstage software catalog entity (catalog-info.yaml, read by Backstage)"],
  ["scaffolder.backstage.io", "a Backstage software template (read by Backstage's scaffolder)"],
  ["cli.kyverno.io", "a Kyverno CLI file (read by `kyverno test` and `kyverno apply`)"],
  ["gator.gatekeeper.sh", "a file of Gatekeeper's gator CLI (read by `gator`)"],
  ["chainsaw.kyverno.io", "a Chainsaw test (read by `chainsaw test`)"],
  ["kuttl.dev", "a KUTTL test file (read by `kubectl kuttl test`)"]
]);
function isKustomizeConfig(apiVersion) {
  return apiVersion === "builtin" || apiVersion.startsWith("kustomize.config.k8s.io/");
}
var MULTUS_DAEMON_KEYS = ["socketDir", "chrootDir", "multusConfigFile", "multusAutoconfigDir"];
var CNI_PLUGIN_TYPES = /* @__PURE__ */ new Set([
  "bridge",
  "ipvlan",
  "loopback",
  "macvlan",
  "ptp",
  "vlan",
  "host-device",
  "dummy",
  "tap",
  "win-bridge",
  "win-overlay",
  "bandwidth",
  "firewall",
  "portmap",
  "sbr",
  "tuning",
  "vrf",
  "flannel",
  "calico",
  "multus",
  "sriov",
  "ib-sriov",
  "ovs",
  "kube-ovn",
  "antrea",
  "cilium-cni",
  "weave-net",
  "aws-cni",
  "egress-cni",
  "azure-vnet",
  "userspace",
  "macvtap",
  "route-override"
]);
function namesCniPlugin(value) {
  if (typeof value.type === "string") return CNI_PLUGIN_TYPES.has(value.type);
  return Array.isArray(value.plugins) && value.plugins.length > 0 && value.plugins.every((p) => isObject(p) && typeof p.type === "string" && CNI_PLUGIN_TYPES.has(p.type));
}
function looksLikeCniConfig(value, isCniFile) {
  const plugin = "type" in value || "plugins" in value;
  if ("cniVersion" in value) return plugin || !MULTUS_DAEMON_KEYS.some((k) => k in value);
  return isCniFile && plugin;
}
var LoadedResource = class {
  constructor(document, lines, value, base, file, apiVersion, kind, name, namespace, identity) {
    this.document = document;
    this.lines = lines;
    this.value = value;
    this.base = base;
    this.file = file;
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.name = name;
    this.namespace = namespace;
    this.group = identity.group;
    this.groupKind = identity.groupKind;
    this.doc = document.index;
  }
  document;
  lines;
  value;
  base;
  file;
  apiVersion;
  kind;
  name;
  namespace;
  group;
  groupKind;
  doc;
  locate(path) {
    const span = this.document.spanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    return this.lines.range({ start: skipIndentation(this.lines.text, span.start, span.end), end: span.end });
  }
  locateKey(path) {
    const span = this.document.keySpanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    return this.lines.range({ start: skipIndentation(this.lines.text, span.start, span.end), end: span.end });
  }
  keySource(path) {
    const span = this.document.keyAt(this.base.length === 0 ? path : [...this.base, ...path]);
    return span === null ? null : this.lines.text.slice(span.start, span.end);
  }
  scalar(path) {
    return this.document.scalarAt(this.base.length === 0 ? path : [...this.base, ...path]);
  }
  /** Quoted scalars already mapped, by their start offset in the file. */
  quotedMaps;
  locateInScalar(path, span) {
    const info = this.scalar(path);
    if (!info || info.style !== "single" && info.style !== "double") return null;
    const whole = this.document.spanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    this.quotedMaps ??= /* @__PURE__ */ new Map();
    let map = this.quotedMaps.get(whole.start);
    if (map === void 0) {
      map = mapQuotedScalar(this.lines.text.slice(whole.start, whole.end), info.style);
      this.quotedMaps.set(whole.start, map);
    }
    if (!map || map.value !== info.source || span.start >= map.value.length || span.end > map.value.length) return null;
    const start = whole.start + map.offsets[span.start];
    const last = Math.max(span.start, span.end - 1);
    return this.lines.range({ start, end: whole.start + map.offsets[last] + map.widths[last] });
  }
  nonStringInStringMaps() {
    const all = this.document.nonStringInStringMaps;
    if (all === null || all.length === 0 || this.base.length === 0) return all;
    const base = this.base;
    return all.filter((p) => p.length > base.length && base.every((seg, i) => p[i] === seg)).map((p) => p.slice(base.length));
  }
};
function skipIndentation(text, start, end) {
  let i = start;
  while (i < end && (text[i] === " " || text[i] === "	")) i++;
  if (i === start || i >= end || text[i] === "\n" || text[i] === "\r") return start;
  for (let j = start - 1; j >= 0 && text[j] !== "\n"; j--) if (text[j] !== " " && text[j] !== "	") return start;
  return i;
}
var identities = /* @__PURE__ */ new WeakMap();
function kindIdentity(out, apiVersion, kind) {
  let byVersion = identities.get(out);
  if (!byVersion) identities.set(out, byVersion = /* @__PURE__ */ new Map());
  let byKind = byVersion.get(apiVersion);
  if (!byKind) byVersion.set(apiVersion, byKind = /* @__PURE__ */ new Map());
  let found = byKind.get(kind);
  if (!found) {
    const slash = apiVersion.indexOf("/");
    const group = slash >= 0 ? apiVersion.slice(0, slash) : "";
    byKind.set(kind, found = { group, groupKind: group ? `${group}/${kind}` : kind });
  }
  return found;
}
function makeResource(doc, value, base, file, lines, apiVersion, kind, name, namespace, out) {
  return new LoadedResource(doc, lines, value, base, file, apiVersion, kind, name, namespace, kindIdentity(out, apiVersion, kind));
}
var DIRECTIVE = /#\s*netlint-disable-(next-line|line)\b([^\n]*)$/;
function scanDirectives(file, lines) {
  const out = [];
  if (!lines.text.includes("netlint-disable")) return out;
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const at = m.index;
    if (at > 0 && !/\s/.test(text[at - 1])) continue;
    const ruleIds = m[2].replace(/--.*$/, "").split(/[\s,]+/).filter(Boolean);
    const position = { line, column: at + 1, endLine: line, endColumn: text.length + 1 };
    let target = line;
    if (m[1] === "next-line") {
      target = line + 1;
      while (target <= lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(target))) target++;
    }
    out.push({ file, targetLine: target, ruleIds, position });
  }
  return out;
}

export {
  dns1123LabelError,
  dns1123SubdomainError,
  nameError,
  generatedNameOf,
  relaxedServiceName,
  nameFormatOf,
  maxNameLengthOf,
  CLUSTER_SCOPED_KINDS,
  inTestData,
  placeOf,
  configCoversFile,
  environmentOf,
  clusterPartitions,
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
  formatCidr,
  goRegexpProblem,
  parseGoDuration,
  formatGoDuration,
  isObject,
  asObject,
  asArray,
  getInDocument,
  getIn,
  stringMap,
  scalarStringMap,
  objectItems,
  isGoIntegerLiteral,
  isGoInt64Literal,
  goJsonKey,
  goJsonField,
  describeValue,
  formatPath,
  matchesLabelSelector,
  labelKeyError,
  labelValueError,
  validateLabelSelector,
  parseCalicoCidr,
  parseCalicoCidrOrIp,
  parseCidrOrIp,
  CALICO_FORMAT_NAMES,
  CALICO_FORMAT_DEFINITIONS,
  addCalicoFormats,
  USER_FORMATS,
  escapePointerToken,
  unescapePointerToken,
  require_ucs2length,
  require_equal,
  newAjv,
  AJV_OPTIONS,
  ajv,
  userAjv,
  trustedAjv,
  errorPath,
  describeError,
  withoutConsequences,
  mostSpecific,
  loadAll,
  dump,
  OWN_FILE_YAML_LIMITS,
  ownFileProblemMessage,
  parseYamlStream,
  LineIndex,
  editDistance,
  didYouMean,
  typoDistance,
  parseConfig,
  validateRuleOptions,
  validateRuleIds,
  unknownRuleHint,
  effectiveSeverity,
  ruleOptions,
  globToRegExp,
  normalizeIgnores,
  pushTo,
  INPUT_RULES,
  INPUT_RULE_LIST,
  parseJson,
  KUBERNETES_STRING_MAP_KEYS,
  DEFAULT_LOAD_LIMITS,
  CNI_CONFIG,
  loadSources,
  KUSTOMIZATION_FILE,
  decodeSource,
  BRACED_PLACEHOLDER,
  CAPITALS_PLACEHOLDER,
  MARKER_PLACEHOLDER
};
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
