// Types of precompressedApi.mjs (plain JavaScript so that next.config.js can import it under Node 20).
import type { HeaderRule } from '../security/headers.mjs';

export interface ConditionalHeaderRule extends HeaderRule {
  has: { type: 'header'; key: string; value: string }[];
}

export const SELF_GUARDED_API_PATHS: RegExp;
export const SELF_GUARDED_API_SOURCE: string;
export const GZIP_ACCEPTING: string;
export function answersGzip(pathname: string, acceptEncoding: string | null | undefined): boolean;
export function precompressedApiRules(): ConditionalHeaderRule[];
