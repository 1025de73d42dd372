import { readFileSync } from 'node:fs';
import type { ContainerDefinition } from '@aws-sdk/client-ecs';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are loose JSON, as users write them.
export type Json = any;

export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function fixture(name: string): Json {
  return JSON.parse(fixtureText(name));
}

/** The app-only task definition a seed started from: its augmentation taken out again. */
export function appOnly(augmented: Json): Json {
  const copy = structuredClone(augmented);
  delete copy.proxyConfiguration;
  copy.containerDefinitions = copy.containerDefinitions
    .filter((container: Json) => container.name !== 'envoy' && container.name !== 'xray-daemon')
    .map((container: Json) => {
      const { dependsOn: _envoyDependency, ...rest } = container;
      return rest;
    });
  return copy;
}

const integerFields = ['cpu', 'memory', 'memoryReservation'];

/**
 * One canonical form for comparing task definitions: containers by name, proxy properties and environment
 * as sets, and the guides' container-level numeric strings ("500") as the integers they stand for.
 */
export function canonical(taskDefinition: Json): Json {
  const copy = structuredClone(taskDefinition);
  copy.containerDefinitions = [...copy.containerDefinitions]
    .map((container: Json) => {
      for (const field of integerFields) {
        if (typeof container[field] === 'string') container[field] = Number(container[field]);
      }
      if (container.environment) container.environment = sortByName(container.environment);
      return container;
    })
    .sort(byName);
  if (copy.proxyConfiguration?.properties) {
    copy.proxyConfiguration.properties = sortByName(copy.proxyConfiguration.properties);
  }
  return copy;
}

function sortByName<T extends { name?: string }>(items: T[]): T[] {
  return [...items].sort(byName);
}

function byName(a: { name?: string }, b: { name?: string }): number {
  return (a.name ?? '').localeCompare(b.name ?? '');
}

export function containerNamed(
  taskDefinition: { containerDefinitions?: ContainerDefinition[] },
  name: string,
) {
  const container = taskDefinition.containerDefinitions?.find((candidate) => candidate.name === name);
  if (container === undefined) throw new Error(`no container ${name}`);
  return container;
}

export function proxyProperty(taskDefinition: Json, name: string): string | undefined {
  return taskDefinition.proxyConfiguration?.properties?.find((property: Json) => property.name === name)
    ?.value;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export { inputErrorOf } from '../support/input-error.js';
