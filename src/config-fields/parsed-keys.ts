/**
 * A check's config can be kept as one object, whose refinements give the
 * messages a user needs, and then piped into a union that narrows a few keys
 * (e.g. `features` given ⇒ `id_column` given) so that the check reads them
 * without asserting. The union's members take every other key as parsed.
 */
import * as z from 'zod';

type Parsed<Schema extends z.core.$ZodType> = z.ZodType<z.output<Schema>, z.output<Schema>>;
type ParsedShape<Shape extends z.ZodRawShape> = {
  [K in keyof Shape]: Shape[K]['_zod']['optout'] extends 'optional'
    ? z.ZodOptional<Parsed<Shape[K]>>
    : Parsed<Shape[K]>;
};

/** The object's keys for the output side of its pipe: values already parsed pass as they are. */
export function parsedKeys<Shape extends z.ZodRawShape>(
  object: z.ZodObject<Shape>,
): ParsedShape<Shape> {
  // The input side has validated and defaulted each value; checking it again would only repeat that.
  return Object.fromEntries(
    Object.entries(object.shape).map(([key, schema]) => [
      key,
      schema._zod.optout === 'optional' ? z.custom().optional() : z.custom(),
    ]),
  ) as unknown as ParsedShape<Shape>;
}
