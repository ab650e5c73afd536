/** How the API's installed plugins and the admin's differ, by id (ARCHITECTURE §3: both lists name the same ids). */
export interface PluginListDifference {
  onlyInApi: string[];
  onlyInAdmin: string[];
  repeatedInApi: string[];
  repeatedInAdmin: string[];
}

function repeated(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].sort();
}

export function comparePluginLists(api: readonly { id: string }[], admin: readonly { id: string }[]): PluginListDifference {
  const apiIds = api.map((p) => p.id);
  const adminIds = admin.map((p) => p.id);
  return {
    onlyInApi: [...new Set(apiIds.filter((id) => !adminIds.includes(id)))].sort(),
    onlyInAdmin: [...new Set(adminIds.filter((id) => !apiIds.includes(id)))].sort(),
    repeatedInApi: repeated(apiIds),
    repeatedInAdmin: repeated(adminIds),
  };
}

/** A sentence naming every difference, for the failure message; empty when the lists agree. */
export function describeDifference(d: PluginListDifference): string {
  const parts: string[] = [];
  if (d.onlyInApi.length)
    parts.push(`installed in the API (apps/api/src/plugins.ts) but not in the admin (apps/admin/src/plugins.ts): ${d.onlyInApi.join(', ')}`);
  if (d.onlyInAdmin.length)
    parts.push(`installed in the admin (apps/admin/src/plugins.ts) but not in the API (apps/api/src/plugins.ts): ${d.onlyInAdmin.join(', ')}`);
  if (d.repeatedInApi.length) parts.push(`listed twice in apps/api/src/plugins.ts: ${d.repeatedInApi.join(', ')}`);
  if (d.repeatedInAdmin.length) parts.push(`listed twice in apps/admin/src/plugins.ts: ${d.repeatedInAdmin.join(', ')}`);
  return parts.join('; ');
}
