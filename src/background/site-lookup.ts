/** Where the sender policy looks up the site of stored things a message names by id. */
import type { SiteLookup } from '../shared/sender-policy.ts';
import type { MarginDatabase } from '../storage/db.ts';

export function siteLookup(db: MarginDatabase): SiteLookup {
  return {
    annotationUrl: async (id) => (await db.annotations.get(id))?.url,
    ruleHost: async (id) => (await db.hideRules.get(id))?.host,
  };
}
