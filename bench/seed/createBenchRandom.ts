import { Faker, base, en, zh_CN } from '@faker-js/faker';

/**
 * Day 0 of the data set, midnight in Shanghai. The facts fall in 2024–2025 (the campaign's own
 * year, 2021, would leave every record's publicity long over by now), so the deadlines computed
 * from them stay within the years the working-day calendar knows (to 2026).
 */
const EPOCH_MS = Date.parse('2024-01-01T00:00:00+08:00');
const DAY_MS = 86_400_000;

export interface BenchRandom {
  faker: Faker;
  /** True with probability `p`. */
  chance(p: number): boolean;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of the choices, drawn by its weight. */
  weighted<K>(choices: readonly (readonly [K, number])[]): K;
  /** An instant on day `from`..`to` (days after 2024-01-01, Asia/Shanghai) during office hours. */
  instant(from: number, to: number): Date;
}

/** Days after 2024-01-01 of a Date (Asia/Shanghai), to draw later dates from an earlier one. */
export function dayOf(at: Date): number {
  return Math.floor((at.getTime() - EPOCH_MS) / DAY_MS);
}

/** YYYY-MM-DD (Asia/Shanghai) of an instant. */
export function isoDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * One seeded generator per part of the data set (`stream` tells them apart), so that a change in
 * one part does not shift the random numbers of another. Its own Faker instance, not the shared
 * fakerZH_CN, so that other users of faker in the process do not move its sequence.
 */
export function createBenchRandom(seed: number, stream: number): BenchRandom {
  const faker = new Faker({ locale: [zh_CN, en, base] });
  faker.seed([seed, stream]);
  const int = (min: number, max: number) => faker.number.int({ min, max });
  return {
    faker,
    chance: (probability) => faker.datatype.boolean({ probability }),
    int,
    pick: (items) => faker.helpers.arrayElement(items),
    weighted: (choices) => faker.helpers.weightedArrayElement(choices.map(([value, weight]) => ({ value, weight }))),
    instant: (from, to) => new Date(EPOCH_MS + int(from, to) * DAY_MS + int(9 * 60, 17 * 60) * 60_000),
  };
}
