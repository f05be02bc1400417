// Types of scripts/architecture.mjs (plain JS so ESLint can load it without a build step).
import type { Linter } from 'eslint';

export interface Part {
  what: string;
  paths: string[];
  imports?: string[];
  typeImports?: string[];
  lint?: boolean;
  /** packages it may not import (e.g. browser APIs for presentational components) */
  forbiddenPackages?: string[];
  /** globals it may not use */
  forbiddenGlobals?: string[];
}
export interface ArchitectureMap {
  parts: Record<string, Part>;
  tasks: Record<string, { file: string; why: string }[]>;
}
export const ROOT: string;
export function readMap(root?: string): ArchitectureMap;
export function partOf(map: ArchitectureMap, file: string): string | null;
export function trackedFiles(root?: string): string[];
export function boundaryConfigs(map?: ArchitectureMap, files?: string[]): Linter.Config[];
export function resolveSpecifier(fromFile: string, spec: string, fileSet: Set<string>): string | null;
export function importsOf(src: string): { spec: string; typeOnly: boolean }[];
