/** The child of parse-in-parallel.ts: parses the pages it is sent and answers with the results, in order. */
import { parseSymptomFiles, type SourceFile } from '../../lib/content/compile';

process.once('message', (files) => {
  process.send!(parseSymptomFiles(files as SourceFile[]), () => process.disconnect());
});
