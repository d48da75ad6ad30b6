// Wires the authored files in ../content to their schemas. Rules live in src/schemas and
// src/lib/content; this file only says where each collection's files are.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module';
import { lessonSchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { glossaryTermSchema } from './schemas/glossary';
import { exerciseSchema } from './schemas/exercise';
import { capstoneSchema } from './schemas/capstone';

/** Ids come from the file name alone ("content/lessons/foundations/what-is-imc.mdx" -> "what-is-imc"). */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');

export const collections = {
  modules: defineCollection({
    loader: glob({ base: './content/modules', pattern: '*.yaml', generateId: idFromFileName }),
    schema: moduleSchema,
  }),
  lessons: defineCollection({
    loader: glob({ base: './content/lessons', pattern: '*/*.mdx', generateId: idFromFileName }),
    schema: lessonSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ base: './content/quizzes', pattern: '*.yaml', generateId: idFromFileName }),
    schema: quizSchema,
  }),
  glossary: defineCollection({
    loader: glob({ base: './content/glossary', pattern: '*.yaml', generateId: idFromFileName }),
    schema: glossaryTermSchema,
  }),
  exercises: defineCollection({
    loader: glob({ base: './content/exercises', pattern: '*.yaml', generateId: idFromFileName }),
    schema: exerciseSchema,
  }),
  capstones: defineCollection({
    loader: glob({ base: './content/capstones', pattern: '*.yaml', generateId: idFromFileName }),
    schema: capstoneSchema,
  }),
};
