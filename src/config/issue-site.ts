/** Where a zod issue is: its full path in the config, and the schemas that check the value there. */
import type { AnySchema } from './schema-at-path.ts';
import { type ExpectedKind, exampleOf } from './schema-example.ts';

export interface IssueSite {
  path: readonly PropertyKey[];
  schemas: readonly AnySchema[];
}

/** The first example the schemas at the site give of the kind expected. */
export function siteExample(site: IssueSite, kind?: ExpectedKind): unknown {
  return site.schemas.map((schema) => exampleOf(schema, kind)).find((e) => e !== undefined);
}
