import { Field, ID, InterfaceType } from 'type-graphql';
import { UUID } from '../db/stable-id';
import type { EntityLoaders } from './entity-loaders';

/**
 * Relay's Node interface. A global ID is base64("<Type>:<key>"); each domain registers its
 * node types here, so `node(id:)` and `id` are served by one mechanism.
 */
/**
 * What loading a node needs from a request's context. Domains extend the request context
 * (src/context.ts) and may type their `load` with it: the kernel never imports it (no cycle).
 */
export interface NodeContext {
  /** Records by primary key, batched per request, through the viewer's record scopes. */
  byId: EntityLoaders;
}

interface NodeType<T extends object = object> {
  name: string;
  cls: abstract new (...args: never[]) => T;
  key(node: T): string;
  /** Fetch a node for this viewer, or null when it does not exist (or may not be seen). */
  load(ctx: NodeContext, key: string): Promise<T | null>;
}

const byName = new Map<string, NodeType>();
const byClass = new Map<unknown, NodeType>();

export function registerNodeType<T extends object>(type: NodeType<T>): void {
  byName.set(type.name, type as unknown as NodeType);
  byClass.set(type.cls, type as unknown as NodeType);
}

function typeOf(node: object): NodeType {
  const type = byClass.get(node.constructor);
  if (!type) throw new Error(`${node.constructor.name} is not a registered node type`);
  return type;
}

/** The key of a registered node (for audit entries), or undefined for other objects. */
export function recordKey(node: object): string | undefined {
  const type = byClass.get(node.constructor);
  return type ? type.key(node) : undefined;
}

export function toGlobalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { typeName: string; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { typeName: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

export function loadNode(ctx: NodeContext, id: string): Promise<object | null> {
  const parsed = fromGlobalId(id);
  const type = parsed && byName.get(parsed.typeName);
  if (!parsed || !type) return Promise.resolve(null);
  return type.load(ctx, parsed.key);
}

/** The concrete type of a node: its class's, as registered. */
export const nodeTypeName = (value: object): string => typeOf(value).name;

@InterfaceType('Node', {
  description: 'An object with a global ID, fetchable with `node(id:)`.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global ID, stable across releases.' })
  globalId(): string {
    const type = typeOf(this);
    return toGlobalId(type.name, type.key(this));
  }
}

/** A node type keyed by a uuid `id`, fetched through the request's batched (and record-scoped) loader. */
export function registerUuidNodeType<T extends { id: string }>(name: string, cls: new () => T): void {
  registerNodeType({
    name,
    cls,
    key: (node) => node.id,
    load: (ctx, key) => (UUID.test(key) ? ctx.byId.load(cls, key) : Promise.resolve(null)),
  });
}
