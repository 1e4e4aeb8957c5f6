// Types of headers.mjs (plain JavaScript so that next.config.js can import it under Node 20).
export interface Header {
  key: string;
  value: string;
}
export interface HeaderRule {
  source: string;
  headers: Header[];
}
export interface SecurityHeaderOptions {
  dev?: boolean;
  extraConnectSources?: readonly string[];
}

export const EMBED_PATH_PREFIX: string;
export const ALL_PATHS_SOURCE: string;
export const EMBED_PATHS_SOURCE: string;
export const NON_EMBED_PATHS_SOURCE: string;

export function originSource(url: string, setting: string): string;
export function contentSecurityPolicy(options?: {
  dev?: boolean;
  frameAncestors?: 'none' | 'any';
  extraConnectSources?: readonly string[];
}): string;
export function permissionsPolicy(): string;
export function securityHeaders(options: { embeddable: boolean } & SecurityHeaderOptions): Header[];
export function securityHeaderRules(options?: SecurityHeaderOptions): HeaderRule[];
export function extraConnectSourcesFrom(env: Record<string, string | undefined>): string[];
