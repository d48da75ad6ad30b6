// Cartridge identifiers are xs:ID values: they must not start with a digit and must be unique in
// the manifest. Built from stable content ids with a letter prefix per kind, they stay the same
// across builds, so re-importing a newer cartridge updates rather than duplicates.

export const cartridgeIds = {
  manifest: (scope: string) => `M-one-voice-${scope}`,
  organization: 'O-course',
  rootItem: 'I-root',
  homeItem: 'I-course-home',
  homeResource: 'R-course-home',
  moduleItem: (moduleId: string) => `I-module-${moduleId}`,
  lessonItem: (lessonId: string) => `I-lesson-${lessonId}`,
  quizItem: (quizId: string) => `I-quiz-${quizId}`,
  lessonResource: (lessonId: string) => `R-lesson-${lessonId}`,
  quizResource: (quizId: string) => `R-quiz-${quizId}`,
};

/** Where each resource's single file sits in the zip (ASCII: every id is a slug). */
export const cartridgePaths = {
  homeWeblink: 'R-course-home/weblink.xml',
  weblink: (lessonId: string) => `${cartridgeIds.lessonResource(lessonId)}/weblink.xml`,
  assessment: (quizId: string) => `${cartridgeIds.quizResource(quizId)}/assessment.xml`,
  readme: 'README.txt',
  manifest: 'imsmanifest.xml',
};
