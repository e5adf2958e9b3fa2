/** Shared shape of the calico-node env rules: check each named variable whose value is written in the resource. */
import type { RuleContext } from '../../../src/engine/rule.js';
import type { Resource } from '../../../src/engine/types.js';
import { envValuesIn, installOf, poolSettingIsRead } from './calico-node-env.js';
import type { EnvValue } from './calico-node-env.js';

export const ENV_KINDS = ['apps/DaemonSet', 'ConfigMap'] as const;

export function checkEnv(resource: Resource, ctx: RuleContext, names: readonly string[], check: (v: EnvValue & { value: string }) => void): void {
  for (const v of envValuesIn(ctx.model, resource, names)) if (v.value !== null) check(v as EnvValue & { value: string });
}

/** checkEnv for the default pool's settings: only where calico-node reads them (poolSettingIsRead). */
export function checkPoolEnv(resource: Resource, ctx: RuleContext, names: readonly string[], check: (v: EnvValue & { value: string }) => void): void {
  checkEnv(resource, ctx, names, (v) => {
    const install = installOf(ctx.model, v);
    if (install === undefined || poolSettingIsRead(install, v.name)) check(v);
  });
}
