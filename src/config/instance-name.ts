/**
 * The name of one instance of a check configured as a list, e.g. `serving-eu`.
 * It appears in finding keys (`drift[serving-eu]`), waivers and file names of
 * reports, so it is kept to characters that need no quoting anywhere.
 */
import * as z from 'zod';

export const instanceNamePattern = /^[A-Za-z0-9_-]+$/;

export const instanceName = z
  .string({ error: 'an instance in a list needs a name' })
  .regex(instanceNamePattern, {
    error: 'an instance name uses only letters, digits, `-` and `_`',
  })
  .describe(
    'The instance, unique within the check (letters, digits, `-` and `_`); results, findings and waivers address it as `<check>[<name>]`.',
  )
  .meta({ examples: ['serving-eu'] });
