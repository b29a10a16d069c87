import { Classification, Grant } from '../levels';
import {
  CONNECTION, EDGE, every, NEED_READERS, PARTNER, PUBLIC, RECORD_ID, RESTRICTED_ABOUT_STATE, SECRETARIAT_ONLY, type PolicyPart,
} from './shared';

/** Assistance: needs, offers and the matches between them. */
export const ASSISTANCE: PolicyPart = {
  query: {
    needs: NEED_READERS,
    matchSuggestions: NEED_READERS,
    offers: PARTNER,
  },
  mutation: {
    stateNeed: RESTRICTED_ABOUT_STATE,
    updateNeed: RESTRICTED_ABOUT_STATE,
    offerAssistance: PARTNER,
    proposeMatch: SECRETARIAT_ONLY,
    updateMatch: SECRETARIAT_ONLY,
  },
  types: {
    // Assistance: needs for the treaty bodies and the state itself; offers for signed-in
    // stakeholders; matches for the bodies, the state and the offering organisation.
    AssistanceNeed: {
      about: { state: 'state', region: 'state.region' },
      records: NEED_READERS,
      fields: {
        ...RECORD_ID,
        ...every(NEED_READERS, 'state', 'kind', 'description', 'statedOn', 'statedBy', 'status', 'matches', 'version'),
        // Whether a record is invented for the demo: the record scope decides who sees the record; the mark says nothing beyond it.
        demo: PUBLIC,
      },
    },
    AssistanceNeedConnection: { fields: CONNECTION },
    AssistanceNeedEdge: { fields: EDGE },
    AssistanceOffer: {
      about: { organisation: 'providerOrganisation' },
      records: PARTNER,
      fields: {
        ...RECORD_ID,
        ...every(PARTNER, 'providerOrganisation', 'providerState', 'providerName', 'kinds', 'regions', 'description',
          'availableUntil', 'version'),
        demo: PUBLIC,
      },
    },
    AssistanceMatch: {
      about: { state: 'need.state', organisation: 'offer.providerOrganisation' },
      records: { level: Classification.TREATY_BODY, grants: [Grant.OWN_STATE, Grant.OWN_ORGANISATION] },
      // The record scope decides who sees a match; its fields say nothing beyond it.
      fields: { ...RECORD_ID, ...every(PARTNER, 'need', 'offer', 'status', 'matchedOn', 'note', 'version'), demo: PUBLIC },
    },
    // Reached only through matchSuggestions, which the need's readers alone may ask.
    MatchSuggestion: { reachedThrough: 'Query.matchSuggestions', fields: every(PUBLIC, 'offer', 'score', 'reasons') },
    AssistanceNeedPayload: { fields: every(PUBLIC, 'need', 'userErrors') },
    AssistanceOfferPayload: { fields: every(PUBLIC, 'offer', 'userErrors') },
    AssistanceMatchPayload: { fields: every(PUBLIC, 'match', 'userErrors') },
  },
  filters: {
    NeedFilter: { kind: 'AssistanceNeed.kind', region: 'AssistanceNeed.state', state: 'AssistanceNeed.state', status: 'AssistanceNeed.status' },
  },
};
