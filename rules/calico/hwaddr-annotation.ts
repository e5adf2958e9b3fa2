/**
 * `cni.projectcalico.org/hwAddr` asks Calico's CNI plugin for the MAC address of the pod's
 * interface; it parses the annotation with Go's net.ParseMAC and fails the pod's network set-up on
 * an error ("failed to parse MAC address … provided via cni.projectcalico.org/hwAddr": cni-plugin
 * pkg/dataplane/linux/dataplane_linux.go, Calico v3.32.1; calico_cni_k8s_test.go "hwAddr").
 */
import { podMetadataOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { isGoMac } from '../cni/lib/plugin-fields.js';
import { POD_ANNOTATION_KINDS } from './lib/ipam-annotations.js';

const HW_ADDR = 'cni.projectcalico.org/hwAddr';

export default defineRule({
  meta: {
    id: 'calico/hwaddr-annotation',
    description: 'The `cni.projectcalico.org/hwAddr` annotation must be a MAC address Go reads (e.g. `aa:bb:cc:dd:ee:ff`); Calico\'s CNI plugin fails to set up the pod\'s network otherwise.',
    severity: 'error',
    remediation: 'Write the MAC as six colon- or hyphen-separated hex pairs (`0a:58:0a:f4:00:05`), or drop the annotation.',
    kinds: POD_ANNOTATION_KINDS,
    messages: { invalid: '{{key}} "{{value}}" is not a MAC address (Go net.ParseMAC): Calico\'s CNI plugin fails the pod\'s network set-up and the pod never starts' },
  },
  check(resource, ctx) {
    const md = podMetadataOf(resource);
    const value = md ? asObject(md.metadata.annotations)[HW_ADDR] : undefined;
    if (typeof value !== 'string' || isGoMac(value)) return;
    ctx.report({ path: [...md!.path, 'annotations', HW_ADDR], messageId: 'invalid', data: { key: HW_ADDR, value } });
  },
});
