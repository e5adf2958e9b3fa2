/** The CNI pack: network configuration files and the ConfigMap keys that install them. */
import type { Rule } from '../../src/engine/rule.js';
import cniversion from './cniversion.js';
import configJson from './config-json.js';
import multusDelegate from './multus-delegate.js';
import networkName from './network-name.js';
import pluginOptions from './plugin-options.js';
import plugins from './plugins.js';
import primaryOrder from './primary-order.js';

export const cniRules: Rule[] = [cniversion, configJson, multusDelegate, networkName, pluginOptions, plugins, primaryOrder];
