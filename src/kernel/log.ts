import pino, { type Logger } from 'pino';
import type { HubConfig } from './config';

/** Structured JSON logs on stdout, one line per event; request logs carry the request id. */
export function createLogger(config: Pick<HubConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'att-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
