// The navigation of a signed-in user: one item per page they may open, as the policy module (src/policies) decides
// for their role, tenant and company; no role is checked here.

import type { Lang } from '../../i18n/index.ts';
import { can, companyScope } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { NavItem } from './chrome.ts';
import { sm } from './messages/index.ts';

export function navFor(lang: Lang, actor: Actor | null | undefined): NavItem[] {
  if (!actor) return [];
  const m = sm(lang).nav;
  const tenant = { tenantId: actor.tenantId };
  const items: NavItem[] = [];
  if (!can(actor, 'company.list', tenant) && can(actor, 'case.list', { ...tenant, companyId: actor.companyId })) items.push({ href: '/overview', label: m.overview });
  if (can(actor, 'company.list', tenant)) items.push({ href: '/companies', label: m.companies });
  else if (can(actor, 'company.read', { ...tenant, companyId: actor.companyId })) items.push({ href: '/companies', label: m.ownCompany });
  // issue 14: a company user lists their own company's cases and candidates
  const scoped = { ...tenant, companyId: companyScope(actor) };
  if (can(actor, 'case.list', scoped)) items.push({ href: '/cases', label: m.cases });
  // issue 15: what is due (the adviser's own, or the office's; a company user's own company's)
  if (can(actor, 'due.read', scoped)) items.push({ href: '/due', label: m.due });
  if (can(actor, 'candidate.list', scoped)) items.push({ href: '/candidates', label: m.candidates });
  // issue 17: the own integration steps (the office's; a company user's adaptation) and a company's retention view
  if (actor.role === 'company' && actor.companyId !== null && can(actor, 'retention.read', scoped)) items.push({ href: `/companies/${actor.companyId}/retention`, label: m.retention });
  if (can(actor, 'integrationTemplate.list', scoped)) items.push({ href: actor.role === 'company' && actor.companyId !== null ? `/companies/${actor.companyId}/integration-steps` : '/integration/templates', label: m.integrationSteps });
  if (can(actor, 'followUp.list', tenant)) items.push({ href: '/follow-ups', label: m.followUps });
  if (can(actor, 'partner.list', tenant)) items.push({ href: '/partners', label: m.partners });
  // issue 16: the measures of further qualification with funding and the directory's providers
  if (can(actor, 'partner.list', tenant)) items.push({ href: '/qualifizierung', label: m.qualification });
  if (can(actor, 'search', tenant)) items.push({ href: '/search', label: m.search });
  if (can(actor, 'report.read', tenant)) items.push({ href: '/reports', label: m.reports });
  // issue 16: the office's recognition data (staff read and export, admins import)
  if (can(actor, 'recognition.data.read', tenant)) items.push({ href: '/admin/recognition', label: m.recognitionData });
  items.push({ href: '/account', label: m.account });
  if (can(actor, 'user.list', tenant)) items.push({ href: '/admin/users', label: m.users });
  if (can(actor, 'audit.read', tenant)) items.push({ href: '/admin/audit', label: m.audit });
  return items;
}
