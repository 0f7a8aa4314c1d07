/**
 * Where the problems of a refused import belong. importArticle names each problem's record and field in the dataset
 * it was sent (`dataset.statements[1] (priya-raman-we-heard).speaker`, `dataset.people[0] (fox-news).slug`): a
 * statement's problem belongs to its attribution, an entity's to every accepted attribution that involves it, and
 * the rest (the document, the dataset as a whole) to the page.
 */
import type { ImportPlan } from './buildImportDataset.js';

export interface ImportProblem {
  field: string;
  message: string;
}

export interface PlacedProblems {
  /** attribution index -> its problems, in words for the editor */
  byAttribution: Map<number, string[]>;
  /** the problems no attribution owns */
  general: string[];
}

const RECORD_FIELD = /^dataset\.(\w+)\[(\d+)\](?: \(([^)]*)\))?(?:\.(.+))?$/;
const ENTITY_LABELS: Record<string, string> = { people: 'person', outlets: 'outlet', organizations: 'organization' };

export function placeImportProblems(
  problems: readonly ImportProblem[],
  plan: Pick<ImportPlan, 'dataset' | 'statementSlugs' | 'entityUsers'>,
): PlacedProblems {
  const byAttribution = new Map<number, string[]>();
  const general: string[] = [];
  const add = (index: number, message: string) =>
    byAttribution.set(index, [...(byAttribution.get(index) ?? []), message]);
  for (const problem of problems) {
    const match = RECORD_FIELD.exec(problem.field);
    if (match === null) {
      general.push(`${problem.field}: ${problem.message}`);
      continue;
    }
    const [, collection = '', position = '0', labelSlug, inside] = match;
    const records = plan.dataset[collection];
    const record = Array.isArray(records)
      ? (records[Number(position)] as Record<string, unknown> | undefined)
      : undefined;
    const slug = labelSlug ?? (typeof record?.slug === 'string' ? record.slug : undefined);
    const where = inside ? `${inside}: ` : '';
    if (collection === 'statements' && slug !== undefined) {
      const index = [...plan.statementSlugs].find(([, statement]) => statement === slug)?.[0];
      if (index !== undefined) {
        add(index, `${where}${problem.message}`);
        continue;
      }
    }
    const entityLabel = ENTITY_LABELS[collection];
    if (entityLabel !== undefined && slug !== undefined) {
      const users = plan.entityUsers.get(slug) ?? [];
      const name = typeof record?.name === 'string' ? record.name : slug;
      for (const index of users) add(index, `The ${entityLabel} “${name}”: ${where}${problem.message}`);
      if (users.length > 0) continue;
    }
    general.push(`${problem.field.replace(/^dataset\./, '')}: ${problem.message}`);
  }
  return { byAttribution, general };
}
