/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        title\n        organiserName\n        organiser {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation SubmitActivity($input: ModerateActivityInput!) {\n    submitActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SubmitActivityDocument,
    "\n  mutation PublishActivity($input: ModerateActivityInput!) {\n    publishActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PublishActivityDocument,
    "\n  mutation RejectActivity($input: ModerateActivityInput!) {\n    rejectActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        rejectionReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RejectActivityDocument,
    "\n  mutation ImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) {\n      created {\n        title\n        status\n        targetStates {\n          iso3\n        }\n        languages\n      }\n      alreadyImported\n      rowErrors {\n        line\n        field\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportActivitiesDocument,
    "\n  query ActivitiesList($filter: ActivityFilter) {\n    activities(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          kind\n          startDate\n          place\n          languages\n          source\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesListDocument,
    "\n  mutation StateNeed($input: StateNeedInput!) {\n    stateNeed(input: $input) {\n      need {\n        id\n        kind\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.StateNeedDocument,
    "\n  query Suggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      score\n      reasons\n      offer {\n        id\n        providerName\n      }\n    }\n  }\n": typeof types.SuggestionsDocument,
    "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      match {\n        id\n        version\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProposeMatchDocument,
    "\n  mutation UpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      match {\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UpdateMatchDocument,
    "\n  mutation Offer($input: OfferAssistanceInput!) {\n    offerAssistance(input: $input) {\n      offer {\n        providerName\n        kinds\n        regions\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OfferDocument,
    "\n  query OpenNeeds($region: AttRegion) {\n    needs(first: 50, filter: { region: $region, status: OPEN }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          description\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenNeedsDocument,
    "\n  query ComorosProcess {\n    state(iso3: \"COM\") {\n      iso3\n      nationalProcess {\n        stage\n      }\n    }\n  }\n": typeof types.ComorosProcessDocument,
    "\n  query ProcessesList($filter: NationalProcessFilter) {\n    nationalProcesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          stage\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProcessesListDocument,
    "\n  query ProcessNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on NationalProcess {\n        stage\n        obstacles\n      }\n    }\n  }\n": typeof types.ProcessNodeDocument,
    "\n  query StatesByTier($tier: PriorityTier) {\n    states(first: 200, filter: { priorityTier: $tier }) {\n      totalCount\n      edges {\n        node {\n          iso3\n          region\n        }\n      }\n    }\n  }\n": typeof types.StatesByTierDocument,
    "\n  query WhoAmI {\n    viewer {\n      signedIn\n      name\n      level\n      coordinatedRegions\n      ownStates {\n        iso3\n      }\n    }\n  }\n": typeof types.WhoAmIDocument,
    "\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        id\n        version\n        date\n        kind\n        region\n        summary\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RecordEngagementDocument,
    "\n  mutation UpdateEngagement($input: UpdateEngagementInput!) {\n    updateEngagement(input: $input) {\n      engagement {\n        outcome\n        nextStep\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UpdateEngagementDocument,
    "\n  query StateEngagements($iso3: String!) {\n    state(iso3: $iso3) {\n      engagements {\n        summary\n        onBehalfOf\n      }\n    }\n  }\n": typeof types.StateEngagementsDocument,
    "\n  query RegionEngagements($region: AttRegion) {\n    engagements(first: 50, filter: { region: $region }) {\n      totalCount\n      edges {\n        node {\n          summary\n          organisationContacted\n        }\n      }\n    }\n  }\n": typeof types.RegionEngagementsDocument,
    "\n  query StateByCode($iso3: String!) {\n    state(iso3: $iso3) {\n      iso3\n    }\n  }\n": typeof types.StateByCodeDocument,
    "\n  query SummaryOn($asOf: Date) {\n    participationSummary(asOf: $asOf) {\n      statesParties\n    }\n  }\n": typeof types.SummaryOnDocument,
    "\n  query FirstStates($first: Int, $after: String) {\n    states(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          iso3\n        }\n      }\n    }\n  }\n": typeof types.FirstStatesDocument,
    "\n  query Summary($asOf: Date, $region: AttRegion) {\n    participationSummary(asOf: $asOf, region: $region) {\n      asOf\n      region\n      statesParties\n      signatories\n      nonSignatories\n      undetermined\n      inForce\n      inForceUndetermined\n      total\n      byRegion {\n        region\n        statesParties\n        signatories\n        nonSignatories\n        undetermined\n        total\n      }\n    }\n  }\n": typeof types.SummaryDocument,
    "\n  query StateDetail($iso3: String!, $asOf: Date) {\n    state(iso3: $iso3) {\n      id\n      iso3\n      iso2\n      region\n      unMember\n      note\n      ar: name(lang: AR)\n      zh: name(lang: ZH)\n      en: name\n      fr: name(lang: FR)\n      ru: name(lang: RU)\n      es: name(lang: ES)\n      status(asOf: $asOf)\n      possibleStatuses(asOf: $asOf)\n      inForce(asOf: $asOf)\n      actions {\n        id\n        kind\n        instrument\n        basis\n        note\n        date {\n          precision\n          date\n          year\n          earliest\n          latest\n        }\n        sources {\n          id\n          title\n          confidence\n        }\n      }\n    }\n  }\n": typeof types.StateDetailDocument,
    "\n  query StatesPage($first: Int, $after: String, $filter: StateFilter, $orderBy: StateOrder) {\n    states(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          iso3\n          name\n          region\n          status\n        }\n      }\n    }\n  }\n": typeof types.StatesPageDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      ... on State {\n        iso3\n      }\n      ... on TreatyAction {\n        kind\n        state {\n          iso3\n        }\n      }\n    }\n  }\n": typeof types.NodeLookupDocument,
    "\n  query WgtuMeetings {\n    meetings(body: WGTU) {\n      id\n      title\n      date\n      ordinal\n      livestreamed\n      reportedAt\n      cycle {\n        code\n      }\n      reportedIn {\n        title\n        issuedOn\n      }\n      points {\n        label\n        speaker\n        text\n        textZh\n        states {\n          iso3\n        }\n      }\n    }\n  }\n": typeof types.WgtuMeetingsDocument,
    "\n  query ProposalElements {\n    proposalElements {\n      label\n      key\n      title\n      titleZh: title(lang: ZH)\n      situation\n      rationale\n      implementation\n      resources\n      recommendation\n      recommendationZh: recommendation(lang: ZH)\n      recommendationFr: recommendation(lang: FR)\n    }\n  }\n": typeof types.ProposalElementsDocument,
    "\n  query Csp9Decisions {\n    decisions(decidedBy: \"CSP9\") {\n      reference\n      kind\n      status\n      text\n      document {\n        title\n      }\n      followUps {\n        owner\n        status\n      }\n    }\n    document(symbol: \"ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep\") {\n      title\n      cycle {\n        code\n      }\n      note\n    }\n  }\n": typeof types.Csp9DecisionsDocument,
    "\n  query OpenFollowUps {\n    followUpActions(filter: { open: true, decidedBy: \"CSP9\" }) {\n      id\n      version\n      description\n      owner\n      status\n      notes\n      dueInCycle {\n        code\n      }\n      decision {\n        reference\n      }\n    }\n  }\n": typeof types.OpenFollowUpsDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpActionInput!) {\n    updateFollowUpAction(input: $input) {\n      followUpAction {\n        status\n        completedOn\n        notes\n        version\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.UpdateFollowUpDocument,
    "\n  query Holdings($asOf: Date, $cycle: String, $body: BodyCode) {\n    officeHoldings(asOf: $asOf, cycle: $cycle, body: $body) {\n      body\n      office\n      cycle\n      validFrom\n      validTo\n      demo\n      source\n      person {\n        name\n      }\n      representingState {\n        iso3\n      }\n    }\n  }\n": typeof types.HoldingsDocument,
    "\n  mutation CreateProcess($input: CreateNationalProcessInput!) {\n    createNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        version\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateProcessDocument,
    "\n  mutation UpdateProcess($input: UpdateNationalProcessInput!) {\n    updateNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        obstacles\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateProcessDocument,
    "\n  mutation AssessPriority($input: AssessPriorityInput!) {\n    assessPriority(input: $input) {\n      priorityAssessment {\n        id\n        tier\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.AssessPriorityDocument,
    "\n  query PriorityHistory($iso3: String!) {\n    state(iso3: $iso3) {\n      currentPriority {\n        tier\n        rationale\n      }\n      priorityAssessments {\n        tier\n        assessedOn\n      }\n    }\n  }\n": typeof types.PriorityHistoryDocument,
    "\n  query Trail($filter: AuditEventFilter) {\n    auditEvents(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          kind\n          actor\n          action\n          recordType\n          recordId\n          changes\n          fields\n        }\n      }\n    }\n  }\n": typeof types.TrailDocument,
};
const documents: Documents = {
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        title\n        organiserName\n        organiser {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation SubmitActivity($input: ModerateActivityInput!) {\n    submitActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SubmitActivityDocument,
    "\n  mutation PublishActivity($input: ModerateActivityInput!) {\n    publishActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PublishActivityDocument,
    "\n  mutation RejectActivity($input: ModerateActivityInput!) {\n    rejectActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        rejectionReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RejectActivityDocument,
    "\n  mutation ImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) {\n      created {\n        title\n        status\n        targetStates {\n          iso3\n        }\n        languages\n      }\n      alreadyImported\n      rowErrors {\n        line\n        field\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ImportActivitiesDocument,
    "\n  query ActivitiesList($filter: ActivityFilter) {\n    activities(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          kind\n          startDate\n          place\n          languages\n          source\n        }\n      }\n    }\n  }\n": types.ActivitiesListDocument,
    "\n  mutation StateNeed($input: StateNeedInput!) {\n    stateNeed(input: $input) {\n      need {\n        id\n        kind\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.StateNeedDocument,
    "\n  query Suggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      score\n      reasons\n      offer {\n        id\n        providerName\n      }\n    }\n  }\n": types.SuggestionsDocument,
    "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      match {\n        id\n        version\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProposeMatchDocument,
    "\n  mutation UpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      match {\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UpdateMatchDocument,
    "\n  mutation Offer($input: OfferAssistanceInput!) {\n    offerAssistance(input: $input) {\n      offer {\n        providerName\n        kinds\n        regions\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OfferDocument,
    "\n  query OpenNeeds($region: AttRegion) {\n    needs(first: 50, filter: { region: $region, status: OPEN }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          description\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n": types.OpenNeedsDocument,
    "\n  query ComorosProcess {\n    state(iso3: \"COM\") {\n      iso3\n      nationalProcess {\n        stage\n      }\n    }\n  }\n": types.ComorosProcessDocument,
    "\n  query ProcessesList($filter: NationalProcessFilter) {\n    nationalProcesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          stage\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n": types.ProcessesListDocument,
    "\n  query ProcessNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on NationalProcess {\n        stage\n        obstacles\n      }\n    }\n  }\n": types.ProcessNodeDocument,
    "\n  query StatesByTier($tier: PriorityTier) {\n    states(first: 200, filter: { priorityTier: $tier }) {\n      totalCount\n      edges {\n        node {\n          iso3\n          region\n        }\n      }\n    }\n  }\n": types.StatesByTierDocument,
    "\n  query WhoAmI {\n    viewer {\n      signedIn\n      name\n      level\n      coordinatedRegions\n      ownStates {\n        iso3\n      }\n    }\n  }\n": types.WhoAmIDocument,
    "\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        id\n        version\n        date\n        kind\n        region\n        summary\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RecordEngagementDocument,
    "\n  mutation UpdateEngagement($input: UpdateEngagementInput!) {\n    updateEngagement(input: $input) {\n      engagement {\n        outcome\n        nextStep\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UpdateEngagementDocument,
    "\n  query StateEngagements($iso3: String!) {\n    state(iso3: $iso3) {\n      engagements {\n        summary\n        onBehalfOf\n      }\n    }\n  }\n": types.StateEngagementsDocument,
    "\n  query RegionEngagements($region: AttRegion) {\n    engagements(first: 50, filter: { region: $region }) {\n      totalCount\n      edges {\n        node {\n          summary\n          organisationContacted\n        }\n      }\n    }\n  }\n": types.RegionEngagementsDocument,
    "\n  query StateByCode($iso3: String!) {\n    state(iso3: $iso3) {\n      iso3\n    }\n  }\n": types.StateByCodeDocument,
    "\n  query SummaryOn($asOf: Date) {\n    participationSummary(asOf: $asOf) {\n      statesParties\n    }\n  }\n": types.SummaryOnDocument,
    "\n  query FirstStates($first: Int, $after: String) {\n    states(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          iso3\n        }\n      }\n    }\n  }\n": types.FirstStatesDocument,
    "\n  query Summary($asOf: Date, $region: AttRegion) {\n    participationSummary(asOf: $asOf, region: $region) {\n      asOf\n      region\n      statesParties\n      signatories\n      nonSignatories\n      undetermined\n      inForce\n      inForceUndetermined\n      total\n      byRegion {\n        region\n        statesParties\n        signatories\n        nonSignatories\n        undetermined\n        total\n      }\n    }\n  }\n": types.SummaryDocument,
    "\n  query StateDetail($iso3: String!, $asOf: Date) {\n    state(iso3: $iso3) {\n      id\n      iso3\n      iso2\n      region\n      unMember\n      note\n      ar: name(lang: AR)\n      zh: name(lang: ZH)\n      en: name\n      fr: name(lang: FR)\n      ru: name(lang: RU)\n      es: name(lang: ES)\n      status(asOf: $asOf)\n      possibleStatuses(asOf: $asOf)\n      inForce(asOf: $asOf)\n      actions {\n        id\n        kind\n        instrument\n        basis\n        note\n        date {\n          precision\n          date\n          year\n          earliest\n          latest\n        }\n        sources {\n          id\n          title\n          confidence\n        }\n      }\n    }\n  }\n": types.StateDetailDocument,
    "\n  query StatesPage($first: Int, $after: String, $filter: StateFilter, $orderBy: StateOrder) {\n    states(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          iso3\n          name\n          region\n          status\n        }\n      }\n    }\n  }\n": types.StatesPageDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      ... on State {\n        iso3\n      }\n      ... on TreatyAction {\n        kind\n        state {\n          iso3\n        }\n      }\n    }\n  }\n": types.NodeLookupDocument,
    "\n  query WgtuMeetings {\n    meetings(body: WGTU) {\n      id\n      title\n      date\n      ordinal\n      livestreamed\n      reportedAt\n      cycle {\n        code\n      }\n      reportedIn {\n        title\n        issuedOn\n      }\n      points {\n        label\n        speaker\n        text\n        textZh\n        states {\n          iso3\n        }\n      }\n    }\n  }\n": types.WgtuMeetingsDocument,
    "\n  query ProposalElements {\n    proposalElements {\n      label\n      key\n      title\n      titleZh: title(lang: ZH)\n      situation\n      rationale\n      implementation\n      resources\n      recommendation\n      recommendationZh: recommendation(lang: ZH)\n      recommendationFr: recommendation(lang: FR)\n    }\n  }\n": types.ProposalElementsDocument,
    "\n  query Csp9Decisions {\n    decisions(decidedBy: \"CSP9\") {\n      reference\n      kind\n      status\n      text\n      document {\n        title\n      }\n      followUps {\n        owner\n        status\n      }\n    }\n    document(symbol: \"ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep\") {\n      title\n      cycle {\n        code\n      }\n      note\n    }\n  }\n": types.Csp9DecisionsDocument,
    "\n  query OpenFollowUps {\n    followUpActions(filter: { open: true, decidedBy: \"CSP9\" }) {\n      id\n      version\n      description\n      owner\n      status\n      notes\n      dueInCycle {\n        code\n      }\n      decision {\n        reference\n      }\n    }\n  }\n": types.OpenFollowUpsDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpActionInput!) {\n    updateFollowUpAction(input: $input) {\n      followUpAction {\n        status\n        completedOn\n        notes\n        version\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.UpdateFollowUpDocument,
    "\n  query Holdings($asOf: Date, $cycle: String, $body: BodyCode) {\n    officeHoldings(asOf: $asOf, cycle: $cycle, body: $body) {\n      body\n      office\n      cycle\n      validFrom\n      validTo\n      demo\n      source\n      person {\n        name\n      }\n      representingState {\n        iso3\n      }\n    }\n  }\n": types.HoldingsDocument,
    "\n  mutation CreateProcess($input: CreateNationalProcessInput!) {\n    createNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        version\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateProcessDocument,
    "\n  mutation UpdateProcess($input: UpdateNationalProcessInput!) {\n    updateNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        obstacles\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateProcessDocument,
    "\n  mutation AssessPriority($input: AssessPriorityInput!) {\n    assessPriority(input: $input) {\n      priorityAssessment {\n        id\n        tier\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.AssessPriorityDocument,
    "\n  query PriorityHistory($iso3: String!) {\n    state(iso3: $iso3) {\n      currentPriority {\n        tier\n        rationale\n      }\n      priorityAssessments {\n        tier\n        assessedOn\n      }\n    }\n  }\n": types.PriorityHistoryDocument,
    "\n  query Trail($filter: AuditEventFilter) {\n    auditEvents(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          kind\n          actor\n          action\n          recordType\n          recordId\n          changes\n          fields\n        }\n      }\n    }\n  }\n": types.TrailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        title\n        organiserName\n        organiser {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        title\n        organiserName\n        organiser {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActivity($input: ModerateActivityInput!) {\n    submitActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitActivity($input: ModerateActivityInput!) {\n    submitActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishActivity($input: ModerateActivityInput!) {\n    publishActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishActivity($input: ModerateActivityInput!) {\n    publishActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectActivity($input: ModerateActivityInput!) {\n    rejectActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        rejectionReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectActivity($input: ModerateActivityInput!) {\n    rejectActivity(input: $input) {\n      activity {\n        id\n        version\n        status\n        rejectionReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) {\n      created {\n        title\n        status\n        targetStates {\n          iso3\n        }\n        languages\n      }\n      alreadyImported\n      rowErrors {\n        line\n        field\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) {\n      created {\n        title\n        status\n        targetStates {\n          iso3\n        }\n        languages\n      }\n      alreadyImported\n      rowErrors {\n        line\n        field\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesList($filter: ActivityFilter) {\n    activities(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          kind\n          startDate\n          place\n          languages\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesList($filter: ActivityFilter) {\n    activities(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          kind\n          startDate\n          place\n          languages\n          source\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StateNeed($input: StateNeedInput!) {\n    stateNeed(input: $input) {\n      need {\n        id\n        kind\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StateNeed($input: StateNeedInput!) {\n    stateNeed(input: $input) {\n      need {\n        id\n        kind\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      score\n      reasons\n      offer {\n        id\n        providerName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Suggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      score\n      reasons\n      offer {\n        id\n        providerName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      match {\n        id\n        version\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      match {\n        id\n        version\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      match {\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      match {\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Offer($input: OfferAssistanceInput!) {\n    offerAssistance(input: $input) {\n      offer {\n        providerName\n        kinds\n        regions\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Offer($input: OfferAssistanceInput!) {\n    offerAssistance(input: $input) {\n      offer {\n        providerName\n        kinds\n        regions\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenNeeds($region: AttRegion) {\n    needs(first: 50, filter: { region: $region, status: OPEN }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          description\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenNeeds($region: AttRegion) {\n    needs(first: 50, filter: { region: $region, status: OPEN }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          description\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComorosProcess {\n    state(iso3: \"COM\") {\n      iso3\n      nationalProcess {\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComorosProcess {\n    state(iso3: \"COM\") {\n      iso3\n      nationalProcess {\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessesList($filter: NationalProcessFilter) {\n    nationalProcesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          stage\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessesList($filter: NationalProcessFilter) {\n    nationalProcesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          stage\n          state {\n            iso3\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on NationalProcess {\n        stage\n        obstacles\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on NationalProcess {\n        stage\n        obstacles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatesByTier($tier: PriorityTier) {\n    states(first: 200, filter: { priorityTier: $tier }) {\n      totalCount\n      edges {\n        node {\n          iso3\n          region\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatesByTier($tier: PriorityTier) {\n    states(first: 200, filter: { priorityTier: $tier }) {\n      totalCount\n      edges {\n        node {\n          iso3\n          region\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    viewer {\n      signedIn\n      name\n      level\n      coordinatedRegions\n      ownStates {\n        iso3\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    viewer {\n      signedIn\n      name\n      level\n      coordinatedRegions\n      ownStates {\n        iso3\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        id\n        version\n        date\n        kind\n        region\n        summary\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        id\n        version\n        date\n        kind\n        region\n        summary\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEngagement($input: UpdateEngagementInput!) {\n    updateEngagement(input: $input) {\n      engagement {\n        outcome\n        nextStep\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEngagement($input: UpdateEngagementInput!) {\n    updateEngagement(input: $input) {\n      engagement {\n        outcome\n        nextStep\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateEngagements($iso3: String!) {\n    state(iso3: $iso3) {\n      engagements {\n        summary\n        onBehalfOf\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateEngagements($iso3: String!) {\n    state(iso3: $iso3) {\n      engagements {\n        summary\n        onBehalfOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionEngagements($region: AttRegion) {\n    engagements(first: 50, filter: { region: $region }) {\n      totalCount\n      edges {\n        node {\n          summary\n          organisationContacted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionEngagements($region: AttRegion) {\n    engagements(first: 50, filter: { region: $region }) {\n      totalCount\n      edges {\n        node {\n          summary\n          organisationContacted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateByCode($iso3: String!) {\n    state(iso3: $iso3) {\n      iso3\n    }\n  }\n"): (typeof documents)["\n  query StateByCode($iso3: String!) {\n    state(iso3: $iso3) {\n      iso3\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummaryOn($asOf: Date) {\n    participationSummary(asOf: $asOf) {\n      statesParties\n    }\n  }\n"): (typeof documents)["\n  query SummaryOn($asOf: Date) {\n    participationSummary(asOf: $asOf) {\n      statesParties\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstStates($first: Int, $after: String) {\n    states(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          iso3\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstStates($first: Int, $after: String) {\n    states(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          iso3\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Summary($asOf: Date, $region: AttRegion) {\n    participationSummary(asOf: $asOf, region: $region) {\n      asOf\n      region\n      statesParties\n      signatories\n      nonSignatories\n      undetermined\n      inForce\n      inForceUndetermined\n      total\n      byRegion {\n        region\n        statesParties\n        signatories\n        nonSignatories\n        undetermined\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query Summary($asOf: Date, $region: AttRegion) {\n    participationSummary(asOf: $asOf, region: $region) {\n      asOf\n      region\n      statesParties\n      signatories\n      nonSignatories\n      undetermined\n      inForce\n      inForceUndetermined\n      total\n      byRegion {\n        region\n        statesParties\n        signatories\n        nonSignatories\n        undetermined\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateDetail($iso3: String!, $asOf: Date) {\n    state(iso3: $iso3) {\n      id\n      iso3\n      iso2\n      region\n      unMember\n      note\n      ar: name(lang: AR)\n      zh: name(lang: ZH)\n      en: name\n      fr: name(lang: FR)\n      ru: name(lang: RU)\n      es: name(lang: ES)\n      status(asOf: $asOf)\n      possibleStatuses(asOf: $asOf)\n      inForce(asOf: $asOf)\n      actions {\n        id\n        kind\n        instrument\n        basis\n        note\n        date {\n          precision\n          date\n          year\n          earliest\n          latest\n        }\n        sources {\n          id\n          title\n          confidence\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateDetail($iso3: String!, $asOf: Date) {\n    state(iso3: $iso3) {\n      id\n      iso3\n      iso2\n      region\n      unMember\n      note\n      ar: name(lang: AR)\n      zh: name(lang: ZH)\n      en: name\n      fr: name(lang: FR)\n      ru: name(lang: RU)\n      es: name(lang: ES)\n      status(asOf: $asOf)\n      possibleStatuses(asOf: $asOf)\n      inForce(asOf: $asOf)\n      actions {\n        id\n        kind\n        instrument\n        basis\n        note\n        date {\n          precision\n          date\n          year\n          earliest\n          latest\n        }\n        sources {\n          id\n          title\n          confidence\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatesPage($first: Int, $after: String, $filter: StateFilter, $orderBy: StateOrder) {\n    states(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          iso3\n          name\n          region\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatesPage($first: Int, $after: String, $filter: StateFilter, $orderBy: StateOrder) {\n    states(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          iso3\n          name\n          region\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      ... on State {\n        iso3\n      }\n      ... on TreatyAction {\n        kind\n        state {\n          iso3\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      ... on State {\n        iso3\n      }\n      ... on TreatyAction {\n        kind\n        state {\n          iso3\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WgtuMeetings {\n    meetings(body: WGTU) {\n      id\n      title\n      date\n      ordinal\n      livestreamed\n      reportedAt\n      cycle {\n        code\n      }\n      reportedIn {\n        title\n        issuedOn\n      }\n      points {\n        label\n        speaker\n        text\n        textZh\n        states {\n          iso3\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WgtuMeetings {\n    meetings(body: WGTU) {\n      id\n      title\n      date\n      ordinal\n      livestreamed\n      reportedAt\n      cycle {\n        code\n      }\n      reportedIn {\n        title\n        issuedOn\n      }\n      points {\n        label\n        speaker\n        text\n        textZh\n        states {\n          iso3\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalElements {\n    proposalElements {\n      label\n      key\n      title\n      titleZh: title(lang: ZH)\n      situation\n      rationale\n      implementation\n      resources\n      recommendation\n      recommendationZh: recommendation(lang: ZH)\n      recommendationFr: recommendation(lang: FR)\n    }\n  }\n"): (typeof documents)["\n  query ProposalElements {\n    proposalElements {\n      label\n      key\n      title\n      titleZh: title(lang: ZH)\n      situation\n      rationale\n      implementation\n      resources\n      recommendation\n      recommendationZh: recommendation(lang: ZH)\n      recommendationFr: recommendation(lang: FR)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Csp9Decisions {\n    decisions(decidedBy: \"CSP9\") {\n      reference\n      kind\n      status\n      text\n      document {\n        title\n      }\n      followUps {\n        owner\n        status\n      }\n    }\n    document(symbol: \"ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep\") {\n      title\n      cycle {\n        code\n      }\n      note\n    }\n  }\n"): (typeof documents)["\n  query Csp9Decisions {\n    decisions(decidedBy: \"CSP9\") {\n      reference\n      kind\n      status\n      text\n      document {\n        title\n      }\n      followUps {\n        owner\n        status\n      }\n    }\n    document(symbol: \"ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep\") {\n      title\n      cycle {\n        code\n      }\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenFollowUps {\n    followUpActions(filter: { open: true, decidedBy: \"CSP9\" }) {\n      id\n      version\n      description\n      owner\n      status\n      notes\n      dueInCycle {\n        code\n      }\n      decision {\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenFollowUps {\n    followUpActions(filter: { open: true, decidedBy: \"CSP9\" }) {\n      id\n      version\n      description\n      owner\n      status\n      notes\n      dueInCycle {\n        code\n      }\n      decision {\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUp($input: UpdateFollowUpActionInput!) {\n    updateFollowUpAction(input: $input) {\n      followUpAction {\n        status\n        completedOn\n        notes\n        version\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUp($input: UpdateFollowUpActionInput!) {\n    updateFollowUpAction(input: $input) {\n      followUpAction {\n        status\n        completedOn\n        notes\n        version\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Holdings($asOf: Date, $cycle: String, $body: BodyCode) {\n    officeHoldings(asOf: $asOf, cycle: $cycle, body: $body) {\n      body\n      office\n      cycle\n      validFrom\n      validTo\n      demo\n      source\n      person {\n        name\n      }\n      representingState {\n        iso3\n      }\n    }\n  }\n"): (typeof documents)["\n  query Holdings($asOf: Date, $cycle: String, $body: BodyCode) {\n    officeHoldings(asOf: $asOf, cycle: $cycle, body: $body) {\n      body\n      office\n      cycle\n      validFrom\n      validTo\n      demo\n      source\n      person {\n        name\n      }\n      representingState {\n        iso3\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcess($input: CreateNationalProcessInput!) {\n    createNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        version\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProcess($input: CreateNationalProcessInput!) {\n    createNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        version\n        state {\n          iso3\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProcess($input: UpdateNationalProcessInput!) {\n    updateNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        obstacles\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProcess($input: UpdateNationalProcessInput!) {\n    updateNationalProcess(input: $input) {\n      nationalProcess {\n        id\n        stage\n        obstacles\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessPriority($input: AssessPriorityInput!) {\n    assessPriority(input: $input) {\n      priorityAssessment {\n        id\n        tier\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssessPriority($input: AssessPriorityInput!) {\n    assessPriority(input: $input) {\n      priorityAssessment {\n        id\n        tier\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityHistory($iso3: String!) {\n    state(iso3: $iso3) {\n      currentPriority {\n        tier\n        rationale\n      }\n      priorityAssessments {\n        tier\n        assessedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriorityHistory($iso3: String!) {\n    state(iso3: $iso3) {\n      currentPriority {\n        tier\n        rationale\n      }\n      priorityAssessments {\n        tier\n        assessedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trail($filter: AuditEventFilter) {\n    auditEvents(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          kind\n          actor\n          action\n          recordType\n          recordId\n          changes\n          fields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trail($filter: AuditEventFilter) {\n    auditEvents(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          kind\n          actor\n          action\n          recordType\n          recordId\n          changes\n          fields\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;