import { Field, Int, ObjectType } from 'type-graphql';
import type { AssistanceProject } from './project.entity';

/**
 * The views clients of the first API read, kept so they do not break: a Voluntary Trust Fund
 * project or a Sponsorship Programme award is now an AssistanceProject (its mechanism says
 * which); these show one per beneficiary state, in the old shape.
 */
@ObjectType('VtfProject', { description: 'Deprecated view of an AssistanceProject funded by the ATT_VTF, for one beneficiary state: use AssistanceProject.' })
export class VtfProject {
  project!: AssistanceProject;
  stateIso3!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'The year it starts (projects whose start is not known are not in this view).' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Grant in US dollars, rounded to the dollar (AssistanceProject.amount is exact).' })
  amountUsd!: number | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Its sources, separated by " ; ".' })
  source!: string | null;

  @Field(() => Boolean)
  demo!: boolean;
}

@ObjectType('SponsorshipAward', { description: 'Deprecated view of an AssistanceProject of the ATT_SPONSORSHIP, for one state: use AssistanceProject.' })
export class SponsorshipAward {
  project!: AssistanceProject;
  stateIso3!: string;

  @Field(() => String, { description: 'The meeting attended, e.g. CSP9.' })
  meeting!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  delegates!: number | null;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => Boolean)
  demo!: boolean;
}

/** The year a project starts; the views list only projects whose start is known. */
export const yearOf = (p: AssistanceProject): number | null => (p.periodFrom ? Number(p.periodFrom.slice(0, 4)) : null);
const sourceOf = (p: AssistanceProject) => (p.sources.length ? p.sources.join(' ; ') : null);

export function vtfView(project: AssistanceProject, stateIso3: string): VtfProject {
  return Object.assign(new VtfProject(), {
    project, stateIso3, title: project.title, year: yearOf(project)!,
    amountUsd: project.amount != null && project.currency === 'USD' ? Math.round(Number(project.amount)) : null,
    status: project.statusNote ?? null, source: sourceOf(project), demo: project.demo,
  });
}

export function sponsorshipView(project: AssistanceProject, stateIso3: string): SponsorshipAward {
  return Object.assign(new SponsorshipAward(), {
    project, stateIso3, meeting: project.meeting ?? project.title, year: yearOf(project)!,
    delegates: project.delegates ?? null, source: sourceOf(project), demo: project.demo,
  });
}
