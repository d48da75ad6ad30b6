// The real course (content/) in the exporters' shape, assembled from disk by the build's own
// assembleCourse() and adapted by the build's own fromCourse(), so every export test also runs over
// whatever content exists today.
import { assembleContentDir, courseContentDir } from '../../helpers/load-content-dir';
import type { ExportCourse } from '../../../src/lib/export/export-course';
import { fromCourse } from '../../../src/lib/export/from-course';

export function loadRealExportCourse(): ExportCourse {
  return fromCourse(assembleContentDir(courseContentDir));
}
