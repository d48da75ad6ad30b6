import { fsrs, createEmptyCard, Rating } from 'ts-fsrs';
const f = fsrs({ enable_fuzz: false });
console.log(f.next(createEmptyCard(new Date('2026-01-01')), new Date('2026-01-01'), Rating.Good).card);
