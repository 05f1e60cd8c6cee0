/**
 * Checks a parsed JSON report against the shape its reader expects, so a
 * report that has the right markers but a field of the wrong kind (another
 * tool version, a hand edit) fails with the field's path, not a TypeError.
 */
import type * as z from 'zod';

export function reportShape<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  source: string,
  format: string,
): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') || '(top level)';
  throw new Error(
    `${source}: looks like ${format} but ${path} is not what that tool writes (${issue?.message}); regenerate the report with the tool`,
  );
}
