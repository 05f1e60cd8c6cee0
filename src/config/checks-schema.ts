/**
 * The `checks:` part of mlgate.yml, built from the registry: each check's key
 * takes the check's own config schema once, or a list of named instances of it
 * (two models, two feeds). Nothing here names a check.
 */
import * as z from 'zod';
import type { CheckDefinition } from '../checks/check-definition.ts';
import { type CheckId, checkRegistry } from '../checks/check-registry.ts';
import { instanceName } from './instance-name.ts';

type ConfigSchemaOf<K extends CheckId> = (typeof checkRegistry)[K]['config'];
type Named<S extends z.ZodType> = z.ZodType<
  z.output<S> & { name: string },
  z.input<S> & { name: string }
>;
type CheckEntry<S extends z.ZodType> = z.ZodOptional<
  z.ZodUnion<readonly [S, z.ZodArray<Named<S>>]>
>;

type ChecksShape = { [K in CheckId]: CheckEntry<ConfigSchemaOf<K>> };

/** One check's key: its configuration, or a list of named configurations. */
function checkEntry<S extends z.ZodType>(check: CheckDefinition<S>): CheckEntry<S> {
  const instances = z
    .array(named(check.config))
    .min(1, { error: 'an empty list configures nothing' })
    .superRefine((list, context) => duplicateNames(list, context));
  return z
    .union([check.config, instances])
    .optional()
    .describe(`${check.title}; one configuration, or a list of named instances of it.`);
}

/** The check's config with a `name` beside its own keys, whatever zod shape it has. */
function named<S extends z.ZodType>(config: S): Named<S> {
  if (config instanceof z.ZodObject) {
    if ('name' in config.shape)
      throw new Error('`name` names an instance: a check has no key `name`');
    return config.safeExtend({ name: instanceName }) as unknown as Named<S>;
  }
  if (config instanceof z.ZodUnion) {
    const options = config.options as readonly z.ZodType[];
    return z.union(options.map(named)) as unknown as Named<S>;
  }
  if (config instanceof z.ZodPipe) {
    // Keys checked for their messages, then narrowed to a union: both sides carry the name.
    return named(config.in as z.ZodType).pipe(
      named(config.out as z.ZodType),
    ) as unknown as Named<S>;
  }
  throw new Error('a check is configured by an object, a union of objects, or a pipe of them');
}

function duplicateNames(list: readonly { name: string }[], context: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  list.forEach(({ name }, i) => {
    const first = seen.get(name);
    if (first === undefined) {
      seen.set(name, i);
      return;
    }
    context.addIssue({
      code: 'custom',
      path: [i, 'name'],
      message: `the name "${name}" is already used by entry ${first + 1} of the list`,
      params: {
        fix: `give each instance its own name, e.g. \`name: ${name}-2\`; findings and waivers address an instance by it`,
      },
    });
  });
}

/** The checks whose keys get their full schema: all of them, or those a config names. */
export type CheckKeys = 'all' | ReadonlySet<string>;

/**
 * A key `keys` leaves out: accepted only absent, which it is in the config
 * that named the keys. It stands in the shape so that an unknown key is still
 * told from the checks' own, with the closest one suggested.
 */
const unnamed = z.undefined().optional();

/** `checks:` with the full entry of each check in `keys`. */
export function checksSchemaFor(keys: CheckKeys) {
  const shape = Object.fromEntries(
    Object.entries(checkRegistry).map(([id, check]) => [
      id,
      keys === 'all' || keys.has(id) ? checkEntry<z.ZodType>(check) : unnamed,
    ]),
  ) as unknown as ChecksShape;
  return z.strictObject(shape);
}
