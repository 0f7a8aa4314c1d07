/** Lists a PolNeAR-format folder: DIR/text/NAME.txt with DIR/attributions/NAME_ANNOTATOR.ann (the first one wins). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusArticle {
  name: string;
  textPath: string;
  /** the first annotator's file in name order; null when the article has none */
  annPath: string | null;
}

export function listCorpus(dir: string): CorpusArticle[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const annFiles = readdirSync(annDir)
    .filter((file) => file.endsWith('.ann'))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const file of annFiles) {
    // NAME_ANNOTATOR.ann: the annotator id follows the last underscore
    const name = file.slice(0, file.lastIndexOf('_'));
    if (!firstAnn.has(name)) firstAnn.set(name, file);
  }
  return readdirSync(textDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const ann = firstAnn.get(name);
      return { name, textPath: join(textDir, file), annPath: ann ? join(annDir, ann) : null };
    });
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
