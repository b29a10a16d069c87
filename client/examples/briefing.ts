import { parseArgs } from 'node:util';
import { createHubClient, HubRequestError, isDenied, operations, type Language, type StateBriefingQuery } from '..';

/**
 * The briefing a subsidiary body chair reads before a meeting: one state's status and history,
 * activities, needs, VTF projects, coordinators and champions, and, where the token allows,
 * its priority tier, national process and engagements.
 *
 *   node -r @swc-node/register client/examples/briefing.ts --url http://127.0.0.1:4000/graphql --state COM [--token …] [--lang fr]
 */
const NOT_AVAILABLE = 'not available to you';

type State = NonNullable<StateBriefingQuery['state']>;
type Errors = Parameters<typeof isDenied>[0];

const humanize = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

function when(date: State['actions'][number]['date']): string {
  if (date.precision === 'DAY') return date.date ?? '';
  if (date.precision === 'YEAR') return `in ${date.year}`;
  return `date not found (between ${date.earliest} and ${date.latest})`;
}

function section(title: string, lines: string[] | null): string {
  const body = lines === null ? [`  ${NOT_AVAILABLE}`] : lines.length ? lines.map((l) => `  - ${l}`) : ['  none recorded'];
  return [`${title}:`, ...body].join('\n');
}

export function briefing(state: State, errors: Errors): string {
  const status = state.status ? humanize(state.status) : `undetermined (${state.possibleStatuses.map(humanize).join(' or ')})`;
  // A field the token may not read is null with a FORBIDDEN error at its path: say so, never guess.
  const restricted = <T>(field: 'currentPriority' | 'nationalProcess' | 'engagements', value: T): T | null =>
    isDenied(errors, 'state', field) ? null : value;
  const tier = restricted('currentPriority', state.currentPriority);
  const process = restricted('nationalProcess', state.nationalProcess);
  const engagements = restricted('engagements', state.engagements);
  const needs = isDenied(errors, 'state', 'needs') ? null : state.needs;
  return [
    `${state.name} (${state.iso3}), ${humanize(state.region)}${state.unMember ? '' : ', not a UN member'}`,
    `Status: ${status}${state.inForce ? ', the treaty in force for it' : ''}`,
    state.note ? `Note: ${state.note}` : '',
    section(
      'History',
      state.actions.map((a) => `${humanize(a.kind)}${a.instrument ? ` (${humanize(a.instrument)})` : ''}: ${when(a.date)}; ${a.basis.toLowerCase()}; sources: ${a.sources.map((s) => s.id).join(', ') || 'none'}`),
    ),
    section('Activities', state.activities.map((a) => `${a.startDate ?? 'undated'}: ${a.title} (${a.organiserName}${a.place ? `, ${a.place}` : ''})`)),
    section('Needs', needs?.map((n) => `${humanize(n.kind ?? 'OTHER')}, ${humanize(n.status ?? 'OPEN')}: ${n.description ?? ''} (${n.statedOn ?? 'undated'})`) ?? null),
    section('VTF projects', state.vtfProjects.map((p) => `${p.year}: ${p.title}${p.status ? ` (${p.status})` : ''}`)),
    section('Sponsorship awards', state.sponsorshipAwards.map((a) => `${a.meeting} ${a.year}${a.delegates ? `, ${a.delegates} delegate(s)` : ''}`)),
    section('Regional coordinators', state.coordinators.map((c) => c.person?.name ?? 'holder not known')),
    section('Regional champions', state.champions.map((c) => `${c.person?.name ?? 'holder not known'}${c.representingState ? ` (${c.representingState.name})` : ''}`)),
    `Priority tier: ${tier === null ? NOT_AVAILABLE : tier ? `${humanize(tier.tier ?? '')}, assessed ${tier.assessedOn ?? ''}` : 'not assessed'}`,
    `National process: ${process === null ? NOT_AVAILABLE : process ? `${humanize(process.stage ?? '')}, last assessed ${process.lastAssessed ?? ''}${process.obstacles ? `; obstacles: ${process.obstacles}` : ''}${process.nextStep ? `; next: ${process.nextStep}` : ''}` : 'none recorded'}`,
    section('Engagements', engagements?.map((e) => `${e.date ?? 'undated'} ${humanize(e.kind ?? 'OTHER')} (${e.onBehalfOf ?? ''}): ${e.summary ?? ''}${e.outcome ? `; outcome: ${e.outcome}` : ''}`) ?? null),
  ]
    .filter(Boolean)
    .join('\n\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' }, state: { type: 'string' }, token: { type: 'string' }, lang: { type: 'string', default: 'en' } },
  });
  if (!values.state) throw new Error('Usage: briefing.ts --url <graphql url> --state <ISO3> [--token <bearer token>] [--lang en|fr|es|ru|zh|ar]');
  const client = createHubClient(values.url, values.token);
  const { data, errors } = await client.request(operations.StateBriefing, { iso3: values.state.toUpperCase(), lang: values.lang.toUpperCase() as Language });
  if (!data?.state) throw new Error(errors[0]?.message ?? `No state ${values.state}.`);
  console.log(briefing(data.state, errors));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof HubRequestError ? `${error.code ?? `HTTP ${error.status}`}: ${error.message}` : error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
