import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './plugins.js';

ruleTester(rule, {
  valid: [
    { name: 'conflist', code: { 'etc/cni/net.d/10-flannel.conflist': '{ "name": "cbr0", "cniVersion": "0.3.1", "plugins": [ { "type": "flannel" }, { "type": "portmap" } ] }' } },
    { name: 'libcni reads a list\'s disableCheck as a boolean or "true"/"false" in any case (libcni/conf.go readBool)', code: { 'etc/cni/net.d/10-a.conflist': '{ "name": "a", "cniVersion": "1.0.0", "disableCheck": "TRUE", "disableGC": false, "cniVersions": ["1.0.0"], "plugins": [ { "type": "bridge" } ] }' } },
    { name: 'single plugin .conf', code: { 'etc/cni/net.d/00-multus.conf': '{ "name": "multus-cni-network", "cniVersion": "0.3.1", "type": "multus-shim" }' } },
    { name: 'ConfigMap may hold a list', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: kube-flannel-cfg }
      data:
        cni-conf.json: |
          { "name": "cbr0", "plugins": [ { "type": "flannel" } ] }
    ` },
    { name: 'a list without plugins whose plugins are files in its plugin folder (libcni v1.3.0)', code: {
      'net.d/50-some-network.conflist': '{ "name": "some-network", "cniVersion": "1.1.0", "loadOnlyInlinedPlugins": false }',
      'net.d/some-network/10-bridge.conf': '{ "type": "bridge", "bridge": "cni0" }',
    } },
  ],
  invalid: [
    {
      name: 'cniVersions that is not a list of strings, a disableCheck that is neither boolean nor "true"/"false"',
      code: { 'etc/cni/net.d/10-a.conflist': '{ "name": ["a"], "cniVersions": "1.0.0", "disableCheck": "yes", "plugins": [ { "type": "bridge" } ] }' },
      errors: [
        { messageId: 'listVersionsType', line: 1, column: 33 },
        { messageId: 'listBoolType', line: 1, column: 58, message: /^"disableCheck" must be true or false, not the string "yes"/ },
      ],
    },
    {
      // libcni conf_test.go (v1.3.0) "for loadOnlyInlinedPlugins": NetworkConfFromFile skips the plugin folder, as does
      // a loadOnlyInlinedPlugins written "TRUE" (libcni's readBool lowercases a string).
      name: 'a plugin file its list never reads, whatever it holds',
      code: {
        'net.d/50-a.conflist': '{ "name": "a", "cniVersion": "0.4.0", "loadOnlyInlinedPlugins": "TRUE", "plugins": [ { "type": "host-local", "subnet": "10.0.0.1/24" } ] }',
        'net.d/a/funky-second-plugin.conf': '{ "type": ["bridge"] }',
      },
      errors: [{ messageId: 'ignoredPluginFile', line: 1, column: 1, file: 'net.d/a/funky-second-plugin.conf', severity: 'warning' }],
    },
    {
      name: 'a list without plugins and no plugin file in its folder; one that loads only inlined plugins',
      code: {
        'net.d/50-a.conflist': '{ "name": "a", "cniVersion": "1.1.0" }',
        'net.d/60-b.conflist': '{ "name": "b", "cniVersion": "1.1.0", "loadOnlyInlinedPlugins": true }',
        'net.d/b/10-bridge.conf': '{ "type": "bridge" }',
      },
      errors: [
        { messageId: 'noPluginsAnywhere', line: 1, column: 1, file: 'net.d/50-a.conflist', message: /no plugin file in net\.d\/a\/, where libcni v1\.3\.0/ },
        { messageId: 'inlinedOnlyNoPlugins', line: 1, column: 65, file: 'net.d/60-b.conflist' },
        { messageId: 'ignoredPluginFile', line: 1, column: 1, file: 'net.d/b/10-bridge.conf', severity: 'warning', message: /^libcni never reads this file: the list of network "b" sets "loadOnlyInlinedPlugins"/ },
      ],
    },
    {
      name: 'empty plugin list',
      code: { 'net.d/10-a.conflist': `
        {
          "name": "a",
          "cniVersion": "1.0.0",
          "plugins": []
        }
      ` },
      errors: [{ messageId: 'pluginsEmpty', line: 4, column: 3 }],
    },
    {
      name: 'second plugin without type, path in the type of the first',
      code: { 'net.d/10-a.conflist': `
        {
          "name": "a",
          "plugins": [
            { "type": "/opt/cni/bin/bridge" },
            { "capabilities": { "portMappings": true } }
          ]
        }
      ` },
      errors: [
        { messageId: 'typeBad', line: 4, column: 15, message: /path separator/ },
        { messageId: 'pluginNoType', line: 5, column: 5 },
      ],
    },
    {
      name: 'list in a .conf file',
      code: { 'etc/cni/net.d/10-calico.conf': '{ "name": "k8s-pod-network", "cniVersion": "1.0.0", "plugins": [ { "type": "calico" } ] }' },
      errors: [{ messageId: 'listInConf', line: 1, column: 53, endColumn: 62 }],
    },
    {
      // Runtimes read .json as they read .conf (libcni ConfFiles); the message names the file's own ending.
      name: 'list in a .json file',
      code: { 'etc/cni/net.d/10-calico.json': '{ "name": "k8s-pod-network", "cniVersion": "1.0.0", "plugins": [ { "type": "calico" } ] }' },
      errors: [{ messageId: 'listInConf', line: 1, column: 53, endColumn: 62, message: 'this .json file holds a plugin list: runtimes read .conf/.json as one plugin and fail ("no \'type\'; perhaps this is a .conflist?"); rename it to .conflist' }],
    },
    {
      name: 'single plugin in a .conflist file',
      code: { 'etc/cni/net.d/10-br.conflist': '{ "name": "br", "cniVersion": "1.0.0", "type": "bridge" }' },
      errors: [{ messageId: 'confInList', line: 1, column: 48 }],
    },
    {
      // Multus v4.3.0 thin entrypoint (main_test.go L371, L423): the runtime reads 00-multus.conflist, and the entrypoint
      // wraps this one-plugin file as its delegate; libcni refuses the file only when it is read on its own. A folder whose
      // first config is not Multus' still gets the error.
      name: 'single plugin in a .conflist file behind a Multus config: a warning',
      code: {
        'etc/cni/net.d/00-multus.conflist': '{ "name": "multus-cni-network", "cniVersion": "1.0.0", "plugins": [ { "type": "multus", "delegates": [ { "name": "br", "cniVersion": "1.0.0", "type": "bridge" } ] } ] }',
        'etc/cni/net.d/10-br.conflist': '{ "name": "br", "cniVersion": "1.0.0", "type": "bridge" }',
        'other/net.d/00-calico.conflist': '{ "name": "k8s-pod-network", "cniVersion": "1.0.0", "plugins": [ { "type": "calico" } ] }',
        'other/net.d/10-br.conflist': '{ "name": "br", "cniVersion": "1.0.0", "type": "bridge" }',
      },
      errors: [
        { messageId: 'confInListBehindMultus', severity: 'warning', file: 'etc/cni/net.d/10-br.conflist', line: 1, column: 48, message: /^this \.conflist file holds a single plugin config \(no "plugins"\): the runtime reads 00-multus\.conflist, Multus' config/ },
        { messageId: 'confInList', file: 'other/net.d/10-br.conflist', line: 1, column: 48 },
      ],
    },
    {
      name: 'neither type nor plugins in a ConfigMap value',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: m }
        data: { cni-conf.json: '{"name":"x","cniVersion":"1.0.0"}' }
      `,
      errors: [{ messageId: 'noType', line: 4, column: 25, endColumn: 58 }],
    },
  ],
});
