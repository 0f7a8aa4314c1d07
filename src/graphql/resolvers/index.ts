/** The resolver map: one module per type, typed by the generated resolver types. */
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../../generated/graphql.js';
import { Basis } from './Basis.js';
import { CitedSource } from './CitedSource.js';
import { Claim } from './Claim.js';
import { ClaimAppearance } from './ClaimAppearance.js';
import { ClaimantAttribution } from './ClaimantAttribution.js';
import { DatedFact } from './DatedFact.js';
import { ClaimReview } from './ClaimReview.js';
import { connectionTypeResolvers } from './connections.js';
import { Document } from './Document.js';
import { Entity, Node } from './Entity.js';
import { Event } from './Event.js';
import { Evidence } from './Evidence.js';
import { Mention } from './Mention.js';
import { Organization } from './Organization.js';
import { Outlet } from './Outlet.js';
import { Person } from './Person.js';
import { PublishedFactCheck } from './PublishedFactCheck.js';
import { Query } from './Query/index.js';
import { Mutation } from './Mutation/index.js';
import { Subscription } from './Subscription.js';
import { Change } from './Change.js';
import { Retraction } from './Retraction.js';
import { EntityMerge } from './EntityMerge.js';
import { Relationship } from './Relationship.js';
import { RelationshipState } from './RelationshipState.js';
import { Statement } from './Statement.js';
import { Voice } from './Voice.js';
import { DisputedClaim, FactCheckSummary, MentionCount, SpeakerCount } from './FactCheckSummary.js';
import { Path } from './Path.js';
import { PathHop } from './PathHop.js';
import { SearchHit, SearchResult } from './SearchHit.js';
import { SimilarClaim } from './SimilarClaim.js';
import { TimelineConnection, TimelineEdge, TimelineItem } from './Timeline.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Mutation,
  Subscription,
  Change,
  Retraction,
  EntityMerge,
  Query,
  Node,
  Entity,
  Person,
  Outlet,
  Organization,
  Event,
  Document,
  Statement,
  Mention,
  Claim,
  ClaimantAttribution,
  ClaimAppearance,
  ClaimReview,
  PublishedFactCheck,
  CitedSource,
  Relationship,
  RelationshipState,
  Evidence,
  Basis,
  DatedFact,
  Voice,
  Path,
  PathHop,
  TimelineConnection,
  TimelineEdge,
  TimelineItem,
  SearchHit,
  SearchResult,
  SimilarClaim,
  FactCheckSummary,
  DisputedClaim,
  SpeakerCount,
  MentionCount,
  ...connectionTypeResolvers,
};
