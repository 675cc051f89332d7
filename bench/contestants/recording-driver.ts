/**
 * A neo4j-driver Driver seen through a Proxy that counts every statement sent and, while
 * asked to, keeps its text and parameters. Each contestant server gets one, so round trips
 * are counted at the driver for all three alike (ours also reports them in its
 * x-neo4j-queries header, which the runner cross-checks), and the statements the peer
 * generates can be PROFILEd afterwards. Both ways a library can send a statement are
 * covered: `driver.executeQuery`, `session.executeRead/Write(tx => tx.run)` and `session.run`
 * (our gateway's and raw's auto-commit reads).
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

/** Parameters as they cross the IPC channel: Neo4j integers tagged so they come back as such. */
export type WireValue =
  | null
  | boolean
  | number
  | string
  | { readonly $int: string }
  | WireValue[]
  | { [key: string]: WireValue };

export interface RecordedStatement {
  readonly cypher: string;
  readonly params: Record<string, WireValue>;
}

export interface Recorder {
  /** Statements sent since the process started. */
  statements: number;
  /** Queries and transactions not yet finished: 0 means the server is idle. */
  inFlight: number;
  /** Set to a list to keep what is sent; null to only count. */
  recording: RecordedStatement[] | null;
}

export function toWire(value: unknown): WireValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return { $int: (value as { toString(): string }).toString() };
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object') {
    const out: Record<string, WireValue> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>))
      out[key] = toWire(inner);
    return out;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return value;
  return String(value);
}

export function fromWire(value: WireValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromWire);
  if ('$int' in value && typeof value.$int === 'string') return neo4j.int(value.$int);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, WireValue>))
    out[key] = fromWire(inner);
  return out;
}

export function recordingDriver(driver: Driver, recorder: Recorder): Driver {
  const track = <T>(work: () => Promise<T>): Promise<T> => {
    recorder.inFlight += 1;
    const settle = () => {
      recorder.inFlight -= 1;
    };
    const promise = work();
    promise.then(settle, settle);
    return promise;
  };
  const note = (cypher: unknown, params: unknown): void => {
    recorder.statements += 1;
    recorder.recording?.push({
      cypher: String(cypher),
      params: (toWire(params ?? {}) as Record<string, WireValue>) ?? {},
    });
  };
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run') {
          return (cypher: string, params?: Record<string, unknown>) => {
            note(cypher, params);
            return target.run(cypher, params);
          };
        }
        return bound(target, prop);
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            track(() => target[prop]((tx) => work(wrapTx(tx)), config as never));
        }
        if (prop === 'run') {
          return (cypher: string, params?: Record<string, unknown>, config?: unknown) => {
            note(cypher, params);
            // Our gateway reads this way (auto-commit). A Result is a thenable over one
            // shared promise: waiting on it here takes nothing from the caller.
            const result = target.run(cypher, params, config as never);
            void track(() => Promise.resolve(result)).catch(() => {});
            return result;
          };
        }
        return bound(target, prop);
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'executeQuery') {
        return (cypher: string, params?: Record<string, unknown>, config?: unknown) => {
          note(cypher, params);
          return track(() => target.executeQuery(cypher, params, config as never));
        };
      }
      if (prop === 'session') {
        return (config?: Parameters<Driver['session']>[0]) => wrapSession(target.session(config));
      }
      return bound(target, prop);
    },
  });
}

/** Methods keep their own `this`: driver classes use private state a Proxy receiver lacks. */
function bound(target: object, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === 'function'
    ? (value as (...args: unknown[]) => unknown).bind(target)
    : value;
}
