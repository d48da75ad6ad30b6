import { z } from 'astro/zod';
import { slugSchema } from './ids';

export const glossaryTermSchema = z
  .object({
    term: z.string().min(2).describe('The term as it should be displayed ("Brand equity").'),
    definition: z.string().min(20).describe('A plain-English definition in one to three sentences.'),
    related: z.array(slugSchema).default([]).describe('Ids of related glossary terms.'),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
