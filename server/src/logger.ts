/** Structured one-line JSON logs on stdout/stderr; the log level comes from config. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

function serialise(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function createLogger(level: LogLevel, pretty = process.stdout.isTTY): Logger {
  const write = (at: LogLevel, message: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    const stream = at === 'error' || at === 'warn' ? process.stderr : process.stdout;
    if (pretty) {
      const extra = Object.keys(fields).length ? ' ' + JSON.stringify(fields, (_k, v) => serialise(v)) : '';
      stream.write(`${at.padEnd(5)} ${message}${extra}\n`);
      return;
    }
    const entry = { time: new Date().toISOString(), level: at, message, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, serialise(v)])) };
    stream.write(JSON.stringify(entry) + '\n');
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
