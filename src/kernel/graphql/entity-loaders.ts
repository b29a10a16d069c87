import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

type Key = string | number;

/**
 * One DataLoader per entity class and request, by primary key: a field that points to another
 * record costs one statement per batch, not one per row. Queries go through the request's
 * EntityManager, so the viewer's record scopes apply to them too.
 */
export class EntityLoaders {
  private readonly loaders = new Map<unknown, DataLoader<Key, unknown>>();

  constructor(private readonly em: EntityManager) {}

  load<T extends object>(cls: new () => T, id: Key | null | undefined): Promise<T | null> {
    if (id == null) return Promise.resolve(null);
    let loader = this.loaders.get(cls) as DataLoader<Key, T | null> | undefined;
    if (!loader) {
      const pk = this.em.getMetadata().get(cls.name).primaryKeys[0]!;
      loader = new DataLoader<Key, T | null>(async (ids) => {
        const found = await this.em.find(cls, { [pk]: { $in: [...ids] } } as never);
        const byKey = new Map(found.map((e) => [String((e as Record<string, unknown>)[pk]), e]));
        return ids.map((k) => (byKey.get(String(k)) as T | undefined) ?? null);
      });
      this.loaders.set(cls, loader as DataLoader<Key, unknown>);
    }
    return loader.load(id);
  }
}
