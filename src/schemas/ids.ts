import { z } from 'astro/zod';
import { SLUG_PATTERN, SLUG_RULE } from './vocabulary/slug';

/** A stable, URL-safe identifier: lower-case words joined by hyphens ("what-is-imc"). */
export const slugSchema = z.string().regex(SLUG_PATTERN, SLUG_RULE);
