import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/*
 * zod/mini carries no messages of its own: without a locale every issue reads "Invalid input". People read these
 * messages (a refused execution document or metric query, a context value of the stack), so they are the English
 * ones `zod` gives by default. Imported for this effect by each module that shows an issue's message.
 */
z.config(en());

/**
 * schema.parse(value), with the error `zod` throws: named ZodError (zod/mini names its own $ZodError), the name a
 * Lambda reports as the Step Functions error.
 */
export function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  result.error.name = 'ZodError';
  throw result.error;
}
