import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../participation/participation-data';

/**
 * The source document (the WGTU co-chairs' draft report to CSP9, 21 July 2023), structured in
 * data/csp9-wgtu-report.json from the Chinese text in data/source/, with an unofficial English
 * translation beside every passage. The seeds read the hub's real records from it.
 */
export interface Text {
  zh: string;
  en: string;
}

export interface ReportActivity {
  key: string;
  kind: string;
  title: Text;
  organiser: Text;
  organiserState: string | null;
  date: string | null;
  year: number | null;
  place: Text | null;
  targetStates: string[];
  targetRegions: string[];
  languages: string[];
  outcome: Text | null;
  status?: string;
  paragraphs: string[];
}

export interface ReportPoint {
  label: string;
  speaker: Text;
  speakerKey?: string;
  states: string[];
  zh: string;
  en: string;
}

export interface ReportMeeting {
  key: string;
  body: string;
  date: string;
  ordinal: number;
  livestreamed: boolean;
  paragraph: string;
  heading: Text;
  chapeau: Text;
  points: ReportPoint[];
}

export interface ReportElement {
  label: string;
  key: string;
  title: Text;
  situation: Text;
  rationale: Text;
  implementation: Text;
  resources: Text;
  recommendation: Text;
}

export interface Csp9Report {
  source: { title: Text; date: string; file: string; conference: { from: string; to: string; place: Text; name: Text } };
  people: { key: string; name: string; title: Text; state: string; appointedOn?: string; roles: { body: string; office: string; cycle: string; appointedOn?: string }[]; paragraphs: string[] }[];
  documents: { symbol: string; title: Text | null; cited: string; note: Text }[];
  meetings: ReportMeeting[];
  recommendations: { label: string; paragraph: string; zh: string; en: string; to: string }[];
  proposal: {
    title: Text;
    elements: ReportElement[];
    decisions: { paragraph: string; endorse: { items: Text[] }; takeNote: { items: Text[] } };
    followUp: { paragraph: string; zh: string; en: string };
  };
  activities: ReportActivity[];
}

export const CSP9_REPORT_CITATION = "WGTU co-chairs' draft report to CSP9 (21 July 2023)";

let cached: Csp9Report | undefined;
export function csp9Report(): Csp9Report {
  cached ??= JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'csp9-wgtu-report.json'), 'utf8')) as Csp9Report;
  return cached;
}
