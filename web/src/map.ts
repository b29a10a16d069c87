import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { alpha3ToNumeric } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:50m from the world-atlas package, served from the hub's own /assets/.
// 1:110m would be smaller but leaves out some 30 small states (Andorra, Comoros, Tonga, …).
import worldUrl from 'world-atlas/countries-50m.json?url';
import { svg } from './dom';

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface MapState {
  iso3: string;
  name: string;
  /** A status key (see i18n.ts), used as the shape's class for its colour. */
  status: string;
  label: string;
}

const WIDTH = 960;
const HEIGHT = 500;

/**
 * The world map. Shapes are drawn once; a new day or language only changes their status and
 * title. Natural Earth identifies countries by ISO 3166-1 numeric code, the hub by alpha-3:
 * i18n-iso-countries maps one to the other.
 */
export class WorldMap {
  readonly element: SVGElement;
  private readonly shapes = new Map<string, { path: SVGElement; title: SVGElement }>();
  private readonly ready: Promise<void>;

  constructor() {
    this.element = svg('svg', {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-label': 'World map of participation status',
      'data-i18n-aria': 'mapLabel',
      class: 'world-map',
      'data-testid': 'map',
    });
    this.ready = this.draw();
  }

  private async draw(): Promise<void> {
    const world = (await (await fetch(worldUrl)).json()) as World;
    const countries = feature(world, world.objects.countries);
    const projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection);
    this.element.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
    // One shape per code: world-atlas draws some states in several features (036: Australia and
    // the Ashmore and Cartier Islands); keeping only the last one left Australia uncoloured.
    const byCode = new Map<string, typeof countries.features>();
    for (const f of countries.features) {
      // Shapes without a code (e.g. Kosovo, Somaliland) stay "not in the data".
      if (f.id === undefined) this.element.append(svg('path', { d: path(f) ?? '', class: 'country no-data' }, svg('title', {}, f.properties.name)));
      else byCode.set(String(f.id), [...(byCode.get(String(f.id)) ?? []), f]);
    }
    for (const [code, features] of byCode) {
      const title = svg('title', {}, features.map((f) => f.properties.name).join(', '));
      const shape = svg('path', { d: features.map((f) => path(f) ?? '').join(''), class: 'country no-data' }, title);
      this.element.append(shape);
      this.shapes.set(code, { path: shape, title });
    }
  }

  /** Colours each state by its status; returns the states the map data has no shape for. */
  async update(states: readonly MapState[]): Promise<MapState[]> {
    await this.ready;
    const missing: MapState[] = [];
    for (const state of states) {
      const numeric = alpha3ToNumeric(state.iso3);
      const shape = numeric ? this.shapes.get(numeric) : undefined;
      if (!shape) {
        missing.push(state);
        continue;
      }
      shape.path.setAttribute('class', `country status-${state.status}`);
      shape.path.setAttribute('data-iso3', state.iso3);
      shape.path.setAttribute('data-status', state.status);
      shape.title.textContent = `${state.name}: ${state.label}`;
    }
    return missing;
  }
}
