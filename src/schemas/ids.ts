import { z } from 'astro/zod';

/** A stable, URL-safe identifier: lower-case words joined by hyphens ("what-is-imc"). */
export const slugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, starting with a letter');
