/** Where the sender policy looks up the site of stored things a message names by id. */
import type { SiteLookup } from '../shared/sender-policy.ts';
import { getAnnotation } from '../storage/annotations.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { getRule } from '../storage/sites.ts';

export function siteLookup(db: MarginDatabase): SiteLookup {
  return {
    annotationUrl: async (id) => (await getAnnotation(db, id))?.url,
    ruleHost: async (id) => (await getRule(db, id))?.host,
  };
}
