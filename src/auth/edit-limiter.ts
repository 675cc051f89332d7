/**
 * The per-token budget of mutations (rate-limiter-flexible, in process memory): each
 * token's key (issuer and subject) may make `perMinute` edits in any minute. Per API
 * process: behind N processes a token's budget is N times this; a shared store (the
 * library's Redis limiter) would make it one, when there is a shared store to use.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { EditLimiter } from '../modules/kernel/context.ts';

export function createEditLimiter(perMinute: number): EditLimiter {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async take(key) {
      try {
        await limiter.consume(key, 1);
        return { allowed: true };
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
          };
        }
        throw refusal;
      }
    },
  };
}
